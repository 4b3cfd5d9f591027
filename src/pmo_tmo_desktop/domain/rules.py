"""The RACI rules engine: findings about a methodology's RACI matrix, and alignment metrics.

Pure and O(cells): a few C-level passes over the assignments (map, compress, Counter) build
per-activity and per-role tallies, then one pass over activities, roles, control points and
deliverables turns them into findings. `check()` is the entry point. `rules_checker.Checker`
keeps a report up to date through cell edits, re-judging only the activities and roles they
touch.

The PMO and the TMO are recognised by office *name* ("PMO", "TMO"; case and surrounding
spaces ignored). Other offices take part in the classic RACI rules but are ignored by the
alignment rules. S and V letters (RASCI, RACI-VS) count as holding a letter, never as R or A.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress
from operator import attrgetter, itemgetter

from pmo_tmo_desktop.domain import offices
from pmo_tmo_desktop.domain.model import (
    Activity,
    ActivityKind,
    Assignment,
    Cells,
    ControlKind,
    ControlPoint,
    Deliverable,
    DeliverableKind,
    Methodology,
    whole,
)
from pmo_tmo_desktop.domain.rules_incremental import Key as _Key


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"
    ALIGNMENT = "alignment"


# --- rule ids (stable: the UI, the CLI's --json output and the tests rely on them) -------------

RULE_NO_ACCOUNTABLE = "no-accountable"
RULE_MANY_ACCOUNTABLE = "many-accountable"
RULE_NO_RESPONSIBLE = "no-responsible"
RULE_IDLE_ROLE = "idle-role"
RULE_OVERLOADED_ROLE = "overloaded-role"
RULE_MANY_CONSULTED = "many-consulted"
RULE_TECHNICAL_WITHOUT_TMO = "technical-without-tmo"
RULE_PMO_BLIND_SPOT = "pmo-blind-spot"
RULE_TMO_BLIND_SPOT = "tmo-blind-spot"
RULE_GATE_ONE_OFFICE = "gate-one-office"
RULE_TECHNICAL_DELIVERABLE_WITHOUT_TMO = "technical-deliverable-without-tmo"

RULES: tuple[str, ...] = (
    RULE_NO_ACCOUNTABLE,
    RULE_MANY_ACCOUNTABLE,
    RULE_NO_RESPONSIBLE,
    RULE_IDLE_ROLE,
    RULE_OVERLOADED_ROLE,
    RULE_MANY_CONSULTED,
    RULE_TECHNICAL_WITHOUT_TMO,
    RULE_PMO_BLIND_SPOT,
    RULE_TMO_BLIND_SPOT,
    RULE_GATE_ONE_OFFICE,
    RULE_TECHNICAL_DELIVERABLE_WITHOUT_TMO,
)
"""Every rule id, in the order used to break ties between findings on the same thing."""

Value = str | int | tuple[str, ...]
"""A value a finding names: a name, a count or limit, or a list of names."""

SEVERITY_OF: dict[str, Severity] = {
    RULE_NO_ACCOUNTABLE: Severity.ERROR,
    RULE_MANY_ACCOUNTABLE: Severity.ERROR,
    RULE_NO_RESPONSIBLE: Severity.WARNING,
    RULE_IDLE_ROLE: Severity.WARNING,
    RULE_OVERLOADED_ROLE: Severity.WARNING,
    RULE_MANY_CONSULTED: Severity.WARNING,
    RULE_TECHNICAL_WITHOUT_TMO: Severity.ALIGNMENT,
    RULE_PMO_BLIND_SPOT: Severity.ALIGNMENT,
    RULE_TMO_BLIND_SPOT: Severity.ALIGNMENT,
    RULE_GATE_ONE_OFFICE: Severity.ALIGNMENT,
    RULE_TECHNICAL_DELIVERABLE_WITHOUT_TMO: Severity.ALIGNMENT,
}


# --- results -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing wrong with the matrix; the ids say where (None: not about that kind of thing)."""

    rule: str  # one of the RULE_* ids
    severity: Severity
    activity_id: int | None
    role_id: int | None
    control_point_id: int | None
    deliverable_id: int | None
    phase_id: int | None  # set for everything placed in a phase (also via its activity)
    values: tuple[tuple[str, Value], ...]
    """What the finding names, by name: the activity, role, phase, gate or deliverable (as
    named in the snapshot), counts and limits, and lists (`roles`: the Accountable roles in
    role order; `missing`: the offices a gate lacks, "PMO" and/or "TMO"). No sentence is made
    here: `services.findings_words` words a finding where it is shown, in the user's
    language."""

    def value(self, name: str) -> Value:
        """One of the `values` by its name (KeyError if the rule names no such thing)."""
        for key, value in self.values:
            if key == name:
                return value
        raise KeyError(name)


