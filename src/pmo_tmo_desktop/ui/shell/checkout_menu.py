"""Workshop → Check Out for the Room… and Check In from File…: a workshop of the open library
taken into a file for a session offline, and brought back from it (services.checkout)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from pmo_tmo_desktop.domain.errors import UserError
from pmo_tmo_desktop.ui.shell import places
from pmo_tmo_desktop.ui.shell.places import Places
from pmo_tmo_desktop.ui.widgets.context import Context
from pmo_tmo_desktop.ui.widgets.dialogs import Messages


class RoomFiles:
    """The file choosers of checkout and checkin, in one place so tests can answer them."""

    @classmethod
    def checkout_to(cls, parent: QWidget, suggestion: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("WorkshopMenu", "Check out the workshop to a file"),
            suggestion,
            QCoreApplication.translate("WorkshopMenu", "PMO–TMO workspaces (*.pmotmo)"),
        )
        return path

    @classmethod
    def checkin_from(cls, parent: QWidget, folder: str) -> str:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("WorkshopMenu", "Check in a workshop from its file"),
            folder,
            QCoreApplication.translate("WorkshopMenu", "PMO–TMO workspaces (*.pmotmo)"),
        )
        return path


class CheckoutCommands(QObject):
    """The two commands, added to the Workshop menu; they act on the open workspace and the
    chosen workshop."""

    def __init__(
        self,
        ctx: Context,
        parent: QWidget,
        menu: QMenu,
        current: Callable[[], int | None],
        places: Places,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._parent, self._current, self.places = ctx, parent, current, places
        self.checkout_action = menu.addAction(
            QCoreApplication.translate("WorkshopMenu", "Chec&k Out for the Room…")
        )
        self.checkout_action.setToolTip(
            QCoreApplication.translate(
                "WorkshopMenu",
                "Copy the workshop into a file for a session offline; it stays read-only here "
                "until it is checked in",
            )
        )
        self.checkout_action.triggered.connect(self.check_out)
        self.checkin_action = menu.addAction(
            QCoreApplication.translate("WorkshopMenu", "Check In from Fi&le…")
        )
        self.checkin_action.triggered.connect(self.check_in)

    def update(self, writable: bool) -> None:
        self.checkout_action.setEnabled(writable and self._current() is not None)
        self.checkin_action.setEnabled(writable)

    def _title(self) -> str:
        return QCoreApplication.translate("WorkshopMenu", "Workshops offline")

    def check_out(self) -> None:
        from pmo_tmo_desktop.services import checkout

        ws, workshop = self._ctx.workspace, self._current()
        if ws is None or ws.read_only or workshop is None:
            return
        folder = Path(self.places.folder(places.WORKSPACE))
        path = RoomFiles.checkout_to(self._parent, str(folder / f"workshop-{workshop}.pmotmo"))
        if not path:
            return
        try:
            mark = checkout.checkout(ws, workshop, path)
        except (UserError, OSError) as error:
            Messages.warn(self._parent, self._title(), str(error))
            return
        Messages.inform(
            self._parent,
            self._title(),
            QCoreApplication.translate(
                "WorkshopMenu",
                "Checked out '{title}' to {file}. Open that file for the session; the "
                "workshop is read-only here until it is checked in.",
            ).format(title=mark.title, file=path),
        )

    def check_in(self) -> None:
        from pmo_tmo_desktop.services import checkout

        ws = self._ctx.workspace
        if ws is None or ws.read_only:
            return
        path = RoomFiles.checkin_from(self._parent, self.places.folder(places.WORKSPACE))
        if not path:
            return
        done = self._ctx.run(  # the session's records arrive: not a step Undo may take back
            QCoreApplication.translate("WorkshopMenu", "Check in"),
            lambda: checkout.checkin(ws, path),
            undoable=False,
        )
        if done is None:
            return
        Messages.inform(
            self._parent,
            self._title(),
            QCoreApplication.translate(
                "WorkshopMenu", "Checked in '{title}' from {file}; it may be changed here again."
            ).format(title=done.value.title, file=Path(path).name),
        )
