"""The freeze of a closed workshop: which records it keeps as they are, and the checks every
change to a workshop's records passes first (services.entities, services.workshops and the
set-up copy call them inside their unit of work; services.closing closes and amends).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain.errors import NotFoundError, ValidationError
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.services.rows import Recorder, table

__all__ = ["FROZEN", "ensure_open", "guard", "refuse_closed", "workshop_of", "workshop_row"]


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


def ensure_open(rec: Recorder, workshop_id: int | None) -> None:
    """Refuse, inside a unit of work, a normal change to a closed workshop's records.

    None (a workshop that cannot be found) passes: the caller reports what is missing.
    """
    if workshop_id is None:
        return
    t = table("workshop")
    row = rec.conn.execute(select(t.c.title, t.c.status).where(t.c.id == workshop_id)).first()
    if row is not None:
        refuse_closed(row.title, row.status)


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
