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
from pmo_tmo_desktop.services import words

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
    from pmo_tmo_desktop.domain import rules
    from pmo_tmo_desktop.services import checks, files, queries

    with files.open_file(args.workspace, read_only=True) as ws:
        health = files.verify(ws)
        counts = queries.counts(ws)
        limits = rules.Limits(overload_per_phase=args.overload, max_consulted=args.max_consulted)
        snapshot, report = checks.check(ws, limits)
    problems = []
    if health["integrity"] != "ok":
        problems.append(
            translate("Cli", "integrity check: {result}").format(result=health["integrity"])
        )
    if health["foreign_key_problems"]:
        problems.append(
            translate("Cli", "{n} broken references").format(n=health["foreign_key_problems"])
        )
    findings = checks.named(snapshot, report)
    if args.json:
        _print_json(
            {
                "workspace": {
                    "name": snapshot.info.name,
                    "file": str(args.workspace),
                    "raci_variant": snapshot.info.raci_variant.value,
                },
                "file": health,
                "facts": counts,
                "findings": [
                    {
                        "rule": f.rule,
                        "severity": f.severity,
                        "phase": f.phase or None,
                        "activity": f.activity or None,
                        "role": f.role or None,
                        "message": f.message,
                    }
                    for f in findings
                ],
                "metrics": checks.metrics_as_data(snapshot, report),
                "errors": problems,
            }
        )
    else:
        _print_report(snapshot, report, findings, health, counts, problems)
    return EXIT_FINDINGS if report.errors or problems else EXIT_OK


def _print_report(
    snapshot: Any, report: Any, findings: Any, health: Any, counts: Any, problems: list[str]
) -> None:
    from pmo_tmo_desktop.services import checks

    print(
        translate("Cli", "{name} ({variant}), schema {schema}, journal {journal}").format(
            name=snapshot.info.name,
            variant=snapshot.info.raci_variant.value,
            schema=health["schema"],
            journal=health["journal_mode"],
        )
    )
    print(translate("Cli", "File integrity: {result}").format(result=health["integrity"]))
    print(
        translate(
            "Cli",
            "{phases}, {activities}, {roles}, {cells}, {workshops} with {ratings}",
        ).format(
            phases=words.count("phase", counts["phase"]),
            activities=words.count("activity", counts["activity"]),
            roles=words.count("role", counts["role"]),
            cells=words.count("filled cell", counts["assignment"]),
            workshops=words.count("workshop", counts["workshop"]),
            ratings=words.count("rating", counts["rating"]),
        )
    )
    data = checks.metrics_as_data(snapshot, report)
    print()
    print(
        translate(
            "Cli", "Alignment index (activities where PMO and TMO both take part): {value:.0%}"
        ).format(value=data["alignment_index"])
    )
    for phase in data["phases"]:
        print(
            translate(
                "Cli",
                "  {phase}: {joint} joint, {pmo} PMO only, {tmo} TMO only, {touch}",
            ).format(
                phase=phase["phase"],
                joint=phase["joint"],
                pmo=phase["pmo_only"],
                tmo=phase["tmo_only"],
                touch=words.count("touchpoint", phase["touchpoints"]),
            )
        )
    print()
    print(", ".join(words.findings_tally(report.errors, report.warnings, report.alignments)))
    labels = {
        "error": translate("Cli", "error"),
        "warning": translate("Cli", "warning"),
        "alignment": translate("Cli", "alignment"),
    }
    for finding in findings:
        print(f"  {labels.get(finding.severity, finding.severity):<9}  {finding.message}")
    for problem in problems:
        print(translate("Cli", "error: {message}").format(message=problem))


def cmd_export(args: argparse.Namespace) -> int:
    from pmo_tmo_desktop.services import checks, files

    with files.open_file(args.workspace, read_only=True) as ws:
        checks.export_workbook(ws, args.xlsx)
    print(translate("Cli", "Wrote {file}").format(file=args.xlsx))
    return EXIT_OK


def _print_reading(summary: Any) -> None:
    """Which reading of a hand-made sheet was taken, and the others it would also bear."""
    if summary.reading is None:
        return
    names = words.reading_names()
    print(
        translate("Cli", "Read as: {reading} ({words})").format(
            reading=summary.reading, words=names[summary.reading]
        )
    )
    for other in summary.readings:
        if other != summary.reading:
            print(
                translate(
                    "Cli", "Could also be read as: {reading} ({words}); use --layout {reading}"
                ).format(reading=other, words=names[other])
            )


def cmd_import(args: argparse.Namespace) -> int:
    from pmo_tmo_desktop.services import files, transfer

    with files.open_file(args.workspace) as ws:
        reading = None if args.layout == "auto" else args.layout
        outcome = transfer.import_xlsx(ws, args.xlsx, replace=args.replace, reading=reading)
    summary = outcome.value
    _print_reading(summary)
    print(
        translate(
            "Cli",
            "Imported {file} ({layout} layout): {roles} and {activities} added, {cells} changed",
        ).format(
            file=args.xlsx,
            layout=summary.layout,
            roles=words.count("role", summary.roles_added),
            activities=words.count("activity", summary.activities_added),
            cells=words.count(
                "cell",
                len(outcome.changes.inserted.get("assignment", ()))
                + len(outcome.changes.updated.get("assignment", ()))
                + len(outcome.changes.deleted.get("assignment", ())),
            ),
        )
    )
    return EXIT_OK


