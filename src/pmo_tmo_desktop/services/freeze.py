"""The freeze of a closed workshop: which records it keeps as they are, and the checks every
change to a workshop's records passes first (services.entities, services.workshops and the
set-up copy call them inside their unit of work; services.closing closes and amends).

A workshop checked out for a session offline (services.checkout) is frozen the same way, and
wholly: every change to its records is refused until it is checked in or released.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import select

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain.errors import NotFoundError, ValidationError
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.services.rows import Recorder, table

__all__ = [
    "FROZEN",
    "ensure_not_lent",
    "ensure_open",
    "guard",
    "refuse_closed",
    "refuse_lent",
    "workshop_of",
    "workshop_row",
]


def workshop_of(rec: Recorder, table_name: str, row_id: Any) -> int | None:
    """The workshop a round, proposal, action item... belongs to (None: no such row)."""
    t = table(table_name)
    wanted = _as_id(row_id)
    if wanted is None:
        return None
    found = rec.conn.execute(select(t.c.workshop_id).where(t.c.id == wanted)).scalar()
    return None if found is None else int(found)


def _as_id(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def workshop_row(rec: Recorder, workshop_id: int) -> Any:
    """id, title, status and anonymity of a workshop; NotFoundError when there is none."""
    t = table("workshop")
    row = rec.conn.execute(
        select(t.c.id, t.c.title, t.c.status, t.c.anonymity).where(t.c.id == workshop_id)
    ).first()
    if row is None:
        raise NotFoundError(
            translate("Services", "no workshop with id {id}").format(id=workshop_id)
        )
    return row


def lent(workshop: Any) -> Any:
    """The join of a workshop table with its checkout mark in this workspace (a mark the file
    carries, naming the library it came from, does not freeze anything)."""
    c = table("checkout")
    return workshop.outerjoin(c, (c.c.workshop_id == workshop.c.id) & c.c.library.is_(None))


def lent_columns() -> tuple[Any, ...]:
    """by, at and file of the checkout mark joined by `lent` (NULL: not checked out)."""
    c = table("checkout")
    return (c.c.by.label("lent_by"), c.c.at.label("lent_at"), c.c.file.label("lent_file"))


def ensure_open(rec: Recorder, workshop_id: int | None) -> None:
    """Refuse, inside a unit of work, a normal change to a closed or checked-out workshop's
    records.

    None (a workshop that cannot be found) passes: the caller reports what is missing.
    """
    if workshop_id is None:
        return
    ensure_not_lent(rec, workshop_id)
    t = table("workshop")
    row = rec.conn.execute(select(t.c.title, t.c.status).where(t.c.id == workshop_id)).first()
    if row is not None:
        refuse_closed(row.title, row.status)


_passed: WeakKeyDictionary[Recorder, set[int]] = WeakKeyDictionary()
"""The workshops each unit of work has found not checked out (asked once per unit)."""


def ensure_not_lent(rec: Recorder, workshop_id: int | None, read: Any = None) -> None:
    """Refuse, inside a unit of work, any change to a checked-out workshop's records (closed
    or not: amendments too).

    On PostgreSQL the workshop's row is share-locked first, until the unit of work ends: a
    checkout (which locks it for update) waits for the changes under way and is copied with
    them, and a change that comes meanwhile waits for the checkout; the mark is then read in
    a statement of its own, which sees a checkout committed while it waited.

    `read`: the workshop's title and `lent_columns`, read by the caller's own statement
    through `lent` — enough on SQLite, whose one writer needs no lock (the hot seat's one
    rating stays four statements).
    """
    if workshop_id is None:
        return
    passed = _passed.setdefault(rec, set())
    if workshop_id in passed:
        return
    t = table("workshop")
    if read is not None and rec.conn.dialect.name != "postgresql":
        refuse_lent(read)
        passed.add(workshop_id)
        return
    if rec.conn.dialect.name == "postgresql":
        rec.conn.execute(select(t.c.id).where(t.c.id == workshop_id).with_for_update(read=True))
    row = rec.conn.execute(
        select(t.c.title, *lent_columns()).select_from(lent(t)).where(t.c.id == workshop_id)
    ).first()
    if row is not None:
        refuse_lent(row)
    passed.add(workshop_id)


def refuse_lent(row: Any) -> None:
    """Refuse a change to the workshop of `row` (its title and `lent_columns`) while it is
    checked out: one line saying who has it, since when, and in which file."""
    if row.lent_at is None:
        return
    raise ValidationError(
        translate(
            "Services",
            "workshop '{title}' is checked out to {file} by {who} since {at}; it is read-only "
            "here until it is checked in",
        ).format(
            title=row.title,
            file=row.lent_file or "?",
            who=row.lent_by or "?",
            at=row.lent_at.strftime("%Y-%m-%d %H:%M"),
        )
    )


def refuse_closed(title: str, status: str) -> None:
    """`ensure_open` for a workshop whose title and status were read already."""
    if status == m.WorkshopStatus.CLOSED.value:
        raise ValidationError(
            translate(
                "Services", "workshop '{title}' is closed; record an amendment instead"
            ).format(title=title)
        )


FROZEN = frozenset({"action_item", "participant", "criterion", "proposal", "proposal_group"})
"""The records of a workshop that closing freezes (agenda items stay editable: their minutes
are often put right after the meeting)."""


def guard(
    rec: Recorder,
    entity_name: str,
    row_id: int | None = None,
    values: Mapping[str, Any] | None = None,
) -> None:
    """The freeze as services.entities applies it to a create (values), edit (row and values),
    remove (row) or move (row and target scope): action items, participants, criteria and
    proposals of a closed workshop stay as they are (nor move into one), and a closed
    workshop is not reopened by editing its status."""
    values = values or {}
    for workshop_id in _workshops(rec, entity_name, row_id, values):
        ensure_not_lent(rec, workshop_id)
    if entity_name in FROZEN:
        if row_id is not None:
            ensure_open(rec, workshop_of(rec, entity_name, row_id))
        if values.get("workshop_id") is not None:
            ensure_open(rec, _as_id(values["workshop_id"]))
    elif entity_name == "workshop" and row_id is not None and "status" in values:
        wanted = str(values["status"]).strip().lower()
        row = workshop_row(rec, row_id)
        if row.status == m.WorkshopStatus.CLOSED.value and wanted != row.status:
            raise ValidationError(
                translate("Services", "workshop '{title}' is closed; it cannot be reopened").format(
                    title=row.title
                )
            )


def _workshops(
    rec: Recorder, entity_name: str, row_id: int | None, values: Mapping[str, Any]
) -> set[int]:
    """The workshops a change to a record touches: its own, and the one it moves into."""
    if entity_name == "workshop":
        return set() if row_id is None else {row_id}
    t = table(entity_name)
    found: set[int] = set()
    if "workshop_id" in t.c:
        if row_id is not None and (mine := workshop_of(rec, entity_name, row_id)) is not None:
            found.add(mine)
        if (target := _as_id(values.get("workshop_id"))) is not None:
            found.add(target)
    return found
