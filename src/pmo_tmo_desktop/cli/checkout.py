"""`pmo-tmo workshop checkout|checkin|release`: a workshop of a team library taken into a file
for a session offline, brought back afterwards, or let go of without its file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from pmo_tmo_desktop.cli.common import EXIT_OK, command, location
from pmo_tmo_desktop.i18n import translate


def cmd_checkout(args: argparse.Namespace) -> int:
    from pmo_tmo_desktop.services import checkout, files

    with files.open_file(args.library) as ws:
        mark = checkout.checkout(ws, args.workshop, args.out)
    print(
        translate(
            "Cli",
            "Checked out workshop {id} '{title}' to {file}; it is read-only in the library "
            "until it is checked in",
        ).format(id=mark.workshop_id, title=mark.title, file=mark.file)
    )
    return EXIT_OK


def cmd_checkin(args: argparse.Namespace) -> int:
    from pmo_tmo_desktop.services import checkout, files, words

    with files.open_file(args.library) as ws:
        done = checkout.checkin(ws, args.source, args.workshop).value
    print(
        translate("Cli", "Checked in workshop {id} '{title}' from {file}: {records}").format(
            id=done.workshop_id,
            title=done.title,
            file=args.source.name,
            records=words.count("record", sum(done.counts.values())),
        )
    )
    return EXIT_OK


def cmd_release(args: argparse.Namespace) -> int:
    from pmo_tmo_desktop.services import checkout, files

    with files.open_file(args.library) as ws:
        mark = checkout.release(ws, args.workshop)
    print(
        translate(
            "Cli",
            "Released workshop {id} '{title}' (checked out to {file} by {who}); what was done "
            "in that file stays there",
        ).format(id=mark.workshop_id, title=mark.title, file=mark.file, who=mark.by or "?")
    )
    return EXIT_OK


def add_commands(workshops: Any) -> None:
    """`checkout`, `checkin` and `release`, into the `workshop` group."""
    out = command(
        workshops,
        "checkout",
        cmd_checkout,
        translate(
            "Cli",
            "copy a workshop with its methodology into a new file for a session offline; "
            "read-only in the library until it is checked in",
        ),
    )
    out.add_argument("library", type=location, metavar="LIBRARY")
    out.add_argument("--workshop", type=int, required=True, metavar="ID")
    out.add_argument("--out", type=Path, required=True, metavar="FILE")
    back = command(
        workshops,
        "checkin",
        cmd_checkin,
        translate(
            "Cli",
            "bring a checked-out workshop back from its file, in one transaction, and release it",
        ),
    )
    back.add_argument("library", type=location, metavar="LIBRARY")
    back.add_argument("--from", dest="source", type=Path, required=True, metavar="FILE")
    back.add_argument(
        "--workshop",
        type=int,
        metavar="ID",
        help=translate("Cli", "refuse the file unless it holds this workshop"),
    )
    release = command(
        workshops,
        "release",
        cmd_release,
        translate(
            "Cli",
            "release a checked-out workshop without its file (a lost file); what was done "
            "in the file is not brought back",
        ),
    )
    release.add_argument("library", type=location, metavar="LIBRARY")
    release.add_argument("--workshop", type=int, required=True, metavar="ID")
