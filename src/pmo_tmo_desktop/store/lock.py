"""One writer per workspace file, whichever name leads to it.

A writer holds two locks; the operating system drops both when the process ends, however it
ends, so a crash never leaves a workspace locked.

- The identity lock is taken on the database file itself, so every name of the file (a hard
  link, a symbolic link) meets the same lock, and deleting or replacing the companion file
  changes nothing. On Linux it is an `flock` (a BSD lock, independent of the POSIX byte-range
  locks SQLite takes on the same file); on Windows a byte-range lock far past any byte SQLite
  reads or locks. Its handle is kept open until the workspace's own connections are closed:
  closing any descriptor of a file drops every POSIX lock the process holds on it, SQLite's
  included. A refused attempt therefore keeps its handle for the next try instead of closing
  it. Elsewhere (macOS and the BSDs, where flock and POSIX locks may interact, and network
  drives, where flock is emulated with POSIX locks) the companion lock alone guards.
- The companion lock is an OS lock on `<real name>.lock` beside the file (symbolic links
  resolved). It can be taken before the file exists (Save As), and its text names the holder
  for the message.

Removing the companion file. A holder removes it on release while it still holds its lock,
and only when the name still leads to the file it locked; whoever takes the lock checks,
after locking, that the name still leads to the file it opened, and starts again if not. So a
process that opened the file just before it was removed cannot end up holding a lock on an
orphan while a third process locks a new file of the same name. Windows cannot remove an open
file: there the holder closes first and then tries; the removal fails, and the file stays,
when another process has it open.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
from pathlib import Path
from typing import IO

_FAR = 1 << 62
"""The byte locked on Windows: no database reaches it, and SQLite locks near 1 GiB only."""


class LockHeld(Exception):
    """Another writer holds the file; `holder` says who, as far as the lock file tells."""

    def __init__(self, holder: str) -> None:
        super().__init__(holder)
        self.holder = holder


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _identity_locking() -> bool:
    return sys.platform == "win32" or sys.platform.startswith("linux")


def _try_lock(fd: int, *, far: bool) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            os.lseek(fd, _FAR if far else 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fd: int, *, far: bool) -> None:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        with contextlib.suppress(OSError):
            os.lseek(fd, _FAR if far else 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


Identity = tuple[int, int]

_WRITING: dict[Identity, WriterLock] = {}
"""The files this process holds for writing, by (device, inode)."""

_SPARE: dict[Identity, int] = {}
"""Handles of refused attempts, kept open (see the module's docstring) for the next try."""


def identity(path: Path) -> Identity | None:
    """The file's identity (device, inode), or None when there is no such file."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return st.st_dev, st.st_ino


def held_here(path: Path) -> bool:
    """True when this process already holds the file at `path` for writing, by any name."""
    key = identity(path)
    return key is not None and key in _WRITING


class WriterLock:
    """Holds the writer lock of one workspace file until `release()`."""

    def __init__(self, path: Path, *, by_identity: bool = True) -> None:
        self.database = path
        self.path = lock_path(path)
        self._by_identity = by_identity and _identity_locking()
        self._handle: IO[str] | None = None
        self._file: tuple[Identity, int] | None = None

    def acquire(self) -> None:
        """Take the companion lock and, when the file exists, the identity lock."""
        self._lock_companion()
        try:
            self.bind(self.database)
        except BaseException:
            self.release()
            raise

    def bind(self, database: Path) -> None:
        """Hold the identity lock of the file now at `database` (a file that was replaced,
        as Save As does, gets its new identity locked and the old one let go)."""
        key = identity(database)
        if key is None or (self._file is not None and self._file[0] == key):
            return
        if key in _WRITING:
            raise LockHeld(_holder_text())
        fd = -1
        if self._by_identity:
            fd = _SPARE.pop(key, -1)
            if fd < 0:
                fd = os.open(database, os.O_RDONLY | getattr(os, "O_BINARY", 0))
            if not _try_lock(fd, far=True):
                _SPARE[key] = fd
                raise LockHeld(self._companion_text() or "another process")
        self._drop_identity()
        self._file = (key, fd)
        _WRITING[key] = self

    def release(self) -> None:
        """Let both locks go; call it only after the workspace's connections are closed."""
        self._drop_identity()
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            _unlock(handle.fileno(), far=False)
            handle.close()
            with contextlib.suppress(OSError):
                self.path.unlink()  # refused while another process has it open
            return
        try:
            if identity(self.path) == _fd_identity(handle.fileno()):
                self.path.unlink()
        except OSError:
            handle.seek(0)
            handle.truncate()
        finally:
            handle.close()

    @property
    def held(self) -> bool:
        return self._handle is not None

    # -- the two locks ---------------------------------------------------------------------

    def _lock_companion(self) -> None:
        for _attempt in range(10):
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held open on purpose
            if not _try_lock(handle.fileno(), far=False):
                handle.seek(0)
                holder = handle.read().strip() or "another process"
                handle.close()
                raise LockHeld(holder)
            if sys.platform == "win32" or identity(self.path) == _fd_identity(handle.fileno()):
                break
            handle.close()  # the holder removed it as we opened it: take the new one
        else:  # pragma: no cover - ten removals in a row
            raise LockHeld("another process")
        handle.seek(0)
        handle.truncate()
        handle.write(_holder_text() + "\n")
        handle.flush()
        self._handle = handle

    def _companion_text(self) -> str:
        if self._handle is not None:
            return ""  # our own: the holder reached the file by another name
        with contextlib.suppress(OSError):
            return self.path.read_text(encoding="utf-8").strip()
        return ""

    def _drop_identity(self) -> None:
        if self._file is None:
            return
        (key, fd), self._file = self._file, None
        _WRITING.pop(key, None)
        if fd >= 0:
            _unlock(fd, far=True)
            os.close(fd)


def _fd_identity(fd: int) -> Identity:
    st = os.fstat(fd)
    return st.st_dev, st.st_ino


def _holder_text() -> str:
    return f"process {os.getpid()} on {socket.gethostname()}"
