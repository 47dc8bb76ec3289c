import io
import resource
import subprocess
import sys

import pytest
from django.core.management import CommandError, call_command

from podium.__main__ import main
from podium.program import models as m
from tests.conftest import shared_path
from tests.importers.payloads import current, encode, snapshot
from tests.servers import podium_env

pytestmark = pytest.mark.django_db

SCOTTISH = "fixtures/sessionize/scottish-summit-2026/All.json"


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    # main() prepares the data directory; keep it out of the working directory.
    monkeypatch.setenv("PODIUM_DATA_DIR", str(tmp_path / "var"))


def run(*args: str, stderr: io.StringIO | None = None) -> str:
    out = io.StringIO()
    call_command("import", "sessionize", *args, stdout=out, stderr=stderr or io.StringIO())
    return out.getvalue()


def failure(*args: str) -> str:
    with pytest.raises(CommandError) as caught:
        run(*args)
    return str(caught.value)


def test_import_sessionize_file_prints_a_summary():
    path = str(shared_path(SCOTTISH))
    assert run(path, "--event", "scot26") == (
        "Created event 'scot26' (time zone UTC): 61 sessions, 76 speakers, 7 rooms, "
        "5 categories, 0 questions; 813 rows created, 0 updated, 0 deleted.\n"
    )
    assert run(path, "--event", "scot26") == (
        "Updated event 'scot26' (time zone UTC): 61 sessions, 76 speakers, 7 rooms, "
        "5 categories, 0 questions; 0 rows created, 0 updated, 0 deleted.\n"
    )


def test_import_sessionize_options_set_name_and_zone(tmp_path):
    path = tmp_path / "All.json"
    path.write_bytes(encode(current()))
    run(str(path), "--event", "conf", "--name", "Conf 2026", "--timezone", "Europe/Oslo")
    event = m.Event.objects.get(slug="conf")
    assert (event.name, event.time_zone) == ("Conf 2026", "Europe/Oslo")


def test_import_sessionize_local_times_without_timezone_prints_a_note(tmp_path):
    path = tmp_path / "All.json"
    path.write_bytes(encode(current()))
    errors = io.StringIO()
    run(str(path), "--event", "conf", stderr=errors)
    assert errors.getvalue() == (
        "Note: the file's times have no time zone and --timezone was not given, so they are "
        "taken as UTC. If the venue is elsewhere, import again with --timezone, e.g. "
        "--timezone Europe/London.\n"
    )


@pytest.mark.parametrize("extra", [["--timezone", "Europe/Oslo"], []])
def test_import_sessionize_zone_given_or_known_prints_no_note(tmp_path, extra):
    path = tmp_path / "All.json"
    path.write_bytes(encode(current()))
    run(str(path), "--event", "conf", *extra)
    errors = io.StringIO()
    run(str(path), "--event", "conf", stderr=errors)  # an existing event keeps its zone
    assert errors.getvalue() == ""


def test_import_sessionize_url_imports(web):
    web.files["/api/v2/abc/view/All"] = b"\xef\xbb\xbf" + encode(current())
    output = run(f"{web.url}/api/v2/abc/view/All", "--event", "conf", "--allow-private-addresses")
    assert output.startswith("Created event 'conf' (time zone UTC): 3 sessions, 2 speakers")
    assert m.Session.objects.count() == 3


def test_import_sessionize_bad_inputs_fail_and_change_nothing(tmp_path, web, closed_port):
    good = tmp_path / "good.json"
    good.write_bytes(encode(current()))
    run(str(good), "--event", "conf")
    before = snapshot()
    dangling = current()
    dangling["sessions"][1]["speakers"] = ["ghost"]
    cases = {
        b"not json": "not valid JSON: ",
        encode(dangling): 'sessions[1].speakers[0]: ghost is not the id of a speaker in "speakers"',
    }
    for index, (raw, message) in enumerate(cases.items()):
        path = tmp_path / f"bad{index}.json"
        path.write_bytes(raw)
        assert failure(str(path), "--event", "conf").startswith(message)
    missing = str(tmp_path / "missing.json")
    assert failure(missing, "--event", "conf") == f"{missing}: no such file"
    url = f"http://127.0.0.1:{closed_port}/All.json"
    assert failure(url, "--event", "conf", "--allow-private-addresses") == (
        f"{url}: cannot reach the server (Connection refused)"
    )
    assert failure(f"{web.url}/gone", "--event", "conf", "--allow-private-addresses") == (
        f"{web.url}/gone: the server answered HTTP 404 Not Found"
    )
    assert failure(str(good), "--event", "conf", "--timezone", "Europe/Glasgow") == (
        "--timezone: 'Europe/Glasgow' is not an IANA time zone (e.g. Europe/London, UTC)"
    )
    assert snapshot() == before


# The command line closes database connections when done: no test transaction around it.
@pytest.mark.django_db(transaction=True)
def test_import_sessionize_cli_error_exits_1_without_traceback(tmp_path, capsys):
    path = tmp_path / "All.json"
    path.write_bytes(b"[]")
    with pytest.raises(SystemExit) as caught:
        main(["podium", "import", "sessionize", str(path), "--event", "conf"])
    assert caught.value.code == 1
    assert capsys.readouterr().err == (
        "CommandError: not a Sessionize All view: expected an object at the top level, "
        "found a list (the other views are lists; import the All view)\n"
    )
    assert not m.Event.objects.exists()


def test_import_sessionize_url_on_loopback_needs_the_option(web):
    web.files["/All.json"] = encode(current())
    url = f"{web.url}/All.json"
    assert failure(url, "--event", "conf") == (
        f"{url}: refused: 127.0.0.1 is a loopback address; podium reads only from public "
        "addresses (unless --allow-private-addresses is given)"
    )
    assert web.requests == []
    assert not m.Event.objects.exists()


def test_import_sessionize_endless_input_stops_at_the_size_limit(tmp_path):
    # Under a 400 MB address-space limit: reading /dev/zero to its end would fail
    # with a MemoryError long before; the limit stops it at 50 MB.
    limit = 400 * 2**20
    result = subprocess.run(
        [sys.executable, "-m", "podium", "import", "sessionize", "/dev/zero", "--event", "z"],
        env=podium_env(tmp_path / "var"),
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, (limit, limit)),
    )
    assert (result.returncode, result.stderr) == (
        1,
        "CommandError: /dev/zero: the input is larger than 50 MB, the import limit "
        "(PODIUM_IMPORT_MAX_MB)\n",
    )


def test_import_help_lists_sessionize(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["podium", "import", "--help"])
    assert caught.value.code == 0
    assert "sessionize          a Sessionize API response of the All view (JSON)" in (
        capsys.readouterr().out
    )


def test_import_sessionize_help_lists_the_options(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["podium", "import", "sessionize", "--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(
        "usage: podium import sessionize [-h] --event <slug> [--timezone <IANA>]\n"
    )
    options = ("<file-or-url>", "--event <slug>", "--timezone <IANA>", "--name <name>")
    for option in (*options, "--allow-private-addresses"):
        assert option in out


def test_import_without_source_is_an_error():
    with pytest.raises(CommandError) as caught:
        call_command("import")
    assert str(caught.value) == "Error: the following arguments are required: <source>"


def test_podium_help_lists_import(capsys):
    main(["podium", "--help"])
    assert "  import          Import a conference program from another service\n" in (
        capsys.readouterr().out
    )