def cmd_results(args: argparse.Namespace) -> int:
    from pmo_tmo_desktop.domain.figures import half_away
    from pmo_tmo_desktop.services import files, results

    with files.open_file(args.workspace, read_only=True) as ws:
        found = results.load(ws, args.workshop, args.round)
    data = results.as_data(found)
    if args.json:
        _print_json(data)
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


def _results_workbook_writer() -> Callable[..., None] | None:
    """The results workbook writer, once that feature is installed (None until then)."""
    try:
        from pmo_tmo_desktop.services import results_workbook
    except ModuleNotFoundError as missing:
        if missing.name != "pmo_tmo_desktop.services.results_workbook":
            raise
        from pmo_tmo_desktop.services import reports

        found: Callable[..., None] | None = getattr(reports, "write_results_workbook", None)
        return found
    writer: Callable[..., None] = results_workbook.write_results_workbook
    return writer


def cmd_minutes(args: argparse.Namespace) -> int:
    from pmo_tmo_desktop.services import files, reports

    workbook = _results_workbook_writer() if args.xlsx is not None else None
    if args.xlsx is not None and workbook is None:
        print(
            translate("Cli", "the results workbook comes with the results workbook feature"),
            file=sys.stderr,
        )
        return EXIT_INPUT
    with files.open_file(args.workspace, read_only=True) as ws:
        reports.write_minutes(ws, args.workshop, args.pdf, args.round)
        if workbook is not None:
            workbook(ws, args.workshop, args.xlsx, round_number=args.round)
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
    check.add_argument(
        "--overload",
        type=int,
        default=6,
        metavar="N",
        help=translate("Cli", "R/A per role and phase above which a role is overloaded"),
    )
    check.add_argument(
        "--max-consulted",
        type=int,
        default=4,
        metavar="N",
        help=translate("Cli", "Consulted roles per activity above which it is too many"),
    )
    imp = command(
        "import",
        cmd_import,
        translate("Cli", "methodology and RACI from a workbook, all or nothing"),
    )
    imp.add_argument("workspace", type=Path, metavar="WORKSPACE")
    imp.add_argument("--xlsx", type=Path, required=True, metavar="FILE")
    imp.add_argument(
        "--replace",
        action="store_true",
        help=translate("Cli", "also remove activities and roles the workbook lacks"),
    )
    imp.add_argument(
        "--layout",
        choices=("auto", "roles", "roles-flat", "letters", "letters-flat"),
        default="auto",
        help=translate(
            "Cli",
            "how to read a hand-made matrix: roles (role names across, letters in the cells), "
            "letters (one column per letter R, A, C, I..., role names in the cells); "
            "-flat: rows without letters are activities, not phase rows; "
            "auto (default): the first that reads",
        ),
    )
    exp = command("export", cmd_export, translate("Cli", "methodology and RACI workbook"))
    exp.add_argument("workspace", type=Path, metavar="WORKSPACE")
    exp.add_argument("--xlsx", type=Path, required=True, metavar="OUT")
    res = command("results", cmd_results, translate("Cli", "scores, ranks and PMO/TMO gaps"))
    res.add_argument("workspace", type=Path, metavar="WORKSPACE")
    res.add_argument("--workshop", type=int, required=True, metavar="ID")
    res.add_argument("--round", type=int, metavar="N")
    res.add_argument("--json", action="store_true")
    minutes = command(
        "minutes",
        cmd_minutes,
        translate("Cli", "the PDF minutes of a workshop (and its results workbook)"),
    )
    minutes.add_argument("workspace", type=Path, metavar="WORKSPACE")
    minutes.add_argument("--workshop", type=int, required=True, metavar="ID")
    minutes.add_argument("--pdf", type=Path, required=True, metavar="OUT")
    minutes.add_argument("--xlsx", type=Path, metavar="OUT")
    minutes.add_argument("--round", type=int, metavar="N")
    pk = command("pack", cmd_pack, translate("Cli", "the whole meeting pack of a workshop"))
    pk.add_argument("workspace", type=Path, metavar="WORKSPACE")
    pk.add_argument("--workshop", type=int, required=True, metavar="ID")
    pk.add_argument("--out", type=Path, required=True, metavar="DIR")
    pk.add_argument("--round", type=int, metavar="N")
    pk.add_argument(
        "--sections", metavar="A,B,...", help="preread,minutes,handbook,methodology,results"
    )
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
    from pmo_tmo_desktop.cli_workshop import (
        add_ballots_commands,
        add_round_commands,
        add_workshop_commands,
    )

    add_workshop_commands(workshop_commands, command)
    add_ballots_commands(commands, command)
    add_round_commands(commands, command)
    from pmo_tmo_desktop.cli_room import add_room_commands

    add_room_commands(commands, command)
    from pmo_tmo_desktop.cli_weights import add_weights_commands

    add_weights_commands(commands, command)
    from pmo_tmo_desktop.cli_portfolio import add_portfolio_commands

    add_portfolio_commands(commands, command)
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


if __name__ == "__main__":
    sys.exit(main())
