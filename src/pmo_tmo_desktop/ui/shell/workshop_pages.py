"""The main window's workshop pages (built the first time they are needed, not at start-up),
the presenter view fed from them, and the hot seat's lock on the window while a ballot is open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain.scoring import Ballot
from pmo_tmo_desktop.services.events import RoundsChanged, WorkshopSetupChanged
from pmo_tmo_desktop.services.queries import WorkshopData

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QListWidget, QMainWindow, QStackedWidget

    from pmo_tmo_desktop.services.changes import Outcome
    from pmo_tmo_desktop.services.files import Workspace
    from pmo_tmo_desktop.ui.shell.room_control import RoomControl
    from pmo_tmo_desktop.ui.shell.workshop_menu import WorkshopMenu
    from pmo_tmo_desktop.ui.widgets.context import PageContext
    from pmo_tmo_desktop.ui.widgets.settings import Settings
    from pmo_tmo_desktop.ui.workshop.agenda.agenda_page import AgendaPage
    from pmo_tmo_desktop.ui.workshop.common.workshop_feed import WorkshopFeed
    from pmo_tmo_desktop.ui.workshop.decisions.decisions_page import DecisionsPage
    from pmo_tmo_desktop.ui.workshop.presenter.presenter import PresenterWindow
    from pmo_tmo_desktop.ui.workshop.rating.rating_page import RatingPage
    from pmo_tmo_desktop.ui.workshop.results.results_page import ResultsPage
    from pmo_tmo_desktop.ui.workshop.setup.workshop_setup import SetupPage
    from pmo_tmo_desktop.ui.workshop.workshops_view import WorkshopsArea

    class _Window(QMainWindow):
        """The window's parts the pages work with, and what it does (MainWindow)."""

        workspace: Workspace | None
        presenter: PresenterWindow | None
        feed: WorkshopFeed
        room: RoomControl
        nav: QListWidget
        areas: QStackedWidget
        workshops_area: WorkshopsArea
        workshop_menu: WorkshopMenu
        workshop_list_action: QAction
        _pages: dict[str, QWidget]
        _ballot_open: bool
        _locked_actions: list[QAction]
        settings: Settings
        context: PageContext

        def run(
            self, text: str, call: Callable[[], Outcome], undoable: bool = True
        ) -> Outcome | None: ...
        def status(self, text: str, ms: int = 8000) -> None: ...
        def show_area(self, index: int) -> None: ...
        def _show_workspace_state(self, name: str | None = None) -> None: ...
        def _sync_undo(self) -> None: ...

    _Base = _Window
else:
    _Base = object


