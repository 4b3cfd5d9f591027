"""The one executor of row operations: it applies them and records their exact inverse.

A delete captures the row and everything the schema's cascades will take with it (and the
references that SET NULL will blank), so its inverse puts back precisely what was there.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Table, and_, bindparam, delete, insert, literal_column, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from pmo_tmo_desktop.domain.errors import ValidationError
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.services import row_sql as sql
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
)
from pmo_tmo_desktop.services.integrity import describe_integrity_error
from pmo_tmo_desktop.services.owners import OWNER_COLUMNS, Owners
from pmo_tmo_desktop.services.versions import VERSIONED_TABLES, Session, session_of, stale
from pmo_tmo_desktop.store.schema import metadata
from pmo_tmo_desktop.store.workspace import Workspace

ORDER = {table.name: index for index, table in enumerate(metadata.sorted_tables)}


def table(name: str) -> Table:
    return metadata.tables[name]


RATINGS_GO_WITH = frozenset({"rating", "workshop"})
"""Deletes that may take ratings with them in a use case: a rater withdrawing (or a ballot
re-import replacing) their own cell, and a whole workshop deleted after a confirmation that
counts its ratings. Anything else that would take a rating is refused."""


class Recorder:
    """Applies row operations on one connection and keeps their inverses and the change log.

    Every change to a versioned row checks and bumps its version (see services.versions): a
    row changed by someone else since the version an operation expects refuses it with a
    StaleWriteError. Without an expected version the one read here counts (read FOR UPDATE on
    PostgreSQL, so no concurrent transaction slips in between; SQLite has one writer).
    """

    def __init__(
        self,
        conn: Connection,
        ratings_go_with: frozenset[str] = RATINGS_GO_WITH,
        session: Session | None = None,
    ) -> None:
        self.conn = conn
        self.ratings_go_with = ratings_go_with
        """Tables whose delete may take ratings along (see RATINGS_GO_WITH)."""
        self.session = session or Session()
        self.undoing = False
        """Applying an undo or redo step: a refusal says so."""
        self.produced: list[tuple[str, Key, int | None]] = []
        """(table, key, version) of every row this unit of work wrote (None: deleted)."""
        self._undo: list[tuple[RowOp, ...]] = []
        self._log: list[tuple[str, str, Key]] = []
        self._owners = Owners()
        self._stamp: dict[str, Any] | None = None

    def stamp(self) -> dict[str, Any]:
        """Who changes rows in this unit of work, and when."""
        if self._stamp is None:
            self._stamp = {
                "changed_by": self.session.name(self.conn),
                "changed_at": datetime.now().replace(microsecond=0),
            }
        return self._stamp

    def _check(
        self, t: Table, key: Key, expected: int | None, now: tuple[Any, ...], values: Any
    ) -> None:
        """Refuse a change to a row at version `now[0]` made against version `expected`."""
        current = int(now[0])
        if expected is None or expected == current:
            return
        # this unit of work's own earlier changes count as the session's (one step of an
        # undo may change a row twice)
        here = {v for (n, k, v) in self.produced if n == t.name and k == key and v is not None}
        if self.session.only_mine_since(t.name, key, expected, current, here):
            return
        raise stale(self.conn, t, key, values, (current, now[1], now[2]), undoing=self.undoing)

    # -- primitives ------------------------------------------------------------------------

    def insert(self, name: str, values: Mapping[str, Any]) -> Key:
        t = table(name)
        versioned = name in VERSIONED_TABLES
        if versioned:
            values = {**values, **self.stamp(), "version": 1}
        result = self.conn.execute(insert(t).values(**values))
        row = dict(values)
        for column, generated in zip(
            t.primary_key.columns, result.inserted_primary_key or (), strict=False
        ):
            row.setdefault(column.name, generated)
        key = sql.key_from_row(t, row)
        self._undo.append((Delete(name, key, 1 if versioned else None),))
        self._log.append(("inserted", name, key))
        self._owners.note(name, (row,))
        if versioned:
            self.produced.append((name, key, 1))
        return key

    def insert_many(self, name: str, rows: Sequence[Mapping[str, Any]]) -> list[Key]:
        """Insert many rows in one statement per set of columns; their keys, in order.

        Rows without their primary key get it from the database (RETURNING, in order). A row
        that names its version (one put back by an undo) comes back at the next version.
        """
        t = table(name)
        names = sql.pk_names(t)
        versioned = name in VERSIONED_TABLES
        if versioned:
            stamp = self.stamp()
            rows = [{**r, **stamp, "version": int(r.get("version") or 0) + 1} for r in rows]
        keys: list[Key] = []
        columns: tuple[str, ...]
        for columns, run in itertools.groupby(rows, key=sql.columns):
            batch = list(run)
            if all(n in columns for n in names):
                sql.execute_many(self.conn, insert(t), batch, sql.plain(self.conn, t, columns))
                keys.extend(sql.keys_of(names, batch))
                continue
            statement = insert(t).returning(*(t.c[n] for n in names), sort_by_parameter_order=True)
            made = self.conn.execute(statement, batch)
            keys.extend(tuple(zip(names, values, strict=True)) for values in made)
        if keys:
            versions = tuple(int(r["version"]) for r in rows) if versioned else None
            self._undo.append((DeleteMany(name, tuple(keys), versions),))
            self._log.extend([("inserted", name, key) for key in keys])
            # the rows with their keys: a new workshop's id comes back from the database
            self._owners.note(name, ({**r, **dict(k)} for r, k in zip(rows, keys, strict=True)))
            if versions is not None:
                self.produced.extend(zip([name] * len(keys), keys, versions, strict=True))
        return keys

    def insert_rows(
        self, name: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]
    ) -> list[Key]:
        """`insert_many` of rows given as plain tuples of `columns`, which hold the primary key:
        one executemany and no dict per row (the tens of thousands of cells of a matrix)."""
        t = table(name)
        names = sql.pk_names(t)
        if not rows:
            return []
        versioned = name in VERSIONED_TABLES
        written: Sequence[str] = columns
        if versioned:
            written = (*columns, "version", "changed_by", "changed_at")
        statement = insert(t)
        compiled = statement.compile(dialect=self.conn.dialect, column_keys=list(written))
        direct = sql.plain(self.conn, t, columns) and compiled.positiontup is not None
        stored: Sequence[tuple[Any, ...]] = rows
        if versioned:
            by, at = self.stamp()["changed_by"], self.stamp()["changed_at"]
            extra = (1, by, sql.bound(self.conn, t.c.changed_at, at) if direct else at)
            stored = [row + extra for row in rows]
        if direct and compiled.positiontup is not None:
            order = [written.index(n) for n in compiled.positiontup]
            params: Sequence[tuple[Any, ...]] = stored
            if order != list(range(len(written))):
                params = [tuple(row[i] for i in order) for row in stored]
            self.conn.exec_driver_sql(compiled.string, list(params))
        else:
            self.conn.execute(statement, [dict(zip(written, row, strict=True)) for row in stored])
        where = [columns.index(n) for n in names]
        if len(where) == 2:
            (first, i), (second, j) = zip(names, where, strict=True)
            keys: list[Key] = [((first, row[i]), (second, row[j])) for row in rows]
        else:
            keys = [tuple((n, row[i]) for n, i in zip(names, where, strict=True)) for row in rows]
        versions = (1,) * len(keys) if versioned else None
        self._undo.append((DeleteMany(name, tuple(keys), versions),))
        self._log.extend([("inserted", name, key) for key in keys])
        if OWNER_COLUMNS[name]:
            at_ = [(c, columns.index(c)) for c, _ in OWNER_COLUMNS[name] if c in columns]
            self._owners.note(name, ({c: row[i] for c, i in at_} for row in rows))
        if versioned:
            self.produced.extend((name, key, 1) for key in keys)
        return keys

    def update_many(
        self,
        name: str,
        changes: Sequence[tuple[Key, Mapping[str, Any]]],
        versions: Sequence[int] | None = None,
    ) -> int:
        """Give many rows new values; only what differs is written and recorded. Returns how
        many rows changed. `versions`: the version each row is expected at (None: any)."""
        t = table(name)
        columns = sorted({c for _, values in changes for c in values})
        if not changes or not columns:
            return 0
        keys = [key for key, _ in changes]
        names = sql.pk_names(t)
        versioned = name in VERSIONED_TABLES
        extra = ("version", "changed_by", "changed_at") if versioned else ()
        expected = dict(zip(keys, versions, strict=True)) if versions is not None else {}
        # the owners' columns are read with the old values (no statement of their own)
        owners = [c for c, _ in OWNER_COLUMNS[name] if c not in columns and c not in names]
        before: dict[Key, dict[str, Any]] = {}
        owned: dict[Key, Mapping[str, Any]] = {}
        now: dict[Key, tuple[Any, ...]] = {}
        read = (*names, *columns, *owners)
        for where in sql.keyed(t, keys):
            query = select(*(t.c[c] for c in (*read, *extra))).where(where)
            for row in self.conn.execute(query.with_for_update() if versioned else query):
                values = tuple(row)
                key = tuple(zip(names, values[: len(names)], strict=True))
                start = len(names)
                before[key] = dict(zip(columns, values[start : start + len(columns)], strict=True))
                owned[key] = dict(zip(read, values[: len(read)], strict=True))
                now[key] = values[len(read) :]
        done: list[tuple[Key, Mapping[str, Any]]] = []
        made: list[int] = []
        changes_of: dict[Key, Mapping[str, Any]] = {}
        batches: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        stamp = self.stamp() if versioned else {}
        for key, wanted in changes:
            if key not in before:
                raise LookupError(name, key)
            old = before[key]
            changed = {c: v for c, v in wanted.items() if old[c] != v}
            if not changed:
                continue
            params = {f"k_{n}": v for n, v in key}
            params.update({f"v_{c}": v for c, v in changed.items()})
            if versioned:
                self._check(t, key, expected.get(key), now[key], wanted)
                params["k_version"] = now[key][0]
                made.append(now[key][0] + 1)
            batches.setdefault(tuple(sorted(changed)), []).append(params)
            done.append((key, {c: old[c] for c in changed}))
            changes_of[key] = changed
        for changed_columns, params_list in batches.items():
            self._update_batch(t, changed_columns, params_list, stamp)
        if done:
            self._undo.append((UpdateMany(name, tuple(done), tuple(made) if versioned else None),))
            self._log.extend(("updated", name, key) for key, _ in done)
            # before and after (a move names both)
            self._owners.note(name, (owned[key] for key, _ in done))
            self._owners.note(name, ({**owned[key], **changes_of[key]} for key, _ in done))
            if versioned:
                self.produced.extend((name, k, v) for (k, _), v in zip(done, made, strict=True))
        return len(done)

    def _update_batch(
        self,
        t: Table,
        columns: Sequence[str],
        params: list[dict[str, Any]],
        stamp: Mapping[str, Any],
    ) -> None:
        """One UPDATE of `columns` executed for many rows, each at the version it was read."""
        values: dict[str, Any] = {c: bindparam(f"v_{c}") for c in columns}
        where = sql.by_key(t)
        if stamp:
            where = and_(where, t.c.version == bindparam("k_version"))
            values.update(
                version=t.c.version + literal_column("1"),
                changed_by=bindparam("s_changed_by"),
                changed_at=bindparam("s_changed_at"),
            )
        plain = len(params) > 1 and sql.plain(self.conn, t, (*sql.pk_names(t), *columns))
        if stamp:
            at = sql.bound(self.conn, t.c.changed_at, stamp["changed_at"]) if plain else None
            for p in params:
                p["s_changed_by"] = stamp["changed_by"]
                p["s_changed_at"] = at if plain else stamp["changed_at"]
        matched = sql.execute_many(self.conn, update(t).where(where).values(values), params, plain)
        if stamp and 0 <= matched < len(params):  # read FOR UPDATE: only if the lock failed
            raise stale(self.conn, t, (), {}, None, undoing=self.undoing)

    def update(
        self, name: str, key: Key, values: Mapping[str, Any], version: int | None = None
    ) -> bool:
        """Change `values` of one row; returns False (and records nothing) when nothing differs.
        `version`: the version the row is expected at (None: the one read here)."""
        t = table(name)
        versioned = name in VERSIONED_TABLES
        owners = [c for c, _ in OWNER_COLUMNS[name] if c not in values and c not in dict(key)]
        columns = (*values, *owners)
        extra = ("version", "changed_by", "changed_at") if versioned else ()
        query = select(*(t.c[c] for c in (*columns, *extra))).where(sql.where(t, key))
        old = self.conn.execute(query.with_for_update() if versioned else query).first()
        if old is None:
            raise LookupError(name, key)
        row = dict(zip(columns, old, strict=False)) | dict(key)
        before = {c: row[c] for c in values}
        changed = {c: v for c, v in values.items() if before[c] != v}
        if not changed:
            return False
        statement = update(t).where(sql.where(t, key))
        made = None
        if versioned:
            now = tuple(old[len(columns) :])
            self._check(t, key, version, now, values)
            made = int(now[0]) + 1
            statement = statement.where(t.c.version == now[0]).values(version=made, **self.stamp())
        if self.conn.execute(statement.values(**changed)).rowcount != 1:
            raise stale(self.conn, t, key, values, None, undoing=self.undoing)
        self._undo.append((Update(name, key, {c: before[c] for c in changed}, made),))
        self._log.append(("updated", name, key))
        self._owners.note(name, (row, row | changed))  # before and after (a move names both)
        if made is not None:
            self.produced.append((name, key, made))
        return True

    def delete(self, name: str, key: Key, version: int | None = None) -> None:
        self.delete_many(name, [key], None if version is None else (version,))

    def delete_many(
        self, name: str, keys: Sequence[Key], versions: Sequence[int] | None = None
    ) -> None:
        """Delete rows and record everything their cascades take, so one step restores all.
        `versions`: the version each row is expected at (None: the one read here)."""
        captured: dict[str, dict[Key, Mapping[str, Any]]] = {}
        blanked: dict[tuple[str, Key], dict[str, Any]] = {}
        referring: dict[tuple[str, Key], Mapping[Any, Any]] = {}
        t = table(name)
        versioned = name in VERSIONED_TABLES
        rows = [
            row
            for where in sql.keyed(t, keys)
            for row in self.conn.execute(
                select(t).where(where).with_for_update() if versioned else select(t).where(where)
            )
            .mappings()
            .all()
        ]
        wanted = set(keys)
        if len(rows) < len(wanted):
            found = {sql.key_from_row(t, row) for row in rows}
            raise LookupError(name, next(k for k in keys if k not in found))
        if not rows:
            return
        if versioned and versions is not None:
            expected = dict(zip(keys, versions, strict=True))
            for row in rows:
                key = sql.key_from_row(t, row)
                now = (row["version"], row["changed_by"], row["changed_at"])
                self._check(t, key, expected[key], now, {})
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
            self.conn.execute(delete(t).where(sql.where(t, next(iter(wanted)))))
        else:
            params = [{f"k_{n}": v for n, v in key} for key in wanted]
            plain = sql.plain(self.conn, t, sql.pk_names(t))
            sql.execute_many(self.conn, delete(t).where(sql.by_key(t)), params, plain)
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
            if tname in VERSIONED_TABLES:
                self.produced.extend((tname, k, None) for k in keyed)

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
            key = sql.key_from_row(t, row)
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
                    for start in range(0, len(parents), sql.CHUNK)
                    for row in self.conn.execute(
                        select(child).where(column.in_(parents[start : start + sql.CHUNK]))
                    )
                    .mappings()
                    .all()
                ]
                if fk.ondelete == "CASCADE":
                    self._capture(child, found, captured, blanked, referring)
                elif fk.ondelete == "SET NULL":
                    for row in found:
                        at = (child.name, sql.key_from_row(child, row))
                        blanked.setdefault(at, {})[column.name] = row[column.name]
                        referring[at] = row

    def apply(self, op: RowOp) -> None:
        if isinstance(op, Insert):
            self.insert_many(op.table, op.rows)
        elif isinstance(op, Update):
            self.update(op.table, op.key, op.values, op.version)
        elif isinstance(op, UpdateMany):
            self.update_many(op.table, op.changes, op.versions)
        elif isinstance(op, DeleteMany):
            self.delete_many(op.table, op.keys, op.versions)
        else:
            self.delete(op.table, op.key, op.version)

    # -- result ----------------------------------------------------------------------------

    def outcome(self, value: Any = None) -> Outcome:
        undo = tuple(op for group in reversed(self._undo) for op in group)
        return Outcome(ChangeSet.collect(self._log, self._owners.frozen()), undo, value)


@contextlib.contextmanager
def unit_of_work(
    ws: Workspace, ratings_go_with: frozenset[str] = RATINGS_GO_WITH
) -> Iterator[Recorder]:
    """One transaction; constraint failures become a ValidationError and nothing is written.
    Once it commits, its row versions count as this session's own (see services.versions)."""
    session = session_of(ws)
    try:
        with ws.transaction() as conn:
            rec = Recorder(conn, ratings_go_with, session)
            yield rec
    except IntegrityError as exc:
        raise ValidationError(describe_integrity_error(exc)) from exc
    session.keep(rec.produced)


def apply(ws: Workspace, ops: Sequence[RowOp]) -> Outcome:
    """Apply row operations (typically an Outcome's undo) as one unit of work.

    No undo or redo removes a rating someone entered — not even the redo of a workshop's
    deletion, whose ratings may have grown since it was confirmed (delete it again instead):
    such a step is refused and nothing changes. A step whose rows have gone since is refused
    the same way, and so is one over a row someone else has changed since the step's own
    change (a StaleWriteError naming who, when).
    """
    try:
        with unit_of_work(ws, frozenset()) as rec:
            rec.undoing = True
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
