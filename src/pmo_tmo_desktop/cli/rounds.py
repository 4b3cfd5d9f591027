"""`pmo-tmo round open|close`: a new blind rating round, and closing and revealing it."""

from __future__ import annotations

import argparse
from typing import Any

from pmo_tmo_desktop.cli.common import EXIT_OK, command, group, location
from pmo_tmo_desktop.i18n import translate


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


def add_commands(commands: Any) -> None:
    """The `round` group (open, close), into the tool's subparsers."""
    rounds = group(commands, "round", translate("Cli", "rating rounds"), "round_command")
    for name, handler, text in (
        ("open", cmd_round_open, translate("Cli", "open a new blind round; prints its number")),
        ("close", cmd_round_close, translate("Cli", "close the open round and reveal it")),
    ):
        sub = command(rounds, name, handler, text)
        sub.add_argument("workspace", type=location, metavar="WORKSPACE")
        sub.add_argument("--workshop", type=int, required=True, metavar="ID")
