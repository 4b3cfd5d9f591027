"""Which rows belong to one workshop, and a workshop copied with its methodology into a new
workspace file (a checkout for a session offline: ids kept, so the rows can be matched again
when the file comes back)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.engine import Connection

from pmo_tmo_desktop.store.schema import metadata
from pmo_tmo_desktop.store.workspace import Workspace, create_workspace

METHODOLOGY = (
    "workspace",
    "office",
    "role",
    "phase",
    "activity",
    "deliverable",
    "control_point",
    "approver",
    "assignment",
)
"""The tables copied whole: what a workshop's offices and the handbook refer to."""

OWNED: dict[str, tuple[str, str | None]] = {
    "workshop": ("id", None),
    "agenda_item": ("workshop_id", None),
    "participant": ("workshop_id", None),
    "criterion": ("workshop_id", None),
    "proposal": ("workshop_id", None),
    "proposal_requirement": ("proposal_id", "proposal"),
    "proposal_group": ("workshop_id", None),
    "round": ("workshop_id", None),
    "rating": ("round_id", "round"),
    "decision": ("proposal_id", "proposal"),
    "action_item": ("workshop_id", None),
    "amendment": ("workshop_id", None),
    "pairwise_judgement": ("workshop_id", None),
    "room": ("workshop_id", None),
    "room_pass": ("participant_id", "participant"),
}
"""A workshop's tables: (the column naming the workshop, or the id of a row of `via` that
does). Devices admitted to a room, kept analyses and checkout marks stay where they are."""

BROUGHT_BACK = tuple(name for name in OWNED if not name.startswith("room"))
"""What a checkin brings back from the file: everything of the workshop but its room (the
room's codes and devices belong to where it is served)."""

BATCH = 2000


def owned_by(t: Table, workshop_id: int) -> Any:
    """The WHERE clause selecting the rows of `t` that belong to the workshop."""
    column, via = OWNED[t.name]
    if via is None:
        return t.c[column] == workshop_id
    parent = metadata.tables[via]
    return t.c[column].in_(select(parent.c.id).where(parent.c.workshop_id == workshop_id))


def rows_of(conn: Connection, name: str, workshop_id: int) -> list[dict[str, Any]]:
    """The workshop's rows of table `name`, in primary key order."""
    t = metadata.tables[name]
    query = select(t).where(owned_by(t, workshop_id)).order_by(*t.primary_key.columns)
    return [dict(row) for row in conn.execute(query).mappings()]


def _batches(conn: Connection, t: Table, where: Any) -> Iterator[list[dict[str, Any]]]:
    query = select(t).order_by(*t.primary_key.columns)
    if where is not None:
        query = query.where(where)
    result = conn.execute(query)
    while batch := result.mappings().fetchmany(BATCH):
        yield [dict(row) for row in batch]


def copy_workshop(source: Connection, target: Connection, workshop_id: int) -> dict[str, int]:
    """The methodology and the workshop's rows from `source` into the new schema of `target`,
    ids kept; the counts per table."""
    counts: dict[str, int] = {}
    for t in metadata.sorted_tables:
        if t.name in METHODOLOGY:
            where = None
        elif t.name in OWNED:
            where = owned_by(t, workshop_id)
        else:
            continue
        counts[t.name] = 0
        for batch in _batches(source, t, where):
            target.execute(t.insert(), batch)
            counts[t.name] += len(batch)
    return counts


def workshop_file(
    source: Connection, path: Path, workshop_id: int, mark: Callable[[Connection], None]
) -> Workspace:
    """A new workspace file at `path` holding the workshop with its methodology (read on
    `source`), and whatever `mark` writes in the same transaction; complete or not at all."""

    def fill(target: Connection) -> None:
        copy_workshop(source, target, workshop_id)
        mark(target)

    return create_workspace(path, "", fill=fill)
