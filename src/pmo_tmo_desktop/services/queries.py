"""Reads: plain, immutable snapshots of the workspace for views, reports and rules."""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import functools
import gc
import typing
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from sqlalchemy import func, select

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain.errors import NotFoundError
from pmo_tmo_desktop.domain.scoring_input import FilledRow, RatingRow
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.services.rows import table
from pmo_tmo_desktop.store.workspace import Workspace

R = TypeVar("R")


@functools.cache
def _enum_fields(kind: type) -> tuple[tuple[str, type[enum.StrEnum]], ...]:
    hints = typing.get_type_hints(kind)
    return tuple(
        (name, hint)
        for name, hint in hints.items()
        if isinstance(hint, type) and issubclass(hint, enum.StrEnum)
    )


def _make(kind: type[R], row: Mapping[Any, Any]) -> R:
    values = dict(row)
    for name, enum_type in _enum_fields(cast(type, kind)):
        if name in values:
            values[name] = enum_type(values[name])
    return kind(**values)


def _made(kind: type[R], result: Any) -> tuple[R, ...]:
    """Every row of `result` as a `kind` (the fast path for thousands of rows: the column
    names and the enum fields are looked up once, not per row; rows whose columns come in the
    order of the record's fields are passed as they are)."""
    keys = tuple(result.keys())
    enums = [
        (keys.index(n), {member.value: member for member in e}, e)
        for n, e in _enum_fields(cast(type, kind))
        if n in keys
    ]
    in_order = keys == _field_names(cast(type, kind))
    found = []
    with no_cycle_collection():
        for row in result.all():  # one fetchall, not a fetchone per row
            if not enums and in_order:
                found.append(kind(*row))
                continue
            values = list(row)
            for index, members, enum_type in enums:
                value = values[index]
                values[index] = members[value] if value in members else enum_type(value)
            found.append(
                kind(*values) if in_order else kind(**dict(zip(keys, values, strict=True)))
            )
    return tuple(found)


@functools.cache
def _field_names(kind: type) -> tuple[str, ...]:
    """A record's fields in order (none for a kind that is not a dataclass)."""
    return tuple(f.name for f in dataclasses.fields(kind)) if dataclasses.is_dataclass(kind) else ()


@contextlib.contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Thousands of records in a row make the cycle collector sweep the whole heap again and
    again, although records hold no cycles; it runs once afterwards instead. Views that turn
    a whole snapshot into their own tables (the RACI grid, the rules) use it too."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _columns(t: Any, kind: type) -> list[Any]:
    """The table's columns a record of `kind` has, in the record's order (a row's who and
    when of its last change stay behind; fields the table lacks come from elsewhere)."""
    names = _field_names(kind)
    if not names:  # a factory taking the columns by name
        return [c for c in t.c if c.name not in ("changed_by", "changed_at")]
    return [t.c[f] for f in names if f in t.c]


def _records(conn: Any, name: str, kind: type[R], *order: str, **where: Any) -> tuple[R, ...]:
    t = table(name)
    # The record's fields in their order: where the table has them all, rows built positionally.
    query = select(*_columns(t, cast(type, kind)))
    for column, value in where.items():
        query = query.where(t.c[column] == value)
    query = query.order_by(*(t.c[c] for c in (order or ("position", "id"))))
    return _made(kind, conn.execute(query))


Methodology = m.Methodology


def workspace_info(ws: Workspace) -> m.WorkspaceInfo:
    with ws.reading() as conn:
        return _info(conn)


def _info(conn: Any) -> m.WorkspaceInfo:
    row = conn.execute(select(table("workspace"))).mappings().one()
    return m.WorkspaceInfo(
        name=row["name"],
        organisation=row["organisation"],
        raci_variant=m.RaciVariant(row["raci_variant"]),
        created=row["created"],
    )


