"""Errors a user can act on: each carries one line that names the file, sheet, row or field."""


class UserError(Exception):
    """A problem with the user's input or file; `str(error)` is the one-line message."""


class WorkspaceError(UserError):
    """The workspace file cannot be used as asked (not ours, damaged, newer, locked...)."""


class ValidationError(UserError):
    """A value breaks a rule of the model (empty name, duplicate, out of scale...)."""


class NotFoundError(UserError):
    """An id that does not exist in the workspace."""
