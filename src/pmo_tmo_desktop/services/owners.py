"""Which workshop, round or proposal the rows a unit of work changes belong to.

The pages follow the workshop on screen; a change says which workshops it touched, from the
values the unit of work holds anyway (what it inserts, the rows it deletes, the old values it
reads before an update) — never a statement of its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Table

from pmo_tmo_desktop.store.schema import metadata

OWNED_BY = ("workshop_id", "round_id", "proposal_id")
"""The columns that say which workshop, round or proposal a row belongs to."""


def _owner_columns(t: Table) -> tuple[tuple[str, str], ...]:
    """(column of the row, owner it names) for a table's rows: a workshop is its own."""
    if t.name == "workshop":
        return (("id", "workshop_id"),)
    return tuple((c, c) for c in OWNED_BY if c in t.c)


OWNER_COLUMNS = {t.name: _owner_columns(t) for t in metadata.sorted_tables}


class Owners:
    """Which workshops, rounds and proposals the changed rows belong to, per table, from the
    values a unit of work has at hand anyway (no statement of its own). A row whose owner
    was not seen makes its table's owners unknown."""

    def __init__(self) -> None:
        self.found: dict[str, dict[str, set[int]]] = {}
        self.unknown: set[str] = set()

    def note(self, name: str, rows: Iterable[Mapping[Any, Any]]) -> None:
        columns = OWNER_COLUMNS[name]
        if not columns or name in self.unknown:
            return
        found = self.found.setdefault(name, {})
        for row in rows:
            named = False
            for column, owner in columns:
                value = row.get(column)
                if value is not None:
                    found.setdefault(owner, set()).add(int(value))
                    named = True
            if not named:
                self.unknown.add(name)
                return

    def frozen(self) -> dict[str, dict[str, frozenset[int]]]:
        return {
            name: {owner: frozenset(ids) for owner, ids in by.items()}
            for name, by in self.found.items()
            if name not in self.unknown
        }
