"""`pmo-tmo copy SOURCE TARGET`: a whole workspace between a file and a team library, either
way; and how the command line asks for a library's password."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from pmo_tmo_desktop.cli.common import EXIT_OK, command, location
from pmo_tmo_desktop.i18n import translate


def ask_password(address: str) -> str | None:
    """The password for `address`, asked on the terminal (never stored); None when the user
    gives none."""
    try:
        given = getpass.getpass(
            translate("Cli", "Password for {url}: ").format(url=address), stream=sys.stderr
        )
    except EOFError:
        return None
    return given or None


def use_terminal_for_passwords() -> None:
    """Where a person sits at a terminal, a library that wants a password asks for it."""
    from pmo_tmo_desktop.services import files

    if sys.stdin is not None and sys.stdin.isatty():
        files.password_prompt = ask_password


def cmd_copy(args: argparse.Namespace) -> int:
    from pmo_tmo_desktop.services import files, words

    counts = files.copy(args.source, args.target)
    print(
        translate("Cli", "Copied {source} to {target}: {records}").format(
            source=files.location_label(args.source),
            target=files.location_label(args.target),
            records=words.count("record", sum(counts.values())),
        )
    )
    return EXIT_OK


def add_commands(commands: Any) -> None:
    """`copy`, into the tool's subparsers."""
    copy = command(
        commands,
        "copy",
        cmd_copy,
        translate(
            "Cli",
            "copy a whole workspace between a file and a team library (postgresql://…), "
            "either way; the target must be new or an empty database",
        ),
    )
    copy.add_argument("source", type=location, metavar="SOURCE")
    copy.add_argument("target", type=location, metavar="TARGET")
