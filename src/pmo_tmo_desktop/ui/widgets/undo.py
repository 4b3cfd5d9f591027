"""Undo: a thin QUndoCommand over a finished service call and the row operations inverting it.

The service call runs before the command is pushed, so a refused change never reaches the
stack; the command's first redo only announces the change, later ones re-apply it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from pmo_tmo_desktop.domain.errors import UserError
from pmo_tmo_desktop.services import rows
from pmo_tmo_desktop.services.changes import ChangeSet, Outcome
from pmo_tmo_desktop.services.files import Workspace


class ServiceCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        workspace: Workspace,
        done: Outcome,
        notify: Callable[[ChangeSet], None],
        refused: Callable[[UserError], None] | None = None,
    ) -> None:
        super().__init__(text)
        self._ws = workspace
        self._notify = notify
        self._refused = refused
        self._applied = done
        self._fresh = True

    def redo(self) -> None:
        if not self._fresh:
            self._replay()
            return
        self._fresh = False
        self._notify(self._applied.changes)

    def undo(self) -> None:
        self._replay()

    def _replay(self) -> None:
        """Apply the inverse of what was applied last; a refused step leaves the stack."""
        try:
            self._applied = rows.apply(self._ws, self._applied.undo)
        except UserError as error:
            # e.g. it would delete ratings entered since, or its rows are gone: nothing
            # changed, and the step is dropped (an obsolete command leaves the stack)
            self.setObsolete(True)
            if self._refused is not None:
                self._refused(error)
            return
        self._notify(self._applied.changes)
