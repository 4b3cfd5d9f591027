"""A participant's ballot on the Rating page: started from the chosen name, filled in the
grid (after the criteria compared in pairs, when the workshop asks), stored cell by cell, and
hidden again by Done, which picks the next name still to finish."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QLineEdit

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.services import workshops
from pmo_tmo_desktop.ui.workshop.rating.round_status import next_incomplete

if TYPE_CHECKING:
    from collections.abc import Mapping

    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import (
        QComboBox,
        QLabel,
        QPushButton,
        QRadioButton,
        QStackedWidget,
        QWidget,
    )

    from pmo_tmo_desktop.domain.scoring import Ballot
    from pmo_tmo_desktop.services.queries import WorkshopData
    from pmo_tmo_desktop.ui.widgets.context import Context
    from pmo_tmo_desktop.ui.workshop.common.workshop_feed import WorkshopFeed
    from pmo_tmo_desktop.ui.workshop.rating.ballot_grid import BallotModel, BallotView
    from pmo_tmo_desktop.ui.workshop.rating.pairwise_step import PairwiseStep
    from pmo_tmo_desktop.ui.workshop.rating.round_status import BallotStatusModel

    class _Page(QWidget):
        """The page's parts the ballot works on, and what it does (RatingPage)."""

        _ctx: Context
        _data: WorkshopData | None
        _offices: Mapping[int, m.Office]
        _ballots: tuple[Ballot, ...]
        _voter: int | None  # the participant whose ballot is on screen
        _feed: WorkshopFeed | None
        voter: QComboBox
        paper: QRadioButton
        start_button: QPushButton
        weights_button: QPushButton
        status_model: BallotStatusModel
        stack: QStackedWidget
        pairs: PairwiseStep
        ballot: BallotView
        ballot_model: BallotModel
        ballot_title: QLabel
        ballot_state: QLabel
        notice: QLabel
        ballot_opened: ClassVar[Signal]
        progress_changed: ClassVar[Signal]

        def choose(self, participant_id: int) -> None: ...

        def _show_round(self, data: WorkshopData) -> None: ...

        def _sync_controls(self) -> None: ...

    _Base = _Page
else:
    _Base = object


