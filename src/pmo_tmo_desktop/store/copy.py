"""A whole workspace copied between engines (file → library, library → file, either to either).

Every table's rows, parents before children, with their ids, in the one transaction that makes
the target's schema: the target appears complete or not at all. PostgreSQL's sequences are then
moved past the copied ids, so the next new row gets a fresh one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import Table, func, select, text
from sqlalchemy.engine import Connection

from pmo_tmo_desktop.store import library
from pmo_tmo_desktop.store.schema import metadata
from pmo_tmo_desktop.store.workspace import Workspace, create_workspace

BATCH = 2000
"""Rows read and written at a time."""


def tables() -> list[Table]:
    """The workspace's tables, each after the tables it refers to."""
    return list(metadata.sorted_tables)


def _rows(conn: Connection, t: Table) -> Iterator[list[dict[str, object]]]:
    order = list(t.primary_key.columns)
    result = conn.execute(select(t).order_by(*order))
    while batch := result.mappings().fetchmany(BATCH):
        yield [dict(row) for row in batch]


def copy_rows(source: Connection, target: Connection) -> dict[str, int]:
    """Copy every row of `source` into the empty tables of `target`; the counts per table."""
    counts: dict[str, int] = {}
    for t in tables():
        counts[t.name] = 0
        for batch in _rows(source, t):
            target.execute(t.insert(), batch)
            counts[t.name] += len(batch)
    if target.dialect.name == "postgresql":
        reset_sequences(target)
    return counts


def reset_sequences(conn: Connection) -> None:
    """Move each table's id sequence past the ids it holds (PostgreSQL)."""
    for t in tables():
        columns = list(t.primary_key.columns)
        if len(columns) != 1 or columns[0].foreign_keys or t.name == "workspace":
            continue
        name = columns[0].name
        top = conn.execute(select(func.max(t.c[name]))).scalar()
        sequence = conn.execute(
            text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": t.name, "c": name}
        ).scalar()
        if sequence is None:
            continue
        conn.execute(
            text("SELECT setval(:s, :v, :called)"),
            {"s": sequence, "v": top if top is not None else 1, "called": top is not None},
        )


def _filler(source: Workspace, counts: dict[str, int]) -> Callable[[Connection], None]:
    def fill(target: Connection) -> None:
        with source.reading() as conn:
            counts.update(copy_rows(conn, target))

    return fill


def copy_to_library(
    source: Workspace, location: str, *, password: library.PasswordPrompt | None = None
) -> dict[str, int]:
    """Copy `source` into the empty database at `location`, which becomes a library."""
    counts: dict[str, int] = {}
    into_library(source, location, counts, password=password).close()
    return counts


def into_library(
    source: Workspace,
    location: str,
    counts: dict[str, int] | None = None,
    *,
    password: library.PasswordPrompt | None = None,
) -> library.Library:
    """The empty database at `location` made a library holding `source`'s rows, in one
    transaction, and left open (`counts`: the rows copied, per table)."""
    filled = _filler(source, {} if counts is None else counts)
    return library.create_library(location, "", password=password, fill=filled)


def copy_to_file(source: Workspace, path: Path) -> dict[str, int]:
    """Copy `source` into a new workspace file at `path` (which must not exist)."""
    counts: dict[str, int] = {}
    made = create_workspace(path, "", fill=_filler(source, counts))
    made.close()
    return counts
