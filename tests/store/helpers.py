"""Plain helpers the store, services and cli tests share: file fingerprints and table dumps."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from sqlalchemy import inspect

from pmo_tmo_desktop.services.files import Workspace, open_file
from pmo_tmo_desktop.store.schema import VERSION_COLUMNS, VERSIONED

Dump = dict[str, list[tuple[Any, ...]]]


def fingerprint(path: Path) -> tuple[str, int]:
    """The file's content hash and modification time, to prove it was not touched."""
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


BOOKKEEPING = frozenset(VERSION_COLUMNS)
"""A row's version and who changed it last, when: every write (an undo too) moves them on."""


def dump(ws: Workspace, *, skip: dict[str, set[str]] | None = None, versions: bool = False) -> Dump:
    """Every row of every table, in a stable order (optionally without some columns); the
    rows' content, without their versions unless asked."""
    skip = skip or {}
    hidden = frozenset() if versions else BOOKKEEPING
    result: Dump = {}
    with ws.reading() as conn:
        inspector = inspect(conn)
        names = sorted(inspector.get_table_names())
        for name in names:
            columns = [str(c["name"]) for c in inspector.get_columns(name)]
            kept = [c for c in columns if c not in skip.get(name, set()) and c not in hidden]
            listed = ", ".join(f'"{c}"' for c in kept)
            order = ", ".join(str(i + 1) for i in range(len(kept)))
            rows = conn.exec_driver_sql(f'SELECT {listed} FROM "{name}" ORDER BY {order}')
            result[name] = [tuple(r) for r in rows]
    return result


def dump_file(
    path: Path, *, skip: dict[str, set[str]] | None = None, versions: bool = False
) -> Dump:
    """`dump` of a closed workspace file, opened read-only."""
    ws = open_file(path, read_only=True)
    try:
        return dump(ws, skip=skip, versions=versions)
    finally:
        ws.close()


def siblings(path: Path) -> set[str]:
    """The names of the files next to `path` that belong to it (journals, backups, lock)."""
    return {p.name for p in path.parent.iterdir() if p.name.startswith(path.name) and p != path}


def file_at(path: Path, revision: str, script: str) -> Path:
    """A workspace file exactly as the version at schema `revision` wrote it, holding the rows
    `script` (SQL statements) inserts: the starting point of an upgrade test."""
    import sqlite3

    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import Connection
    from sqlalchemy.pool import StaticPool

    from pmo_tmo_desktop.store import migrate
    from pmo_tmo_desktop.store.files import APPLICATION_ID

    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        con.execute("PRAGMA foreign_keys = OFF")
        engine = create_engine("sqlite+pysqlite://", creator=lambda: con, poolclass=StaticPool)

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        with engine.connect() as conn:
            migrate.upgrade(conn, revision)
            conn.commit()
        con.execute("PRAGMA foreign_keys = ON")
        con.executescript(f"BEGIN; {script} COMMIT;")
    finally:
        con.close()
    return path


def damage_an_index_page(path: Path) -> None:
    """Overwrite one page of an index of the ratings with garbage: the file still opens and its
    methodology still reads, but SQLite's integrity check fails."""
    import sqlite3

    con = sqlite3.connect(path)
    try:
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
        name, page = con.execute(
            "SELECT name, pageno FROM dbstat WHERE name IN (SELECT name FROM sqlite_master "
            "WHERE type = 'index' AND tbl_name = 'rating') ORDER BY pageno DESC LIMIT 1"
        ).fetchone()
    finally:
        con.close()
    assert name and page > 1
    with path.open("r+b") as raw:
        raw.seek((page - 1) * page_size)
        raw.write(b"\x0d" + b"\xff" * (page_size - 1))


def without_versions(rows: dict[str, list[tuple[Any, ...]]]) -> dict[str, list[tuple[Any, ...]]]:
    """Rows read with SELECT * from a file just upgraded to 0010: each ends with its version
    columns, at (1, None, None) for a row no one has changed since; without them."""
    kept: dict[str, list[tuple[Any, ...]]] = {}
    for name, found in rows.items():
        if name in VERSIONED:
            assert all(row[-3:] == (1, None, None) for row in found), name
            found = [row[:-3] for row in found]
        kept[name] = found
    return kept