def methodology(ws: Workspace, *, every_cell: bool = True) -> Methodology:
    """The methodology and its RACI cells. Without `every_cell` the cells are left for later
    (`cells`): an incomplete `Cells` holding none, with the count of the filled ones, for a
    view that reads first the rows it shows."""
    with ws.reading() as conn:
        phases = _records(conn, "phase", m.Phase)
        phase_order = {p.id: i for i, p in enumerate(phases)}
        activities = sorted(
            _records(conn, "activity", m.Activity),
            key=lambda a: (phase_order[a.phase_id], a.position, a.id),
        )
        approvers: dict[int, list[int]] = defaultdict(list)
        ap = table("approver")
        for cp_id, role_id in conn.execute(select(ap.c.control_point_id, ap.c.role_id)):
            approvers[cp_id].append(role_id)
        cps = tuple(
            _make(m.ControlPoint, {**row, "approver_ids": tuple(sorted(approvers[row["id"]]))})
            for row in conn.execute(
                select(*_columns(table("control_point"), m.ControlPoint)).order_by("position", "id")
            ).mappings()
        )
        return Methodology(
            info=_info(conn),
            offices=_records(conn, "office", m.Office),
            roles=_records(conn, "role", m.Role),
            phases=phases,
            activities=tuple(activities),
            deliverables=_records(conn, "deliverable", m.Deliverable),
            control_points=cps,
            assignments=_assignments(conn) if every_cell else _first_look(conn, ()),
        )


def _assignments(conn: Any) -> m.Cells:
    """The RACI cells, the largest table: straight from the driver's cursor into one dict (no
    row object, no record per cell)."""
    cursor = conn.connection.cursor()
    try:
        cursor.execute(
            "SELECT activity_id, role_id, letters FROM assignment ORDER BY activity_id, role_id"
        )
        with no_cycle_collection():
            return m.Cells({(a, r): letters for a, r, letters in cursor})
    finally:
        cursor.close()


def cells(ws: Workspace, activities: Collection[int] | None = None) -> m.Cells:
    """Every RACI cell, or (a first look) the cells of the given activities with the count of
    the filled ones."""
    with ws.reading() as conn:
        return _assignments(conn) if activities is None else _first_look(conn, activities)


def _first_look(conn: Any, activities: Collection[int]) -> m.Cells:
    a = table("assignment")
    filled = int(conn.execute(select(func.count()).select_from(a)).scalar_one())
    letters: dict[tuple[int, int], str] = {}
    wanted = sorted(set(activities))
    for start in range(0, len(wanted), 500):
        query = (
            select(a.c.activity_id, a.c.role_id, a.c.letters)
            .where(a.c.activity_id.in_(wanted[start : start + 500]))
            .order_by(a.c.activity_id, a.c.role_id)
        )
        letters.update(((x, r), text) for x, r, text in conn.execute(query))
    return m.Cells(letters, complete=False, filled=filled)


def offices(ws: Workspace) -> tuple[m.Office, ...]:
    with ws.reading() as conn:
        return _records(conn, "office", m.Office)


def workshops(ws: Workspace) -> tuple[m.Workshop, ...]:
    with ws.reading() as conn:
        return _records(conn, "workshop", m.Workshop, "date", "id")


@dataclass(frozen=True, slots=True)
class WorkshopData:
    """One workshop with everything recorded in it."""

    workshop: m.Workshop
    agenda: tuple[m.AgendaItem, ...]
    participants: tuple[m.Participant, ...]
    criteria: tuple[m.Criterion, ...]
    proposals: tuple[m.Proposal, ...]
    rounds: tuple[m.Round, ...]
    ratings: tuple[m.Rating, ...]
    decisions: tuple[m.Decision, ...]
    actions: tuple[m.ActionItem, ...]
    amendments: tuple[m.Amendment, ...] = ()
    requirements: tuple[m.Requirement, ...] = ()
    """Which proposal requires which, in the order of the proposals."""
    groups: tuple[m.ProposalGroup, ...] = ()
    """The groups of alternatives given a limit, by name."""

    @property
    def open_round(self) -> m.Round | None:
        return next((r for r in self.rounds if r.status == m.RoundStatus.OPEN), None)

    def requires(self, proposal_id: int) -> tuple[int, ...]:
        """The ids of the proposals `proposal_id` requires."""
        return tuple(r.required_id for r in self.requirements if r.proposal_id == proposal_id)

    def group_names(self) -> tuple[str, ...]:
        """Every group of the workshop, with a limit or only named by a proposal, sorted."""
        named = {p.group_name for p in self.proposals if p.group_name}
        return tuple(sorted(named | {g.name for g in self.groups}, key=str.casefold))


