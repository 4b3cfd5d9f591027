"""Open Room: the desktop app serves the chosen workshop's room to the participants' phones.

The server (room.server.RoomServer) runs in its own thread until Close Room, until the
workspace closes, another workshop is chosen, the workshop is closed, or the app quits.
While it runs, a timer asks twice a second for the round's state, the devices and the number
of ratings (small reads, never a value) and, when something changed, says so on the change hub:
the pages and the presenter that follow the workshop show the new progress.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QWidget

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain.errors import UserError
from pmo_tmo_desktop.room import DEFAULT_PORT
from pmo_tmo_desktop.services import room as room_service
from pmo_tmo_desktop.services import room_ballot, workshops
from pmo_tmo_desktop.services.changes import Outcome
from pmo_tmo_desktop.services.events import RatingsChanged, RoundsChanged, WorkshopSetupChanged
from pmo_tmo_desktop.services.files import Workspace
from pmo_tmo_desktop.services.queries import WorkshopData
from pmo_tmo_desktop.ui.widgets.change_hub import ChangeHub
from pmo_tmo_desktop.ui.workshop.common.workshop_feed import WorkshopFeed

if TYPE_CHECKING:
    from pmo_tmo_desktop.room.server import RoomServer
    from pmo_tmo_desktop.ui.shell.workshop_menu import WorkshopMenu
    from pmo_tmo_desktop.ui.workshop.presenter.presenter import PresenterWindow
    from pmo_tmo_desktop.ui.workshop.rating.rating_page import RatingPage
    from pmo_tmo_desktop.ui.workshop.room.room_panel import RoomPanel

PORT = DEFAULT_PORT
"""The room's port when it is free (personal links stay valid across restarts)."""
POLL_MS = 500


def _menu_text(is_open: bool) -> str:
    if is_open:
        return QCoreApplication.translate("WorkshopMenu", "Close Room for P&hones")
    return QCoreApplication.translate("WorkshopMenu", "Open Room for P&hones…")


def _button_text(is_open: bool) -> str:
    if is_open:
        return QCoreApplication.translate("RatingPage", "Close Room")
    return QCoreApplication.translate("RatingPage", "Open Room…")


def start_server(ws: Any, workshop_id: int, host: str, port: int = PORT) -> RoomServer:
    """A started server on `host`, `port` when free, else a port the system picks."""
    from pmo_tmo_desktop.room.server import RoomAddressError, RoomServer

    server = RoomServer(ws, workshop_id, host, port=port)
    try:
        server.start()
    except RoomAddressError:
        server = RoomServer(ws, workshop_id, host, port=0)
        server.start()  # an address not of this machine fails here too, with its reason
    return server


class Window(Protocol):
    """What the room needs of the main window."""

    @property
    def workspace(self) -> Workspace | None: ...
    @property
    def workshop_menu(self) -> WorkshopMenu: ...
    @property
    def presenter(self) -> PresenterWindow | None: ...
    def run(
        self, text: str, call: Callable[[], Outcome], undoable: bool = True
    ) -> Outcome | None: ...
    def status(self, text: str, ms: int = 8000) -> None: ...


