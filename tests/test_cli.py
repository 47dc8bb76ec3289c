import os
import subprocess
import sys


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
        "podium: configuration error: PODIUM_IMPORT_MAX_MB=0 must be at least 1\n",
    )


def test_podium_help_with_bad_setting_fails_without_traceback(tmp_path):
    result = run_podium("--help", env={"PODIUM_DEBUG": "maybe", "PODIUM_DATA_DIR": str(tmp_path)})
    assert result.returncode == 1
    assert result.stderr == (
        "podium: configuration error: PODIUM_DEBUG='maybe' is not a boolean (use true or false)\n"
    )
