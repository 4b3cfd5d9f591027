"""`pmo-tmo new|demo|check|import|export`: workspaces, their methodology and RACI matrix, and
the check of both."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from pmo_tmo_desktop.cli.common import EXIT_FINDINGS, EXIT_OK, command, location, print_json
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.services import words

# -- commands ----------------------------------------------------------------------------------


def cmd_new(args: argparse.Namespace) -> int:
    from pmo_tmo_desktop.services import files

    ws = files.new(args.workspace, args.template)
    ws.close()
    print(
        translate("Cli", "Created {file} from the {template} methodology").format(
            file=files.location_label(args.workspace), template=args.template
        )
    )
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from pmo_tmo_desktop.services import demo, files

    ws = demo.create_demo(args.workspace)
    ws.close()
    print(
        translate("Cli", "Created the demo workspace {file}").format(
            file=files.location_label(args.workspace)
        )
    )
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
    if health["integrity"] not in ("ok", None):  # None: a library (the server keeps it)
        problems.append(
            translate("Cli", "integrity check: {result}").format(result=health["integrity"])
        )
    if health["foreign_key_problems"]:
        problems.append(
            translate("Cli", "{n} broken references").format(n=health["foreign_key_problems"])
        )
    findings = checks.named(snapshot, report)
    if args.json:
        print_json(
            {
                "workspace": {
                    "name": snapshot.info.name,
                    "file": files.location_label(args.workspace),
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
    if health["integrity"] is None:
        print(translate("Cli", "Team library on PostgreSQL (its integrity is the server's)"))
    else:
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


# -- parser ------------------------------------------------------------------------------------


def add_commands(commands: Any) -> None:
    """`new`, `demo`, `check`, `import` and `export`, into the tool's subparsers."""
    new = command(
        commands, "new", cmd_new, translate("Cli", "a workspace from a starter methodology")
    )
    new.add_argument("workspace", type=location, metavar="WORKSPACE")
    new.add_argument("--template", default="integrated", choices=("integrated", "light", "empty"))
    demo = command(
        commands, "demo", cmd_demo, translate("Cli", "a realistic demo, with a finished workshop")
    )
    demo.add_argument("workspace", type=location, metavar="WORKSPACE")
    check = command(
        commands, "check", cmd_check, translate("Cli", "check the file and report what it holds")
    )
    check.add_argument("workspace", type=location, metavar="WORKSPACE")
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
        commands,
        "import",
        cmd_import,
        translate("Cli", "methodology and RACI from a workbook, all or nothing"),
    )
    imp.add_argument("workspace", type=location, metavar="WORKSPACE")
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
    exp = command(commands, "export", cmd_export, translate("Cli", "methodology and RACI workbook"))
    exp.add_argument("workspace", type=location, metavar="WORKSPACE")
    exp.add_argument("--xlsx", type=Path, required=True, metavar="OUT")
