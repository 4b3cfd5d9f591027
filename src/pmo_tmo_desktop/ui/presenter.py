"""The presenter view: what the room sees on the projector, and nothing more.

Large type; the current agenda item and its timer; the round's progress; results and the gap
view only once the round is revealed. It never shows an individual rating, and no names at all
when the workshop is anonymous. The facilitator's controls stay on the laptop screen.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QKeyEvent
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
from pmo_tmo_desktop.services.queries import WorkshopData
from pmo_tmo_desktop.services.results import WorkshopResults
from pmo_tmo_desktop.ui.columns import keep_titles
from pmo_tmo_desktop.ui.record_model import Column, RecordTableModel
from pmo_tmo_desktop.ui.results_page import RIGHT, GapModel, one, signed


def _big(widget: QWidget, factor: float) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(max(font.pointSizeF(), 9) * factor)
    widget.setFont(font)


class PresenterWindow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("PMO–TMO Desktop — presenter view"))
        self.setObjectName("presenterView")
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
        _big(self.progress, 2.6)
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
        self.body = QStackedWidget()
        self.body.addWidget(self.progress)
        self.body.addWidget(revealed)
        head = QHBoxLayout()
        head.addWidget(self.agenda, 1)
        head.addWidget(self.timer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.title)
        layout.addLayout(head)
        layout.addWidget(self.body, 1)
        self.resize(1280, 720)

    # -- content ---------------------------------------------------------------------------

    def show_state(
        self, data: WorkshopData | None, found: WorkshopResults | None, colours: tuple[str, str]
    ) -> None:
        if data is None:
            self.title.setText(self.tr("No workshop selected"))
            self.progress.setText("")
            self.body.setCurrentIndex(0)
            return
        self.title.setText(f"<b>{escape(data.workshop.title)}</b>")
        open_round = data.open_round
        if open_round is not None:
            rated = len({r.participant_id for r in data.ratings if r.round_id == open_round.id})
            self.progress.setText(
                self.tr("Round {n}<br><b>{rated} of {total} have rated</b>").format(
                    n=open_round.number, rated=rated, total=len(data.participants)
                )
            )
            if open_round.blind:
                self.body.setCurrentIndex(0)
                return
        results = found.results if found is not None else None
        if results is None or results.round_number is None:
            if open_round is None:
                self.progress.setText(self.tr("Waiting for the first round"))
            self.body.setCurrentIndex(0)
            return
        self.results_model.set_records(results.proposals)
        self.gap_model.set_results(results, tuple(c.name for c in data.criteria), colours)
        self.body.setCurrentIndex(1)

    def show_agenda(self, title: str, presenter: str, anonymous: bool) -> None:
        who = "" if anonymous or not presenter else f" — {escape(presenter)}"
        self.agenda.setText(f"{escape(title)}{who}" if title else "")

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
        """Full screen on a second screen when there is one; a window otherwise."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            main = self.parentWidget().screen() if self.parentWidget() else screens[0]
            other = next((s for s in screens if s is not main), screens[-1])
            self.setScreen(other)
            self.move(other.geometry().topLeft())
            self.showFullScreen()
        else:
            self.show()
        self.raise_()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.hide()
        event.ignore()  # kept for the next time the facilitator presents


def anonymous(data: WorkshopData | None) -> bool:
    return data is not None and data.workshop.anonymity == m.Anonymity.ANONYMOUS
