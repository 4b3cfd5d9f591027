"""The workspace file's life: create, open (with every check), connect, save as, close.

Every connection gets foreign keys on (set outside any transaction), a busy timeout, and WAL
with synchronous=FULL on a local disk, or a rollback journal with synchronous=FULL where WAL
cannot work. Transactions start with BEGIN IMMEDIATE through SQLAlchemy's documented recipe
for the pysqlite driver, so every unit of work is one real SQLite transaction.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, insert
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import QueuePool

from pmo_tmo_desktop.domain.errors import (
    WorkspaceDamagedError,
    WorkspaceError,
    WorkspaceLockedError,
)
from pmo_tmo_desktop.fileio import fsync_directory
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.store import backups, migrate
from pmo_tmo_desktop.store.files import (
    APPLICATION_ID,
    can_write_beside,
    header_application_id,
    is_local_disk,
    read_only_connection,
    read_only_uri,
)
from pmo_tmo_desktop.store.lock import LockHeld, WriterLock, held_here
from pmo_tmo_desktop.store.schema import workspace as workspace_table

BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True)
class FileFacts:
    """What the checks on open found."""

    revision: str
    journal_mode: str


def _damaged(path: Path, detail: str) -> WorkspaceDamagedError:
    newest = backups.newest_good(path)
    message = translate(
        "Workspace", "{file}: the file is damaged ({detail}); it was not changed."
    ).format(file=path.name, detail=detail)
    if newest is not None:
        message += " " + translate("Workspace", "Newest good backup: {backup}").format(
            backup=newest
        )
    return WorkspaceDamagedError(message, newest)


def _check_header(path: Path) -> None:
    if not path.exists():
        raise WorkspaceError(translate("Workspace", "{file}: no such file").format(file=path))
    if not path.is_file():
        raise WorkspaceError(translate("Workspace", "{file}: not a file").format(file=path))
    try:
        app_id = header_application_id(path)
    except OSError as exc:
        raise WorkspaceError(
            translate("Workspace", "{file}: cannot be read ({reason})").format(
                file=path.name, reason=exc.strerror
            )
        ) from exc
    if app_id is None:
        raise WorkspaceError(
            translate(
                "Workspace", "{file}: not a PMO–TMO workspace (not an SQLite database)"
            ).format(file=path.name)
        )
    if app_id != APPLICATION_ID:
        raise WorkspaceError(
            translate(
                "Workspace", "{file}: not a PMO–TMO workspace (a database of another application)"
            ).format(file=path.name)
        )


def inspect(path: Path, *, integrity: bool = True) -> FileFacts:
    """Check that `path` is a healthy workspace this version can open, without writing to it.

    Without `integrity` the file's pages are not read through (`IntegrityCheck` does that
    alongside the first reads)."""
    _check_header(path)
    try:
        with read_only_connection(path) as con:
            if integrity:
                verdict = _quick_check(con)
                if verdict != "ok":
                    raise _damaged(path, verdict)
            journal_mode = str(con.execute("PRAGMA journal_mode").fetchone()[0])
            try:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            except sqlite3.OperationalError:
                row = None
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, str(exc)) from exc
    if row is None:
        raise WorkspaceError(
            translate(
                "Workspace", "{file}: not a PMO–TMO workspace (it has no schema version)"
            ).format(file=path.name)
        )
    revision = str(row[0])
    if revision not in migrate.KNOWN_REVISIONS:
        raise WorkspaceError(
            translate(
                "Workspace",
                "{file} was written by a newer version of PMO–TMO Desktop (schema {found}); "
                "this version reads up to schema {head}. Update the app to open it; "
                "the file was not changed.",
            ).format(file=path.name, found=revision, head=migrate.HEAD)
        )
    return FileFacts(revision=revision, journal_mode=journal_mode)


def _quick_check(con: sqlite3.Connection) -> str:
    """SQLite's verdict on one line: "ok", or its first three findings."""
    rows = con.execute("PRAGMA quick_check").fetchall()
    found = (" ".join(str(r[0]).replace("*** in database main ***", "").split()) for r in rows)
    return "; ".join([text for text in found if text][:3])


