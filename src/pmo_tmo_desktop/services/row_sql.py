"""The SQL side of row operations: keys, WHERE clauses and executemany straight to the
driver where values need no conversion (the RACI matrix's thousands of cells)."""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import Table, and_, bindparam, tuple_
from sqlalchemy.engine import Connection

from pmo_tmo_desktop.services.changes import Key, key_of


def where(t: Table, key: Key) -> Any:
    return and_(*(t.c[column] == value for column, value in key))


def key_from_row(t: Table, row: Mapping[Any, Any]) -> Key:
    return key_of(**{c.name: row[c.name] for c in t.primary_key.columns})


CHUNK = 500
"""Keys per statement where many rows are looked up at once: far inside the bound-variable
limits of SQLite and PostgreSQL."""


def pk_names(t: Table) -> tuple[str, ...]:
    """The primary key's columns in the order a Key lists them (sorted by name)."""
    return tuple(sorted(c.name for c in t.primary_key.columns))


def keyed(t: Table, keys: Sequence[Key]) -> Iterator[Any]:
    """WHERE clauses selecting the rows of `keys`, CHUNK keys at a time."""
    names = pk_names(t)
    for start in range(0, len(keys), CHUNK):
        values = [tuple(v for _, v in key) for key in keys[start : start + CHUNK]]
        if len(names) == 1:
            yield t.c[names[0]].in_([v[0] for v in values])
        else:
            yield tuple_(*(t.c[n] for n in names)).in_(values)


def plain(conn: Connection, t: Table, columns: Sequence[str]) -> bool:
    """The columns' values go to the driver as they are (no conversion on their way in)."""
    dialect = conn.dialect
    return all(t.c[c].type.dialect_impl(dialect).bind_processor(dialect) is None for c in columns)


def bound(conn: Connection, column: Any, value: Any) -> Any:
    """`value` as the driver takes it for `column` (a SQLite timestamp is text)."""
    process = column.type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
    return value if process is None else process(value)


def execute_many(
    conn: Connection, statement: Any, params: Sequence[Mapping[str, Any]], plain: bool
) -> int:
    """executemany `statement` over `params` (bound by name); the rows it matched.

    Thousands of rows of plain integers and text (the RACI cells) go straight to the driver
    (`plain`: see `plain`): SQLAlchemy's per-row parameter processing would cost more than
    the database's work. Values of a type that needs converting on its way in (dates,
    decimals...) take the ordinary path.
    """
    if not (plain and len(params) > 1):
        return int(conn.execute(statement, list(params)).rowcount)
    compiled = statement.compile(dialect=conn.dialect, column_keys=list(params[0]))
    if compiled.positiontup is not None:
        rows: list[Any] = list(map(values_of(compiled.positiontup), params))
    else:
        rows = list(params)
    return int(conn.exec_driver_sql(compiled.string, rows).rowcount)


def columns(row: Mapping[str, Any]) -> tuple[str, ...]:
    return tuple(row)


def values_of(names: Sequence[str]) -> Callable[[Mapping[str, Any]], tuple[Any, ...]]:
    """A row's values of `names`, as one tuple, taken in C (itemgetter) rather than a loop."""
    if len(names) == 1:
        one = names[0]
        return lambda row: (row[one],)
    return operator.itemgetter(*names)


def keys_of(names: Sequence[str], rows: Sequence[Mapping[str, Any]]) -> list[Key]:
    """The primary keys of `rows` (which hold their key columns), in order."""
    values = values_of(names)
    return [tuple(zip(names, values(row), strict=True)) for row in rows]


def by_key(t: Table) -> Any:
    """WHERE the primary key equals the bound parameters k_<column> (for executemany)."""
    return and_(*(t.c[n] == bindparam(f"k_{n}") for n in pk_names(t)))
