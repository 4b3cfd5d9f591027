"""The methodology and RACI workbook: export the workspace, import a workbook all or nothing.

An import reads and checks the whole workbook first (a bad one changes nothing and takes no
backup), then backs the workspace up and applies the plan in one unit of work, so one undo
takes it all back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain.errors import WorkspaceError, clip
from pmo_tmo_desktop.exchange.raci_xlsx_model import (
    READINGS,
    CellKey,
    FindingRow,
    ImportPlan,
    Texts,
)
from pmo_tmo_desktop.exchange.raci_xlsx_read import read_workbook
from pmo_tmo_desktop.exchange.xlsx_safe import WorkbookError
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.services import entities, queries
from pmo_tmo_desktop.services.changes import Key, Outcome, key_of
from pmo_tmo_desktop.services.methodology import put_approvers
from pmo_tmo_desktop.services.methodology_texts import workbook_texts
from pmo_tmo_desktop.services.rows import Recorder, table, unit_of_work
from pmo_tmo_desktop.store.workspace import Workspace

__all__ = [
    "READINGS",
    "FindingRow",
    "ImportSummary",
    "Texts",
    "export_xlsx",
    "import_xlsx",
    "read_plan",
]


def export_xlsx(
    ws: Workspace, path: Path | str, findings: Sequence[FindingRow] = (), texts: Texts | None = None
) -> None:
    """Write the methodology workbook (Methodology, RACI, Roles, Findings) to `path`, in the
    words of `texts` (None: the user's language)."""
    from pmo_tmo_desktop.exchange.raci_xlsx import export_methodology  # the writer, when asked

    export_methodology(queries.methodology(ws), findings, Path(path), texts or workbook_texts())


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
    reading: str | None = field(default=None, compare=False)
    """How a hand-made sheet was read (one of READINGS); None for our own export."""
    readings: tuple[str, ...] = field(default=(), compare=False)
    """The readings under which the sheet also reads: more than one, an ambiguous layout."""


def read_plan(path: Path | str, reading: str | None = None) -> ImportPlan:
    """The checked content of a workbook, without touching any workspace (for a preview);
    `reading` (one of READINGS) says how a hand-made sheet is read, None: as it reads best."""
    return read_workbook(Path(path), reading)


def import_xlsx(
    ws: Workspace, path: Path | str, replace: bool = False, reading: str | None = None
) -> Outcome:
    """Bring a workbook's roles, activities and letters into the workspace, all or nothing.

    Records are matched by name (activities by phase and name when the workbook has phases);
    new ones are added. Cells of the workbook's activities and roles take its letters (an
    empty cell clears). Nothing is deleted unless `replace`: then activities and roles the
    workbook does not list are removed. `reading`: as for `read_plan`.

    A large matrix makes hundreds of thousands of cells and rows, none of them in a cycle:
    the cycle collector is paused meanwhile (it would sweep the whole heap again and again).
    """
    with queries.no_cycle_collection():
        plan = read_workbook(Path(path), reading)
        snap = queries.methodology(ws)
        resolved = _resolve(plan, snap)
        if ws.read_only:
            raise WorkspaceError(
                translate("Workspace", "{file} is open read-only; nothing can be changed").format(
                    file=ws.label
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


def _resolve(plan: ImportPlan, snap: m.Methodology) -> _Resolved:
    variant = snap.info.raci_variant
    letters: dict[CellKey, str] = {}
    known: dict[str, str] = {}  # letters as read → as the variant has them
    for key, given in plan.cells.items():
        if given in known:
            letters[key] = known[given]
            continue
        try:
            letters[key] = known[given] = m.normalise_letters(given, variant)
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
    """Applies a resolved plan inside one unit of work, table by table in bulk: existing rows
    are looked up once, new ones go in with one statement per table, and the undo holds one
    operation per table and kind of change rather than one per cell."""

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
        self._cells(activities, roles)
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
            kept_activities, kept_roles = set(activities), set(roles)
            gone = [key_of(id=a.id) for a in self.snap.activities if a.id not in kept_activities]
            self.rec.delete_many("activity", gone)
            self.counts["activities_removed"] = len(gone)
            gone = [key_of(id=r.id) for r in self.snap.roles if r.id not in kept_roles]
            self.rec.delete_many("role", gone)
            self.counts["roles_removed"] = len(gone)
        counts = {k: v for k, v in self.counts.items() if v}
        return ImportSummary(
            self.plan.layout, **counts, reading=self.plan.reading, readings=self.plan.readings
        )

    def _cells(self, activities: list[int], roles: list[int]) -> None:
        """Make every cell of the workbook's activities and roles hold the workbook's letters
        (an empty cell clears); where two workbook rows name one activity, the last holds."""
        owner: dict[int, tuple[str | None, str]] = {}
        for act, activity_id in zip(self.plan.activities, activities, strict=True):
            owner[activity_id] = (act.phase, act.name)
        row_of = {spelled: activity_id for activity_id, spelled in owner.items()}
        role_of = {role.name: role_id for role, role_id in zip(self.plan.roles, roles, strict=True)}
        wanted: dict[tuple[int, int], str] = {}
        for (phase, name, role), letters in self.resolved.letters.items():
            row = row_of.get((phase, name))
            if row is not None and letters:
                wanted[(row, role_of[role])] = letters
        matched = {a for a in self.resolved.activities if a is not None}
        current: dict[tuple[int, int], str] = {}
        if matched:
            listed = set(roles)
            t = table("assignment")
            current = {
                (activity_id, role_id): letters
                for activity_id, role_id, letters in self.rec.conn.execute(
                    select(t.c.activity_id, t.c.role_id, t.c.letters)
                )
                if activity_id in matched and role_id in listed
            }
        names = ("activity_id", "role_id")
        self.rec.insert_rows(
            "assignment",
            ("activity_id", "role_id", "letters"),
            [(*cell, letters) for cell, letters in wanted.items() if cell not in current],
        )
        self.rec.update_many(
            "assignment",
            [
                (tuple(zip(names, cell, strict=True)), {"letters": letters})
                for cell, letters in wanted.items()
                if cell in current and current[cell] != letters
            ],
        )
        self.rec.delete_many(
            "assignment",
            [tuple(zip(names, cell, strict=True)) for cell in current if cell not in wanted],
        )

    def _deliverables(self, by_activity: dict[tuple[str | None, str], int], replace: bool) -> None:
        existing = {(d.activity_id, d.name.casefold()): d for d in self.snap.deliverables}
        kept: set[int] = set()
        new: list[dict[str, object]] = []
        changed: list[tuple[Key, dict[str, object]]] = []
        for item in self.plan.deliverables or ():
            activity_id = by_activity[(item.phase.casefold(), item.activity.casefold())]
            values: dict[str, object] = {"kind": item.kind, "description": item.description}
            known = existing.get((activity_id, item.name.casefold()))
            if known is None:
                new.append({"activity_id": activity_id, "name": item.name, **values})
                continue
            changed.append((key_of(id=known.id), values))
            kept.add(known.id)
        self.rec.update_many("deliverable", changed)
        kept.update(entities.add_many(self.rec, "deliverable", new))
        if replace:
            gone = [key_of(id=d.id) for d in self.snap.deliverables if d.id not in kept]
            self.rec.delete_many("deliverable", gone)

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
            gone = [key_of(id=cp.id) for cp in self.snap.control_points if cp.id not in kept]
            self.rec.delete_many("control_point", gone)

    def _count(self, what: str, number: int = 1) -> None:
        self.counts[what] = self.counts.get(what, 0) + number

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
        ids: list[int | None] = []
        new: list[dict[str, object]] = []
        changed: list[tuple[Key, dict[str, object]]] = []
        for role in self.plan.roles:
            known = existing.get(role.name.casefold())
            if known is None:
                office = self._office(role.office or translate("Services", "Unassigned"))
                values: dict[str, object] = {"name": role.name, "office_id": office}
                if role.description is not None:
                    values["description"] = role.description
                new.append(values)
                ids.append(None)
                continue
            changes: dict[str, object] = {}
            if role.office is not None:
                changes["office_id"] = self._office(role.office)
            if role.description is not None:
                changes["description"] = role.description
            if changes:
                changed.append((key_of(id=known.id), changes))
            ids.append(known.id)
        self.rec.update_many("role", changed)
        added = iter(entities.add_many(self.rec, "role", new))
        self._count("roles_added", len(new))
        return [next(added) if i is None else i for i in ids]

    def _activities(self) -> list[int]:
        ids: list[int | None] = []
        new: list[dict[str, object]] = []
        changed: list[tuple[Key, dict[str, object]]] = []
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
                    changed.append((key_of(id=matched), values))
                ids.append(matched)
                continue
            phase = self._phase(act.phase or translate("Services", "Unassigned"))
            new.append({"phase_id": phase, "name": act.name, **values})
            ids.append(None)
        self.rec.update_many("activity", changed)
        added = iter(entities.add_many(self.rec, "activity", new))
        self._count("activities_added", len(new))
        return [next(added) if i is None else i for i in ids]
