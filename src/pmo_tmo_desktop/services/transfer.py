"""The methodology and RACI workbook: export the workspace, import a workbook all or nothing.

An import reads and checks the whole workbook first (a bad one changes nothing and takes no
backup), then backs the workspace up and applies the plan in one unit of work, so one undo
takes it all back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain.errors import WorkspaceError, clip
from pmo_tmo_desktop.exchange.raci_xlsx import (
    CellKey,
    FindingRow,
    ImportPlan,
    Texts,
    export_methodology,
    read_workbook,
)
from pmo_tmo_desktop.exchange.xlsx_safe import WorkbookError
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.services import entities, queries
from pmo_tmo_desktop.services.changes import Outcome, key_of
from pmo_tmo_desktop.services.methodology import put_approvers, put_letters
from pmo_tmo_desktop.services.rows import Recorder, unit_of_work
from pmo_tmo_desktop.store.workspace import Workspace

__all__ = ["FindingRow", "ImportSummary", "Texts", "export_xlsx", "import_xlsx", "read_plan"]


def export_xlsx(
    ws: Workspace, path: Path | str, findings: Sequence[FindingRow] = (), texts: Texts | None = None
) -> None:
    """Write the methodology workbook (Methodology, RACI, Roles, Findings) to `path`."""
    export_methodology(queries.methodology(ws), findings, Path(path), texts)


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import did, in counts (the Outcome's value)."""

    layout: str
    offices_added: int = 0
    roles_added: int = 0
    phases_added: int = 0
    activities_added: int = 0
    roles_removed: int = 0
    activities_removed: int = 0


def read_plan(path: Path | str) -> ImportPlan:
    """The checked content of a workbook, without touching any workspace (for a preview)."""
    return read_workbook(Path(path))


def import_xlsx(ws: Workspace, path: Path | str, replace: bool = False) -> Outcome:
    """Bring a workbook's roles, activities and letters into the workspace, all or nothing.

    Records are matched by name (activities by phase and name when the workbook has phases);
    new ones are added. Cells of the workbook's activities and roles take its letters (an
    empty cell clears). Nothing is deleted unless `replace`: then activities and roles the
    workbook does not list are removed.
    """
    plan = read_workbook(Path(path))
    snap = queries.methodology(ws)
    resolved = _resolve(plan, snap)
    if ws.read_only:
        raise WorkspaceError(
            translate("Workspace", "{file} is open read-only; nothing can be changed").format(
                file=ws.path.name
            )
        )
    ws.backup("before-import")
    with unit_of_work(ws) as rec:
        summary = _Applier(rec, plan, snap, resolved).run(replace)
    return rec.outcome(summary)


@dataclass
class _Resolved:
    """The plan checked against the workspace: letters for its variant, matched activities."""

    letters: dict[CellKey, str]
    activities: list[int | None]
    """The id each plan activity matches, in plan order (None: a new one)."""


def _fold(name: str | None) -> str | None:
    return name.casefold() if name is not None else None


def _resolve(plan: ImportPlan, snap: m.Methodology) -> _Resolved:
    variant = snap.info.raci_variant
    letters: dict[CellKey, str] = {}
    for key, given in plan.cells.items():
        try:
            letters[key] = m.normalise_letters(given, variant)
        except ValueError as exc:
            raise WorkbookError(
                plan.file,
                translate("Services", "'{letters}' is not a {variant} letter").format(
                    letters=clip(exc.args[0]), variant=variant.value
                ),
                sheet=plan.sheet,
                cell=plan.where.get(key),
            ) from None
    phases = {p.id: p.name.casefold() for p in snap.phases}
    by_phase = {(phases[a.phase_id], a.name.casefold()): a.id for a in snap.activities}
    by_name: dict[str, list[m.Activity]] = {}
    for a in snap.activities:
        by_name.setdefault(a.name.casefold(), []).append(a)
    matched: list[int | None] = []
    for act in plan.activities:
        if act.phase is not None:
            matched.append(by_phase.get((act.phase.casefold(), act.name.casefold())))
            continue
        found = by_name.get(act.name.casefold(), [])
        if len(found) > 1:
            names = {p.id: p.name for p in snap.phases}
            raise WorkbookError(
                plan.file,
                translate(
                    "Services",
                    "activity '{name}' is in several phases ({phases}); "
                    "add a Phase column to say which",
                ).format(name=act.name, phases=", ".join(names[a.phase_id] for a in found)),
                sheet=plan.sheet,
                cell=plan.activity_cells.get((act.phase, act.name)),
            )
        matched.append(found[0].id if found else None)
    return _Resolved(letters, matched)


