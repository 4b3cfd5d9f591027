"""The one executor of row operations: it applies them and records their exact inverse.

A delete captures the row and everything the schema's cascades will take with it (and the
references that SET NULL will blank), so its inverse puts back precisely what was there.
"""

from __future__ import annotations

import contextlib
import itertools
import operator
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import Table, and_, bindparam, delete, insert, select, tuple_, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from pmo_tmo_desktop.domain.errors import ValidationError
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.services.changes import (
    ChangeSet,
    Delete,
    DeleteMany,
    Insert,
    Key,
    Outcome,
    RowOp,
    Update,
    UpdateMany,
    key_of,
)
from pmo_tmo_desktop.services.labels import label as _label
from pmo_tmo_desktop.services.owners import OWNER_COLUMNS, Owners
from pmo_tmo_desktop.store.schema import metadata
from pmo_tmo_desktop.store.workspace import Workspace

ORDER = {table.name: index for index, table in enumerate(metadata.sorted_tables)}


def table(name: str) -> Table:
    return metadata.tables[name]


def _where(t: Table, key: Key) -> Any:
    return and_(*(t.c[column] == value for column, value in key))


def _key_from_row(t: Table, row: Mapping[Any, Any]) -> Key:
    return key_of(**{c.name: row[c.name] for c in t.primary_key.columns})


CHUNK = 500
"""Keys per statement where many rows are looked up at once: far inside the bound-variable
limits of SQLite and PostgreSQL."""


def _pk_names(t: Table) -> tuple[str, ...]:
    """The primary key's columns in the order a Key lists them (sorted by name)."""
    return tuple(sorted(c.name for c in t.primary_key.columns))


def _keyed(t: Table, keys: Sequence[Key]) -> Iterator[Any]:
    """WHERE clauses selecting the rows of `keys`, CHUNK keys at a time."""
    names = _pk_names(t)
    for start in range(0, len(keys), CHUNK):
        values = [tuple(v for _, v in key) for key in keys[start : start + CHUNK]]
        if len(names) == 1:
            yield t.c[names[0]].in_([v[0] for v in values])
        else:
            yield tuple_(*(t.c[n] for n in names)).in_(values)


def _execute_many(
    conn: Connection, statement: Any, params: Sequence[Mapping[str, Any]], columns: Sequence[str]
) -> None:
    """executemany `statement` over `params` (bound by name).

    Thousands of rows of plain integers and text (the RACI cells) go straight to the driver:
    SQLAlchemy's per-row parameter processing would cost more than the database's work. Values
    of a type that needs converting on its way in (dates, decimals...) take the ordinary path.
    """
    t: Table = statement.table
    dialect = conn.dialect
    plain = len(params) > 1 and all(
        t.c[c].type.dialect_impl(dialect).bind_processor(dialect) is None for c in columns
    )
    if not plain:
        conn.execute(statement, list(params))
        return
    compiled = statement.compile(dialect=dialect, column_keys=list(params[0]))
    if compiled.positiontup is not None:
        rows: list[Any] = list(map(_values_of(compiled.positiontup), params))
    else:
        rows = list(params)
    conn.exec_driver_sql(compiled.string, rows)


def _columns(row: Mapping[str, Any]) -> tuple[str, ...]:
    return tuple(row)


def _values_of(names: Sequence[str]) -> Callable[[Mapping[str, Any]], tuple[Any, ...]]:
    """A row's values of `names`, as one tuple, taken in C (itemgetter) rather than a loop."""
    if len(names) == 1:
        one = names[0]
        return lambda row: (row[one],)
    return operator.itemgetter(*names)


def _keys_of(names: Sequence[str], rows: Sequence[Mapping[str, Any]]) -> list[Key]:
    """The primary keys of `rows` (which hold their key columns), in order."""
    values = _values_of(names)
    return [tuple(zip(names, values(row), strict=True)) for row in rows]


def _by_key(t: Table) -> Any:
    """WHERE the primary key equals the bound parameters k_<column> (for executemany)."""
    return and_(*(t.c[n] == bindparam(f"k_{n}") for n in _pk_names(t)))


RATINGS_GO_WITH = frozenset({"rating", "workshop"})
"""Deletes that may take ratings with them in a use case: a rater withdrawing (or a ballot
re-import replacing) their own cell, and a whole workshop deleted after a confirmation that
counts its ratings. Anything else that would take a rating is refused."""


