"""The methodology check: the rules engine over a snapshot, and its results named for people."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain import rules
from pmo_tmo_desktop.exchange.raci_xlsx_model import FindingRow
from pmo_tmo_desktop.services import findings_words, queries
from pmo_tmo_desktop.services.methodology_texts import workbook_texts
from pmo_tmo_desktop.store.workspace import Workspace

NamedFinding = FindingRow


def check(ws: Workspace, limits: rules.Limits | None = None) -> tuple[m.Methodology, rules.Report]:
    snapshot = queries.methodology(ws)
    return snapshot, rules.check(snapshot, limits or rules.Limits())


def export_workbook(ws: Workspace, path: Path | str, limits: rules.Limits | None = None) -> None:
    """The methodology workbook with the check's findings on its Findings sheet, from one read
    of the workspace (the export and the check share the snapshot), in the user's language."""
    snapshot = queries.methodology(ws)
    export_checked(snapshot, rules.check(snapshot, limits or rules.Limits()), path)


def export_checked(snapshot: m.Methodology, report: rules.Report, path: Path | str) -> None:
    """The methodology workbook of a snapshot already checked (`report` is its check, as a
    window that keeps its matrix checked holds it): nothing is read or checked again."""
    from pmo_tmo_desktop.exchange.raci_xlsx import export_methodology  # openpyxl: only here

    export_methodology(snapshot, named(snapshot, report), Path(path), workbook_texts())


def named(snapshot: m.Methodology, report: rules.Report) -> list[FindingRow]:
    """Findings with names instead of ids, for reports, exports and the command line."""
    phases = {p.id: p.name for p in snapshot.phases}
    activities = {a.id: a.name for a in snapshot.activities}
    roles = {r.id: r.name for r in snapshot.roles}
    return [
        FindingRow(
            severity=f.severity.value,
            rule=f.rule,
            phase=phases.get(f.phase_id, "") if f.phase_id is not None else "",
            activity=activities.get(f.activity_id, "") if f.activity_id is not None else "",
            role=roles.get(f.role_id, "") if f.role_id is not None else "",
            message=findings_words.message(f),
        )
        for f in report.findings
    ]


def metrics_as_data(snapshot: m.Methodology, report: rules.Report) -> dict[str, Any]:
    """The alignment metrics as plain data with names (JSON-ready)."""
    phases = {p.id: p.name for p in snapshot.phases}
    roles = {r.id: r for r in snapshot.roles}
    offices = {o.id: o.name for o in snapshot.offices}
    metrics = report.metrics
    return {
        "alignment_index": round(metrics.alignment_index, 4),
        "phases": [
            {
                "phase": phases[p.phase_id],
                "activities": p.activities,
                "joint": p.joint,
                "pmo_only": p.pmo_only,
                "tmo_only": p.tmo_only,
                "neither": p.neither,
                "alignment_index": round(p.alignment_index, 4),
                "touchpoints": p.touchpoints,
            }
            for p in metrics.phases
        ],
        "roles": [
            {
                "role": roles[r.role_id].name,
                "office": offices.get(roles[r.role_id].office_id, ""),
                "responsible": r.responsible,
                "accountable": r.accountable,
                "total": r.total,
            }
            for r in metrics.roles
        ],
    }
