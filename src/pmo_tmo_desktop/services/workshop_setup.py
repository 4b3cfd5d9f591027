"""Setting a workshop up from an earlier one: its participants and criteria, in one step."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from pmo_tmo_desktop.domain.errors import NotFoundError, ValidationError
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.services import entities, freeze
from pmo_tmo_desktop.services.changes import Outcome
from pmo_tmo_desktop.services.rows import Recorder, table, unit_of_work
from pmo_tmo_desktop.store.workspace import Workspace

_COPIED_FIELDS = {
    "participant": ("name", "office_id", "title"),
    "criterion": ("name", "weight", "direction", "scale_min", "scale_max", "description"),
}


@dataclass(frozen=True, slots=True)
class Copied:
    """How many records a copy added, and how many it left out (their names were taken)."""

    participants: int = 0
    criteria: int = 0
    skipped: int = 0


def _check_workshop(rec: Recorder, workshop_id: int) -> None:
    t = table("workshop")
    if rec.conn.execute(select(t.c.id).where(t.c.id == workshop_id)).first() is None:
        raise NotFoundError(
            translate("Services", "no workshop with id {id}").format(id=workshop_id)
        )


def _copy(rec: Recorder, name: str, source_id: int, target_id: int) -> tuple[int, int]:
    """Add the source's records of one kind to the target, in their order; (added, skipped)."""
    t = table(name)
    fields = _COPIED_FIELDS[name]
    taken = {
        str(n).casefold()
        for n in rec.conn.execute(select(t.c.name).where(t.c.workshop_id == target_id)).scalars()
    }
    rows = rec.conn.execute(
        select(*(t.c[f] for f in fields))
        .where(t.c.workshop_id == source_id)
        .order_by(t.c.position, t.c.id)
    ).mappings()
    added = skipped = 0
    for row in rows:
        values: dict[str, Any] = dict(row)
        key = str(values["name"]).casefold()
        if key in taken:
            skipped += 1
            continue
        entities.add(rec, name, {"workshop_id": target_id, **values})
        taken.add(key)
        added += 1
    return added, skipped


def copy_setup(
    ws: Workspace, source_id: int, target_id: int, participants: bool, criteria: bool
) -> Outcome:
    """Copy the participants and/or criteria of workshop `source_id` into `target_id`.

    Names the target already has (ignoring case) are left as they are. One unit of work, so
    one undo removes everything the copy added. The outcome's value is a `Copied`.
    """
    if source_id == target_id:
        raise ValidationError(
            translate("Services", "choose another workshop to copy from than this one")
        )
    if not (participants or criteria):
        raise ValidationError(translate("Services", "choose participants, criteria or both"))
    with unit_of_work(ws) as rec:
        _check_workshop(rec, source_id)
        _check_workshop(rec, target_id)
        freeze.ensure_open(rec, target_id)
        people = _copy(rec, "participant", source_id, target_id) if participants else (0, 0)
        measures = _copy(rec, "criterion", source_id, target_id) if criteria else (0, 0)
    return rec.outcome(Copied(people[0], measures[0], people[1] + measures[1]))