class Recorder:
    """Applies row operations on one connection and keeps their inverses and the change log."""

    def __init__(self, conn: Connection, ratings_go_with: frozenset[str] = RATINGS_GO_WITH) -> None:
        self.conn = conn
        self.ratings_go_with = ratings_go_with
        """Tables whose delete may take ratings along (see RATINGS_GO_WITH)."""
        self._undo: list[tuple[RowOp, ...]] = []
        self._log: list[tuple[str, str, Key]] = []
        self._owners = Owners()

    # -- primitives ------------------------------------------------------------------------

    def insert(self, name: str, values: Mapping[str, Any]) -> Key:
        t = table(name)
        result = self.conn.execute(insert(t).values(**values))
        row = dict(values)
        for column, generated in zip(
            t.primary_key.columns, result.inserted_primary_key or (), strict=False
        ):
            row.setdefault(column.name, generated)
        key = _key_from_row(t, row)
        self._undo.append((Delete(name, key),))
        self._log.append(("inserted", name, key))
        self._owners.note(name, (row,))
        return key

    def insert_many(self, name: str, rows: Sequence[Mapping[str, Any]]) -> list[Key]:
        """Insert many rows in one statement per set of columns; their keys, in order.

        Rows without their primary key get it from the database (RETURNING, in order).
        """
        t = table(name)
        names = _pk_names(t)
        keys: list[Key] = []
        columns: tuple[str, ...]
        for columns, run in itertools.groupby(rows, key=_columns):
            batch = list(run)
            if all(n in columns for n in names):
                _execute_many(self.conn, insert(t), batch, columns)
                keys.extend(_keys_of(names, batch))
                continue
            statement = insert(t).returning(*(t.c[n] for n in names), sort_by_parameter_order=True)
            made = self.conn.execute(statement, batch)
            keys.extend(tuple(zip(names, values, strict=True)) for values in made)
        if keys:
            self._undo.append((DeleteMany(name, tuple(keys)),))
            self._log.extend([("inserted", name, key) for key in keys])
            # the rows with their keys: a new workshop's id comes back from the database
            self._owners.note(name, ({**r, **dict(k)} for r, k in zip(rows, keys, strict=True)))
        return keys

    def insert_rows(
        self, name: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]
    ) -> list[Key]:
        """`insert_many` of rows given as plain tuples of `columns`, which hold the primary key:
        one executemany and no dict per row (the tens of thousands of cells of a matrix)."""
        t = table(name)
        names = _pk_names(t)
        if not rows:
            return []
        statement = insert(t)
        dialect = self.conn.dialect
        compiled = statement.compile(dialect=dialect, column_keys=list(columns))
        plain = all(
            t.c[c].type.dialect_impl(dialect).bind_processor(dialect) is None for c in columns
        )
        if plain and compiled.positiontup is not None:
            order = [columns.index(n) for n in compiled.positiontup]
            params: Sequence[tuple[Any, ...]] = rows
            if order != list(range(len(columns))):
                params = [tuple(row[i] for i in order) for row in rows]
            self.conn.exec_driver_sql(compiled.string, list(params))
        else:
            self.conn.execute(statement, [dict(zip(columns, row, strict=True)) for row in rows])
        where = [columns.index(n) for n in names]
        if len(where) == 2:
            (first, i), (second, j) = zip(names, where, strict=True)
            keys: list[Key] = [((first, row[i]), (second, row[j])) for row in rows]
        else:
            keys = [tuple((n, row[i]) for n, i in zip(names, where, strict=True)) for row in rows]
        self._undo.append((DeleteMany(name, tuple(keys)),))
        self._log.extend([("inserted", name, key) for key in keys])
        if OWNER_COLUMNS[name]:
            at = [(c, columns.index(c)) for c, _ in OWNER_COLUMNS[name] if c in columns]
            self._owners.note(name, ({c: row[i] for c, i in at} for row in rows))
        return keys

    def update_many(self, name: str, changes: Sequence[tuple[Key, Mapping[str, Any]]]) -> int:
        """Give many rows new values; only what differs is written and recorded. Returns how
        many rows changed."""
        t = table(name)
        columns = sorted({c for _, values in changes for c in values})
        if not changes or not columns:
            return 0
        keys = [key for key, _ in changes]
        names = _pk_names(t)
        # the owners' columns are read with the old values (no statement of their own)
        owners = [c for c, _ in OWNER_COLUMNS[name] if c not in columns and c not in names]
        before: dict[Key, dict[str, Any]] = {}
        owned: dict[Key, Mapping[str, Any]] = {}
        for where in _keyed(t, keys):
            for row in self.conn.execute(
                select(*(t.c[c] for c in (*names, *columns, *owners))).where(where)
            ):
                values = tuple(row)
                key = tuple(zip(names, values[: len(names)], strict=True))
                start = len(names)
                before[key] = dict(zip(columns, values[start : start + len(columns)], strict=True))
                owned[key] = dict(zip((*names, *columns, *owners), values, strict=True))
        done: list[tuple[Key, Mapping[str, Any]]] = []
        changes_of: dict[Key, Mapping[str, Any]] = {}
        batches: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for key, wanted in changes:
            if key not in before:
                raise LookupError(name, key)
            old = before[key]
            changed = {c: v for c, v in wanted.items() if old[c] != v}
            if not changed:
                continue
            params = {f"k_{n}": v for n, v in key}
            params.update({f"v_{c}": v for c, v in changed.items()})
            batches.setdefault(tuple(sorted(changed)), []).append(params)
            done.append((key, {c: old[c] for c in changed}))
            changes_of[key] = changed
        for changed_columns, params_list in batches.items():
            statement = (
                update(t)
                .where(_by_key(t))
                .values({c: bindparam(f"v_{c}") for c in changed_columns})
            )
            _execute_many(self.conn, statement, params_list, (*names, *changed_columns))
        if done:
            self._undo.append((UpdateMany(name, tuple(done)),))
            self._log.extend(("updated", name, key) for key, _ in done)
            # before and after (a move names both)
            self._owners.note(name, (owned[key] for key, _ in done))
            self._owners.note(name, ({**owned[key], **changes_of[key]} for key, _ in done))
        return len(done)

    def update(self, name: str, key: Key, values: Mapping[str, Any]) -> bool:
        """Change `values` of one row; returns False (and records nothing) when nothing differs."""
        t = table(name)
        owners = [c for c, _ in OWNER_COLUMNS[name] if c not in values and c not in dict(key)]
        columns = (*values, *owners)
        old = self.conn.execute(select(*(t.c[c] for c in columns)).where(_where(t, key))).first()
        if old is None:
            raise LookupError(name, key)
        row = dict(zip(columns, old, strict=True)) | dict(key)
        before = {c: row[c] for c in values}
        changed = {c: v for c, v in values.items() if before[c] != v}
        if not changed:
            return False
        self.conn.execute(update(t).where(_where(t, key)).values(**changed))
        self._undo.append((Update(name, key, {c: before[c] for c in changed}),))
        self._log.append(("updated", name, key))
        self._owners.note(name, (row, row | changed))  # before and after (a move names both)
        return True

    def delete(self, name: str, key: Key) -> None:
        self.delete_many(name, [key])

    def delete_many(self, name: str, keys: Sequence[Key]) -> None:
        """Delete rows and record everything their cascades take, so one step restores all."""
        captured: dict[str, dict[Key, Mapping[str, Any]]] = {}
        blanked: dict[tuple[str, Key], dict[str, Any]] = {}
        referring: dict[tuple[str, Key], Mapping[Any, Any]] = {}
        t = table(name)
        rows = [
            row
            for where in _keyed(t, keys)
            for row in self.conn.execute(select(t).where(where)).mappings().all()
        ]
        wanted = set(keys)
        if len(rows) < len(wanted):
            found = {_key_from_row(t, row) for row in rows}
            raise LookupError(name, next(k for k in keys if k not in found))
        if not rows:
            return
        self._capture(t, rows, captured, blanked, referring)
        taken = len(captured.get("rating", {}))
        if taken and name not in self.ratings_go_with:
            raise ValidationError(
                translate(
                    "Services",
                    "this would delete %n rating(s) that participants entered; ratings are "
                    "only removed by discarding their round (Workshop menu)",
                    None,
                    taken,
                )
            )
        if len(wanted) == 1:
            self.conn.execute(delete(t).where(_where(t, next(iter(wanted)))))
        else:
            params = [{f"k_{n}": v for n, v in key} for key in wanted]
            _execute_many(self.conn, delete(t).where(_by_key(t)), params, _pk_names(t))
        inverse: list[RowOp] = [
            Insert(tname, tuple(captured[tname].values()))
            for tname in sorted(captured, key=ORDER.__getitem__)
        ]
        for (tname, rkey), values in blanked.items():
            if rkey in captured.get(tname, {}):
                continue  # the referencing row goes too; its insert restores the reference
            inverse.append(Update(tname, rkey, values))
            self._log.append(("updated", tname, rkey))
            self._owners.note(tname, (referring[(tname, rkey)],))
        self._undo.append(tuple(inverse))
        for tname, keyed in captured.items():
            self._log.extend(("deleted", tname, k) for k in keyed)
            self._owners.note(tname, keyed.values())

    def _capture(
        self,
        t: Table,
        rows: Sequence[Mapping[Any, Any]],
        captured: dict[str, dict[Key, Mapping[str, Any]]],
        blanked: dict[tuple[str, Key], dict[str, Any]],
        referring: dict[tuple[str, Key], Mapping[Any, Any]],
    ) -> None:
        """Collect `rows` and what their deletion takes along (cascades into `captured`; the
        references SET NULL blanks into `blanked`, with the whole referring row in
        `referring`)."""
        fresh = []
        for row in rows:
            key = _key_from_row(t, row)
            bucket = captured.setdefault(t.name, {})
            if key not in bucket:
                bucket[key] = dict(row)
                fresh.append(row)
        if not fresh:
            return
        for child in metadata.sorted_tables:
            for fk in child.foreign_keys:
                if fk.column.table is not t:
                    continue
                parents = [row[fk.column.name] for row in fresh]
                column = fk.parent
                found = [
                    row
                    for start in range(0, len(parents), CHUNK)
                    for row in self.conn.execute(
                        select(child).where(column.in_(parents[start : start + CHUNK]))
                    )
                    .mappings()
                    .all()
                ]
                if fk.ondelete == "CASCADE":
                    self._capture(child, found, captured, blanked, referring)
                elif fk.ondelete == "SET NULL":
                    for row in found:
                        at = (child.name, _key_from_row(child, row))
                        blanked.setdefault(at, {})[column.name] = row[column.name]
                        referring[at] = row

    def apply(self, op: RowOp) -> None:
        if isinstance(op, Insert):
            self.insert_many(op.table, op.rows)
        elif isinstance(op, Update):
            self.update(op.table, op.key, op.values)
        elif isinstance(op, UpdateMany):
            self.update_many(op.table, op.changes)
        elif isinstance(op, DeleteMany):
            self.delete_many(op.table, op.keys)
        else:
            self.delete(op.table, op.key)

    # -- result ----------------------------------------------------------------------------

    def outcome(self, value: Any = None) -> Outcome:
        undo = tuple(op for group in reversed(self._undo) for op in group)
        return Outcome(ChangeSet.collect(self._log, self._owners.frozen()), undo, value)


