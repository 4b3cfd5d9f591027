"""Low-level facts about a workspace file, read without ever writing to it."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

APPLICATION_ID = 0x504D544D  # "PMTM"
SQLITE_MAGIC = b"SQLite format 3\x00"

# File systems on which SQLite's WAL (shared memory between processes) cannot be trusted.
_REMOTE_FS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb",
    "smb2",
    "smbfs",
    "smb3",
    "afs",
    "9p",
    "davfs",
    "fuse.sshfs",
    "ncpfs",
    "coda",
    "ceph",
    "glusterfs",
    "fuse.glusterfs",
    "gfs2",
    "lustre",
    "fuse.rclone",
}


def header_application_id(path: Path) -> int | None:
    """The application id in the SQLite header, or None when the file is not SQLite at all."""
    with open(path, "rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return None
    return int.from_bytes(header[68:72], "big")


def is_wal_file(path: Path) -> bool:
    """True when the header says the file is in WAL mode (read and write versions 2)."""
    with open(path, "rb") as handle:
        header = handle.read(20)
    return len(header) == 20 and header[18] == 2 and header[19] == 2


@contextlib.contextmanager
def read_only_connection(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that cannot change the file or leave anything beside it.

    A WAL-mode file with no `-wal` beside it is open nowhere and has nothing waiting in a log,
    so it is read as immutable: SQLite then creates no `-wal`/`-shm` files. Otherwise (open
    elsewhere, a log left by a crash, or a rollback-journal file) the plain read-only mode.
    """
    connection = sqlite3.connect(read_only_uri(path), uri=True, timeout=5, isolation_level=None)
    try:
        yield connection
    finally:
        connection.close()


def read_only_uri(path: Path) -> str:
    """The SQLite URI that reads `path` without writing to it or creating anything beside it
    (see `read_only_connection`)."""
    path = Path(path).resolve()
    idle = is_wal_file(path) and not path.with_name(path.name + "-wal").exists()
    return path.as_uri() + ("?mode=ro&immutable=1" if idle else "?mode=ro")


def can_write_beside(path: Path) -> bool:
    """True when this process may change the file and create files in its folder."""
    return os.access(path, os.W_OK) and os.access(Path(path).parent, os.W_OK)


def is_local_disk(path: Path) -> bool:
    """True when the folder holding `path` is on a local, fixed disk where WAL is safe."""
    folder = Path(path).resolve().parent
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        drive = os.path.splitdrive(str(folder))[0] + "\\"
        drive_type = ctypes.windll.kernel32.GetDriveTypeW(drive)
        return int(drive_type) == 3  # DRIVE_FIXED
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return True  # macOS and others: assume local, SQLite refuses WAL where it cannot work
    best, best_fs = "", ""
    text = str(folder)
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        inside = text == mount_point or text.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) > len(best):
            best, best_fs = mount_point, parts[2]
    return best_fs not in _REMOTE_FS
