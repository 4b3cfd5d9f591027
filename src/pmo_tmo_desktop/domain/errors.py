"""Errors a user can act on: each carries one line that names the file, sheet, row or field."""

from __future__ import annotations

from pathlib import Path


class UserError(Exception):
    """A problem with the user's input or file; `str(error)` is the one-line message."""


class WorkspaceError(UserError):
    """The workspace file cannot be used as asked (not ours, damaged, newer, locked...)."""


class WorkspaceLockedError(WorkspaceError):
    """Another process has the workspace open for writing; it can still be opened read-only."""


class WriteRefusedError(WorkspaceError):
    """The user may read the team library but not change it; it can be opened read-only."""


class WorkspaceDamagedError(WorkspaceError):
    """The file fails SQLite's checks; `backup` is the newest good backup, if any."""

    def __init__(self, message: str, backup: Path | None = None) -> None:
        super().__init__(message)
        self.backup = backup


class ValidationError(UserError):
    """A value breaks a rule of the model (empty name, duplicate, out of scale...)."""


class NotFoundError(UserError):
    """An id that does not exist in the workspace."""


QUOTE_LIMIT = 60
"""How much of a user's value a message quotes: enough to recognise it, never a screenful."""


def clip(value: object, limit: int = QUOTE_LIMIT) -> str:
    """A user's value as a message quotes it: on one line, cut to `limit` characters with an
    ellipsis (a 1 MB cell or a 301-digit number must not become the message)."""
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
