"""Rounds and rating entry: open and close rounds, and let each participant fill a ballot.

While a round is open the room sees only how many ballots are complete, never a value. A
participant at the laptop (hot seat) or the facilitator typing a paper ballot picks the name,
presses Enter, fills the grid with the keyboard, and presses Done, which hides the ballot
again and picks the next name still to finish. While a ballot is on screen no round control
can be reached: the round cannot be closed, opened or discarded from the hot seat.

Opening, closing and discarding a round are not undo steps: Undo never takes a round, or the
ratings in it, away.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain.errors import UserError
from pmo_tmo_desktop.domain.scoring import Ballot, BallotState
from pmo_tmo_desktop.services import results, workshops
from pmo_tmo_desktop.services.events import RoundsChanged, WorkshopSetupChanged
from pmo_tmo_desktop.services.queries import WorkshopData
from pmo_tmo_desktop.ui.widgets.context import Context
from pmo_tmo_desktop.ui.widgets.dialogs import Messages
from pmo_tmo_desktop.ui.workshop.common.round_progress import progress_text
from pmo_tmo_desktop.ui.workshop.common.workshop_feed import WorkshopFeed
from pmo_tmo_desktop.ui.workshop.rating.ballot_grid import CANT_JUDGE, BallotModel, BallotView
from pmo_tmo_desktop.ui.workshop.rating.pairwise_step import PairwiseStep
from pmo_tmo_desktop.ui.workshop.rating.rating_ballot import BallotEntry
from pmo_tmo_desktop.ui.workshop.rating.round_status import (
    BallotStatusModel,
    DiscardRoundDialog,
    close_question,
    next_incomplete,
)

NOTICE_STYLE = "color: #B3261E; font-weight: bold;"
"""A refused entry: red and bold beside the grid, readable on the light and the dark theme."""


class _EnterStarts(QObject):
    """Enter or Return on the chooser (the name, the mode, the list) starts the ballot."""

    def __init__(self, page: RatingPage) -> None:
        super().__init__(page)
        self._page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
            if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._page.start_ballot()
                return True
        return False


class RatingPage(BallotEntry, QWidget):
    ballot_opened = Signal(bool)
    """True while a ballot is on screen (the projector should then show nothing personal)."""
    progress_changed = Signal(int, object)
    """(round number, ballots) after a rating from this page: how far each ballot is filled,
    never a value (for the projector)."""
    setup_wanted = Signal()
    """Go to Set-up: the workshop lacks what a round needs."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._data: WorkshopData | None = None
        self._offices: Mapping[int, m.Office] = {}
        self._ballots: tuple[Ballot, ...] = ()
        self._voter: int | None = None
        self._feed: WorkshopFeed | None = None
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
        self.close_button.setToolTip(self.tr("Asks first, naming who has not finished"))
        self.close_button.clicked.connect(self.close_round)
        # No Alt letter: a step this drastic is taken on purpose, by click, Tab or the menu.
        self.discard_button = QPushButton(self.tr("Discard Round…"))
        self.discard_button.setObjectName("discardRound")
        self.discard_button.setToolTip(
            self.tr("Remove the latest round and its ratings (a backup is taken first)")
        )
        self.discard_button.clicked.connect(self.discard_round)
        # Open Room / Close Room (the room's control sets its text and connects it).
        self.room_button = QPushButton(self.tr("Open Room…"))
        self.room_button.setObjectName("roomButton")
        self.room_button.setToolTip(self.tr("Participants rate on their own phones"))
        round_box = QGroupBox(self.tr("Round"))
        round_layout = QVBoxLayout(round_box)
        round_layout.addWidget(self.round_label)
        round_layout.addWidget(self.progress)
        # The round's controls, away while a ballot is on screen (and disabled too).
        self.round_controls = QWidget()
        controls = QVBoxLayout(self.round_controls)
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(self.blind)  # a row of its own: a long translation still fits
        buttons = QHBoxLayout()
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.room_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.close_button)
        controls.addLayout(buttons)
        round_layout.addWidget(self.round_controls)
        # -- who rates ---------------------------------------------------------------------
        self.voter = QComboBox()
        self.voter.setAccessibleName(self.tr("Participant"))
        self.voter.setEditable(False)
        self.voter.currentIndexChanged.connect(self._voter_chosen)
        self.hot_seat = QRadioButton(self.tr("Ho&t seat: the participant types"))
        self.paper = QRadioButton(self.tr("&Paper ballot: the facilitator types"))
        self.hot_seat.setChecked(True)
        self._mode = QButtonGroup(self)
        self._mode.addButton(self.hot_seat)
        self._mode.addButton(self.paper)
        self.start_button = QPushButton(self.tr("&Start Ballot"))
        self.start_button.setDefault(True)
        self.start_button.setToolTip(self.tr("Enter on the name starts it too"))
        self.start_button.clicked.connect(self.start_ballot)
        self.status_model = BallotStatusModel(self)
        self.status = QTableView()
        self.status.setObjectName("ballotStatus")
        self.status.setModel(self.status_model)
        self.status.setAccessibleName(self.tr("Ballots of this round"))
        self.status.setAccessibleDescription(
            self.tr("Each participant's ballot: complete, started or not started. Enter starts it.")
        )
        self.status.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.status.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.status.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.status.setTabKeyNavigation(False)  # arrows move between names, Tab leaves
        self.status.setAlternatingRowColors(True)
        self.status.setWordWrap(False)
        self.status.verticalHeader().hide()
        header = self.status.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BallotStatusModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.status.selectionModel().currentRowChanged.connect(self._status_chosen)
        self.status.doubleClicked.connect(lambda _index: self.start_ballot())
        enter = _EnterStarts(self)
        for widget in (self.voter, self.hot_seat, self.paper, self.status):
            widget.installEventFilter(enter)
        chooser = QWidget()
        chooser_row = QHBoxLayout(chooser)
        left = QVBoxLayout()
        pick = QLabel(self.tr("Who is &rating?"))
        pick.setBuddy(self.voter)
        left.addWidget(pick)
        left.addWidget(self.voter)
        left.addWidget(self.hot_seat)
        left.addWidget(self.paper)
        left.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.waiting = QLabel()
        self.waiting.setObjectName("ratingWaiting")
        self.waiting.setWordWrap(True)
        left.addWidget(self.waiting)
        self.setup_button = QPushButton(self.tr("Go to Set-&up"))
        self.setup_button.clicked.connect(self.setup_wanted)
        self.setup_button.hide()
        left.addWidget(self.setup_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addStretch(1)
        right = QVBoxLayout()
        self.status_title = QLabel()
        self.status_title.setObjectName("ballotStatusTitle")
        right.addWidget(self.status_title)
        right.addWidget(self.status, 1)
        chooser_row.addLayout(left, 2)
        chooser_row.addSpacing(12)
        chooser_row.addLayout(right, 3)
        # -- the ballot --------------------------------------------------------------------
        self.ballot_title = QLabel()
        self.ballot_title.setObjectName("ballotTitle")
        self.ballot_model = BallotModel(self)
        self.ballot_model.rating_entered.connect(self._rate)
        self.ballot = BallotView()
        self.ballot.setObjectName("ballotGrid")
        self.ballot.setAccessibleName(self.tr("Ballot"))
        self.ballot.setModel(self.ballot_model)
        self.notice = QLabel()
        self.notice.setObjectName("ballotNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setAccessibleName(self.tr("Ballot message"))
        self.ballot_model.notice.connect(self._show_notice)
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setToolTip(self.tr("Hide the ballot again (Ctrl+Enter)"))
        self.done_button.clicked.connect(self.done)
        self.ballot_state = QLabel()
        self.ballot_state.setObjectName("ballotState")
        ballot_page = QWidget()
        ballot_layout = QVBoxLayout(ballot_page)
        ballot_layout.addWidget(self.ballot_title)
        self.how = QLabel(
            self.tr(
                "Type a number in each cell; Enter or Tab moves on. Type {key} if you can't "
                "judge a cell; Delete clears it. Every answer is saved the moment it is entered."
            ).format(key=CANT_JUDGE)
        )
        self.how.setObjectName("ballotHow")
        self.how.setWordWrap(True)
        self.ballot.setAccessibleDescription(self.how.text())
        ballot_layout.addWidget(self.how)
        ballot_layout.addWidget(self.ballot, 1)
        ballot_layout.addWidget(self.notice)
        self.weights_button = QPushButton(self.tr("Criteria Wei&ghts"))
        self.weights_button.setToolTip(self.tr("Back to comparing the criteria in pairs"))
        self.weights_button.clicked.connect(self.show_pairs)
        bottom = QHBoxLayout()
        bottom.addWidget(self.ballot_state)
        bottom.addStretch(1)
        bottom.addWidget(self.weights_button)
        bottom.addWidget(self.done_button)
        ballot_layout.addLayout(bottom)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(key), ballot_page)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.done)
        self.stack = QStackedWidget()
        self.stack.addWidget(chooser)
        self.stack.addWidget(ballot_page)
        # -- before the ratings, when the workshop asks: the criteria compared in pairs ------
        self.pairs = PairwiseStep(ctx)
        self.pairs.finished.connect(self.show_ratings)
        self.stack.addWidget(self.pairs)
        layout = QVBoxLayout(self)
        layout.addWidget(round_box)
        layout.addWidget(self.stack, 1)
        chain = (
            self.blind,
            self.discard_button,
            self.room_button,
            self.open_button,
            self.close_button,
            self.voter,
            self.hot_seat,
            self.paper,
            self.start_button,
            self.status,
        )
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        QWidget.setTabOrder(self.ballot, self.done_button)
        self._sync_controls()  # no workshop yet: nothing to press

    # -- showing ---------------------------------------------------------------------------

    def follow(self, feed: WorkshopFeed) -> None:
        """The page follows the workshop's set-up and rounds, and its ratings; while a ballot
        is on screen the feed holds the ratings back (the ballot shows its own)."""
        self._feed = feed
        feed.follow(
            self.show_workshop, WorkshopSetupChanged, RoundsChanged, ratings=self.ratings_changed
        )

    def ratings_changed(self, data: WorkshopData, _rounds: frozenset[int]) -> None:
        """Ratings changed (from the room, an import, or a ballot just done): the ballots'
        progress, and the ballot on screen if there is one."""
        self._data = data
        self._show_progress(data)
        if self._voter is not None:
            self._fill_ballot()

    def _show_progress(self, data: WorkshopData) -> None:
        names = {i: o.name for i, o in self._offices.items()}
        self._ballots = results.round_progress(data, names) if data.open_round else ()
        self.status_model.set_ballots(data.participants, self._offices, self._ballots)
        self._select_in_list(self.voter.currentData())
        self._show_round(data)

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
        self._show_progress(data)
        if self._voter is not None:
            self._fill_ballot()

    def _show_round(self, data: WorkshopData) -> None:
        open_round = data.open_round
        total = len(data.participants)
        closed = data.workshop.status == m.WorkshopStatus.CLOSED
        self.progress.setRange(0, max(total, 1))
        if open_round is None:
            last = data.rounds[-1].number if data.rounds else 0
            self.round_label.setText(
                self.tr("No round is open. Rounds so far: {n}.").format(n=last)
                if last
                else self.tr("No round yet. Open round 1 when the room is ready.")
            )
            self.progress.setValue(0)
            self.progress.setFormat(self.tr("—"))
            self.status_title.setText(self.tr("<b>Ballots</b> (once a round is open)"))
        else:
            done = sum(b.state == BallotState.COMPLETE for b in self._ballots)
            kind = self.tr("blind") if open_round.blind else self.tr("open")
            self.round_label.setText(
                self.tr("<b>Round {n}</b> is open ({kind}).").format(n=open_round.number, kind=kind)
            )
            self.progress.setValue(done)
            self.progress.setFormat(progress_text(self._ballots))
            self.status_title.setText(
                self.tr("<b>Ballots of round {n}</b>").format(n=open_round.number)
            )
        if closed:
            self.waiting.setText(
                self.tr("This workshop is closed; its ratings can no longer change.")
            )
        elif open_round is None and self._missing():
            refusal = workshops.round_refusal(self._missing())
            self.waiting.setText(refusal[:1].upper() + refusal[1:] + ".")
        elif open_round is None:
            self.waiting.setText(self.tr("Open a round to start rating."))
        elif self._ballots and next_incomplete(self._ballots, None) is None:
            self.waiting.setText(
                self.tr("Every ballot is complete. Close the round when the room is ready.")
            )
        else:
            self.waiting.setText(self.tr("Pick a name and press Enter to start that ballot."))
        self._sync_controls()

    def _writable(self) -> bool:
        data, ws = self._data, self._ctx.workspace
        return (
            data is not None
            and data.workshop.status != m.WorkshopStatus.CLOSED
            and ws is not None
            and not ws.read_only
        )

    def _sync_controls(self) -> None:
        """What can be pressed now: nothing of the round while a ballot is on screen."""
        data = self._data
        free = self._writable() and not self.ballot_visible()
        open_round = data.open_round if data is not None else None
        has_round = data is not None and bool(data.rounds)
        people = data is not None and bool(data.participants)
        missing = bool(self._missing())
        self.open_button.setEnabled(free and open_round is None and not missing)
        self.blind.setEnabled(free and open_round is None)
        self.close_button.setEnabled(free and open_round is not None)
        self.discard_button.setEnabled(free and has_round)
        self.start_button.setEnabled(free and open_round is not None and people)
        self.round_controls.setEnabled(not self.ballot_visible())
        self.round_controls.setVisible(not self.ballot_visible())
        self.setup_button.setVisible(self._writable() and open_round is None and missing)

    def _missing(self) -> list[str]:
        """What the workshop lacks before a round can open (the services' rule)."""
        data = self._data
        if data is None:
            return []
        return workshops.missing_for_round(
            len(data.participants), len(data.criteria), len(data.proposals)
        )

    # -- choosing who rates ------------------------------------------------------------------

    def _voter_chosen(self, _index: int) -> None:
        self._select_in_list(self.voter.currentData())

    def _status_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        chosen = self.status_model.participant_id(current.row()) if current.isValid() else None
        index = self.voter.findData(chosen) if chosen is not None else -1
        if index >= 0 and index != self.voter.currentIndex():
            self.voter.setCurrentIndex(index)

    def _select_in_list(self, participant_id: object) -> None:
        row = self.status_model.row_of(participant_id if isinstance(participant_id, int) else None)
        selection = self.status.selectionModel()
        if row < 0:
            selection.clear()
            return
        if self.status.currentIndex().row() == row:
            return
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        selection.setCurrentIndex(self.status_model.index(row, 0), flags)

    def choose(self, participant_id: int) -> None:
        """Select `participant_id` for the next ballot (in the chooser and in the list)."""
        index = self.voter.findData(participant_id)
        if index >= 0:
            self.voter.setCurrentIndex(index)

    # -- rounds ----------------------------------------------------------------------------

    def open_round(self) -> None:
        ws, data = self._ctx.workspace, self._data
        if ws is None or data is None or self.ballot_visible() or not self._writable():
            return
        blind = self.blind.isChecked()
        self._ctx.run(
            self.tr("Open round"),
            lambda: workshops.open_round(ws, data.workshop.id, blind),
            undoable=False,
        )
        self.voter.setFocus()

    def close_round(self) -> None:
        """Close the open round once the facilitator has confirmed, seeing who is not done.

        Never while a ballot is on screen: the participant at the keyboard cannot close it."""
        ws, data = self._ctx.workspace, self._data
        if ws is None or data is None or self.ballot_visible() or not self._writable():
            return
        open_round = data.open_round
        if open_round is None:
            return
        names = {p.id: p.name for p in data.participants}
        question = close_question(open_round.number, open_round.blind, self._ballots, names)
        yes = self.tr("Close and Reveal") if open_round.blind else self.tr("Close Round")
        if not Messages.confirm(self, self.tr("Close round"), question, yes):
            return
        self._ctx.run(
            self.tr("Close round"),
            lambda: workshops.close_round(ws, data.workshop.id),
            undoable=False,
        )

    def discard_round(self) -> None:
        """Remove the workshop's latest round and its ratings, after saying what goes and
        asking why. A backup is taken first; it is no undo step."""
        ws, data = self._ctx.workspace, self._data
        if ws is None or data is None or self.ballot_visible() or not self._writable():
            return
        if not data.rounds:
            return
        try:
            loss = workshops.discard_preview(ws, data.workshop.id)
        except UserError as error:
            Messages.warn(self, self.tr("Discard round"), str(error))
            return
        if loss.ratings:
            what = self.tr("Round {n} and its {ratings} by {raters} will be removed.").format(
                n=loss.number,
                ratings=self.tr("%n rating(s)", "", loss.ratings),
                raters=self.tr("%n participant(s)", "", loss.raters),
            )
        else:
            what = self.tr("Round {n} will be removed; it holds no ratings.").format(n=loss.number)
        why = DiscardRoundDialog.ask(self, what)
        if why is None:
            return
        self._ctx.run(
            self.tr("Discard round {n}").format(n=loss.number),
            lambda: workshops.discard_round(ws, data.workshop.id, why, data.workshop.facilitator),
            undoable=False,
        )

    def can_discard(self) -> bool:
        """Whether `discard_round` may be offered now (for the menu)."""
        return self.discard_button.isEnabled()