class BallotEntry(_Base):
    """Mixed into RatingPage: the ballot, from Start Ballot to Done.

    Its texts are translated in the Rating page's context, where they were always read."""

    def start_ballot(self) -> None:
        if self.ballot_visible() or not self.start_button.isEnabled():
            return
        if self._data is None or self._data.open_round is None or self.voter.count() == 0:
            return
        self._voter = int(self.voter.currentData())
        self._show_notice("")
        self._fill_ballot()
        self.weights_button.setVisible(self.asks_pairs())
        if self.asks_pairs():
            self.show_pairs()
        else:
            self.show_ratings()
        self.ballot_opened.emit(True)
        if self._feed is not None:
            self._feed.hold()

    def asks_pairs(self) -> bool:
        """Whether this workshop's ballots begin with the criteria compared in pairs."""
        data = self._data
        return data is not None and data.workshop.pairwise_weights and len(data.criteria) >= 2

    def show_pairs(self) -> None:
        """The ballot's Criteria weights step (before the ratings; Skip goes on to them)."""
        data, voter = self._data, self._voter
        if data is None or voter is None:
            return
        name = next((p.name for p in data.participants if p.id == voter), "")
        by = m.EnteredBy.FACILITATOR if self.paper.isChecked() else m.EnteredBy.SELF
        self.stack.setCurrentWidget(self.pairs)
        self._sync_controls()
        self.pairs.open(data.workshop.id, voter, name, by)

    def show_ratings(self) -> None:
        """The ballot's ratings grid, ready for the first cell."""
        if self._voter is None:
            return
        self.stack.setCurrentIndex(1)
        self._sync_controls()
        self.ballot.setCurrentIndex(self.ballot_model.index(0, 0))
        self.ballot.setFocus()

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
            QCoreApplication.translate("RatingPage", "entered by the facilitator")
            if self.paper.isChecked()
            else QCoreApplication.translate("RatingPage", "entered by the participant")
        )
        self.ballot_title.setText(
            QCoreApplication.translate(
                "RatingPage", "<h2>Ballot of {name}</h2>Round {n}, {who}"
            ).format(name=name, n=open_round.number, who=who)
        )
        self._show_ballot_state()

    def _show_ballot_state(self) -> None:
        filled, cells = self.ballot_model.filled(), self.ballot_model.cells()
        if cells and filled >= cells:
            self.ballot_state.setText(
                QCoreApplication.translate(
                    "RatingPage", "All %n cell(s) answered: this ballot is complete.", "", cells
                )
            )
        else:
            self.ballot_state.setText(
                QCoreApplication.translate(
                    "RatingPage", "{filled} of %n cell(s) answered", "", cells
                ).format(filled=filled)
            )

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)

    def commit_open_editor(self) -> bool:
        """A number still in the cell editor is stored (Done, Ctrl+Enter, closing the file).

        False when it was refused (outside the scale): the ballot then says why."""
        if self.ballot.state() != QAbstractItemView.State.EditingState:
            return True
        editor = next((e for e in self.ballot.findChildren(QLineEdit) if e.isVisible()), None)
        if editor is None:
            return True
        self.ballot.commitData(editor)
        refused = self.ballot_model.refused
        self.ballot.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        return not refused

    def done(self) -> None:
        """Done (or Ctrl+Enter): store what is being typed, hide the ballot, and choose the
        next participant whose ballot is not complete, ready for Enter."""
        if self._voter is None:
            return
        if not self.commit_open_editor():
            self.ballot.setFocus()  # the refused number is explained; the ballot stays
            return
        finished = self._voter
        self.finish_ballot()
        following = next_incomplete(self._ballots, finished)
        if following is not None:
            self.choose(following)
        self.voter.setFocus()

    def finish_ballot(self) -> None:
        """Hide the ballot (a number still being typed is stored, when it may be)."""
        if self._voter is not None:
            self.commit_open_editor()
        was_open = self._voter is not None
        self._voter = None
        self.ballot_model.set_ballot((), (), {})
        self.pairs.close_ballot()
        self._show_notice("")
        self.stack.setCurrentIndex(0)
        self._sync_controls()
        if was_open:
            self.voter.setFocus()
            self.ballot_opened.emit(False)
            if self._feed is not None:
                self._feed.release()  # the ratings entered meanwhile reach the other pages

    def _rate(
        self, proposal_id: int, criterion_id: int, value: float | None, cant_judge: bool
    ) -> None:
        ws, data, voter = self._ctx.workspace, self._data, self._voter
        if ws is None or data is None or voter is None or data.open_round is None:
            return
        round_id, number = data.open_round.id, data.open_round.number
        by = m.EnteredBy.FACILITATOR if self.paper.isChecked() else m.EnteredBy.SELF
        outcome = self._ctx.run(
            QCoreApplication.translate("RatingPage", "Rate"),
            lambda: workshops.rate(
                ws, round_id, voter, proposal_id, criterion_id, value, by, cant_judge=cant_judge
            ),
        )
        if outcome is None:  # refused: the cell keeps what is stored, the message says why
            return
        # Stored and committed. The page follows from what the rating returned (its cell, the
        # round's ballots), reading nothing; the rest of the workshop catches up once the
        # ballot is done.
        self.ballot_model.put(proposal_id, criterion_id, value, value is not None or cant_judge)
        self._show_ballot_state()
        if isinstance(outcome.value, tuple):
            self._ballots = outcome.value
            self.status_model.set_ballots(data.participants, self._offices, self._ballots)
            self._show_round(data)
            self.progress_changed.emit(number, self._ballots)

    def ballot_visible(self) -> bool:
        return self.stack.currentIndex() != 0
