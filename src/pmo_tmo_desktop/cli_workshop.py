"""`pmo-tmo workshop template|new|close`, `pmo-tmo ballots export|import` and `pmo-tmo round
open|close`: the workshop workbooks, rounds, and closing a workshop.

Handlers return the exit code; a problem with the input raises a UserError, which `cli.main`
turns into one line on stderr and exit code 2 (nothing changed).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pmo_tmo_desktop.i18n import translate

EXIT_OK = 0

CommandFactory = Callable[..., argparse.ArgumentParser]
"""cli.build_parser's `command(name, handler, help_text, parent)`."""


def cmd_workshop_template(args: argparse.Namespace) -> int:
    from pmo_tmo_desktop.services import files, workshop_files

    if args.workspace is None:
        workshop_files.write_template(args.out)
    else:
        with files.open_file(args.workspace, read_only=True) as ws:
            workshop_files.write_template(args.out, ws)
    print(translate("Cli", "Wrote {file}").format(file=args.out))
    return EXIT_OK


def cmd_workshop_new(args: argparse.Namespace) -> int:
    from pmo_tmo_desktop.services import files, workshop_files

    with files.open_file(args.workspace) as ws:
        outcome = workshop_files.create_from_setup(ws, args.setup)
    print(outcome.new_id)  # the id alone, for scripts
    return EXIT_OK


def cmd_workshop_close(args: argparse.Namespace) -> int:
    from pmo_tmo_desktop.services import closing, files

    with files.open_file(args.workspace) as ws:
        closing.close_workshop(ws, args.workshop)
    print(
        translate(
            "Cli",
            "Closed workshop {id}; later corrections are recorded as amendments",
        ).format(id=args.workshop)
    )
    return EXIT_OK


def cmd_round_open(args: argparse.Namespace) -> int:
    from pmo_tmo_desktop.services import files, queries, workshops

    with files.open_file(args.workspace) as ws:
        workshops.open_round(ws, args.workshop, blind=True)
        opened = queries.workshop(ws, args.workshop).open_round
    assert opened is not None
    print(opened.number)  # the number alone, for scripts
    return EXIT_OK


def cmd_round_close(args: argparse.Namespace) -> int:
    from pmo_tmo_desktop.services import files, queries, results, workshops

    with files.open_file(args.workspace) as ws:
        outcome = workshops.close_round(ws, args.workshop)
        data = queries.workshop(ws, args.workshop)
        offices = {o.id: o.name for o in queries.offices(ws)}
    number = next(r.number for r in data.rounds if r.id == outcome.value)
    found = results.compute(data, offices, number)
    print(
        translate(
            "Cli",
            "Closed and revealed round {n}: {rated} of {total} ballots complete, {partial} started",
        ).format(
            n=number,
            rated=found.results.rated,
            total=found.results.expected,
            partial=found.results.partial,
        )
    )
    return EXIT_OK


def cmd_ballots_export(args: argparse.Namespace) -> int:
    from pmo_tmo_desktop.services import files, workshop_files

    with files.open_file(args.workspace, read_only=True) as ws:
        written = workshop_files.export_ballots(ws, args.workshop, args.out)
    print(
        translate("Cli", "Wrote %n ballot(s) to {folder}", None, len(written)).format(
            folder=args.out
        )
    )
    for path in written:
        print(f"  {path.name}")
    return EXIT_OK


def cmd_ballots_import(args: argparse.Namespace) -> int:
    from pmo_tmo_desktop.services import files, words, workshop_files

    with files.open_file(args.workspace) as ws:
        outcome = workshop_files.import_ballots(ws, args.workshop, args.files)
    summary = outcome.value
    text = words.ballots_imported(summary)
    print(text)
    return EXIT_OK


def add_workshop_commands(workshop_subparsers: Any, command_factory: CommandFactory) -> None:
    """`workshop template`, `workshop new` and `workshop close`, into the `workshop` group's
    subparsers."""
    template = command_factory(
        "template",
        cmd_workshop_template,
        translate("Cli", "a blank workshop set-up workbook"),
        workshop_subparsers,
    )
    template.add_argument("out", type=Path, metavar="OUT.xlsx")
    template.add_argument(
        "--workspace",
        type=Path,
        metavar="WORKSPACE",
        help=translate(
            "Cli", "offer this workspace's offices (default PMO, TMO, Business, Vendor)"
        ),
    )
    new = command_factory(
        "new",
        cmd_workshop_new,
        translate("Cli", "a workshop from a filled set-up workbook; prints its id"),
        workshop_subparsers,
    )
    new.add_argument("workspace", type=Path, metavar="WORKSPACE")
    new.add_argument("--from", dest="setup", type=Path, required=True, metavar="SETUP.xlsx")
    close = command_factory(
        "close",
        cmd_workshop_close,
        translate("Cli", "close a workshop: its ratings, decisions and actions are frozen"),
        workshop_subparsers,
    )
    close.add_argument("workspace", type=Path, metavar="WORKSPACE")
    close.add_argument("--workshop", type=int, required=True, metavar="ID")


def add_round_commands(commands: Any, command_factory: CommandFactory) -> None:
    """The top-level `round` group (open, close), into the top-level subparsers."""
    group = commands.add_parser("round", help=translate("Cli", "rating rounds"))
    rounds = group.add_subparsers(dest="round_command", metavar="COMMAND", parser_class=type(group))
    rounds.required = True
    for name, handler, text in (
        ("open", cmd_round_open, translate("Cli", "open a new blind round; prints its number")),
        ("close", cmd_round_close, translate("Cli", "close the open round and reveal it")),
    ):
        sub = command_factory(name, handler, text, rounds)
        sub.add_argument("workspace", type=Path, metavar="WORKSPACE")
        sub.add_argument("--workshop", type=int, required=True, metavar="ID")


def add_ballots_commands(commands: Any, command_factory: CommandFactory) -> None:
    """The top-level `ballots` group (export, import), into the top-level subparsers."""
    group = commands.add_parser("ballots", help=translate("Cli", "ballot workbooks"))
    ballots = group.add_subparsers(
        dest="ballots_command", metavar="COMMAND", parser_class=type(group)
    )
    ballots.required = True
    export = command_factory(
        "export",
        cmd_ballots_export,
        translate("Cli", "one ballot workbook per participant"),
        ballots,
    )
    export.add_argument("workspace", type=Path, metavar="WORKSPACE")
    export.add_argument("--workshop", type=int, required=True, metavar="ID")
    export.add_argument("--out", type=Path, required=True, metavar="DIR")
    imp = command_factory(
        "import",
        cmd_ballots_import,
        translate("Cli", "filled ballots, all or nothing"),
        ballots,
    )
    imp.add_argument("workspace", type=Path, metavar="WORKSPACE")
    imp.add_argument("--workshop", type=int, required=True, metavar="ID")
    imp.add_argument("files", type=Path, nargs="+", metavar="FILE")