@dataclass(frozen=True, slots=True)
class Limits:
    overload_per_phase: int = 6
    """A role holding R or A in more than this many activities of one phase is overloaded."""
    max_consulted: int = 4
    """More than this many C on one activity is too many."""


@dataclass(frozen=True, slots=True)
class PhaseMetrics:
    phase_id: int
    activities: int
    joint: int  # some PMO role and some TMO role hold a letter
    pmo_only: int  # a PMO role holds a letter, no TMO role does
    tmo_only: int  # a TMO role holds a letter, no PMO role does
    neither: int  # no PMO or TMO role holds a letter
    alignment_index: float  # joint / activities (0.0 without activities)
    touchpoints: int  # sum over activities of (#PMO roles with a letter) x (#TMO roles with one)


@dataclass(frozen=True, slots=True)
class RoleLoad:
    role_id: int
    responsible: int  # activities where the role holds R
    accountable: int  # activities where the role holds A
    total: int  # activities where the role holds any letter


@dataclass(frozen=True, slots=True)
class Metrics:
    alignment_index: float  # over all activities
    phases: tuple[PhaseMetrics, ...]  # in phase order
    roles: tuple[RoleLoad, ...]  # in role order


@dataclass(frozen=True, slots=True)
class Report:
    findings: tuple[Finding, ...]
    metrics: Metrics

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.WARNING)

    @property
    def alignments(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.ALIGNMENT)


# --- the engine --------------------------------------------------------------------------------

_OTHER, _PMO, _TMO = 0, 1, 2
_LAST = 1 << 62  # sort position of "not placed" (no phase, no activity, ...): after everything
_SEVERITY_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.ALIGNMENT: 2}
_RULE_RANK = {rule: i for i, rule in enumerate(RULES)}
_NEITHER = 4  # the column of the phase counts an activity without PMO or TMO letters falls in

_Keyed = tuple[_Key, Finding]  # a finding and its sort position, unique within a report


def _office_side(name: str) -> int:
    """_PMO, _TMO or _OTHER for an office name."""
    key = offices.key_of(name)
    return _PMO if key == offices.PMO else _TMO if key == offices.TMO else _OTHER


def _column(pmo: int, tmo: int) -> int:
    """Where an activity counts in its phase: 1 joint, 2 PMO only, 3 TMO only, 4 neither."""
    return (1 if tmo else 2) if pmo else (3 if tmo else _NEITHER)


def _phase_metrics(phase_id: int, c: list[int]) -> PhaseMetrics:
    """A phase's metrics from its counts: activities, joint, pmo_only, tmo_only, neither,
    touchpoints."""
    return PhaseMetrics(
        phase_id=phase_id,
        activities=c[0],
        joint=c[1],
        pmo_only=c[2],
        tmo_only=c[3],
        neither=c[4],
        alignment_index=c[1] / c[0] if c[0] else 0.0,
        touchpoints=c[5],
    )


