import subprocess
import sys


def run_podium(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "podium", *args], capture_output=True, text=True, timeout=60
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
