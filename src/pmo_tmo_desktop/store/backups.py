"""Backups of a workspace: consistent copies through SQLite's backup API, with retention.

They live beside the file, in `<file>.backups/`, so they travel with it; each is itself a
workspace file that can be opened or restored. Copies are written aside and moved into place.
"""

from __future__ import annotations

import glob
import os
import re
import sqlite3
from datetime import datetime
from pathlib import Path

from pmo_tmo_desktop.domain.errors import WorkspaceError
from pmo_tmo_desktop.fileio import move_into_place
from pmo_tmo_desktop.store.files import APPLICATION_ID, header_application_id

KEEP_TIMED = 12
KEEP_EVENTS = 10
_STAMP = "%Y%m%d-%H%M%S"


def folder_for(path: Path) -> Path:
    return path.with_name(path.name + ".backups")


_IN_PROGRESS: set[Path] = set()
"""The `.part` files this process is writing right now: pruning leaves them alone."""


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Copy `source` to `target` as one snapshot; `target` appears whole or not at all."""
    if not target.parent.is_dir():
        raise WorkspaceError(f"{target.parent}: no such folder")
    temp = target.with_name(f".{target.name}.{os.getpid()}.part")
    temp.unlink(missing_ok=True)
    _IN_PROGRESS.add(temp)
    try:
        _copy(source, temp, target)
    finally:
        _IN_PROGRESS.discard(temp)


def _copy(source: sqlite3.Connection, temp: Path, target: Path) -> None:
    try:
        dest = sqlite3.connect(temp, isolation_level=None)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = delete")
        finally:
            dest.close()
        move_into_place(temp, target)
    except (OSError, sqlite3.Error) as exc:
        temp.unlink(missing_ok=True)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise WorkspaceError(f"{target.name}: cannot be written ({reason})") from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_backup(source: sqlite3.Connection, path: Path, reason: str) -> Path:
    """A new backup of the workspace at `path`, named by time and reason."""
    folder = folder_for(path)
    folder.mkdir(exist_ok=True)
    now = datetime.now()
    stamp = f"{now.strftime(_STAMP)}{now.microsecond // 1000:03d}"
    target = folder / f"{path.stem}-{stamp}-{reason}{path.suffix}"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{path.stem}-{stamp}-{reason}-{counter}{path.suffix}"
    copy_database(source, target)
    if reason != "timed":
        prune(path, reason, KEEP_EVENTS)
    return target


def list_backups(path: Path) -> list[Path]:
    """This workspace's backups, newest first."""
    folder = folder_for(path)
    if not folder.is_dir():
        return []
    pattern = f"{glob.escape(path.stem)}-*{glob.escape(path.suffix)}"
    found = [p for p in folder.glob(pattern) if p.is_file()]
    return sorted(found, key=_order, reverse=True)


def _order(backup: Path) -> tuple[str, int, float]:
    """Newest first by the time and counter in the name, then by modification time."""
    match = _NAME.search(backup.stem)
    if match is None:
        return ("", 0, backup.stat().st_mtime)
    stamp = match.group(1) + (match.group(2) or "000")
    return (stamp, int(match.group(4) or 1), backup.stat().st_mtime)


_NAME = re.compile(r"-(\d{8}-\d{6})(\d{3})?-([a-z]+(?:-[a-z]+)*)(?:-(\d+))?$")


def reason_of(backup: Path) -> str:
    """The reason recorded in a backup's name (timed, before-upgrade, before-import...)."""
    match = _NAME.search(backup.stem)
    return match.group(3) if match else ""


def taken_at(backup: Path) -> datetime | None:
    """When a backup was taken, as recorded in its name."""
    match = _NAME.search(backup.stem)
    return datetime.strptime(match.group(1), _STAMP) if match else None


def prune(path: Path, reason: str, keep: int) -> None:
    """Keep the `keep` newest backups made for `reason`; delete older ones, and the partial
    copies a process killed while writing a backup left behind."""
    same = [b for b in list_backups(path) if reason_of(b) == reason]
    for old in same[max(keep, 1) :]:
        old.unlink(missing_ok=True)
    for part in stale_parts(path):
        part.unlink(missing_ok=True)


def stale_parts(path: Path) -> list[Path]:
    """Partial backups of this workspace no one is writing: only the writer of a workspace
    writes its backups, and it calls this while it holds the file, so every `.part` but the
    ones this process is writing now was left by a process that ended mid-copy."""
    folder = folder_for(path)
    if not folder.is_dir():
        return []
    pattern = f".{glob.escape(path.stem)}-*{glob.escape(path.suffix)}.*.part"
    return [p for p in folder.glob(pattern) if p.is_file() and p not in _IN_PROGRESS]


def is_good(backup: Path) -> bool:
    try:
        if header_application_id(backup) != APPLICATION_ID:
            return False
        uri = backup.resolve().as_uri() + "?mode=ro"
        con = sqlite3.connect(uri, uri=True)
        try:
            return bool(con.execute("PRAGMA quick_check").fetchone()[0] == "ok")
        finally:
            con.close()
    except (OSError, sqlite3.Error):
        return False


def newest_good(path: Path) -> Path | None:
    for backup in list_backups(path):
        if is_good(backup):
            return backup
    return None