class _Frame:
    """What the rules read of a snapshot besides its letters: offices, order, names, limits.

    Shared by `check()` and `rules_checker.Checker`, so both name, place and order findings
    the same way.
    """

    def __init__(self, snapshot: Methodology, limits: Limits) -> None:
        side_of_office = {o.id: _office_side(o.name) for o in snapshot.offices}
        sides = set(side_of_office.values())
        self.limits = limits
        self.has_pmo, self.has_tmo = _PMO in sides, _TMO in sides
        self.phase_rank = {p.id: i for i, p in enumerate(snapshot.phases)}
        self.phase_name = {p.id: p.name for p in snapshot.phases}
        self.role_rank = {r.id: i for i, r in enumerate(snapshot.roles)}
        self.role_name = {r.id: r.name for r in snapshot.roles}
        self.role_side = {r.id: side_of_office.get(r.office_id, _OTHER) for r in snapshot.roles}
        self.pmo_roles = frozenset(r for r, side in self.role_side.items() if side == _PMO)
        self.tmo_roles = frozenset(r for r, side in self.role_side.items() if side == _TMO)
        self.activity_rank = {a.id: i for i, a in enumerate(snapshot.activities)}
        self.activity_phase = {a.id: a.phase_id for a in snapshot.activities}
        # producer activity -> its technical deliverables with their ranks (only with a TMO)
        self.technical: dict[int, list[tuple[int, Deliverable]]] = {}
        for rank, d in enumerate(snapshot.deliverables if self.has_tmo else ()):
            if d.kind == DeliverableKind.TECHNICAL and d.activity_id in self.activity_rank:
                self.technical.setdefault(d.activity_id, []).append((rank, d))

    def finding(
        self,
        rule: str,
        *,
        activity_id: int | None = None,
        role_id: int | None = None,
        at_control_point: tuple[int, int] | None = None,  # (id, rank)
        at_deliverable: tuple[int, int] | None = None,  # (id, rank)
        phase_id: int | None = None,
        **values: Value,
    ) -> _Keyed:
        """A finding naming `values` (in the order given), and its sort key."""
        severity = SEVERITY_OF[rule]
        if phase_id is None and activity_id is not None:
            phase_id = self.activity_phase[activity_id]
        phase_rank = _LAST if phase_id is None else self.phase_rank.get(phase_id, _LAST)
        key = (
            _SEVERITY_RANK[severity],
            phase_rank,
            _LAST if activity_id is None else self.activity_rank[activity_id],
            _LAST if role_id is None else self.role_rank[role_id],
            _RULE_RANK[rule],
            _LAST if at_control_point is None else at_control_point[1],
            _LAST if at_deliverable is None else at_deliverable[1],
            # Ties only between overloads of one role in phases outside the snapshot.
            phase_id if phase_rank == _LAST and phase_id is not None else 0,
        )
        finding = Finding(
            rule=rule,
            severity=severity,
            activity_id=activity_id,
            role_id=role_id,
            control_point_id=None if at_control_point is None else at_control_point[0],
            deliverable_id=None if at_deliverable is None else at_deliverable[0],
            phase_id=phase_id,
            values=tuple(values.items()),
        )
        return key, finding

    def activity_findings(
        self,
        activity: Activity,
        accountable: Sequence[int],  # roles holding A, in any order
        responsible: bool,  # some role holds R
        consulted: int,  # roles holding C
        pmo: int,  # PMO roles holding any letter
        tmo: int,  # TMO roles holding any letter
        tmo_ra: bool,  # some TMO role holds R or A
        tmo_r: bool,  # some TMO role holds R
    ) -> list[_Keyed]:
        """The findings about one activity (its deliverables' included), from its tallies."""
        aid, name = activity.id, activity.name
        found: list[_Keyed] = []
        if not accountable:
            found.append(self.finding(RULE_NO_ACCOUNTABLE, activity_id=aid, activity=name))
        elif len(accountable) > 1:
            holders = sorted(accountable, key=self.role_rank.__getitem__)
            found.append(
                self.finding(
                    RULE_MANY_ACCOUNTABLE,
                    activity_id=aid,
                    activity=name,
                    count=len(holders),
                    roles=tuple(self.role_name[r] for r in holders),
                )
            )
        if not responsible:
            found.append(self.finding(RULE_NO_RESPONSIBLE, activity_id=aid, activity=name))
        limit = self.limits.max_consulted
        if consulted > limit:
            found.append(
                self.finding(
                    RULE_MANY_CONSULTED,
                    activity_id=aid,
                    activity=name,
                    count=consulted,
                    limit=limit,
                )
            )
        if activity.kind == ActivityKind.TECHNICAL:
            if self.has_tmo and not tmo_ra:
                found.append(
                    self.finding(RULE_TECHNICAL_WITHOUT_TMO, activity_id=aid, activity=name)
                )
            if self.has_pmo and not pmo:
                found.append(self.finding(RULE_PMO_BLIND_SPOT, activity_id=aid, activity=name))
        elif activity.kind == ActivityKind.MANAGEMENT and self.has_tmo and not tmo:
            found.append(self.finding(RULE_TMO_BLIND_SPOT, activity_id=aid, activity=name))
        if not tmo_r:
            found.extend(
                self.finding(
                    RULE_TECHNICAL_DELIVERABLE_WITHOUT_TMO,
                    activity_id=aid,
                    at_deliverable=(deliverable.id, rank),
                    deliverable=deliverable.name,
                    activity=name,
                )
                for rank, deliverable in self.technical.get(aid, ())
            )
        return found

    def idle(self, role_id: int) -> _Keyed:
        return self.finding(RULE_IDLE_ROLE, role_id=role_id, role=self.role_name[role_id])

    def overload(self, role_id: int, phase_id: int, count: int) -> _Keyed | None:
        """The overload finding of a role holding R or A in `count` activities of a phase."""
        limit = self.limits.overload_per_phase
        if count <= max(limit, 0):
            return None
        return self.finding(
            RULE_OVERLOADED_ROLE,
            role_id=role_id,
            phase_id=phase_id,
            role=self.role_name[role_id],
            phase=self.phase_name.get(phase_id, ""),
            count=count,
            limit=limit,
        )

    def gate_findings(self, control_points: Sequence[ControlPoint]) -> list[_Keyed]:
        """Gates signed by one office only (needs both offices to exist); letters play no part."""
        if not (self.has_pmo and self.has_tmo):
            return []
        found: list[_Keyed] = []
        for rank, cp in enumerate(control_points):
            if cp.kind != ControlKind.GATE:
                continue
            approving = {self.role_side.get(r, _OTHER) for r in cp.approver_ids}
            missing = tuple(
                label for side, label in ((_PMO, "PMO"), (_TMO, "TMO")) if side not in approving
            )
            on_activity = cp.activity_id if cp.activity_id in self.activity_rank else None
            if missing:
                found.append(
                    self.finding(
                        RULE_GATE_ONE_OFFICE,
                        activity_id=on_activity,
                        at_control_point=(cp.id, rank),
                        phase_id=cp.phase_id,
                        control_point=cp.name,
                        missing=missing,
                    )
                )
        return found