class IntegrityCheck:
    """SQLite's quick_check of a file, run in a thread of its own while the file is first read
    and shown (SQLite leaves Python's lock while it reads pages, so a large file is checked on
    the other core). Nothing is written to the file before it has passed: `Workspace`'s writes
    wait for its verdict."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._verdict = ""
        self._thread = threading.Thread(target=self._run, name="workspace-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            with read_only_connection(self.path) as con:
                self._verdict = _quick_check(con)
        except sqlite3.DatabaseError as exc:
            self._verdict = str(exc)
        except OSError as exc:
            self._verdict = exc.strerror or str(exc)

    def done(self) -> bool:
        return not self._thread.is_alive()

    def problem(self) -> WorkspaceDamagedError | None:
        """None when the file is healthy, else the error saying it is damaged (waits)."""
        self._thread.join()
        return None if self._verdict == "ok" else _damaged(self.path, self._verdict)


def _connect(path: Path, *, read_only: bool, wal: bool) -> sqlite3.Connection:
    # A read-only workspace this process could write still uses an ordinary connection, made
    # unable to write with query_only: unlike SQLite's mode=ro it cleans up its -wal/-shm
    # files when it closes.
    if read_only and not can_write_beside(path):
        # Where it may not write, SQLite could not remove what it creates beside the file (a
        # -shm it leaves read-only stops the next writer): read without creating anything.
        con = sqlite3.connect(
            read_only_uri(path), uri=True, isolation_level=None, check_same_thread=False
        )
        con.execute("PRAGMA query_only = ON")
        return con
    con = sqlite3.connect(
        path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
    )
    # Outside any transaction: inside one SQLite ignores foreign_keys silently.
    con.execute("PRAGMA foreign_keys = ON")
    con.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if read_only:
        con.execute("PRAGMA query_only = ON")
    else:
        wanted = "wal" if wal else "delete"
        mode = str(con.execute(f"PRAGMA journal_mode = {wanted}").fetchone()[0]).lower()
        if mode != wanted and wanted == "wal":
            con.execute("PRAGMA journal_mode = delete")
    con.execute("PRAGMA synchronous = FULL")
    return con


class Workspace:
    """An open workspace file: its engine, its writer lock and its backups."""

    is_library = False
    """A team library on PostgreSQL (store.library.Library) rather than a file."""

    def __init__(
        self,
        path: Path,
        *,
        read_only: bool,
        lock: WriterLock | None,
        check: IntegrityCheck | None = None,
    ) -> None:
        self.path = path
        self.read_only = read_only
        self._lock = lock
        self.check = check
        """The integrity check still running beside the first reads, if the file was opened
        with `check_later`; every write waits for its verdict."""
        self.wal = is_local_disk(path) and not read_only
        self.generation = 0
        """Counts committed units of work, so timed backups only run after a change."""
        self.closed = False
        """Closed: no connection is made again (a late reader or writer is refused)."""
        self._backed_up_generation = 0
        self.engine: Engine = create_engine(
            "sqlite+pysqlite://",
            creator=lambda: _connect(path, read_only=read_only, wal=self.wal),
            poolclass=QueuePool,
            pool_size=2,
            max_overflow=2,
        )

        @event.listens_for(self.engine, "begin")
        def _begin(conn: Connection) -> None:
            # Writers take the write lock up front (no deadlock on upgrade); readers do not.
            writing = conn.get_execution_options().get("writing", False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")

    @property
    def label(self) -> str:
        """How messages name the workspace: the file's name (a library: its URL)."""
        return self.path.name

    # -- units of work ---------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One unit of work: everything inside commits together or not at all."""
        self.refuse_if_closed()
        if self.read_only:
            raise WorkspaceError(
                translate("Workspace", "{file} is open read-only; nothing can be changed").format(
                    file=self.label
                )
            )
        self.raise_if_damaged()
        with self.engine.connect().execution_options(writing=True) as conn, conn.begin():
            yield conn
        self.generation += 1

    def refuse_if_closed(self) -> None:
        """A workspace closed is never opened again behind the user's back (its lock is gone:
        another process may hold the file by now)."""
        if self.closed:
            raise WorkspaceError(
                translate("Workspace", "{file} is closed; nothing was read or changed").format(
                    file=self.label
                )
            )

    def raise_if_damaged(self) -> None:
        """Wait for the integrity check of the open, if it still runs; refuse a damaged file."""
        if self.check is None:
            return
        problem = self.check.problem()
        if problem is not None:
            raise problem
        self.check = None

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        """A consistent read: one snapshot of the file."""
        self.refuse_if_closed()
        with self.engine.connect() as conn, conn.begin():
            yield conn

    def pragma(self, name: str) -> Any:
        self.refuse_if_closed()
        with self.engine.connect() as conn:
            return conn.exec_driver_sql(f"PRAGMA {name}").scalar()

    # -- backups ---------------------------------------------------------------------------

    def backup(self, reason: str) -> Path | None:
        """A consistent copy of the file in its backups folder (SQLite backup API); None where
        there is no file (a team library)."""
        self.refuse_if_closed()
        self.raise_if_damaged()  # a damaged file never becomes the newest good backup
        raw = self.engine.raw_connection()
        try:
            source = raw.driver_connection
            assert isinstance(source, sqlite3.Connection)
            made = backups.write_backup(source, self.path, reason)
        finally:
            raw.close()
        self._backed_up_generation = self.generation
        return made

    def backup_if_changed(self, keep: int = backups.KEEP_TIMED) -> Path | None:
        """The timed backup: only when something was committed since the last one."""
        if self.read_only or self.generation == self._backed_up_generation:
            return None
        made = self.backup("timed")
        backups.prune(self.path, "timed", keep)
        return made

    def copy_to(self, target: Path) -> None:
        """Write a consistent copy of the whole workspace to `target`, atomically."""
        self.refuse_if_closed()
        self.raise_if_damaged()
        raw = self.engine.raw_connection()
        try:
            source = raw.driver_connection
            assert isinstance(source, sqlite3.Connection)
            backups.copy_database(source, target)
        finally:
            raw.close()

    def restore_from(self, backup: Path) -> None:
        """Replace the content of this workspace with `backup`'s, in one step."""
        if self.read_only:
            raise WorkspaceError(
                translate(
                    "Workspace", "{file} is open read-only; a backup cannot be restored into it"
                ).format(file=self.path.name)
            )
        facts = inspect(backup)
        self.backup("before-restore")
        with read_only_connection(backup) as source:
            raw = self.engine.raw_connection()
            try:
                target = raw.driver_connection
                assert isinstance(target, sqlite3.Connection)
                source.backup(target)
            finally:
                raw.close()
        self.engine.dispose()  # drop connections that cached the old schema
        if facts.revision != migrate.HEAD:
            migrate.upgrade_file(self.path, BUSY_TIMEOUT_MS)
        self.generation += 1

    # -- closing ---------------------------------------------------------------------------

    def close(self) -> None:
        """Fold the WAL into the file, drop connections and the writer lock."""
        if self.closed:
            return
        self.closed = True
        if self.check is not None:
            self.check.problem()  # its connection closes before the lock goes
        if not self.read_only:
            with contextlib.suppress(Exception), self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _already_open(path: Path, *, replacing: bool, holder: str) -> WorkspaceLockedError:
    template = (
        translate(
            "Workspace",
            "{file} is open in PMO–TMO Desktop ({holder}); close it there before replacing it",
        )
        if replacing
        else translate(
            "Workspace",
            "{file} is already open in PMO–TMO Desktop ({holder}); close it there, "
            "or open it read-only",
        )
    )
    return WorkspaceLockedError(template.format(file=path.name, holder=holder))


