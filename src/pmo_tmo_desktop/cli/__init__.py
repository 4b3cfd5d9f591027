"""`pmo-tmo`: the headless command line, on the same services as the desktop app.

Exit codes: 0 done; 1 the check found errors; 2 unusable input, with one line on stderr
naming the file, sheet, row or field, and nothing changed. No traceback reaches the user.
Each module of this package declares its commands (`add_commands`) and runs them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from pmo_tmo_desktop import __version__
from pmo_tmo_desktop.cli import (
    library,
    methodology,
    portfolio,
    reports,
    room,
    rounds,
    weights,
    workshop,
)
from pmo_tmo_desktop.cli.common import EXIT_INPUT, EXIT_INTERNAL, Parser
from pmo_tmo_desktop.domain.errors import UserError
from pmo_tmo_desktop.i18n import LANGUAGES, translate

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="pmo-tmo",
        description=translate(
            "Cli", "PMO–TMO Desktop, headless: workspaces, checks and workshops."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--lang", choices=sorted(LANGUAGES), help=translate("Cli", "language of the output")
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    commands.required = True
    for module in (methodology, reports, workshop, rounds, room, weights, portfolio, library):
        module.add_commands(commands)
    return parser


def _language(argv: Sequence[str]) -> str | None:
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def _one_line(text: str) -> str:
    """An error's first line: what a user reads on stderr is never more than one."""
    lines = text.strip().splitlines()
    return lines[0] if lines else text


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    language = _language(argv)
    app = None
    if language and language != "en":
        from pmo_tmo_desktop import i18n

        app = i18n.install_headless(language)
    try:
        args = build_parser().parse_args(argv)
        library.use_terminal_for_passwords()
        code: int = args.handler(args)
        return code
    except UserError as error:
        print(_one_line(str(error)), file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print(translate("Cli", "interrupted; nothing was changed"), file=sys.stderr)
        return 130
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        print(_one_line(f"{where}{error.strerror or error}"), file=sys.stderr)
        return EXIT_INPUT
    except Exception as error:  # the last guard: one line, never a traceback
        cause = getattr(error, "orig", None) or error  # a database error's own words
        print(
            translate("Cli", "internal error ({kind}: {error}); please report it").format(
                kind=type(cause).__name__, error=_one_line(str(cause))
            ),
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    finally:
        del app