@dataclass(slots=True)
class _Tallies:
    """What one pass over the RACI cells learns, per activity and per role."""

    responsible: set[int]  # activities where some role holds R
    consulted: Counter[int]  # activity -> roles holding C
    pmo: Counter[int]  # activity -> PMO roles holding any letter
    tmo: Counter[int]  # activity -> TMO roles holding any letter
    tmo_r: set[int]  # activities where some TMO role holds R
    tmo_ra: set[int]  # activities where some TMO role holds R or A
    role_r: Counter[int]  # role -> activities where it holds R
    role_a: Counter[int]  # role -> activities where it holds A
    role_any: Counter[int]  # role -> activities where it holds any letter
    load: Counter[tuple[int, int]]  # (role, phase) -> activities where the role holds R or A
    accountable_roles: dict[int, list[int]]  # activity -> roles holding A


def _tally(assignments: Sequence[Assignment], frame: _Frame) -> _Tallies:
    """Column-wise over the cells, then a plain loop over the few cells holding R or A.

    The full-length passes are C-level (map, compress, Counter), so the cost per cell is a
    handful of C operations. Assumes one assignment per (activity, role), as the workspace's
    primary key guarantees.
    """
    activity_phase, role_side = frame.activity_phase, frame.role_side
    if isinstance(assignments, Cells):  # read from a workspace: no record per cell
        cells = assignments.letters
        acts = list(map(itemgetter(0), cells))
        roles = list(map(itemgetter(1), cells))
        letters = list(cells.values())
    else:
        acts = list(map(attrgetter("activity_id"), assignments))
        roles = list(map(attrgetter("role_id"), assignments))
        letters = list(map(attrgetter("letters"), assignments))
    role_any = Counter(roles)
    if not (
        all(letters) and activity_phase.keys() >= set(acts) and role_side.keys() >= role_any.keys()
    ):
        # Rare: empty cells, or cells of activities or roles outside the snapshot. Drop them.
        keep = [
            bool(text) and act in activity_phase and role in role_side
            for act, role, text in zip(acts, roles, letters, strict=True)
        ]
        acts = list(compress(acts, keep))
        roles = list(compress(roles, keep))
        letters = list(compress(letters, keep))
        role_any = Counter(roles)

    distinct = set(letters)  # at most 64 spellings: test each once, then look up per cell

    def holding(any_of: str) -> list[bool]:
        answer = {text: any(ch in text for ch in any_of) for text in distinct}
        return list(map(answer.__getitem__, letters))

    tmo_roles = frame.tmo_roles
    has_ra = holding("RA")
    t = _Tallies(
        responsible=set(),
        consulted=Counter(compress(acts, holding("C"))),
        pmo=Counter(compress(acts, map(frame.pmo_roles.__contains__, roles))),
        tmo=Counter(compress(acts, map(tmo_roles.__contains__, roles))),
        tmo_r=set(),
        tmo_ra=set(),
        role_r=Counter(),
        role_a=Counter(),
        role_any=role_any,
        load=Counter(),
        accountable_roles={},
    )
    ra_cells = zip(
        compress(acts, has_ra), compress(roles, has_ra), compress(letters, has_ra), strict=True
    )
    for act, role, text in ra_cells:
        t.load[role, activity_phase[act]] += 1
        tmo = role in tmo_roles
        if tmo:
            t.tmo_ra.add(act)
        if "R" in text:
            t.responsible.add(act)
            t.role_r[role] += 1
            if tmo:
                t.tmo_r.add(act)
        if "A" in text:
            t.role_a[role] += 1
            t.accountable_roles.setdefault(act, []).append(role)
    return t


