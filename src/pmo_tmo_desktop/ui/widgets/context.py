"""What a page may use of the window that hosts it.

Pages (the areas of the main window and the workshop's pages) are given a `Context` and use
nothing else of the window: the open workspace, a service call run as one undoable step, the
Preferences, and a line in the status bar. Tests host a page with a small stand-in of it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from pmo_tmo_desktop.services.changes import Outcome
from pmo_tmo_desktop.services.files import Workspace
from pmo_tmo_desktop.ui.widgets.settings import Settings

STATUS_MS = 8000
"""How long a status line stays when the page does not say."""


class Context(Protocol):
    workspace: Workspace | None

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