class RoomControl(QObject):
    """Opens and closes the room of the chosen workshop; keeps its panel up to date."""

    def __init__(self, window: Window, feed: WorkshopFeed, changes: ChangeHub) -> None:
        super().__init__(window if isinstance(window, QWidget) else None)
        self._window, self._feed, self._changes = window, feed, changes
        self.server: RoomServer | None = None
        self.workshop_id: int | None = None
        self.panel: RoomPanel | None = None
        self._page: RatingPage | None = None
        self._devices: tuple[room_service.Device, ...] = ()
        self._seen: tuple[object, int] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        menu = window.workshop_menu
        menu.toggle_room = self.toggle
        menu.room_offered = self.offered
        menu.room_action.setText(_menu_text(False))
        feed.follow(self._workshop_shown, WorkshopSetupChanged, RoundsChanged, cleared=self._sync)

    # -- wiring ------------------------------------------------------------------------------

    def attach(self, page: RatingPage) -> None:
        """The Rating page: its Open Room button, and the panel below its round."""
        self._page = page
        page.room_button.setText(_button_text(False))
        page.room_button.clicked.connect(lambda _=False: self.toggle())
        page.ballot_opened.connect(lambda _open: self._place_panel())
        self._sync()

    def _ensure_panel(self) -> RoomPanel | None:
        if self.panel is None and self._page is not None:
            from pmo_tmo_desktop.ui.workshop.room.room_panel import RoomPanel

            self.panel = RoomPanel()
            self.panel.device_action.connect(self.act)
            self.panel.settings_changed.connect(self.change_settings)
            layout = self._page.layout()
            if layout is not None:
                layout.addWidget(self.panel)
            self.panel.hide()
        return self.panel

    def _place_panel(self) -> None:
        if self.panel is not None and self._page is not None:
            self.panel.setVisible(self.is_open() and not self._page.ballot_visible())

    def show_on(self, presenter: PresenterWindow) -> None:
        server = self.server
        if server is not None and server.info is not None:
            presenter.show_room(server.url, server.code)
        else:
            presenter.show_room(None)

    # -- state -------------------------------------------------------------------------------

    def is_open(self) -> bool:
        return self.server is not None

    def offered(self) -> bool:
        """Whether Open Room (or Close Room) may be chosen now."""
        if self.is_open():
            return True
        ws, workshop = self._window.workspace, self._feed.data
        return (
            ws is not None
            and not ws.read_only
            and workshop is not None
            and workshop.workshop.status != m.WorkshopStatus.CLOSED
            and not workshops.missing_for_round(  # nobody to join, or nothing to rate
                len(workshop.participants), len(workshop.criteria), len(workshop.proposals)
            )
        )

    def _sync(self) -> None:
        is_open = self.is_open()
        menu = self._window.workshop_menu
        menu.room_action.setText(_menu_text(is_open))
        if not menu.locked:
            menu.room_action.setEnabled(self.offered())
        if self._page is not None:
            self._page.room_button.setText(_button_text(is_open))
            self._page.room_button.setEnabled(self.offered())
        self._place_panel()
        presenter = self._window.presenter
        if presenter is not None:
            self.show_on(presenter)

    def _status(self, text: str) -> None:
        self._window.status(text, 8000)

    # -- opening and closing -------------------------------------------------------------------

    def toggle(self) -> None:
        if self.is_open():
            self.close()
        else:
            self.open()

    def open(self) -> None:
        """Ask where to listen, start the server there, show the panel."""
        from pmo_tmo_desktop.ui.workshop.room.room_address import AddressDialog, address_choices

        ws, workshop_id = self._window.workspace, self._feed.workshop_id()
        if self.is_open() or ws is None or workshop_id is None or not self.offered():
            return
        choices = address_choices()
        error, host = "", None
        while True:
            parent = self._window if isinstance(self._window, QWidget) else None
            host = AddressDialog.ask(parent, choices, error, host)
            if host is None:
                return
            try:
                server = start_server(ws, workshop_id, host)
            except (UserError, RuntimeError, OSError) as failure:
                error = str(failure).splitlines()[0] if str(failure) else repr(failure)
                continue
            break
        self._started(server, workshop_id)

    def _started(self, server: RoomServer, workshop_id: int) -> None:
        self.server, self.workshop_id = server, workshop_id
        self._devices, self._seen = (), None
        panel = self._ensure_panel()
        if panel is not None:
            panel.show_room(server.url, server.code)
            panel.show_devices(())
            if server.info is not None:
                panel.show_settings(server.info.codes_required, server.info.show_results)
        self.timer.start()
        self._sync()
        self._status(
            QCoreApplication.translate("RoomControl", "The room is open at {url}").format(
                url=server.url
            )
        )
        self.poll()

    def close(self, why: str = "") -> None:
        """Stop the server (requests in flight finish); nothing listens afterwards."""
        server = self.server
        if server is None:
            return
        self.timer.stop()
        self.server, self.workshop_id = None, None
        server.stop()
        self._devices, self._seen = (), None
        if self.panel is not None:
            self.panel.show_devices(())
        self._sync()
        self._status(why or QCoreApplication.translate("RoomControl", "The room is closed"))

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Around Save As and Restore Backup: the room stops before the file changes (requests
        in flight finish in the old one) and opens again afterwards on the same address, port
        and room code, so phones keep their address; what they send meanwhile waits on them."""
        server, workshop_id = self.server, self.workshop_id
        if server is None or workshop_id is None:
            yield
            return
        host, port = server.host, server.port
        self.close(QCoreApplication.translate("RoomControl", "The room pauses for the file"))
        try:
            yield
        finally:
            self._resume(host, port, workshop_id)

    def _resume(self, host: str, port: int, workshop_id: int) -> None:
        ws = self._window.workspace
        if ws is None or self._feed.workshop_id() != workshop_id:
            return  # the workshop is gone, or not the one on screen: the room stays closed
        if not self.offered():
            return
        try:
            server = start_server(ws, workshop_id, host, port)
        except (UserError, RuntimeError, OSError) as failure:
            self._status(str(failure).splitlines()[0] if str(failure) else repr(failure))
            return
        self._started(server, workshop_id)

    def _workshop_shown(self, data: WorkshopData, _offices: Mapping[int, m.Office]) -> None:
        """The room serves one workshop, while it is open: another chosen, or this one
        closed, closes the room."""
        if self.is_open() and data.workshop.id != self.workshop_id:
            self.close(
                QCoreApplication.translate(
                    "RoomControl", "The room is closed: another workshop was chosen"
                )
            )
        elif self.is_open() and data.workshop.status == m.WorkshopStatus.CLOSED:
            self.close(
                QCoreApplication.translate("RoomControl", "The room is closed with the workshop")
            )
        else:
            self._sync()

    # -- following the room --------------------------------------------------------------------

    def poll(self) -> None:
        """What changed in the room since the last look: devices, the round, the ratings."""
        server, ws, workshop_id = self.server, self._window.workspace, self.workshop_id
        if server is None or workshop_id is None:
            return
        if ws is None or ws is not server.ws or not server.running:
            self.close()
            return
        try:
            state = room_ballot.state(ws, workshop_id)
            devices = room_service.devices(ws, workshop_id)
        except UserError:  # the workshop is gone
            self.close()
            return
        if devices != self._devices:
            self._devices = devices
            if self.panel is not None:
                self.panel.show_devices(devices)
        seen = (state["version"], server.ratings_saved)
        if seen == self._seen or (self._page is not None and self._page.ballot_visible()):
            return  # a ballot on screen is left alone; it catches up once it is done
        before, self._seen = self._seen, seen
        self.announce(rounds=before is None or before[0] != seen[0])

    def announce(self, rounds: bool) -> None:
        """Say what the room changed in its workshop, for its pages and the presenter: its
        round (opened or closed: the workshop is read again) or only its ratings (those
        alone are read again; the pages show ballot states, never values)."""
        workshop_id = self.workshop_id
        if self._window.workspace is None or workshop_id is None:
            return
        if self._feed.workshop_id() != workshop_id:
            return
        scope = frozenset({workshop_id})
        self._changes.publish((RoundsChanged(scope) if rounds else RatingsChanged(scope),))

    def act(self, what: str, device_id: int) -> None:
        """Admit, release or revoke a device (bookkeeping of the room: no undo step)."""
        ws = self._window.workspace
        if ws is None or not self.is_open():
            return
        calls = {
            "admit": (
                QCoreApplication.translate("RoomControl", "Admit device"),
                room_service.admit,
            ),
            "release": (
                QCoreApplication.translate("RoomControl", "Release device"),
                room_service.release,
            ),
            "revoke": (
                QCoreApplication.translate("RoomControl", "Revoke device"),
                room_service.revoke,
            ),
        }
        text, call = calls[what]
        self._window.run(text, lambda: call(ws, device_id), undoable=False)
        self.poll()
        if self.panel is not None:
            self.panel.choose(device_id)

    def change_settings(self, codes_required: bool, show_results: bool) -> None:
        """Store the room's settings (bookkeeping of the room: no undo step); the pages
        follow by themselves."""
        ws, workshop_id = self._window.workspace, self.workshop_id
        if ws is None or workshop_id is None or not self.is_open():
            return
        info: room_service.RoomInfo | None
        try:
            info = room_service.set_room(
                ws, workshop_id, codes_required=codes_required, show_results=show_results
            )
        except UserError as failure:
            self._status(str(failure).splitlines()[0])
            info = room_service.room_by_code(ws, self.server.code) if self.server else None
        if self.panel is not None and info is not None:
            self.panel.show_settings(info.codes_required, info.show_results)
