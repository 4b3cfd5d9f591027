"""`pmo-tmo workshop list|template|new|close` and `pmo-tmo ballots export|import`: the
workshops, their set-up and ballot workbooks, and closing a workshop."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from pmo_tmo_desktop.cli import checkout
from pmo_tmo_desktop.cli.common import EXIT_OK, command, group, location, print_json
from pmo_tmo_desktop.i18n import translate


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
        print_json({"workshops": rows})
    elif not rows:
        print(translate("Cli", "No workshops yet."))
    else:
        for r in rows:
            print(f"{r['id']:>4}  {r['date'] or '—':<10}  {r['status']:<8}  {r['title']}")
    return EXIT_OK


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
    from pmo_tmo_desktop.services import files, workshop_files

    with files.open_file(args.workspace) as ws:
        outcome = workshop_files.import_ballots(ws, args.workshop, args.files)
    summary = outcome.value
    text = workshop_files.ballots_imported(summary)
    print(text)
    return EXIT_OK


def add_commands(commands: Any) -> None:
    """The `workshop` and `ballots` groups, into the tool's subparsers."""
    workshops = group(commands, "workshop", translate("Cli", "workshops"), "workshop_command")
    listing = command(
        workshops, "list", cmd_workshop_list, translate("Cli", "the workshops, with ids")
    )
    listing.add_argument("workspace", type=location, metavar="WORKSPACE")
    listing.add_argument("--json", action="store_true")
    template = command(
        workshops,
        "template",
        cmd_workshop_template,
        translate("Cli", "a blank workshop set-up workbook"),
    )
    template.add_argument("out", type=Path, metavar="OUT.xlsx")
    template.add_argument(
        "--workspace",
        type=location,
        metavar="WORKSPACE",
        help=translate(
            "Cli", "offer this workspace's offices (default PMO, TMO, Business, Vendor)"
        ),
    )
    new = command(
        workshops,
        "new",
        cmd_workshop_new,
        translate("Cli", "a workshop from a filled set-up workbook; prints its id"),
    )
    new.add_argument("workspace", type=location, metavar="WORKSPACE")
    new.add_argument("--from", dest="setup", type=Path, required=True, metavar="SETUP.xlsx")
    close = command(
        workshops,
        "close",
        cmd_workshop_close,
        translate("Cli", "close a workshop: its ratings, decisions and actions are frozen"),
    )
    close.add_argument("workspace", type=location, metavar="WORKSPACE")
    close.add_argument("--workshop", type=int, required=True, metavar="ID")
    checkout.add_commands(workshops)
    ballots = group(commands, "ballots", translate("Cli", "ballot workbooks"), "ballots_command")
    export = command(
        ballots,
        "export",
        cmd_ballots_export,
        translate("Cli", "one ballot workbook per participant"),
    )
    export.add_argument("workspace", type=location, metavar="WORKSPACE")
    export.add_argument("--workshop", type=int, required=True, metavar="ID")
    export.add_argument("--out", type=Path, required=True, metavar="DIR")
    imp = command(
        ballots, "import", cmd_ballots_import, translate("Cli", "filled ballots, all or nothing")
    )
    imp.add_argument("workspace", type=location, metavar="WORKSPACE")
    imp.add_argument("--workshop", type=int, required=True, metavar="ID")
    imp.add_argument("files", type=Path, nargs="+", metavar="FILE")
