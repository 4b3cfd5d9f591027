"""A stand-in for the main window, for tests of one page or area on its own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoStack

from pmo_tmo_desktop.domain.errors import UserError
from pmo_tmo_desktop.services import queries
from pmo_tmo_desktop.services.changes import ChangeSet, Outcome
from pmo_tmo_desktop.services.files import Workspace
from pmo_tmo_desktop.ui.widgets.settings import Settings
from pmo_tmo_desktop.ui.widgets.undo import ServiceCommand


class PageHost:
    """What the main window gives a page: the workspace, and `run` as one undoable step,
    after which `refresh` shows the page what changed. A refused step's message is kept in
    `errors`."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace: Workspace | None = workspace
        self.stack = QUndoStack()
        self.errors: list[str] = []
        self.settings: Settings | None = None
        self.told: list[str] = []

    def run(self, text: str, call: Callable[[], Outcome]) -> Outcome | None:
        assert self.workspace is not None
        try:
            outcome = call()
        except UserError as error:
            self.errors.append(str(error))
            return None
        if outcome.changes:
            self.stack.push(ServiceCommand(text, self.workspace, outcome, self.refresh))
        return outcome

    def status(self, text: str, ms: int = 8000) -> None:
        self.told.append(text)

    def refresh(self, changes: ChangeSet | None) -> None:
        raise NotImplementedError


class WorkshopHost(PageHost):
    """The host of a workshop page: after each step the page is shown the workshop again
    (as long as it exists)."""

    page: Any

    def __init__(self, workspace: Workspace, workshop_id: int | None) -> None:
        super().__init__(workspace)
        self.workshop_id = workshop_id

    def show(self, page: Any) -> None:
        """Host `page` and show it the workshop."""
        self.page = page
        self.refresh(None)

    def refresh(self, changes: ChangeSet | None) -> None:
        ws = self.workspace
        assert ws is not None
        if self.workshop_id in {w.id for w in queries.workshops(ws)}:
            self.page.show_workshop(
                queries.workshop(ws, self.workshop_id), {o.id: o for o in queries.offices(ws)}
            )
