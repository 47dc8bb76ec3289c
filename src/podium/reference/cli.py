"""The reference blocks of docs/cli.md: usage and arguments of every podium command.

Read from the commands' argument parsers, formatted here (not by argparse, whose
output depends on the terminal's width), so the page says what ``--help`` says.
"""

import argparse

from django.core.management import get_commands, load_command_class

# Options every Django command has; `--help` describes them, the page does not.
DJANGO_COMMON = {
    "-h", "--help", "--version", "-v", "--verbosity", "--settings", "--pythonpath",
    "--traceback", "--no-color", "--force-color", "--skip-checks",
}  # fmt: skip
WIDTH = 88


def podium_parsers() -> dict[str, argparse.ArgumentParser]:
    """ "podium serve" -> its parser, for every command and action, in name order."""
    found = {}
    commands = get_commands()
    for name in sorted(commands):
        if not commands[name].startswith("podium."):
            continue
        parser = load_command_class(commands[name], name).create_parser("podium", name)
        actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not actions:
            found[f"podium {name}"] = parser
        for action in actions:
            for sub, sub_parser in action.choices.items():
                found[f"podium {name} {sub}"] = sub_parser
    return found


def arguments(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [
        action
        for action in parser._actions
        if not isinstance(action, argparse._SubParsersAction)
        and not DJANGO_COMMON.intersection(action.option_strings)
    ]


def metavar(action: argparse.Action) -> str:
    if action.metavar is not None:
        return action.metavar
    if action.option_strings:
        return action.dest.upper()
    return f"<{action.dest.replace('_', '-')}>"


def usage_word(action: argparse.Action) -> str:
    if not action.option_strings:
        return f"[{metavar(action)}]" if action.nargs == "?" else metavar(action)
    if action.nargs == 0:
        word = " | ".join(action.option_strings)
    else:
        word = f"{action.option_strings[0]} {metavar(action)}"
    return word if action.required else f"[{word}]"


def usage(title: str, parser: argparse.ArgumentParser) -> str:
    words = []
    grouped = {}
    for group in parser._mutually_exclusive_groups:
        members = [usage_word(a).strip("[]") for a in group._group_actions]
        grouped[group._group_actions[0]] = "[" + " | ".join(members) + "]"
        grouped.update({a: "" for a in group._group_actions[1:]})
    for action in arguments(parser):
        word = grouped.get(action, usage_word(action))
        if word:
            words.append(word)
    return wrap([title, *words])


def wrap(words: list[str]) -> str:
    """Lines of at most WIDTH characters that never split a word such as [--a | --b]."""
    lines = [words[0]]
    for word in words[1:]:
        if len(lines[-1]) + 1 + len(word) > WIDTH:
            lines.append("    " + word)
        else:
            lines[-1] += " " + word
    return "\n".join(lines)


def default(action: argparse.Action) -> str:
    if action.required or (not action.option_strings and action.nargs != "?"):
        return "required"
    value = action.default
    if value in (None, "", argparse.SUPPRESS):
        return ""
    if isinstance(value, bool):
        return "on" if value else "off"
    return f"`{value}`"


def cell(text: str) -> str:
    return text.replace("|", "\\|")


def row(action: argparse.Action) -> str:
    if action.option_strings:
        name = ", ".join(f"`{option}`" for option in action.option_strings)
        if action.nargs != 0:
            name += f" `{metavar(action)}`"
    else:
        name = f"`{metavar(action)}`"
    meaning = (action.help or "") % {**vars(action), "default": action.default}
    return f"| {cell(name)} | {default(action)} | {cell(meaning)} |"


def block(title: str, parser: argparse.ArgumentParser) -> str:
    lines = ["```sh", usage(title, parser), "```", ""]
    rows = [row(action) for action in arguments(parser)]
    if rows:
        lines += ["| argument | default | meaning |", "|---|---|---|", *rows, ""]
    return "\n".join(lines) + "\n"


def cli_blocks() -> dict[str, str]:
    return {title: block(title, parser) for title, parser in podium_parsers().items()}
