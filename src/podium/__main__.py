"""The ``podium`` command: podium's own commands first, then Django's."""

import os
import sys

import podium

HELP_FLAGS = {"-h", "--help", "help"}


def print_overview() -> None:
    from django.core.management import get_commands, load_command_class

    commands = get_commands()
    ours = sorted(name for name, app in commands.items() if app.startswith("podium."))
    print(f"podium {podium.__version__}: publish a conference program through a")
    print("Sessionize-compatible API.\n")
    print("Usage: podium <command> [options]      podium <command> --help\n")
    print("Podium commands:")
    for name in ours:
        summary = load_command_class(commands[name], name).help.strip().split(". ")[0]
        print(f"  {name:<16}{summary}")
    print("\nDjango commands (also available):")
    others = sorted(name for name, app in commands.items() if not app.startswith("podium."))
    line = " "
    for name in others:
        if len(line) + len(name) > 78:
            print(line)
            line = " "
        line += f" {name}"
    print(line)
    print("\nConfiguration is read from PODIUM_* environment variables; see docs/config.md.")


def main(argv: list[str] | None = None) -> None:
    from django.core.exceptions import ImproperlyConfigured
    from django.db import DatabaseError

    try:
        run(argv)
        sys.stdout.flush()  # a closed pipe shows here, not at exit
    except ImproperlyConfigured as error:
        # A bad PODIUM_* variable: its message names it; a traceback would hide that.
        sys.exit(f"podium: configuration error: {error}")
    except DatabaseError as error:
        # Most often a database that was never set up (`podium serve` sets it up itself).
        sys.exit(f"podium: database error: {error} (`podium migrate` creates the tables)")
    except BrokenPipeError:
        # `podium endpoint list | head`: the reader left; stop quietly, as other tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)


def run(argv: list[str] | None) -> None:
    argv = list(sys.argv if argv is None else argv)
    argv[0] = "podium"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "podium.settings")
    if argv[1:] == ["--version"]:
        print(podium.__version__)
        return
    from podium.paths import data_dir, prepare_data_dir

    # Every command, even the overview, loads the settings, which need the secret key.
    try:
        prepare_data_dir()
    except OSError as error:
        sys.exit(
            f"podium: cannot prepare the data directory {data_dir()}: "
            f"{error.strerror or error} (PODIUM_DATA_DIR chooses another)"
        )
    if argv[1:] == [] or (len(argv) == 2 and argv[1] in HELP_FLAGS):
        import django

        django.setup()
        print_overview()
        return
    from django.core.management import execute_from_command_line

    execute_from_command_line(argv)


if __name__ == "__main__":
    main()
