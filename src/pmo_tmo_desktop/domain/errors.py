"""Errors a user can act on: each carries one line that names the file, sheet, row or field."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any


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


class StaleWriteError(UserError):
    """A change made against a row someone else has changed since it was read: refused, and
    nothing was written. It carries what was typed (`table`, `row_id` or `key`, `values`) so a
    front end can keep the value and offer to apply it again, and who changed the row, when."""

    def __init__(
        self,
        message: str,
        *,
        table: str,
        key: tuple[tuple[str, Any], ...],
        values: Mapping[str, Any],
        changed_by: str | None,
        changed_at: datetime | None,
        version: int | None,
    ) -> None:
        super().__init__(message)
        self.table = table
        self.key = key
        """The row's primary key as (column, value) pairs, e.g. (("id", 7),)."""
        self.values = dict(values)
        """The values that were to be written (column: value); empty for a deletion."""
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.version = version
        """The row's version now (None: the row is gone)."""

    @property
    def row_id(self) -> Any:
        """The row's id (its key's one value), or None for a key of several columns."""
        return self.key[0][1] if len(self.key) == 1 else None

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(self.values)


class NotFoundError(UserError):
    """An id that does not exist in the workspace."""


QUOTE_LIMIT = 60
"""How much of a user's value a message quotes: enough to recognise it, never a screenful."""


def clip(value: object, limit: int = QUOTE_LIMIT) -> str:
    """A user's value as a message quotes it: on one line, cut to `limit` characters with an
    ellipsis (a 1 MB cell or a 301-digit number must not become the message)."""
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