class WorkshopPages(_Base):
    """Mixed into MainWindow: the workshop's pages, the presenter view and the hot seat.

    Their titles are translated in the main window's context, where they were always read."""

    def _workshop_pages(self) -> dict[str, QWidget]:
        if self._pages:
            return self._pages
        from pmo_tmo_desktop.ui.workshop.agenda.agenda_page import AgendaPage
        from pmo_tmo_desktop.ui.workshop.decisions.decisions_page import DecisionsPage
        from pmo_tmo_desktop.ui.workshop.rating.rating_page import RatingPage
        from pmo_tmo_desktop.ui.workshop.results.results_page import ResultsPage
        from pmo_tmo_desktop.ui.workshop.setup.workshop_setup import SetupPage

        pages: dict[str, QWidget] = {
            "setup": SetupPage(self.context),
            "agenda": AgendaPage(self.context),
            "rating": RatingPage(self.context),
            "results": ResultsPage(self.context),
            "decisions": DecisionsPage(self.context),
        }
        self._pages = pages
        titles = {
            "setup": QCoreApplication.translate("MainWindow", "Set-up"),
            "agenda": QCoreApplication.translate("MainWindow", "Agenda"),
            "rating": QCoreApplication.translate("MainWindow", "Rating"),
            "results": QCoreApplication.translate("MainWindow", "Results"),
            "decisions": QCoreApplication.translate("MainWindow", "Decisions && actions"),
        }
        for key, page in pages.items():
            self.workshops_area.add_page(page, titles[key])
            page.follow(self.feed)  # type: ignore[attr-defined]
        rating, agenda = self.rating_page, self.agenda_page
        rating.ballot_opened.connect(self._ballot)
        rating.setup_wanted.connect(self._go_to_setup)
        rating.progress_changed.connect(self._progress_changed)
        self.room.attach(rating)
        agenda.current_changed.connect(self._agenda_moved)
        agenda.timer_changed.connect(self._timer_changed)
        # the presenter's agenda line follows the agenda page (which follows first)
        self.feed.follow(self._agenda_shown, WorkshopSetupChanged, cleared=self._agenda_cleared)
        return pages

    def _go_to_setup(self) -> None:
        self.workshops_area.pages.setCurrentWidget(self.setup_page)

    def _progress_changed(self, number: int, ballots: tuple[Ballot, ...]) -> None:
        if self.presenter is not None:
            self.presenter.show_progress(number, ballots)

    def _timer_changed(self, _item_id: object, seconds: int) -> None:
        if self.presenter is not None:
            self.presenter.show_timer(seconds)

    def _agenda_moved(self, _item_id: object) -> None:
        self._update_presenter_agenda()

    def _agenda_shown(self, _data: WorkshopData, _offices: object) -> None:
        self._update_presenter_agenda()

    def _agenda_cleared(self) -> None:
        self._update_presenter_agenda()

    def show_new_workshop(self, workshop_id: int) -> None:
        """A workshop just made (New Workshop, a set-up workbook): the Workshops area with
        that workshop chosen, on its Set-up tab, where its making goes on."""
        self.show_area(self.areas.indexOf(self.workshops_area))
        setup = self.setup_page  # the pages exist from here on
        self.workshops_area.choose(workshop_id)
        self.workshops_area.pages.setCurrentWidget(setup)

    def _can_discard(self) -> bool:
        """The menu asks before the pages exist (at start-up): the same rule as the Rating
        page's button (a writable, unclosed workshop with a round), without building them."""
        if self._pages:
            return self.rating_page.can_discard()
        data, ws = self.workshops_area.current(), self.workspace
        return (
            data is not None
            and bool(data.rounds)
            and data.workshop.status != m.WorkshopStatus.CLOSED
            and ws is not None
            and not ws.read_only
        )

    @property
    def setup_page(self) -> SetupPage:
        return self._workshop_pages()["setup"]  # type: ignore[return-value]

    @property
    def agenda_page(self) -> AgendaPage:
        return self._workshop_pages()["agenda"]  # type: ignore[return-value]

    @property
    def rating_page(self) -> RatingPage:
        return self._workshop_pages()["rating"]  # type: ignore[return-value]

    @property
    def results_page(self) -> ResultsPage:
        return self._workshop_pages()["results"]  # type: ignore[return-value]

    @property
    def decisions_page(self) -> DecisionsPage:
        return self._workshop_pages()["decisions"]  # type: ignore[return-value]

    def show_presenter(self) -> None:
        """The projector's window; the facilitator keeps working on this one. Once built it
        follows the chosen workshop by itself."""
        if self.presenter is None:
            from pmo_tmo_desktop.ui.workshop.presenter.presenter import PresenterWindow

            self.presenter = PresenterWindow(self)
            self.presenter.show_nothing()
            self.feed.follow(
                self.presenter.show_workshop,
                WorkshopSetupChanged,
                RoundsChanged,
                ratings=self.presenter.ratings_changed,
                cleared=self.presenter.show_nothing,
            )
            self.room.show_on(self.presenter)
            self._update_presenter_agenda()
        self.presenter.present()

    def presenter_full_screen(self) -> None:
        """The presenter view full screen on the screen it is on (opened first if need be), or
        back to a window."""
        opening = self.presenter is None or not self.presenter.isVisible()
        if opening:
            self.show_presenter()  # already full screen where there is a second screen
        assert self.presenter is not None
        if not (opening and self.presenter.isFullScreen()):
            self.presenter.toggle_full_screen()
        self.presenter.raise_()
        self.presenter.activateWindow()

    def _update_presenter_agenda(self) -> None:
        if self.presenter is None:
            return
        data = self.workshops_area.current()
        item = self.agenda_page.current_item() if data is not None else None
        self.presenter.show_agenda(
            item.title if item else "",
            item.presenter if item else "",
            data is not None and data.workshop.anonymity == "anonymous",
            self.agenda_page.current_span() if item else "",
        )
        self.presenter.show_timer(self.agenda_page.remaining_seconds() if item else None)

    def _ballot(self, is_open: bool) -> None:
        self._ballot_open = is_open
        # The participant at the keyboard reaches the ballot and nothing else: no menu, and
        # no menu command's key (a new workshop, a pack, an import...) while it is open.
        self.workshop_menu.locked = is_open
        if is_open:
            self._locked_actions = [a for a in _menu_actions(self.menuBar()) if a.isEnabled()]
            for action in self._locked_actions:
                action.setEnabled(False)
        else:
            for action in self._locked_actions:
                action.setEnabled(True)
            self._locked_actions = []
            self._show_workspace_state()
            self.workshop_menu.update()
        self.menuBar().setEnabled(not is_open)
        self._sync_undo()
        self.nav.setEnabled(not is_open)
        # the hot seat shows the ballot, not the list of workshops: the grid gets the room
        self.workshops_area.hot_seat(is_open)
        self.workshop_list_action.setEnabled(not is_open)
        pages = self.workshops_area.pages  # nor another page of the workshop (click, Ctrl+Tab)
        for index in range(pages.count()):
            pages.setTabEnabled(index, not is_open or pages.widget(index) is self.rating_page)


def _menu_actions(bar: QMenuBar) -> list[QAction]:
    """Every command of every menu on `bar`, submenus included."""
    found: list[QAction] = []
    pending = [a.menu() for a in bar.actions()]
    while pending:
        menu = pending.pop()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            found.append(action)
            pending.append(action.menu())
    return found
