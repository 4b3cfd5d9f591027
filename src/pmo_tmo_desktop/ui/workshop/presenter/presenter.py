"""The presenter view: what the room sees on the projector, and nothing more.

Large type; the current agenda item and its timer; the open round's progress ("7 of 12
complete"); results and the gap view only once the round is revealed. It never shows an
individual rating, and no names at all when the workshop is anonymous. The facilitator's
controls stay on the laptop screen. F11 (or the context menu) turns full screen on and off on
whichever screen the window is on, a single mirrored one too; Esc leaves full screen.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain.offices import colours as office_colours
from pmo_tmo_desktop.domain.scoring import Ballot
from pmo_tmo_desktop.services import results
from pmo_tmo_desktop.services.queries import WorkshopData
from pmo_tmo_desktop.services.results import WorkshopResults
from pmo_tmo_desktop.ui.widgets.columns import keep_titles
from pmo_tmo_desktop.ui.widgets.formatting import one, signed
from pmo_tmo_desktop.ui.widgets.qt_common import RIGHT
from pmo_tmo_desktop.ui.widgets.record_model import Column, RecordTableModel
from pmo_tmo_desktop.ui.workshop.common.gap_view import GapModel
from pmo_tmo_desktop.ui.workshop.common.round_progress import progress_text
from pmo_tmo_desktop.ui.workshop.presenter.presenter_room import PresenterRoom

BASE_HEIGHT = 720
"""The window height the type sizes are set for; a taller window (a projector in full screen)
scales the large type up in proportion, so it fills the wall rather than a corner."""


def _big(widget: QWidget, factor: float) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(max(font.pointSizeF(), 9) * factor)
    widget.setFont(font)
    widget.setProperty("presenterPointSize", font.pointSizeF())


def _scale(widget: QWidget, ratio: float) -> None:
    base = widget.property("presenterPointSize")
    if base:
        font = QFont(widget.font())
        font.setPointSizeF(float(base) * ratio)
        widget.setFont(font)


class PresenterWindow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("PMO–TMO Desktop — presenter view"))
        self.setObjectName("presenterView")
        self._offices: Mapping[int, m.Office] = {}
        self._view: WorkshopResults | None = None
        """The results on the wall (the default round), as last scored."""
        self.title = QLabel()
        self.title.setWordWrap(True)
        _big(self.title, 2.2)
        self.agenda = QLabel()
        self.agenda.setObjectName("presenterAgenda")
        self.agenda.setWordWrap(True)
        _big(self.agenda, 1.6)
        self.timer = QLabel()
        self.timer.setObjectName("presenterTimer")
        self.timer.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        _big(self.timer, 3.0)
        self.progress = QLabel()
        self.progress.setObjectName("presenterProgress")
        self.progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress.setWordWrap(True)
        _big(self.progress, 3.6)  # the room reads it from the back row
        self.results_model = RecordTableModel(
            [
                Column(self.tr("Rank"), lambda p: p.rank or "—", RIGHT),
                Column(self.tr("Proposal"), lambda p: p.title),
                Column(self.tr("Score"), lambda p: one(p.score), RIGHT),
                Column(self.tr("PMO"), lambda p: one(p.pmo_score), RIGHT),
                Column(self.tr("TMO"), lambda p: one(p.tmo_score), RIGHT),
                Column(self.tr("Gap"), lambda p: signed(p.gap), RIGHT),
            ],
            self,
        )
        self.results = QTableView()
        self.results.setObjectName("presenterResults")
        self.results.setModel(self.results_model)
        self.gap_model = GapModel(self)
        self.gaps = QTableView()
        self.gaps.setObjectName("presenterGaps")
        self.gaps.setModel(self.gap_model)
        for widget, name in (
            (self.agenda, self.tr("Current agenda item")),
            (self.timer, self.tr("Time left on the current item")),
            (self.progress, self.tr("Rating progress")),
            (self.results, self.tr("Results by proposal")),
            (self.gaps, self.tr("PMO versus TMO gap by criterion")),
        ):
            widget.setAccessibleName(name)
        for view in (self.results, self.gaps):
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            _big(view, 1.5)
            view.verticalHeader().setDefaultSectionSize(int(view.fontMetrics().height() * 1.6))
        self.results.verticalHeader().hide()
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        keep_titles(header)
        keep_titles(self.gaps.horizontalHeader())
        self.gaps.verticalHeader().setMaximumWidth(360)
        self.gaps.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        revealed = QWidget()
        revealed_layout = QVBoxLayout(revealed)  # ranking on top, the gap view below
        revealed_layout.addWidget(self.results, 1)
        revealed_layout.addWidget(self.gaps, 1)
        self.withheld = QLabel()  # why some figures read "—" (office privacy)
        self.withheld.setObjectName("presenterWithheld")
        self.withheld.setWordWrap(True)
        _big(self.withheld, 1.3)
        revealed_layout.addWidget(self.withheld)
        self.body = QStackedWidget()
        self.body.addWidget(self.progress)
        self.body.addWidget(revealed)
        # While the room is open and nothing is revealed: how to join, large.
        self.room = PresenterRoom()
        self.room.hide()
        self._room_open = False
        self.body.currentChanged.connect(lambda _i: self._place_room())
        head = QHBoxLayout()
        head.addWidget(self.agenda, 1)
        head.addWidget(self.timer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.title)
        layout.addLayout(head)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.room, 2)
        self.resize(1280, 720)
        # Its own keys: it is a window of its own, often the only one on the projector.
        self.full_screen_action = QAction(self.tr("&Full Screen"), self)
        self.full_screen_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.full_screen_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.full_screen_action.setCheckable(True)
        self.full_screen_action.triggered.connect(lambda _checked=False: self.toggle_full_screen())
        self.close_action = QAction(self.tr("&Close Presenter View"), self)
        self.close_action.triggered.connect(lambda _checked=False: self.close())
        self.addAction(self.full_screen_action)
        self.addAction(self.close_action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    # -- content ---------------------------------------------------------------------------

    def show_workshop(self, data: WorkshopData, offices: Mapping[int, m.Office]) -> None:
        """The chosen workshop: the open round's progress, and its default round's results
        once revealed."""
        self._offices = offices
        self._view = results.compute(data, {i: o.name for i, o in offices.items()})
        self.show_state(data, self._view, office_colours(offices.values()))

    def ratings_changed(self, data: WorkshopData, rounds: frozenset[int]) -> None:
        """Ratings of `rounds` changed: the results are scored again only when they show one
        of those rounds; otherwise only the open round's progress moves."""
        if self._view is None or results.shows_ratings_of(self._view, rounds):
            self.show_workshop(data, self._offices)
            return
        open_round = data.open_round
        if open_round is not None:
            names = {i: o.name for i, o in self._offices.items()}
            self.show_progress(open_round.number, results.round_progress(data, names))

    def show_nothing(self) -> None:
        """No workshop is chosen."""
        self._view = None
        self.show_state(None, None, ("", ""))

    def show_state(
        self, data: WorkshopData | None, found: WorkshopResults | None, colours: tuple[str, str]
    ) -> None:
        if data is None:
            self.title.setText(self.tr("No workshop selected"))
            self.progress.setText("")
            self.body.setCurrentIndex(0)
            self._place_room()
            return
        self.title.setText(f"<b>{escape(data.workshop.title)}</b>")
        open_round = data.open_round
        shown = results.on_screen(found) if found is not None else None
        if open_round is not None:
            # how many ballots are complete, never a value (the same words as the laptop's)
            ballots = results.round_progress(data, found.offices if found is not None else {})
            self.show_progress(open_round.number, ballots)
        if shown is None:
            if open_round is None:
                self.progress.setText(self.tr("Waiting for the first round"))
            self.body.setCurrentIndex(0)
            self._place_room()
            return
        self.withheld.setText(
            self.tr("— withheld for privacy: fewer than two participants of an office rated it.")
            if found is not None and found.any_withheld
            else ""
        )
        self.withheld.setVisible(bool(self.withheld.text()))
        self.results_model.set_records(shown.proposals)
        self.gap_model.set_results(shown, tuple(c.name for c in data.criteria), colours)
        self.body.setCurrentIndex(1)
        self._place_room()

    def show_progress(self, number: int, ballots: tuple[Ballot, ...]) -> None:
        """How many ballots of the open round are complete, never a value (the same words as
        the laptop's)."""
        self.progress.setText(
            self.tr("Round {n}<br><b>{progress}</b>").format(
                n=number, progress=escape(progress_text(ballots))
            )
        )

    def show_room(self, url: str | None, code: str = "") -> None:
        """The open room's address and code (None: the room is closed)."""
        self._room_open = url is not None
        if url is not None:
            self.room.show_room(url, code)
        self._place_room()

    def _place_room(self) -> None:
        self.room.setVisible(self._room_open and self.body.currentIndex() == 0)

    def show_agenda(self, title: str, presenter: str, anonymous: bool, when: str = "") -> None:
        """The current item; `when` its time on the clock ("09:20–09:40"), if known."""
        who = "" if anonymous or not presenter else f" — {escape(presenter)}"
        at = f"{escape(when)} · " if when else ""
        self.agenda.setText(f"{at}{escape(title)}{who}" if title else "")

    def show_timer(self, remaining_seconds: int | None) -> None:
        if remaining_seconds is None:
            self.timer.setText("")
            return
        over = remaining_seconds < 0
        seconds = abs(remaining_seconds)
        text = f"{'+' if over else ''}{seconds // 60}:{seconds % 60:02d}"
        colour = "#C62828" if over else ("#B26A00" if remaining_seconds <= 120 else "")
        self.timer.setStyleSheet(f"color: {colour};" if colour else "")
        self.timer.setText(text)

    # -- placing ---------------------------------------------------------------------------

    def present(self) -> None:
        """Full screen on a second screen when there is one; a window otherwise (F11 then
        makes it full screen where it is)."""
        screens = QGuiApplication.screens()
        parent = self.parentWidget()
        if len(screens) > 1:
            main = parent.screen() if parent is not None else screens[0]
            other = next((s for s in screens if s is not main), screens[-1])
            self.setScreen(other)
            self.move(other.geometry().topLeft())
            self.showFullScreen()
        else:
            self.show()
        self.raise_()
        self.activateWindow()

    def toggle_full_screen(self) -> None:
        """Full screen on the screen the window is on, or back to a window."""
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.full_screen_action.setChecked(self.isFullScreen())

    def resizeEvent(self, event: QResizeEvent) -> None:
        ratio = max(1.0, event.size().height() / BASE_HEIGHT)
        for widget in (self.title, self.agenda, self.timer, self.progress):
            _scale(widget, ratio)
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange:
            self.full_screen_action.setChecked(self.isFullScreen())
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:  # leaves full screen first, then the window
            if self.isFullScreen():
                self.toggle_full_screen()
            else:
                self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.hide()
        event.ignore()  # kept for the next time the facilitator presents


def anonymous(data: WorkshopData | None) -> bool:
    return data is not None and data.workshop.anonymity == m.Anonymity.ANONYMOUS