def check(snapshot: Methodology, limits: Limits = Limits()) -> Report:
    """Every finding about the snapshot's RACI, and its alignment metrics.

    Findings come errors first, then warnings, then alignment; within a severity by phase,
    activity and role order (things without a phase or activity after those with one), then
    by rule, control point and deliverable order (overloads in phases the snapshot does not
    hold, by phase id).
    """
    frame = _Frame(snapshot, limits)
    t = _tally(whole(snapshot.assignments), frame)
    keyed = frame.gate_findings(snapshot.control_points)

    # Activities: the classic RACI rules, the technical alignment rules, the phase metrics.
    counts: dict[int, list[int]] = {p.id: [0, 0, 0, 0, 0, 0] for p in snapshot.phases}
    all_joint = 0
    for activity in snapshot.activities:
        aid = activity.id
        pmo, tmo = t.pmo[aid], t.tmo[aid]
        keyed += frame.activity_findings(
            activity,
            t.accountable_roles.get(aid, ()),
            aid in t.responsible,
            t.consulted[aid],
            pmo,
            tmo,
            aid in t.tmo_ra,
            aid in t.tmo_r,
        )
        # row: activities, joint, pmo_only, tmo_only, neither, touchpoints
        row = counts.get(activity.phase_id)
        column = _column(pmo, tmo)
        all_joint += column == 1
        if row is not None:
            row[0] += 1
            row[column] += 1
            row[5] += pmo * tmo

    # Roles: idle anywhere, overloaded in a phase.
    keyed += (frame.idle(role.id) for role in snapshot.roles if not t.role_any[role.id])
    for (role_id, phase_id), count in t.load.items():
        if overload := frame.overload(role_id, phase_id, count):
            keyed.append(overload)

    keyed.sort(key=itemgetter(0))
    roles = tuple(
        RoleLoad(
            role_id=r.id,
            responsible=t.role_r[r.id],
            accountable=t.role_a[r.id],
            total=t.role_any[r.id],
        )
        for r in snapshot.roles
    )
    return Report(
        findings=tuple(f for _, f in keyed),
        metrics=Metrics(
            alignment_index=all_joint / len(snapshot.activities) if snapshot.activities else 0.0,
            phases=tuple(_phase_metrics(p.id, counts[p.id]) for p in snapshot.phases),
            roles=roles,
        ),
    )
