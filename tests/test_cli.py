import os
import subprocess
import sys

from django.conf import settings


def run_podium(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "podium", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=None if env is None else {**os.environ, **env},
    )


def test_podium_help_lists_podium_commands():
    result = run_podium("--help")
    assert result.returncode == 0
    assert "Podium commands:" in result.stdout
    assert "  serve " in result.stdout
    assert "migrate" in result.stdout


def test_podium_version_prints_version():
    import podium

    assert run_podium("--version").stdout.strip() == podium.__version__


def test_podium_unknown_command_fails_clearly():
    result = run_podium("no-such-command")
    assert result.returncode != 0
    assert "Unknown command: 'no-such-command'" in result.stderr


def test_podium_bad_setting_fails_without_traceback(tmp_path):
    result = run_podium(
        "cache", "clear", env={"PODIUM_CACHE_TTL": "abc", "PODIUM_DATA_DIR": str(tmp_path)}
    )
    assert result.returncode == 1
    assert result.stderr == (
        "podium: configuration error: PODIUM_CACHE_TTL='abc' is not a whole number\n"
    )


def test_podium_import_limit_below_one_fails_without_traceback(tmp_path):
    result = run_podium(
        "cache", "clear", env={"PODIUM_IMPORT_MAX_MB": "0", "PODIUM_DATA_DIR": str(tmp_path)}
    )
    assert (result.returncode, result.stderr) == (
        1,
        "podium: configuration error: PODIUM_IMPORT_MAX_MB='0': use a whole number from 1\n",
    )


def test_podium_help_with_bad_setting_fails_without_traceback(tmp_path):
    result = run_podium("--help", env={"PODIUM_DEBUG": "maybe", "PODIUM_DATA_DIR": str(tmp_path)})
    assert result.returncode == 1
    assert result.stderr == (
        "podium: configuration error: PODIUM_DEBUG='maybe' is not a boolean (use true or false)\n"
    )


def test_podium_bad_database_scheme_fails_naming_the_variable(tmp_path):
    url = "mysqlx://podium:secret@127.0.0.1/podium"
    result = run_podium("check", env={"PODIUM_DATABASE_URL": url, "PODIUM_DATA_DIR": str(tmp_path)})
    assert (result.returncode, result.stderr) == (
        1,
        "podium: configuration error: PODIUM_DATABASE_URL: scheme 'mysqlx' is not a database "
        "podium supports (use postgres://user:password@host:port/name or "
        "sqlite:////absolute/path)\n",
    )


def test_podium_malformed_database_url_fails_without_showing_it(tmp_path):
    url = "postgres://podium:secret@127.0.0.1:notaport/podium"
    result = run_podium("check", env={"PODIUM_DATABASE_URL": url, "PODIUM_DATA_DIR": str(tmp_path)})
    assert (result.returncode, result.stderr) == (
        1,
        "podium: configuration error: PODIUM_DATABASE_URL: not a valid URL (characters such "
        "as @, / or : in the password must be percent-encoded)\n",
    )


def test_podium_database_url_without_name_fails_naming_the_variable(tmp_path):
    env = {"PODIUM_DATABASE_URL": "postgres://", "PODIUM_DATA_DIR": str(tmp_path)}
    result = run_podium("check", env=env)
    assert (result.returncode, result.stderr) == (
        1,
        "podium: configuration error: PODIUM_DATABASE_URL: the URL names no database\n",
    )


def test_podium_bad_log_level_fails_naming_the_variable(tmp_path):
    result = run_podium("check", env={"PODIUM_LOG_LEVEL": "loud", "PODIUM_DATA_DIR": str(tmp_path)})
    assert (result.returncode, result.stderr) == (
        1,
        "podium: configuration error: PODIUM_LOG_LEVEL='loud': use one of DEBUG, INFO, "
        "WARNING, ERROR, CRITICAL\n",
    )


def test_podium_log_level_in_lower_case_is_accepted(tmp_path):
    result = run_podium(
        "check", env={"PODIUM_LOG_LEVEL": "debug", "PODIUM_DATA_DIR": str(tmp_path)}
    )
    assert (result.returncode, result.stdout) == (
        0,
        "System check identified no issues (0 silenced).\n",
    )


def without_secret_key(data_dir) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "PODIUM_SECRET_KEY"}
    env["PODIUM_DATA_DIR"] = str(data_dir)
    return env


def test_podium_first_command_generates_and_keeps_the_secret_key(tmp_path):
    env = without_secret_key(tmp_path)
    first = subprocess.run(
        [sys.executable, "-m", "podium", "--help"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    key = (tmp_path / "secret_key").read_text()
    second = subprocess.run(
        [sys.executable, "-m", "podium", "check"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (first.returncode, second.returncode) == (0, 0)
    assert len(key) >= 50
    assert (tmp_path / "secret_key").read_text() == key


LOAD_SETTINGS = "from django.conf import settings; print(settings.SECRET_KEY)"


def test_settings_without_secret_key_refuse_to_load(tmp_path):
    env = {**without_secret_key(tmp_path), "DJANGO_SETTINGS_MODULE": "podium.settings"}
    result = subprocess.run(
        [sys.executable, "-c", LOAD_SETTINGS], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == (
        f"django.core.exceptions.ImproperlyConfigured: PODIUM_SECRET_KEY is not set and "
        f"{tmp_path.resolve() / 'secret_key'} does not exist: run any `podium` command once "
        "(it generates the key file), or set PODIUM_SECRET_KEY"
    )


def test_settings_without_secret_key_in_debug_mode_use_the_debug_key(tmp_path):
    env = {
        **without_secret_key(tmp_path),
        "DJANGO_SETTINGS_MODULE": "podium.settings",
        "PODIUM_DEBUG": "true",
    }
    result = subprocess.run(
        [sys.executable, "-c", LOAD_SETTINGS], env=env, capture_output=True, text=True, timeout=60
    )
    assert (result.returncode, result.stdout) == (0, f"{settings.DEBUG_SECRET_KEY}\n")


def test_podium_unusable_data_dir_fails_naming_it(tmp_path):
    (tmp_path / "file").write_text("")
    data_dir = tmp_path / "file" / "var"
    result = run_podium("--help", env={"PODIUM_DATA_DIR": str(data_dir)})
    assert (result.returncode, result.stderr) == (
        1,
        f"podium: cannot prepare the data directory {data_dir}: Not a directory "
        "(PODIUM_DATA_DIR chooses another)\n",
    )


def test_podium_command_on_unmigrated_database_fails_without_traceback(tmp_path):
    database = f"sqlite:///{tmp_path}/never-migrated.sqlite3"
    result = run_podium(
        "endpoint", "list", env={"PODIUM_DATA_DIR": str(tmp_path), "PODIUM_DATABASE_URL": database}
    )
    assert result.returncode == 1
    assert result.stderr.startswith("podium: database error: no such table: ")
    assert result.stderr.endswith(" (`podium migrate` creates the tables)\n")


def test_podium_output_into_closed_pipe_stops_quietly(tmp_path):
    env = {**os.environ, "PODIUM_DATA_DIR": str(tmp_path)}
    command = [sys.executable, "-m", "podium", "--help"]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    ) as podium:
        podium.stdout.close()
        stderr = podium.stderr.read()
    assert stderr == b""
