"""One writer per workspace file: an OS-level lock on a companion `.lock` file.

The operating system drops the lock when the holding process ends, however it ends, so a
crash never leaves a workspace locked. The file's text names the holder for the message.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path
from typing import IO


class LockHeld(Exception):
    """Another process holds the lock; `holder` says who, as far as the file tells."""

    def __init__(self, holder: str) -> None:
        super().__init__(holder)
        self.holder = holder


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _try_lock(handle: IO[str]) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class WriterLock:
    """Holds the writer lock of one workspace file until `release()`."""

    def __init__(self, path: Path) -> None:
        self.path = lock_path(path)
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held open on purpose
        if not _try_lock(handle):
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            raise LockHeld(holder)
        handle.seek(0)
        handle.truncate()
        handle.write(f"process {os.getpid()} on {socket.gethostname()}\n")
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        try:
            handle.seek(0)
            handle.truncate()
        finally:
            # Closing drops the lock. The empty file stays: deleting it would let a process that
            # opened it a moment ago lock an orphaned file while a third locks a new one.
            handle.close()

    @property
    def held(self) -> bool:
        return self._handle is not None
