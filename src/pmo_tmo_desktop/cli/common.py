"""What every command of `pmo-tmo` shares: the exit codes, the parser that reports a usage
error as one line, how a command and a group of commands are declared, and JSON output.

Handlers take the parsed arguments and return the exit code; a problem with the input raises
a UserError, which `cli.main` turns into one line on stderr and exit code 2 (nothing changed).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from pmo_tmo_desktop.domain.errors import UserError

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3

Handler = Callable[[argparse.Namespace], int]


class Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        raise UserError(f"{self.prog}: {message}")


def command(parent: Any, name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
    """A command `name` in `parent` (the subparsers of the tool or of a group), run by
    `handler`; its help text is also its description."""
    sub: argparse.ArgumentParser = parent.add_parser(name, help=help_text, description=help_text)
    sub.set_defaults(handler=handler)
    return sub


def group(parent: Any, name: str, help_text: str, dest: str) -> Any:
    """A group of commands `name` in `parent` (`pmo-tmo workshop ...`): its subparsers, one of
    which must be given; the chosen command's name is stored as `dest`."""
    holder = parent.add_parser(name, help=help_text)
    commands = holder.add_subparsers(dest=dest, metavar="COMMAND", parser_class=Parser)
    commands.required = True
    return commands


def location(text: str) -> Path | str:
    """A WORKSPACE argument: a file's path, or a team library's URL kept as written
    (postgresql://user@host[:port]/database; a path would fold its double slash)."""
    if text.lower().startswith(("postgresql://", "postgres://")):
        return text
    return Path(text)


def print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False, default=str))
