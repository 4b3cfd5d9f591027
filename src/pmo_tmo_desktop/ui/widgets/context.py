"""What a page may use of the window that hosts it.

Pages (the areas of the main window and the workshop's pages) are given a `Context` and use
nothing else of the window: the open workspace, a service call run as one undoable step, the
Preferences, and a line in the status bar. Tests host a page with a small stand-in of it.

`PageContext` is the window's own: a page's step runs here, below the window, and its
changes go from here straight to the change hub and whoever shows them — never up through
the window and down again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow

from pmo_tmo_desktop import APP_NAME
from pmo_tmo_desktop.domain.errors import UserError
from pmo_tmo_desktop.services import events
from pmo_tmo_desktop.services.changes import ChangeSet, Outcome
from pmo_tmo_desktop.services.files import Workspace
from pmo_tmo_desktop.ui.widgets.change_hub import ChangeHub
from pmo_tmo_desktop.ui.widgets.dialogs import Messages
from pmo_tmo_desktop.ui.widgets.settings import Settings
from pmo_tmo_desktop.ui.widgets.undo import ServiceCommand

STATUS_MS = 8000
"""How long a status line stays when the page does not say."""


class Context(Protocol):
    @property
    def workspace(self) -> Workspace | None:
        """The open workspace (None: none is open)."""
        ...

    @property
    def settings(self) -> Settings | None:
        """The Preferences (None where a page is hosted without them: the app's defaults)."""
        ...

    def run(
        self, text: str, call: Callable[[], Outcome], undoable: bool = True
    ) -> Outcome | None: ...

    def status(self, text: str, ms: int = STATUS_MS) -> None:
        """Show `text` in the status line for `ms` milliseconds."""
        ...


class PageContext:
    """The main window's `Context`: runs a page's service call as one undoable step (or, from
    the hot seat, as a saved step no undo can take back), announces what changed on the
    change hub, and says so in the window's status bar."""

    def __init__(
        self,
        window: QMainWindow,
        settings: Settings,
        workspace: Callable[[], Workspace | None],
        undo_stack: QUndoStack,
        changes: ChangeHub,
    ) -> None:
        self._window, self._settings, self._workspace = window, settings, workspace
        self._undo, self._changes = undo_stack, changes
        self.hot_seat = False
        """A ballot is open in the hot seat: steps are saved, never undoable from there."""

    @property
    def workspace(self) -> Workspace | None:
        return self._workspace()

    @property
    def settings(self) -> Settings:
        return self._settings

    def run(self, text: str, call: Callable[[], Outcome], undoable: bool = True) -> Outcome | None:
        """Run a service call; on success it becomes one undoable step (unless `undoable` is
        False: opening, closing and discarding rounds are not steps an undo may take back)."""
        ws = self.workspace
        if ws is None:
            return None
        try:
            outcome = call()
        except UserError as error:
            self.fail(error)
            return None
        if outcome.changes and (self.hot_seat or not undoable):
            self.announce(outcome.changes)  # saved, but not undoable from the hot seat
        elif outcome.changes:
            self._undo.push(ServiceCommand(text, ws, outcome, self.announce, self.fail))
        return outcome

    def announce(self, changes: ChangeSet | None) -> None:
        """Tell whoever shows it what changed (None: everything)."""
        self._changes.publish(events.EVERYTHING if changes is None else events.of(changes))
        if changes is not None:
            self.status(QCoreApplication.translate("MainWindow", "Saved"), 2000)

    def fail(self, error: UserError) -> None:
        """A refused step: said in the status bar and in a message over the window."""
        self.status(str(error), 10000)
        Messages.warn(self._window, APP_NAME, str(error))

    def status(self, text: str, ms: int = STATUS_MS) -> None:
        self._window.statusBar().showMessage(text, ms)