def workshop(ws: Workspace, workshop_id: int) -> WorkshopData:
    with ws.reading() as conn:
        return _workshop(conn, workshop_id, every_rating=True)


def _workshop(conn: Any, workshop_id: int, *, every_rating: bool) -> WorkshopData:
    """The workshop's records; its ratings as records only with `every_rating`."""
    found = _records(conn, "workshop", m.Workshop, "id", id=workshop_id)
    if not found:
        raise NotFoundError(
            translate("Services", "no workshop with id {id}").format(id=workshop_id)
        )
    rounds = _records(conn, "round", m.Round, "number", workshop_id=workshop_id)
    proposals = _records(conn, "proposal", m.Proposal, workshop_id=workshop_id)
    rt, dt = table("rating"), table("decision")
    ratings: tuple[m.Rating, ...] = ()
    if every_rating:
        ratings = _made(
            m.Rating,
            conn.execute(
                select(*_columns(rt, m.Rating))
                .where(rt.c.round_id.in_([r.id for r in rounds]))
                .order_by(rt.c.id)
            ),
        )
    decisions = _made(
        m.Decision,
        conn.execute(
            select(*_columns(dt, m.Decision)).where(dt.c.proposal_id.in_([p.id for p in proposals]))
        ),
    )
    return WorkshopData(
        workshop=found[0],
        agenda=_records(conn, "agenda_item", m.AgendaItem, workshop_id=workshop_id),
        participants=_records(conn, "participant", m.Participant, workshop_id=workshop_id),
        criteria=_records(conn, "criterion", m.Criterion, workshop_id=workshop_id),
        proposals=proposals,
        rounds=rounds,
        ratings=ratings,
        decisions=decisions,
        actions=_records(conn, "action_item", m.ActionItem, workshop_id=workshop_id),
        amendments=_records(conn, "amendment", m.Amendment, "id", workshop_id=workshop_id),
        requirements=_requirements(conn, proposals),
        groups=_records(conn, "proposal_group", m.ProposalGroup, "name", workshop_id=workshop_id),
    )


def ratings(ws: Workspace, workshop_id: int) -> tuple[m.Rating, ...]:
    """The ratings of a workshop's rounds, as `workshop` reads them: all a change of ratings
    makes anyone read again."""
    rt, rd = table("rating"), table("round")
    query = (
        select(*_columns(rt, m.Rating))
        .select_from(rt.join(rd, rd.c.id == rt.c.round_id))
        .where(rd.c.workshop_id == workshop_id)
        .order_by(rt.c.id)
    )
    with ws.reading() as conn:
        return _made(m.Rating, conn.execute(query))


def _requirements(conn: Any, proposals: tuple[m.Proposal, ...]) -> tuple[m.Requirement, ...]:
    order = {p.id: i for i, p in enumerate(proposals)}
    t = table("proposal_requirement")
    found = conn.execute(
        select(t.c.proposal_id, t.c.required_id).where(t.c.proposal_id.in_(list(order)))
    )
    pairs = sorted(found, key=lambda r: (order[r[0]], order.get(r[1], len(order))))
    return tuple(m.Requirement(int(a), int(b)) for a, b in pairs)


@dataclass(frozen=True, slots=True)
class ResultsRead:
    """A workshop as its results need it, read in one snapshot."""

    data: WorkshopData
    """Its records; `ratings` is empty unless every rating was asked for."""
    offices: tuple[m.Office, ...]
    filled: tuple[FilledRow, ...]
    """Each participant's filled ballot cells per round, counted by the database."""
    ratings: tuple[RatingRow, ...]
    """The ratings of the rounds to be scored, as plain tuples."""


