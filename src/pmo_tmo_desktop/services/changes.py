"""What a unit of work changed, and the plain row operations that redo or undo it.

Operations are data (table name, key, values), not closures, so an undo stack can hold them
and the same executor applies a change, its inverse, and the inverse of that.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

Key = tuple[tuple[str, Any], ...]
"""A row's primary key as sorted (column, value) pairs, e.g. (("id", 7),)."""

Owners = Mapping[str, Mapping[str, frozenset[int]]]
"""Per table, the records its changed rows belong to, by the column naming them, e.g.
{"rating": {"round_id": {12}, "proposal_id": {4, 5}}}; a table left out is not known."""


def key_of(**columns: Any) -> Key:
    return tuple(sorted(columns.items()))


@dataclass(frozen=True, slots=True)
class Insert:
    table: str
    rows: tuple[Mapping[str, Any], ...]


@dataclass(frozen=True, slots=True)
class Update:
    table: str
    key: Key
    values: Mapping[str, Any]
    version: int | None = None
    """The row's version this step expects (the one the step it undoes produced); None: any."""


@dataclass(frozen=True, slots=True)
class Delete:
    table: str
    key: Key
    version: int | None = None
    """The row's version this step expects; None: any."""


@dataclass(frozen=True, slots=True)
class UpdateMany:
    """Many rows of one table take values (one statement per set of columns, not per row)."""

    table: str
    changes: tuple[tuple[Key, Mapping[str, Any]], ...]
    versions: tuple[int, ...] | None = None
    """The versions the rows are expected at, in the order of `changes`; None: any."""


@dataclass(frozen=True, slots=True)
class DeleteMany:
    """Many rows of one table go, with what the schema's cascades take along."""

    table: str
    keys: tuple[Key, ...]
    versions: tuple[int, ...] | None = None
    """The versions the rows are expected at, in the order of `keys`; None: any."""


RowOp = Insert | Update | Delete | UpdateMany | DeleteMany


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """Keys inserted, updated and deleted per table, and the records the rows belong to
    (`owners`: the workshop, round or proposal named in them, where the unit of work saw it)."""

    inserted: Mapping[str, frozenset[Key]] = field(default_factory=dict)
    updated: Mapping[str, frozenset[Key]] = field(default_factory=dict)
    deleted: Mapping[str, frozenset[Key]] = field(default_factory=dict)
    owners: Owners = field(default_factory=dict)

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(self.inserted) | frozenset(self.updated) | frozenset(self.deleted)

    def touches(self, *tables: str) -> bool:
        return not self.tables.isdisjoint(tables)

    def __bool__(self) -> bool:
        return bool(self.tables)

    def keys(self, table: str) -> frozenset[Key]:
        """Every key of `table` inserted, updated or deleted."""
        empty: frozenset[Key] = frozenset()
        return (
            self.inserted.get(table, empty)
            | self.updated.get(table, empty)
            | self.deleted.get(table, empty)
        )

    @staticmethod
    def collect(entries: Iterable[tuple[str, str, Key]], owners: Owners | None = None) -> ChangeSet:
        """Build from (what, table, key) triples, what being inserted/updated/deleted."""
        parts: dict[str, dict[str, set[Key]]] = {"inserted": {}, "updated": {}, "deleted": {}}
        for what, table, key in entries:
            parts[what].setdefault(table, set()).add(key)
        frozen = {w: {t: frozenset(k) for t, k in p.items()} for w, p in parts.items()}
        return ChangeSet(**frozen, owners=owners or {})


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result of a unit of work: what changed, how to undo it, and a value (a new id...)."""

    changes: ChangeSet
    undo: tuple[RowOp, ...]
    value: Any = None

    @property
    def new_id(self) -> int:
        assert isinstance(self.value, int)
        return self.value