def describe_integrity_error(exc: IntegrityError) -> str:
    """One line a user understands for a constraint the database refused."""
    text = str(exc.orig)
    if getattr(exc.orig, "sqlstate", None):  # PostgreSQL (psycopg): the parts, not a sentence
        return _describe_server_error(exc.orig)
    if text.startswith("UNIQUE constraint failed:"):
        columns = text.split(":", 1)[1].strip().split(", ")
        tname = columns[-1].split(".")[0]
        field = columns[-1].split(".")[-1]
        return translate("Services", "another {what} already has this {field}").format(
            what=_label(tname), field=field
        )
    if text.startswith("FOREIGN KEY constraint failed"):
        return translate("Services", "it is still used elsewhere, or refers to something missing")
    if text.startswith("CHECK constraint failed:"):
        rule = text.split(":", 1)[1].strip()
        return translate("Services", "the value breaks the rule '{rule}'").format(rule=rule)
    return text


def _describe_server_error(error: Any) -> str:
    """`describe_integrity_error` of PostgreSQL's error fields (SQLSTATE, constraint, table)."""
    code, diag = error.sqlstate, error.diag
    if code == "23505":  # unique_violation; detail: Key (phase_id, name)=(1, Review) ...
        detail = diag.message_detail or ""
        columns = detail[detail.find("(") + 1 : detail.find(")")].split(", ")
        return translate("Services", "another {what} already has this {field}").format(
            what=_label(diag.table_name or ""), field=columns[-1]
        )
    if code == "23503":  # foreign_key_violation
        return translate("Services", "it is still used elsewhere, or refers to something missing")
    if code == "23514" and diag.constraint_name:  # check_violation of a CHECK constraint
        return translate("Services", "the value breaks the rule '{rule}'").format(
            rule=diag.constraint_name
        )
    return str(diag.message_primary or error).splitlines()[0]  # a trigger's own words


@contextlib.contextmanager
def unit_of_work(
    ws: Workspace, ratings_go_with: frozenset[str] = RATINGS_GO_WITH
) -> Iterator[Recorder]:
    """One transaction; constraint failures become a ValidationError and nothing is written."""
    try:
        with ws.transaction() as conn:
            yield Recorder(conn, ratings_go_with)
    except IntegrityError as exc:
        raise ValidationError(describe_integrity_error(exc)) from exc


def apply(ws: Workspace, ops: Sequence[RowOp]) -> Outcome:
    """Apply row operations (typically an Outcome's undo) as one unit of work.

    No undo or redo removes a rating someone entered — not even the redo of a workshop's
    deletion, whose ratings may have grown since it was confirmed (delete it again instead):
    such a step is refused and nothing changes. A step whose rows have gone since is refused
    the same way.
    """
    try:
        with unit_of_work(ws, frozenset()) as rec:
            for op in ops:
                rec.apply(op)
    except LookupError:
        raise ValidationError(
            translate(
                "Services",
                "this step no longer applies: what it changed has since been removed (a "
                "discarded round, a deleted record)",
            )
        ) from None
    return rec.outcome()
