import os
import socket

import pytest

from podium.importers.sessionize import SessionizeError
from podium.importers.source import read_source


def error_of(path_or_url: str, **options) -> str:
    with pytest.raises(SessionizeError) as caught:
        read_source(path_or_url, **options)
    return str(caught.value)


def test_read_source_file_returns_its_bytes(tmp_path):
    path = tmp_path / "All.json"
    path.write_bytes(b"\xef\xbb\xbf{}\r\n")
    assert read_source(str(path)) == b"\xef\xbb\xbf{}\r\n"


def test_read_source_missing_file_is_an_error(tmp_path):
    assert error_of(str(tmp_path / "nope.json")) == f"{tmp_path / 'nope.json'}: no such file"


def test_read_source_directory_is_an_error(tmp_path):
    assert error_of(str(tmp_path)) == f"{tmp_path}: is a directory, not a file"


def test_read_source_unreadable_file_is_an_error(tmp_path):
    path = tmp_path / "secret.json"
    path.write_bytes(b"{}")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as a user who can read any file (root)")
        assert error_of(str(path)) == f"{path}: cannot read the file (Permission denied)"
    finally:
        path.chmod(0o600)


def test_read_source_http_url_returns_the_body(web):
    web.files["/api/v2/abc/view/All"] = b'{"sessions": []}'
    url = f"{web.url}/api/v2/abc/view/All"
    assert read_source(url, allow_private=True) == b'{"sessions": []}'


def test_read_source_http_error_is_an_error(web):
    url = f"{web.url}/api/v2/abc/view/All"
    assert error_of(url, allow_private=True) == f"{url}: the server answered HTTP 404 Not Found"


def test_read_source_unreachable_host_is_an_error(closed_port):
    url = f"http://127.0.0.1:{closed_port}/All.json"
    assert error_of(url, allow_private=True) == (
        f"{url}: cannot reach the server (Connection refused)"
    )


def test_read_source_other_scheme_is_an_error():
    assert error_of("ftp://example.org/All.json") == (
        "ftp://example.org/All.json: only http:// and https:// URLs can be read"
    )


def test_read_source_silent_server_times_out():
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()  # connections complete in the backlog, but nobody ever answers
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/All.json"
        with pytest.raises(SessionizeError) as caught:
            read_source(url, allow_private=True, timeout=0.2)
    assert str(caught.value) == f"{url}: no answer within 0.2 seconds"


def test_read_source_file_over_the_size_limit_is_an_error(tmp_path, settings):
    settings.PODIUM_IMPORT_MAX_MB = 1
    path = tmp_path / "All.json"
    path.write_bytes(b" " * (2**20 + 1))
    assert error_of(str(path)) == (
        f"{path}: the input is larger than 1 MB, the import limit (PODIUM_IMPORT_MAX_MB)"
    )


def test_read_source_file_at_the_size_limit_is_read(tmp_path, settings):
    settings.PODIUM_IMPORT_MAX_MB = 1
    path = tmp_path / "All.json"
    path.write_bytes(b" " * 2**20)
    assert read_source(str(path)) == b" " * 2**20