def for_results(
    ws: Workspace,
    workshop_id: int,
    to_score: Callable[[WorkshopData, frozenset[int]], Iterable[int]],
    *,
    every_rating: bool = False,
) -> ResultsRead:
    """What a workshop's results are made of, proportionate to what they show: one query per
    table, the ballot counts of every round from one GROUP BY, and as plain tuples only the
    ratings of the rounds `to_score` picks (given the records and the ids of the rounds that
    hold ratings) — at most the round shown and the one before it.
    """
    with ws.reading() as conn:
        data = _workshop(conn, workshop_id, every_rating=every_rating)
        round_ids = [r.id for r in data.rounds]
        rt = table("rating")
        filled: tuple[FilledRow, ...] = tuple(
            FilledRow(int(r), int(p), int(n))
            for r, p, n in conn.execute(
                select(rt.c.round_id, rt.c.participant_id, func.count())
                .where(rt.c.round_id.in_(round_ids))
                .group_by(rt.c.round_id, rt.c.participant_id)
            )
        )
        wanted = sorted(set(to_score(data, frozenset(f.round_id for f in filled if f.cells))))
        ratings: tuple[RatingRow, ...] = ()
        if wanted:
            # Straight from the driver's cursor, in this snapshot: its own tuples, no row
            # object per rating (12,000 of them for a large workshop).
            mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"  # SQLite | psycopg
            result = conn.exec_driver_sql(
                "SELECT round_id, participant_id, proposal_id, criterion_id, value "
                f"FROM rating WHERE round_id IN ({', '.join([mark] * len(wanted))}) ORDER BY id",
                tuple(wanted),
            )
            try:
                ratings = cast(tuple[RatingRow, ...], tuple(result.cursor.fetchall()))
            finally:
                result.close()
        return ResultsRead(data, _records(conn, "office", m.Office), filled, ratings)


def counts(ws: Workspace) -> dict[str, int]:
    """How many records of each kind the workspace holds."""
    names = (
        "office",
        "role",
        "phase",
        "activity",
        "deliverable",
        "control_point",
        "assignment",
        "workshop",
        "participant",
        "criterion",
        "proposal",
        "round",
        "rating",
        "decision",
        "action_item",
        "agenda_item",
    )
    with ws.reading() as conn:
        return {
            n: int(conn.execute(select(func.count()).select_from(table(n))).scalar_one())
            for n in names
        }


def letters(ws: Workspace, cells: Iterable[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """The letters of the given (activity, role) cells now ("" for an empty cell)."""
    wanted = set(cells)
    result = dict.fromkeys(wanted, "")
    if not wanted:
        return result
    t = table("assignment")
    activities = sorted({a for a, _ in wanted})
    with ws.reading() as conn:
        for start in range(0, len(activities), 500):
            chunk = activities[start : start + 500]
            query = select(t.c.activity_id, t.c.role_id, t.c.letters).where(
                t.c.activity_id.in_(chunk)
            )
            for activity_id, role_id, text in conn.execute(query):
                if (activity_id, role_id) in wanted:
                    result[(activity_id, role_id)] = text
    return result


def cell_versions(ws: Workspace, cells: Iterable[tuple[int, int]]) -> dict[tuple[int, int], int]:
    """The versions of the given (activity, role) RACI cells now (0 for an empty cell): what an
    edit of them names (`methodology.set_letters`), so a cell changed since is not overwritten."""
    wanted = set(cells)
    result = dict.fromkeys(wanted, 0)
    t = table("assignment")
    activities = sorted({a for a, _ in wanted})
    with ws.reading() as conn:
        for start in range(0, len(activities), 500):
            query = select(t.c.activity_id, t.c.role_id, t.c.version).where(
                t.c.activity_id.in_(activities[start : start + 500])
            )
            for activity_id, role_id, version in conn.execute(query):
                if (activity_id, role_id) in wanted:
                    result[(activity_id, role_id)] = version
    return result