def take_lock(path: Path, *, replacing: bool = False) -> WriterLock:
    """The writer lock of the workspace at `path` (which may not exist yet), or an error
    naming why not. `replacing`: the file is about to be overwritten (Save As), so the
    messages do not suggest opening it read-only."""
    path = Path(path).resolve()  # the lock follows the file, not a symbolic link to it
    if not path.parent.is_dir():
        raise WorkspaceError(
            translate("Workspace", "{folder}: no such folder").format(folder=path.parent)
        )
    if not replacing and path.is_file() and path.stat().st_nlink > 1:
        # SQLite names its log by the path: two names would mean two logs and a broken file.
        raise WorkspaceLockedError(
            translate(
                "Workspace",
                "{file} has more than one name (a hard link), so it can be opened read-only "
                "only; copy the file instead of linking it",
            ).format(file=path.name)
        )
    file_locked = path.exists() and not os.access(path, os.W_OK)
    if file_locked or not os.access(path.parent, os.W_OK):
        template = (
            translate("Workspace", "{file} cannot be written here ({where} is read-only)")
            if replacing
            else translate(
                "Workspace",
                "{file} cannot be changed here ({where} is read-only); open it read-only",
            )
        )
        where = path.name if file_locked else str(path.parent)
        raise WorkspaceLockedError(template.format(file=path.name, where=where))
    lock = WriterLock(path)
    try:
        lock.acquire()
    except LockHeld as held:
        raise _already_open(path, replacing=replacing, holder=held.holder) from held
    except OSError as exc:
        raise WorkspaceError(
            translate("Workspace", "{file}: cannot be opened for writing ({reason})").format(
                file=path.name, reason=exc.strerror
            )
        ) from exc
    return lock


SIDE_FILES = ("-wal", "-shm", "-journal")
"""What SQLite keeps beside a database file while it is open (WAL or rollback journal)."""


def settle_journal(path: Path) -> None:
    """Fold what a process that died with `path` open left beside it (a WAL, a hot rollback
    journal) into the file. Before `path` is replaced, nothing left over may be replayed onto
    its replacement. The caller holds the writer lock; a file that is not a workspace is left
    alone."""
    if not path.exists():
        return
    try:
        inspect(path)
    except WorkspaceError:
        return
    try:
        with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
            conn.execute(
                "SELECT count(*) FROM sqlite_master"
            ).fetchone()  # rolls a hot journal back
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.Error as exc:
        raise WorkspaceError(
            translate("Workspace", "{file}: cannot be replaced ({reason})").format(
                file=path.name, reason=exc
            )
        ) from exc


