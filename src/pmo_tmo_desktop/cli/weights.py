"""`pmo-tmo weights`: the pairwise (AHP) criterion weights and their consistency, per
participant, per office and for the group, with the workshop's office privacy applied.

Handlers return the exit code; a problem with the input raises a UserError, which `cli.main`
turns into one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from pmo_tmo_desktop.cli.common import EXIT_OK, command, location
from pmo_tmo_desktop.i18n import translate


def _name(entry: dict[str, Any], fallback: str) -> str:
    if entry.get("name") is None:
        return fallback
    if entry.get("office"):
        return f"{entry['name']} ({entry['office']})"
    return str(entry["name"])


def _print_entry(title: str, entry: dict[str, Any], criteria: list[str]) -> None:
    print(title)
    if entry["participants"] == 0:
        print("  " + translate("Cli", "no comparisons yet"))
        return
    if entry["withheld"]:
        print(
            "  "
            + translate(
                "Cli",
                "— withheld: fewer than two participants of an office compared the criteria, "
                "or they would be one person's judgements",
            )
        )
        if entry["missing"]:
            print("  " + translate("Cli", "pairs not compared: {n}").format(n=entry["missing"]))
        return
    if entry["weights"] is None:
        print(
            "  "
            + translate("Cli", "no weights yet: {names} not linked to the other criteria").format(
                names=", ".join(entry["cut_off"]) or "—"
            )
        )
        return
    width = max((len(c) for c in criteria), default=0)
    for criterion in criteria:
        print(f"  {criterion:<{width}}  {100 * entry['weights'][criterion]:6.1f} %")
    ratio = entry["consistency_ratio"]
    facts = [
        translate("Cli", "consistency ratio {cr}").format(
            cr="—" if ratio is None else f"{ratio:.2f}"
        )
    ]
    if entry["most_inconsistent"]:
        a, b = entry["most_inconsistent"]
        facts.append(translate("Cli", "most inconsistent: {a} vs {b}").format(a=a, b=b))
    if entry["missing"]:
        facts.append(translate("Cli", "pairs not compared: {n}").format(n=entry["missing"]))
    print("  " + "; ".join(facts))


def cmd_weights(args: argparse.Namespace) -> int:
    from pmo_tmo_desktop.services import files, weights_view

    with files.open_file(args.workspace, read_only=True) as ws:
        report = weights_view.load(ws, args.workshop)
    data = weights_view.as_data(report)
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return EXIT_OK
    criteria = data["criteria"]
    if data["in_force"] == "group":
        force = translate("Cli", "group weights adopted {when}").format(
            when=(data["adopted_at"] or "").replace("T", " ")
        )
    else:
        force = translate("Cli", "the criteria's set weights")
    print(
        translate("Cli", "{title} — pairwise criterion weights; in force: {force}").format(
            title=data["workshop"]["title"], force=force
        )
    )
    group = data["group"]
    _print_entry(
        translate("Cli", "Group ({n} compared)").format(n=group["participants"]), group, criteria
    )
    for office, entry in data["offices"].items():
        _print_entry(
            translate("Cli", "{office} ({n} compared)").format(
                office=office, n=entry["participants"]
            ),
            entry,
            criteria,
        )
    for number, entry in enumerate(data["participants"], start=1):
        fallback = translate("Cli", "Participant {n}").format(n=number)
        _print_entry(_name(entry, fallback), entry, criteria)
    return EXIT_OK


def add_commands(commands: Any) -> None:
    """The `weights` command, into the tool's subparsers."""
    weights = command(
        commands,
        "weights",
        cmd_weights,
        translate("Cli", "pairwise (AHP) criterion weights and their consistency"),
    )
    weights.add_argument("workspace", type=location, metavar="WORKSPACE")
    weights.add_argument("--workshop", type=int, required=True, metavar="ID")
    weights.add_argument("--json", action="store_true")
