"""`pmo-tmo`: the headless command line, on the same services as the desktop app.

Exit codes: 0 done; 1 the check found errors; 2 unusable input, with one line on stderr
naming the file, sheet, row or field, and nothing changed. No traceback reaches the user.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from pmo_tmo_desktop import __version__
from pmo_tmo_desktop.domain.errors import UserError
from pmo_tmo_desktop.i18n import LANGUAGES, translate

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UserError(f"{self.prog}: {message}")


def _print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False, default=str))


# -- commands ----------------------------------------------------------------------------------


def cmd_new(args: argparse.Namespace) -> int:
    from pmo_tmo_desktop.services import files

    ws = files.new(args.workspace, args.template)
    ws.close()
    print(
        translate("Cli", "Created {file} from the {template} methodology").format(
            file=args.workspace, template=args.template
        )
    )
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from pmo_tmo_desktop.services import demo

    ws = demo.create_demo(args.workspace)
    ws.close()
    print(translate("Cli", "Created the demo workspace {file}").format(file=args.workspace))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from pmo_tmo_desktop.services import files, queries

    with files.open_file(args.workspace, read_only=True) as ws:
        health = files.verify(ws)
        counts = queries.counts(ws)
        info = queries.workspace_info(ws)
    errors = []
    if health["integrity"] != "ok":
        errors.append(
            translate("Cli", "integrity check: {result}").format(result=health["integrity"])
        )
    if health["foreign_key_problems"]:
        errors.append(
            translate("Cli", "{n} broken references").format(n=health["foreign_key_problems"])
        )
    report = {
        "workspace": {
            "name": info.name,
            "organisation": info.organisation,
            "raci_variant": info.raci_variant.value,
            "file": str(args.workspace),
        },
        "file": health,
        "facts": counts,
        "errors": errors,
    }
    if args.json:
        _print_json(report)
    else:
        print(
            translate("Cli", "{name} ({variant}), schema {schema}, journal {journal}").format(
                name=info.name,
                variant=info.raci_variant.value,
                schema=health["schema"],
                journal=health["journal_mode"],
            )
        )
        print(translate("Cli", "File integrity: {result}").format(result=health["integrity"]))
        labels = {
            "office": translate("Cli", "offices"),
            "role": translate("Cli", "roles"),
            "phase": translate("Cli", "phases"),
            "activity": translate("Cli", "activities"),
            "deliverable": translate("Cli", "deliverables"),
            "control_point": translate("Cli", "control points"),
            "assignment": translate("Cli", "RACI cells filled"),
            "workshop": translate("Cli", "workshops"),
            "proposal": translate("Cli", "proposals"),
            "rating": translate("Cli", "ratings"),
        }
        for key, label in labels.items():
            print(f"  {counts[key]:>6}  {label}")
        for error in errors:
            print(translate("Cli", "error: {message}").format(message=error))
    return EXIT_FINDINGS if errors else EXIT_OK


def cmd_workshop_list(args: argparse.Namespace) -> int:
    from pmo_tmo_desktop.services import files, queries

    with files.open_file(args.workspace, read_only=True) as ws:
        found = queries.workshops(ws)
        details = {w.id: queries.workshop(ws, w.id) for w in found}
    rows = [
        {
            "id": w.id,
            "title": w.title,
            "date": w.date.isoformat() if w.date else None,
            "status": w.status.value,
            "participants": len(details[w.id].participants),
            "proposals": len(details[w.id].proposals),
            "rounds": len(details[w.id].rounds),
        }
        for w in found
    ]
    if args.json:
        _print_json({"workshops": rows})
    elif not rows:
        print(translate("Cli", "No workshops yet."))
    else:
        for r in rows:
            print(f"{r['id']:>4}  {r['date'] or '—':<10}  {r['status']:<8}  {r['title']}")
    return EXIT_OK


# -- parser ------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="pmo-tmo",
        description=translate(
            "Cli", "PMO–TMO Desktop, headless: workspaces, checks and workshops."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--lang", choices=sorted(LANGUAGES), help=translate("Cli", "language of the output")
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    def command(
        name: str,
        handler: Callable[[argparse.Namespace], int],
        help_text: str,
        parent: Any = commands,
    ) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = parent.add_parser(
            name, help=help_text, description=help_text
        )
        sub.set_defaults(handler=handler)
        return sub

    new = command("new", cmd_new, translate("Cli", "a workspace from a starter methodology"))
    new.add_argument("workspace", type=Path, metavar="WORKSPACE")
    new.add_argument("--template", default="integrated", choices=("integrated", "light", "empty"))
    demo = command("demo", cmd_demo, translate("Cli", "a realistic demo, with a finished workshop"))
    demo.add_argument("workspace", type=Path, metavar="WORKSPACE")
    check = command("check", cmd_check, translate("Cli", "check the file and report what it holds"))
    check.add_argument("workspace", type=Path, metavar="WORKSPACE")
    check.add_argument("--json", action="store_true")
    workshop = commands.add_parser("workshop", help=translate("Cli", "workshops"))
    workshop_commands = workshop.add_subparsers(
        dest="workshop_command", metavar="COMMAND", parser_class=_Parser
    )
    workshop_commands.required = True
    listing = command(
        "list", cmd_workshop_list, translate("Cli", "the workshops, with ids"), workshop_commands
    )
    listing.add_argument("workspace", type=Path, metavar="WORKSPACE")
    listing.add_argument("--json", action="store_true")
    return parser


def _language(argv: Sequence[str]) -> str | None:
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    language = _language(argv)
    app = None
    if language and language != "en":
        from pmo_tmo_desktop import i18n

        app = i18n.install_headless(language)
    try:
        args = build_parser().parse_args(argv)
        code: int = args.handler(args)
        return code
    except UserError as error:
        print(str(error), file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print(translate("Cli", "interrupted; nothing was changed"), file=sys.stderr)
        return 130
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        print(f"{where}{error.strerror or error}", file=sys.stderr)
        return EXIT_INPUT
    except Exception as error:  # the last guard: one line, never a traceback
        print(
            translate("Cli", "internal error ({kind}: {error}); please report it").format(
                kind=type(error).__name__, error=error
            ),
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    finally:
        del app


if __name__ == "__main__":
    sys.exit(main())
