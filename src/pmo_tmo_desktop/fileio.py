"""Writing a file so that it appears whole or not at all, and survives a power cut once it is
there: written beside its place, flushed to disk, renamed into place, the rename made durable.

The one home of that sequence for the workspace store (backups) and the exported files (PDF,
xlsx). Plain standard library, no text for the user: callers turn an OSError into their own
message naming the file.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path


def fsync_directory(folder: Path) -> None:
    """Make a rename in `folder` durable (a no-op on Windows, where a folder cannot be
    opened)."""
    if sys.platform == "win32":  # pragma: no cover
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def move_into_place(temporary: Path | str, path: Path) -> None:
    """Flush the finished `temporary` to disk, rename it to `path` (replacing any file
    there) and make the rename durable."""
    _flush_and_replace(temporary, path)
    fsync_directory(_folder_of(path))


@contextlib.contextmanager
def atomic_file(path: Path) -> Iterator[Path]:
    """A temporary file beside `path` to write in full; when the block ends without an error
    it is flushed and moved into place. A failure at any point leaves the previous file (or
    none) and no temporary behind.

    The temporary is private as created; it gets the mode of the file it replaces (0o644 for
    a new one). That the folder cannot be synced is no failure: the file is in place by then.
    """
    folder = _folder_of(path)
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    os.close(handle)
    temporary = Path(name)
    try:
        os.chmod(temporary, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        yield temporary
        _flush_and_replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    with contextlib.suppress(OSError):
        fsync_directory(folder)


def _flush_and_replace(temporary: Path | str, path: Path) -> None:
    with open(temporary, "rb+") as written:
        os.fsync(written.fileno())
    os.replace(temporary, path)


def _folder_of(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")
