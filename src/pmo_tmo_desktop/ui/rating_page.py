"""Rounds and rating entry: open and close rounds, and let each participant fill a ballot.

While a round is open the room sees only how many have rated, never a value. A participant
at the laptop (hot seat) or the facilitator typing a paper ballot picks the name, fills the
grid with the keyboard, and presses Done, which hides the ballot again.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.services import workshops
from pmo_tmo_desktop.services.queries import WorkshopData
from pmo_tmo_desktop.ui.ballot_grid import BallotModel, BallotView
from pmo_tmo_desktop.ui.raci_view import Context


class RatingPage(QWidget):
    ballot_opened = Signal(bool)
    """True while a ballot is on screen (the projector should then show nothing personal)."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._data: WorkshopData | None = None
        self._offices: Mapping[int, m.Office] = {}
        self._voter: int | None = None
        # -- the round ---------------------------------------------------------------------
        self.round_label = QLabel()
        self.round_label.setObjectName("roundLabel")
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Rating progress"))
        self.progress.setTextVisible(True)
        self.blind = QCheckBox(self.tr("&Blind (nobody sees ratings until the round closes)"))
        self.blind.setChecked(True)
        self.open_button = QPushButton(self.tr("&Open Round"))
        self.open_button.clicked.connect(self.open_round)
        self.close_button = QPushButton(self.tr("&Close and Reveal"))
        self.close_button.clicked.connect(self.close_round)
        round_box = QGroupBox(self.tr("Round"))
        round_layout = QVBoxLayout(round_box)
        round_layout.addWidget(self.round_label)
        round_layout.addWidget(self.progress)
        round_layout.addWidget(self.blind)  # a row of its own: a long translation still fits
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.close_button)
        round_layout.addLayout(buttons)
        # -- who rates ---------------------------------------------------------------------
        self.voter = QComboBox()
        self.voter.setAccessibleName(self.tr("Participant"))
        self.voter.setEditable(False)
        self.hot_seat = QRadioButton(self.tr("Ho&t seat: the participant types"))
        self.paper = QRadioButton(self.tr("&Paper ballot: the facilitator types"))
        self.hot_seat.setChecked(True)
        self._mode = QButtonGroup(self)
        self._mode.addButton(self.hot_seat)
        self._mode.addButton(self.paper)
        self.start_button = QPushButton(self.tr("&Start Ballot"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start_ballot)
        chooser = QWidget()
        chooser_layout = QVBoxLayout(chooser)
        pick = QLabel(self.tr("Who is &rating?"))
        pick.setBuddy(self.voter)
        chooser_layout.addWidget(pick)
        chooser_layout.addWidget(self.voter)
        chooser_layout.addWidget(self.hot_seat)
        chooser_layout.addWidget(self.paper)
        chooser_layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.waiting = QLabel()
        self.waiting.setWordWrap(True)
        chooser_layout.addWidget(self.waiting)
        chooser_layout.addStretch(1)
        # -- the ballot --------------------------------------------------------------------
        self.ballot_title = QLabel()
        self.ballot_title.setObjectName("ballotTitle")
        self.ballot_model = BallotModel(self)
        self.ballot_model.rating_entered.connect(self._rate)
        self.ballot = BallotView()
        self.ballot.setObjectName("ballotGrid")
        self.ballot.setAccessibleName(self.tr("Ballot"))
        self.ballot.setModel(self.ballot_model)
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setToolTip(self.tr("Hide the ballot again (Ctrl+Enter)"))
        self.done_button.clicked.connect(self.finish_ballot)
        self.ballot_state = QLabel()
        ballot_page = QWidget()
        ballot_layout = QVBoxLayout(ballot_page)
        ballot_layout.addWidget(self.ballot_title)
        how = QLabel(
            self.tr(
                "Type a number in each cell; Enter or Tab moves on; Delete clears; leave a "
                "cell empty if you cannot judge it. Every number is saved the moment it is "
                "entered."
            )
        )
        how.setWordWrap(True)
        self.ballot.setAccessibleDescription(how.text())
        ballot_layout.addWidget(how)
        ballot_layout.addWidget(self.ballot, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.ballot_state)
        bottom.addStretch(1)
        bottom.addWidget(self.done_button)
        ballot_layout.addLayout(bottom)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(key), ballot_page)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.finish_ballot)
        self.stack = QStackedWidget()
        self.stack.addWidget(chooser)
        self.stack.addWidget(ballot_page)
        layout = QVBoxLayout(self)
        layout.addWidget(round_box)
        layout.addWidget(self.stack, 1)

    # -- showing ---------------------------------------------------------------------------

    def show_workshop(self, data: WorkshopData, offices: Mapping[int, m.Office]) -> None:
        if self._data is not None and self._data.workshop.id != data.workshop.id:
            self.finish_ballot()
        self._data, self._offices = data, offices
        current = self.voter.currentData()
        self.voter.blockSignals(True)
        self.voter.clear()
        for p in data.participants:
            office = offices.get(p.office_id) if p.office_id is not None else None
            self.voter.addItem(f"{p.name} ({office.name})" if office else p.name, p.id)
        index = self.voter.findData(current)
        self.voter.setCurrentIndex(max(0, index))
        self.voter.blockSignals(False)
        self._show_round(data)
        if self._voter is not None:
            self._fill_ballot()

    def _show_round(self, data: WorkshopData) -> None:
        open_round = data.open_round
        total = len(data.participants)
        closed = data.workshop.status == m.WorkshopStatus.CLOSED
        if open_round is None:
            last = data.rounds[-1].number if data.rounds else 0
            self.round_label.setText(
                self.tr("No round is open. Rounds so far: {n}.").format(n=last)
                if last
                else self.tr("No round yet. Open round 1 when the room is ready.")
            )
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(0)
            self.progress.setFormat(self.tr("—"))
        else:
            rated = len({r.participant_id for r in data.ratings if r.round_id == open_round.id})
            kind = self.tr("blind") if open_round.blind else self.tr("open")
            self.round_label.setText(
                self.tr("<b>Round {n}</b> is open ({kind}).").format(n=open_round.number, kind=kind)
            )
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(rated)
            self.progress.setFormat(
                self.tr("{rated} of {total} have rated").format(rated=rated, total=total)
            )
        writable = (
            not closed and self._ctx.workspace is not None and not self._ctx.workspace.read_only
        )
        self.open_button.setEnabled(writable and open_round is None)
        self.blind.setEnabled(writable and open_round is None)
        self.close_button.setEnabled(writable and open_round is not None)
        self.start_button.setEnabled(writable and open_round is not None and total > 0)
        if closed:
            self.waiting.setText(
                self.tr("This workshop is closed; its ratings can no longer change.")
            )
        elif open_round is None:
            self.waiting.setText(self.tr("Open a round to start rating."))
        else:
            self.waiting.setText(self.tr("Pick a name and press Enter to start that ballot."))

    # -- rounds ----------------------------------------------------------------------------

    def open_round(self) -> None:
        ws, data = self._ctx.workspace, self._data
        if ws is None or data is None:
            return
        blind = self.blind.isChecked()
        self._ctx.run(
            self.tr("Open round"), lambda: workshops.open_round(ws, data.workshop.id, blind)
        )
        self.voter.setFocus()

    def close_round(self) -> None:
        ws, data = self._ctx.workspace, self._data
        if ws is None or data is None:
            return
        self.finish_ballot()  # stores a number still being typed first
        self._ctx.run(self.tr("Close round"), lambda: workshops.close_round(ws, data.workshop.id))

    # -- ballots ---------------------------------------------------------------------------

    def start_ballot(self) -> None:
        if self._data is None or self._data.open_round is None or self.voter.count() == 0:
            return
        self._voter = int(self.voter.currentData())
        self._fill_ballot()
        self.stack.setCurrentIndex(1)
        self.ballot.setCurrentIndex(self.ballot_model.index(0, 0))
        self.ballot.setFocus()
        self.ballot_opened.emit(True)

    def _fill_ballot(self) -> None:
        data = self._data
        if data is None or self._voter is None:
            return
        open_round = data.open_round
        if open_round is None:
            self.finish_ballot()
            return
        mine = {
            (r.proposal_id, r.criterion_id): r.value
            for r in data.ratings
            if r.round_id == open_round.id and r.participant_id == self._voter
        }
        self.ballot_model.set_ballot(data.proposals, data.criteria, mine)
        name = next((p.name for p in data.participants if p.id == self._voter), "")
        who = (
            self.tr("entered by the facilitator")
            if self.paper.isChecked()
            else self.tr("entered by the participant")
        )
        self.ballot_title.setText(
            self.tr("<h2>Ballot of {name}</h2>Round {n}, {who}").format(
                name=name, n=open_round.number, who=who
            )
        )
        cells = len(data.proposals) * len(data.criteria)
        self.ballot_state.setText(
            self.tr("{filled} of {cells} cells rated").format(
                filled=self.ballot_model.filled(), cells=cells
            )
        )

    def commit_open_editor(self) -> None:
        """A number still in the cell editor is stored (Done, Ctrl+Enter, closing the round)."""
        if self.ballot.state() != QAbstractItemView.State.EditingState:
            return
        editor = next((e for e in self.ballot.findChildren(QLineEdit) if e.isVisible()), None)
        if editor is not None:
            self.ballot.commitData(editor)
            self.ballot.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def finish_ballot(self) -> None:
        if self._voter is not None:
            self.commit_open_editor()
        was_open = self._voter is not None
        self._voter = None
        self.ballot_model.set_ballot((), (), {})
        self.stack.setCurrentIndex(0)
        if was_open:
            self.voter.setFocus()
            self.ballot_opened.emit(False)

    def _rate(self, proposal_id: int, criterion_id: int, value: float | None) -> None:
        ws, data, voter = self._ctx.workspace, self._data, self._voter
        if ws is None or data is None or voter is None or data.open_round is None:
            return
        round_id = data.open_round.id
        by = m.EnteredBy.FACILITATOR if self.paper.isChecked() else m.EnteredBy.SELF
        self._ctx.run(
            self.tr("Rate"),
            lambda: workshops.rate(ws, round_id, voter, proposal_id, criterion_id, value, by),
        )

    def ballot_visible(self) -> bool:
        return self.stack.currentIndex() == 1
