"""Incremental re-checks: `Checker` keeps a report up to date through cell edits.

It judges with the same frame as `rules.check()` (naming, placing and ordering findings the
same way) and re-judges only the activities and roles a change of cells touches.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from pmo_tmo_desktop.domain.model import Methodology, letters_of, whole
from pmo_tmo_desktop.domain.rules import (
    _NEITHER,
    Limits,
    Metrics,
    PhaseMetrics,
    Report,
    RoleLoad,
    _column,
    _Frame,
    _Keyed,
    _phase_metrics,
)
from pmo_tmo_desktop.domain.rules_incremental import Key as _Key
from pmo_tmo_desktop.domain.rules_incremental import SortedByKey, role_tallies, row_tallies


class Checker:
    """Holds a snapshot's letters and the findings per activity, role and phase, and updates
    only what a change of some cells can affect.

    `report` always equals `check()` of the snapshot holding the current letters, with the same
    limits. Changing cells re-judges their activities (from each one's row of cells) and their
    roles (from counts kept per role and per role and phase), moves the activities' phase
    counts, then merges the changed findings into the sorted ones: the cost follows the rows
    touched and the number of findings, never the size of the matrix.

    Everything but the letters (offices, roles, phases, activities, deliverables, control
    points) is read once: build a new Checker when those change. The snapshot's assignments are
    read as one per cell, as the workspace guarantees (a repeated cell keeps its last letters).
    Letters are taken as given, like `check()` does: "R" in them is Responsible, and so on.
    """

    def __init__(self, snapshot: Methodology, limits: Limits = Limits()) -> None:
        self._frame = frame = _Frame(snapshot, limits)
        self._activity = {a.id: a for a in snapshot.activities}
        self._activity_count = len(snapshot.activities)
        self._phase_ids = tuple(p.id for p in snapshot.phases)
        self._role_ids = tuple(r.id for r in snapshot.roles)
        self._letters = dict(letters_of(whole(snapshot.assignments)))
        if not all(self._letters.values()):
            self._letters = {cell: text for cell, text in self._letters.items() if text}
        # Per activity: its row of cells (role -> letters, roles of the snapshot only), the
        # keys of its findings, its place in its phase's counts (column, PMO x TMO roles).
        self._rows: dict[int, dict[int, str]] = {aid: {} for aid in self._activity}
        role_side = frame.role_side
        for (aid, rid), text in self._letters.items():
            if rid in role_side and (row := self._rows.get(aid)) is not None:
                row[rid] = text
        self._activity_keys: dict[int, list[_Key]] = {aid: [] for aid in self._activity}
        self._place = dict.fromkeys(self._activity, (_NEITHER, 0))
        # Per phase: activities, joint, pmo_only, tmo_only, neither, touchpoints.
        self._counts = {pid: [0, 0, 0, 0, 0, 0] for pid in self._phase_ids}
        for activity in snapshot.activities:
            if (counts := self._counts.get(activity.phase_id)) is not None:
                counts[0] += 1
                counts[_NEITHER] += 1
        self._joint = 0
        # Per role: activities holding R, A, any letter; per (role, phase): holding R or A.
        t = role_tallies(self._rows, frame.activity_phase)
        self._role_r = {rid: t.responsible[rid] for rid in self._role_ids}
        self._role_a = {rid: t.accountable[rid] for rid in self._role_ids}
        self._role_any = {rid: t.any[rid] for rid in self._role_ids}
        self._load = dict(t.load)
        self._idle_keys: dict[int, _Key] = {}
        self._overload_keys: dict[tuple[int, int], _Key] = {}
        self._findings = SortedByKey(frame.gate_findings(snapshot.control_points))
        self._phase_metrics: dict[int, PhaseMetrics] = {}
        self._role_loads: dict[int, RoleLoad] = {}
        self._rejudge(set(self._activity), set(self._role_ids), set(self._load))
        self._report = self._assemble()

    @property
    def report(self) -> Report:
        """The report of the current letters, equal to `check()`'s."""
        return self._report

    @property
    def letters(self) -> Mapping[tuple[int, int], str]:
        """The current letters by (activity id, role id); empty cells are absent."""
        return MappingProxyType(self._letters)

    def set_cells(self, changed: Mapping[tuple[int, int], str]) -> Report:
        """Apply new letters ("" clears) for some cells; return the new report.

        Cells of activities or roles outside the snapshot are kept in `letters` but, as in
        `check()`, play no part in the report.
        """
        frame, letters, rows = self._frame, self._letters, self._rows
        activity_phase, role_side = frame.activity_phase, frame.role_side
        role_r, role_a, role_any, load = self._role_r, self._role_a, self._role_any, self._load
        activities: set[int] = set()
        roles: set[int] = set()
        loads: set[tuple[int, int]] = set()
        for cell, text in list(changed.items()):
            old = letters.get(cell, "")
            if text == old:
                continue
            if text:
                letters[cell] = text
            else:
                del letters[cell]
            aid, rid = cell
            if aid not in activity_phase or rid not in role_side:
                continue
            if text:
                rows[aid][rid] = text
            else:
                del rows[aid][rid]
            activities.add(aid)
            roles.add(rid)
            role_any[rid] += bool(text) - bool(old)
            r_new, r_old = "R" in text, "R" in old
            a_new, a_old = "A" in text, "A" in old
            role_r[rid] += r_new - r_old
            role_a[rid] += a_new - a_old
            if (ra := (r_new or a_new) - (r_old or a_old)) != 0:
                at = (rid, activity_phase[aid])
                load[at] = load.get(at, 0) + ra
                loads.add(at)
        if activities:
            self._rejudge(activities, roles, loads)
            self._report = self._assemble()
        return self._report

    def _rejudge(self, activities: set[int], roles: set[int], loads: set[tuple[int, int]]) -> None:
        """Renew the findings and metrics of these activities, roles and (role, phase) loads."""
        frame, counts, load = self._frame, self._counts, self._load
        gone: list[_Key] = []
        added: list[_Keyed] = []
        phases: set[int] = set()
        for aid in activities:
            activity = self._activity[aid]
            t = row_tallies(self._rows[aid], frame.pmo_roles, frame.tmo_roles)
            found = frame.activity_findings(
                activity,
                t.accountable,
                t.responsible,
                t.consulted,
                t.pmo,
                t.tmo,
                t.tmo_ra,
                t.tmo_r,
            )
            gone += self._activity_keys[aid]
            added += found
            self._activity_keys[aid] = [key for key, _ in found]
            old_column, old_touch = self._place[aid]
            column, touch = _column(t.pmo, t.tmo), t.pmo * t.tmo
            self._place[aid] = (column, touch)
            self._joint += (column == 1) - (old_column == 1)
            if (row := counts.get(activity.phase_id)) is not None:
                row[old_column] -= 1
                row[column] += 1
                row[5] += touch - old_touch
                phases.add(activity.phase_id)
        role_r, role_a, role_any = self._role_r, self._role_a, self._role_any
        for rid in roles:
            idle = not role_any[rid]
            if idle != (rid in self._idle_keys):
                if idle:
                    added.append(pair := frame.idle(rid))
                    self._idle_keys[rid] = pair[0]
                else:
                    gone.append(self._idle_keys.pop(rid))
            self._role_loads[rid] = RoleLoad(rid, role_r[rid], role_a[rid], role_any[rid])
        for at in loads:
            if (key := self._overload_keys.pop(at, None)) is not None:
                gone.append(key)
            if (over := frame.overload(*at, load[at])) is not None:
                added.append(over)
                self._overload_keys[at] = over[0]
            if not load[at]:
                del load[at]
        for pid in phases | (counts.keys() - self._phase_metrics.keys()):
            self._phase_metrics[pid] = _phase_metrics(pid, counts[pid])
        self._findings.replace(gone, added)

    def _assemble(self) -> Report:
        count = self._activity_count
        return Report(
            findings=self._findings.values(),
            metrics=Metrics(
                alignment_index=self._joint / count if count else 0.0,
                phases=tuple(map(self._phase_metrics.__getitem__, self._phase_ids)),
                roles=tuple(map(self._role_loads.__getitem__, self._role_ids)),
            ),
        )