def _refuse_read_only_side_files(path: Path) -> None:
    """A -wal or -shm this process may not write (left by a program that could only read the
    file) would stop every write halfway: say so before anything is changed."""
    for side in ("-wal", "-shm"):
        beside = path.with_name(path.name + side)
        if beside.exists() and not os.access(beside, os.W_OK):
            raise WorkspaceLockedError(
                translate(
                    "Workspace",
                    "{file} cannot be changed: {side} beside it is read-only (left by a program "
                    "that could only read it); close every program that has it open and delete "
                    "{side}, or open the workspace read-only",
                ).format(file=path.name, side=beside.name)
            )


def open_workspace(
    path: Path | str,
    *,
    read_only: bool = False,
    lock: WriterLock | None = None,
    check_later: bool = False,
) -> Workspace:
    """Open an existing workspace after every check; upgrades an older schema (backup first).

    `lock`: the file's writer lock, already taken (`take_lock`) by a caller that had to hold
    it before the file was even there (Save As); the workspace adopts it. `check_later`: the
    integrity check runs in a thread beside the first reads (`Workspace.check`), for a window
    that shows the file at once; writes wait for it, and the window asks it for its verdict.
    """
    path = Path(path).resolve()  # every name of the file leads to one workspace
    if not read_only and lock is None and held_here(path):
        # Before anything opens the file: closing a handle of it would drop the POSIX locks
        # of this process's own connections to it.
        raise _already_open(path, replacing=False, holder=translate("Workspace", "this process"))
    _check_header(path)  # refuse missing and foreign files before leaving a lock file beside them
    if lock is None and not read_only:
        lock = take_lock(path)
    try:
        if lock is not None:
            try:
                lock.bind(path)
            except LockHeld as held:
                raise _already_open(path, replacing=False, holder=held.holder) from held
        facts = inspect(path, integrity=not check_later)
        if not read_only:
            _refuse_read_only_side_files(path)
        if facts.revision != migrate.HEAD:
            if read_only:
                raise WorkspaceError(
                    translate(
                        "Workspace",
                        "{file} needs an upgrade to this version; open it for writing once",
                    ).format(file=path.name)
                )
            if check_later:  # an upgrade reads the whole file anyway: check it first
                problem = IntegrityCheck(path).problem()
                if problem is not None:
                    raise problem
                check_later = False
            with read_only_connection(path) as source:
                backups.write_backup(source, path, "before-upgrade")
            migrate.upgrade_file(path, BUSY_TIMEOUT_MS)
        check = IntegrityCheck(path) if check_later else None
        return Workspace(path, read_only=read_only, lock=lock, check=check)
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def create_workspace(
    path: Path | str,
    name: str,
    organisation: str = "",
    raci_variant: str = "RACI",
    *,
    fill: Callable[[Connection], None] | None = None,
) -> Workspace:
    """Create a new, empty workspace at `path` (built aside, then moved into place).

    `fill`: writes the new schema's rows itself, the workspace row among them (a copy of
    another workspace), in the transaction that made the schema."""
    path = Path(path).absolute()
    if path.exists():
        raise WorkspaceError(translate("Workspace", "{file}: already exists").format(file=path))
    if not path.stem or path.stem.startswith("."):
        raise WorkspaceError(
            translate("Workspace", "{file}: give the workspace a file name").format(file=path)
        )
    if not path.parent.is_dir():
        raise WorkspaceError(
            translate("Workspace", "{folder}: no such folder").format(folder=path.parent)
        )
    temp = path.with_name(f".{path.name}.{os.getpid()}.creating")
    try:
        con = sqlite3.connect(temp, isolation_level=None)
        try:
            con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            con.execute("PRAGMA foreign_keys = OFF")
            with migrate.single_engine(con).connect() as conn:
                migrate.upgrade(conn)
                if fill is not None:
                    fill(conn)
                else:
                    conn.execute(
                        insert(workspace_table).values(
                            id=1,
                            name=name,
                            organisation=organisation,
                            raci_variant=raci_variant,
                            created=datetime.now().replace(microsecond=0),
                        )
                    )
                conn.commit()
        finally:
            con.close()
        os.replace(temp, path)
        fsync_directory(path.parent)
    except (OSError, sqlite3.Error) as exc:
        temp.unlink(missing_ok=True)
        reason = exc.strerror if isinstance(exc, OSError) else str(exc)
        raise WorkspaceError(
            translate("Workspace", "{file}: cannot be created ({reason})").format(
                file=path, reason=reason
            )
        ) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return open_workspace(path)
