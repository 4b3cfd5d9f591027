"""Errors a user can act on: each carries one line that names the file, sheet, row or field."""


class UserError(Exception):
    """A problem with the user's input or file; `str(error)` is the one-line message."""


class WorkspaceError(UserError):
    """The workspace file cannot be used as asked (not ours, damaged, newer, locked...)."""


class WorkspaceLockedError(WorkspaceError):
    """Another process has the workspace open for writing; it can still be opened read-only."""


class WorkspaceDamagedError(WorkspaceError):
    """The file fails SQLite's checks; `backup` is the newest good backup, if any."""

    def __init__(self, message: str, backup: object = None) -> None:
        super().__init__(message)
        self.backup = backup


class ValidationError(UserError):
    """A value breaks a rule of the model (empty name, duplicate, out of scale...)."""


class NotFoundError(UserError):
    """An id that does not exist in the workspace."""
