"""`pmo-tmo results|minutes|pack`: a workshop's results on the console, its PDF minutes and
results workbook, and the whole meeting pack."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from pmo_tmo_desktop.cli.common import EXIT_OK, command, location, print_json
from pmo_tmo_desktop.i18n import translate


def cmd_results(args: argparse.Namespace) -> int:
    from pmo_tmo_desktop.domain.figures import half_away
    from pmo_tmo_desktop.services import files, results

    with files.open_file(args.workspace, read_only=True) as ws:
        found = results.load(ws, args.workshop, args.round)
    data = results.as_data(found)
    if args.json:
        print_json(data)
        return EXIT_OK
    if data["round"] is None:
        print(
            translate("Cli", "{title}: no closed round with ratings yet").format(
                title=data["workshop"]["title"]
            )
        )
        return EXIT_OK
    print(
        translate(
            "Cli", "{title} — round {n}, {rated} of {total} ballots complete, {partial} started"
        ).format(
            title=data["workshop"]["title"],
            n=data["round"],
            rated=data["rated"],
            total=data["participants"],
            partial=data["partial"],
        )
    )
    if not data["revealed"]:
        print(translate("Cli", "This round is blind and still open: results once it is closed."))
        return EXIT_OK
    head = translate("Cli", "rank  score    PMO    TMO    gap  dissent  proposal")
    print(head)

    def cell(value: float | None, width: int, digits: int = 1) -> str:
        if value is None:
            return f"{'—':>{width}}"
        return f"{half_away(value, digits):>{width}.{digits}f}"

    for p in found.results.proposals:  # the view's own figures, rounded once as pages do
        flag = " !" if p.dissent_flag else "  "
        print(
            f"{p.rank or '—':>4}  {cell(p.score, 5)}  {cell(p.pmo_score, 5)}  "
            f"{cell(p.tmo_score, 5)}  {cell(p.gap, 5)}  "
            f"{cell(p.dissent, 7, 2)}{flag}  {p.title}"
        )
    print(
        translate("Cli", "! dissent of {threshold} or more (the workshop's threshold)").format(
            threshold=f"{data['dissent_threshold']:.2f}"
        )
    )
    if any(p["withheld"] or any(c["withheld"] for c in p["criteria"]) for p in data["proposals"]):
        print(
            translate(
                "Cli",
                "— withheld: fewer than two participants of an office rated it; the other "
                "office's figure beside it is withheld too, so that neither shows one "
                "person's rating",
            )
        )
    if "budget_fit" in data:
        fit = data["budget_fit"]
        print(
            translate("Cli", "Budget fit for {budget:,.0f}: {titles} (cost {cost:,.0f})").format(
                budget=fit["budget"],
                titles=", ".join(c["title"] for c in fit["chosen"]) or "—",
                cost=fit["total_cost"],
            )
        )
    return EXIT_OK


def cmd_minutes(args: argparse.Namespace) -> int:
    from pmo_tmo_desktop.services import files, reports, results_workbook

    with files.open_file(args.workspace, read_only=True) as ws:
        reports.write_minutes(ws, args.workshop, args.pdf, args.round)
        if args.xlsx is not None:
            results_workbook.write_results_workbook(
                ws, args.workshop, args.xlsx, round_number=args.round
            )
    print(translate("Cli", "Wrote {file}").format(file=args.pdf))
    if args.xlsx is not None:
        print(translate("Cli", "Wrote {file}").format(file=args.xlsx))
    return EXIT_OK


def cmd_pack(args: argparse.Namespace) -> int:
    from pmo_tmo_desktop.services import files, pack

    sections = args.sections.split(",") if args.sections is not None else pack.SECTIONS
    with files.open_file(args.workspace, read_only=True) as ws:
        written = pack.write_pack(
            ws, args.workshop, args.out, [s.strip() for s in sections], round_number=args.round
        )
    for path in written:
        print(path)
    return EXIT_OK


def add_commands(commands: Any) -> None:
    """`results`, `minutes` and `pack`, into the tool's subparsers."""
    res = command(
        commands, "results", cmd_results, translate("Cli", "scores, ranks and PMO/TMO gaps")
    )
    res.add_argument("workspace", type=location, metavar="WORKSPACE")
    res.add_argument("--workshop", type=int, required=True, metavar="ID")
    res.add_argument("--round", type=int, metavar="N")
    res.add_argument("--json", action="store_true")
    minutes = command(
        commands,
        "minutes",
        cmd_minutes,
        translate("Cli", "the PDF minutes of a workshop (and its results workbook)"),
    )
    minutes.add_argument("workspace", type=location, metavar="WORKSPACE")
    minutes.add_argument("--workshop", type=int, required=True, metavar="ID")
    minutes.add_argument("--pdf", type=Path, required=True, metavar="OUT")
    minutes.add_argument("--xlsx", type=Path, metavar="OUT")
    minutes.add_argument("--round", type=int, metavar="N")
    pk = command(
        commands, "pack", cmd_pack, translate("Cli", "the whole meeting pack of a workshop")
    )
    pk.add_argument("workspace", type=location, metavar="WORKSPACE")
    pk.add_argument("--workshop", type=int, required=True, metavar="ID")
    pk.add_argument("--out", type=Path, required=True, metavar="DIR")
    pk.add_argument("--round", type=int, metavar="N")
    pk.add_argument(
        "--sections",
        metavar="A,B,...",
        help=translate(
            "Cli",
            "preread,minutes,handbook,methodology,results",
            "the --sections help: the names a user types, comma-separated",
        ),
    )