@dataclass
class _Applier:
    """Applies a resolved plan inside one unit of work."""

    rec: Recorder
    plan: ImportPlan
    snap: m.Methodology
    resolved: _Resolved
    offices: dict[str, int] = field(default_factory=dict)
    phases: dict[str, int] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def run(self, replace: bool) -> ImportSummary:
        self.offices = {o.name.casefold(): o.id for o in self.snap.offices}
        self.phases = {p.name.casefold(): p.id for p in self.snap.phases}
        for name in self.plan.offices:
            self._office(name)
        roles = self._roles()
        for name in self.plan.phases:
            self._phase(name)
        activities = self._activities()
        cells = [
            (activity_id, role_id, self.resolved.letters.get((act.phase, act.name, role.name), ""))
            for act, activity_id in zip(self.plan.activities, activities, strict=True)
            for role, role_id in zip(self.plan.roles, roles, strict=True)
        ]
        put_letters(self.rec, cells)
        for name, description in self.plan.phase_descriptions.items():
            self.rec.update("phase", key_of(id=self._phase(name)), {"description": description})
        by_activity = {
            (act.phase.casefold() if act.phase else None, act.name.casefold()): activity_id
            for act, activity_id in zip(self.plan.activities, activities, strict=True)
        }
        role_ids = {
            role.name.casefold(): role_id
            for role, role_id in zip(self.plan.roles, roles, strict=True)
        }
        if self.plan.deliverables is not None:
            self._deliverables(by_activity, replace)
        if self.plan.control_points is not None:
            self._control_points(by_activity, role_ids, replace)
        if replace:
            for a in self.snap.activities:
                if a.id not in activities:
                    self.rec.delete("activity", key_of(id=a.id))
                    self._count("activities_removed")
            for r in self.snap.roles:
                if r.id not in roles:
                    self.rec.delete("role", key_of(id=r.id))
                    self._count("roles_removed")
        return ImportSummary(self.plan.layout, **self.counts)

    def _deliverables(self, by_activity: dict[tuple[str | None, str], int], replace: bool) -> None:
        existing = {(d.activity_id, d.name.casefold()): d for d in self.snap.deliverables}
        kept: set[int] = set()
        for item in self.plan.deliverables or ():
            activity_id = by_activity[(item.phase.casefold(), item.activity.casefold())]
            values = {"kind": item.kind, "description": item.description}
            known = existing.get((activity_id, item.name.casefold()))
            if known is None:
                new = {"activity_id": activity_id, "name": item.name, **values}
                kept.add(entities.add(self.rec, "deliverable", new))
                continue
            self.rec.update("deliverable", key_of(id=known.id), values)
            kept.add(known.id)
        if replace:
            for d in self.snap.deliverables:
                if d.id not in kept:
                    self.rec.delete("deliverable", key_of(id=d.id))

    def _control_points(
        self,
        by_activity: dict[tuple[str | None, str], int],
        role_ids: dict[str, int],
        replace: bool,
    ) -> None:
        existing = {
            (cp.phase_id, cp.activity_id, cp.name.casefold()): cp for cp in self.snap.control_points
        }
        kept: set[int] = set()
        for item in self.plan.control_points or ():
            if item.activity is None:
                phase_id: int | None = self._phase(item.phase)
                activity_id = None
            else:
                phase_id = None
                activity_id = by_activity[(item.phase.casefold(), item.activity.casefold())]
            values = {"kind": item.kind, "criteria": item.criteria}
            known = existing.get((phase_id, activity_id, item.name.casefold()))
            if known is None:
                place = {"phase_id": phase_id, "activity_id": activity_id, "name": item.name}
                cp_id = entities.add(self.rec, "control_point", {**place, **values})
            else:
                cp_id = known.id
                self.rec.update("control_point", key_of(id=cp_id), values)
            kept.add(cp_id)
            put_approvers(self.rec, cp_id, [role_ids[r.casefold()] for r in item.approvers])
        if replace:
            for cp in self.snap.control_points:
                if cp.id not in kept:
                    self.rec.delete("control_point", key_of(id=cp.id))

    def _count(self, what: str) -> None:
        self.counts[what] = self.counts.get(what, 0) + 1

    def _office(self, name: str) -> int:
        found = self.offices.get(name.casefold())
        if found is None:
            values = {"name": name}
            colour = self.plan.office_colours.get(name)
            if colour:
                values["colour"] = colour
            found = self.offices[name.casefold()] = entities.add(self.rec, "office", values)
            self._count("offices_added")
        return found

    def _phase(self, name: str) -> int:
        found = self.phases.get(name.casefold())
        if found is None:
            found = self.phases[name.casefold()] = entities.add(self.rec, "phase", {"name": name})
            self._count("phases_added")
        return found

    def _roles(self) -> list[int]:
        existing = {r.name.casefold(): r for r in self.snap.roles}
        ids = []
        for role in self.plan.roles:
            known = existing.get(role.name.casefold())
            if known is None:
                office = self._office(role.office or translate("Services", "Unassigned"))
                values = {"name": role.name, "office_id": office}
                if role.description is not None:
                    values["description"] = role.description
                ids.append(entities.add(self.rec, "role", values))
                self._count("roles_added")
                continue
            changes: dict[str, object] = {}
            if role.office is not None:
                changes["office_id"] = self._office(role.office)
            if role.description is not None:
                changes["description"] = role.description
            if changes:
                self.rec.update("role", key_of(id=known.id), changes)
            ids.append(known.id)
        return ids

    def _activities(self) -> list[int]:
        ids = []
        for act, matched in zip(self.plan.activities, self.resolved.activities, strict=True):
            values: dict[str, object] = {}
            if act.kind is not None:
                values["kind"] = act.kind
            if act.office is not None or act.detailed:
                values["office_id"] = self._office(act.office) if act.office else None
            if act.description is not None:
                values["description"] = act.description
            if matched is not None:
                if values:
                    self.rec.update("activity", key_of(id=matched), values)
                ids.append(matched)
                continue
            phase = self._phase(act.phase or translate("Services", "Unassigned"))
            ids.append(
                entities.add(self.rec, "activity", {"phase_id": phase, "name": act.name, **values})
            )
            self._count("activities_added")
        return ids
