"""Workspace files as the user sees them: new, open, save as, backups and restore."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path

from pmo_tmo_desktop import WORKSPACE_SUFFIX
from pmo_tmo_desktop.domain.errors import WorkspaceError
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.store import backups, library, migrate
from pmo_tmo_desktop.store.files import read_only_connection
from pmo_tmo_desktop.store.workspace import (
    SIDE_FILES,
    Workspace,
    create_workspace,
    inspect,
    open_workspace,
    settle_journal,
    take_lock,
)

__all__ = [
    "BackupInfo",
    "Workspace",
    "copy",
    "is_library",
    "list_backups",
    "location_label",
    "new",
    "open_file",
    "restore",
    "save_as",
]


def new(
    path: Path | str, template: str = "integrated", name: str | None = None, organisation: str = ""
) -> Workspace:
    """A new workspace file from a starter methodology; it appears complete or not at all.
    A library URL makes its empty database a team library instead."""
    if library.is_library_address(path):
        return _new_library(str(path), template, name, organisation)
    path = Path(path)
    if path.suffix != WORKSPACE_SUFFIX:
        path = path.with_name(path.name + WORKSPACE_SUFFIX)
    from pmo_tmo_desktop.services import templates  # starter methodologies: only for new files

    data = templates.load(template)
    if path.exists():
        raise WorkspaceError(translate("Workspace", "{file}: already exists").format(file=path))
    ws = create_workspace(path, name or path.stem, organisation, data.get("raci_variant", "RACI"))
    try:
        templates.apply_template(ws, template)
    except BaseException:
        ws.close()
        path.unlink(missing_ok=True)
        raise
    return ws


def _new_library(location: str, template: str, name: str | None, organisation: str) -> Workspace:
    """The library is made as a file is, in a file aside, and then copied in with its schema
    in one transaction: whatever happens meanwhile, the database is a whole library or stays
    empty."""
    url = library.parse(location)
    return staged_library(
        location,
        partial(new, template=template, name=name or url.database, organisation=organisation),
    )


def staged_library(location: str, make: Callable[[Path], Workspace]) -> Workspace:
    """The empty database at `location` made a library holding what `make` writes into a new
    workspace file aside (a starter methodology, the demo), in one transaction."""
    from pmo_tmo_desktop.store import copy as copying

    library.parse(location)  # a bad address is refused before anything is made
    with tempfile.TemporaryDirectory(prefix="pmo-tmo-library-") as folder:
        staged = make(Path(folder) / f"library{WORKSPACE_SUFFIX}")
        try:
            return copying.into_library(staged, location, password=password_prompt)
        finally:
            staged.close()


password_prompt: library.PasswordPrompt | None = None
"""How a front end asks for a library's password when the server wants one and neither
~/.pgpass nor PGPASSWORD gives it (the command line sets one when it runs in a terminal)."""


def open_file(path: Path | str, read_only: bool = False, *, check_later: bool = False) -> Workspace:
    """Open a workspace; a file from an older version is upgraded first (with a backup),
    even when it is then only read, so every command works on any file it can write.
    A library URL opens that team library (its schema upgraded the same way).

    `check_later`: the file's integrity check runs beside the first reads (a window showing
    it at once); `Workspace.check` gives its verdict, and nothing is written before it."""
    if library.is_library_address(path):
        return library.open_library(str(path), read_only=read_only, password=password_prompt)
    if read_only:
        facts = inspect(Path(path), integrity=not check_later)
        if facts.revision != migrate.HEAD:
            open_workspace(path).close()  # takes the backup, runs the migrations
    return open_workspace(path, read_only=read_only, check_later=check_later)


def save_as(ws: Workspace, target: Path | str) -> Workspace:
    """Copy the workspace to `target` (backup API) and continue in the copy."""
    if isinstance(ws, library.Library):
        raise ws.not_applicable(translate("Workspace", "Save As"))
    target = Path(target).absolute()
    if target.suffix != WORKSPACE_SUFFIX:
        target = target.with_name(target.name + WORKSPACE_SUFFIX)
    target = target.resolve()
    if target == ws.path:
        return ws
    # The target's lock is taken before the copy and handed to the new workspace, so no
    # other process can open the file between the copy and our opening it (and a file open
    # elsewhere is refused before anything is written).
    lock = take_lock(target, replacing=True)
    try:
        settle_journal(target)  # a WAL a crash left beside the old file must not reach the copy
        ws.copy_to(target)
        for side in SIDE_FILES:  # anything still there belongs to the file just replaced
            target.with_name(target.name + side).unlink(missing_ok=True)
        opened = open_workspace(target, lock=lock)
    except BaseException:
        lock.release()
        raise
    ws.close()
    return opened


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken: datetime | None
    reason: str
    size: int


def list_backups(ws: Workspace) -> list[BackupInfo]:
    """The backups of this workspace, newest first (a library has none of its own)."""
    if ws.is_library:
        return []
    return [
        BackupInfo(b, backups.taken_at(b), backups.reason_of(b), b.stat().st_size)
        for b in backups.list_backups(ws.path)
    ]


def restore(ws: Workspace, backup: Path | str) -> None:
    """Bring the workspace back to a backup (the current state is backed up first)."""
    ws.restore_from(Path(backup))


def timed_backup(ws: Workspace, keep: int = backups.KEEP_TIMED) -> Path | None:
    return ws.backup_if_changed(keep)


def verify(ws: Workspace) -> dict[str, object]:
    """Deep checks of an open workspace: integrity, foreign keys, schema version, journal.
    A library's integrity and references are the server's to keep: None for both checks."""
    if ws.is_library:
        with ws.reading() as conn:
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        return {
            "integrity": None,
            "foreign_key_problems": 0,
            "schema": revision,
            "journal_mode": "postgresql",
        }
    with ws.reading() as conn:
        integrity = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check")]
        broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    return {
        "integrity": "; ".join(integrity[:5]),
        "foreign_key_problems": len(broken),
        "schema": revision,
        "journal_mode": ws.pragma("journal_mode"),
    }


def recover_copy(damaged: Path | str, backup: Path | str) -> Workspace:
    """Open a copy of `backup` beside a damaged file, leaving the damaged file untouched."""
    damaged, backup = Path(damaged).absolute(), Path(backup)
    inspect(backup)
    stamp = datetime.now().strftime("%Y-%m-%d %H%M")
    target = damaged.with_name(f"{damaged.stem} (recovered {stamp}){damaged.suffix}")
    with read_only_connection(backup) as source:
        backups.copy_database(source, target)
    return open_workspace(target)


def is_library(location: object) -> bool:
    """Whether `location` is a team library's URL (else a workspace file's path)."""
    return library.is_library_address(location)


def location_label(location: Path | str) -> str:
    """A workspace's location as messages show it: a file's path, a library's URL without
    its password."""
    if library.is_library_address(location):
        return library.display(library.parse(str(location)))
    return str(location)


def copy(source: Path | str, target: Path | str) -> dict[str, int]:
    """Copy the whole workspace at `source` to `target` (a file or a library, either way):
    every table's rows with their ids. The target must not hold anything yet (a new file, an
    empty database); it appears complete or not at all. The rows copied, per table."""
    from pmo_tmo_desktop.store import copy as copying

    if not library.is_library_address(target):
        target = Path(target)
        if target.suffix != WORKSPACE_SUFFIX:
            target = target.with_name(target.name + WORKSPACE_SUFFIX)
        if target.exists():
            raise WorkspaceError(
                translate("Workspace", "{file}: already exists; nothing was changed").format(
                    file=target
                )
            )
    with open_file(source, read_only=True) as ws:
        if isinstance(target, Path):
            return copying.copy_to_file(ws, target)
        return copying.copy_to_library(ws, str(target), password=password_prompt)
