"""How far each ballot of the open round is, for the facilitator's laptop; never a value.

The list of participants with their ballot's state (complete, started with n of m cells, not
started), the question before a round is closed, and the dialog that asks why a round is
discarded. The words for a ballot's state and the round's progress are common.round_progress,
which the projector shows too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain.scoring import Ballot, BallotState
from pmo_tmo_desktop.ui.widgets.common import colour_icon
from pmo_tmo_desktop.ui.widgets.qt_common import Index
from pmo_tmo_desktop.ui.workshop.common.round_progress import state_text

STATE_COLOURS = {
    BallotState.COMPLETE: "#2E7D32",
    BallotState.STARTED: "#E09B00",
    BallotState.NOT_STARTED: "#9E9E9E",
}
"""A dot beside each state (the words say it too: the colour is never the only sign)."""
LISTED = 15
"""At most this many names in the question before closing; the rest are counted."""


def next_incomplete(ballots: Sequence[Ballot], after: int | None) -> int | None:
    """The next participant (in participant order, after `after`, wrapping round) whose ballot
    is not complete; None when every ballot is complete."""
    ids = [b.participant_id for b in ballots]
    start = ids.index(after) + 1 if after in ids else 0
    for step in range(len(ballots)):
        ballot = ballots[(start + step) % len(ballots)]
        if ballot.state != BallotState.COMPLETE:
            return ballot.participant_id
    return None


def close_question(
    number: int, blind: bool, ballots: Sequence[Ballot], names: Mapping[int, str]
) -> str:
    """The question before round `number` closes (rich text): who has not finished, by name,
    for the facilitator's own screen. No value is ever named."""
    if blind:
        ask = QCoreApplication.translate("RoundStatus", "Close round {n} and reveal its results?")
    else:
        ask = QCoreApplication.translate("RoundStatus", "Close round {n}?")
    parts = [f"<p><b>{escape(ask.format(n=number))}</b></p>"]
    started = [b for b in ballots if b.state == BallotState.STARTED]
    waiting = [b for b in ballots if b.state == BallotState.NOT_STARTED]
    if not started and not waiting:
        done = QCoreApplication.translate("RoundStatus", "Every ballot is complete.")
        parts.append(f"<p>{escape(done)}</p>")
        return "".join(parts)
    groups = (
        (QCoreApplication.translate("RoundStatus", "Incomplete (%n):", "", len(started)), started),
        (QCoreApplication.translate("RoundStatus", "Not started (%n):", "", len(waiting)), waiting),
    )
    for heading, group in groups:
        if not group:
            continue
        items = []
        for ballot in group[:LISTED]:
            name = names.get(ballot.participant_id, "?")
            if ballot.state == BallotState.STARTED:
                name += " — " + QCoreApplication.translate(
                    "RoundStatus", "{filled} of {cells} cells"
                ).format(filled=ballot.filled, cells=ballot.cells)
            items.append(f"<li>{escape(name)}</li>")
        if len(group) > LISTED:
            more = QCoreApplication.translate("RoundStatus", "and %n more", "", len(group) - LISTED)
            items.append(f"<li>{escape(more)}</li>")
        parts.append(f"<p>{escape(heading)}</p><ul>{''.join(items)}</ul>")
    after = QCoreApplication.translate(
        "RoundStatus", "Once the round is closed, nothing more can be entered in it."
    )
    parts.append(f"<p>{escape(after)}</p>")
    return "".join(parts)


class BallotStatusModel(QAbstractTableModel):
    """Every participant of the workshop with the state of their ballot in the open round."""

    NAME, OFFICE, STATE = range(3)
    ParticipantRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[m.Participant, str, Ballot | None]] = []

    def set_ballots(
        self,
        participants: Sequence[m.Participant],
        offices: Mapping[int, m.Office],
        ballots: Sequence[Ballot],
    ) -> None:
        """`ballots` as services.results.round_progress gives them (empty: no open round)."""
        by_id = {b.participant_id: b for b in ballots}
        rows = [
            (
                p,
                offices[p.office_id].name
                if p.office_id is not None and p.office_id in offices
                else "",
                by_id.get(p.id),
            )
            for p in participants
        ]
        if [r[0].id for r in rows] == [r[0].id for r in self._rows]:
            self._rows = rows
            if rows:
                last = self.index(len(rows) - 1, self.columnCount() - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def participant_id(self, row: int) -> int | None:
        return self._rows[row][0].id if 0 <= row < len(self._rows) else None

    def row_of(self, participant_id: int | None) -> int:
        return next((i for i, r in enumerate(self._rows) if r[0].id == participant_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        person, office, ballot = self._rows[index.row()]
        column = index.column()
        if role == self.ParticipantRole:
            return person.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.NAME:
                return person.name
            if column == self.OFFICE:
                return office
            return state_text(ballot) if ballot is not None else "—"
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATE and ballot:
            return colour_icon(QColor(STATE_COLOURS[ballot.state]), round_=True)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Participant"), self.tr("Office"), self.tr("Ballot"))
        return titles[section] if 0 <= section < len(titles) else None


class DiscardRoundDialog(QDialog):
    """Names what a discard removes and asks why; OK stays off while no reason is given."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Discard round"))
        self.what = QLabel(what)
        self.what.setObjectName("discardWhat")
        self.what.setWordWrap(True)
        self.what.setTextFormat(Qt.TextFormat.PlainText)
        font = self.what.font()
        font.setBold(True)
        self.what.setFont(font)
        backup = QLabel(
            self.tr(
                "A backup is taken first; File → Restore Backup brings the round back. "
                "The discard is recorded with its reason and cannot be undone with Undo."
            )
        )
        backup.setWordWrap(True)
        label = QLabel(self.tr("&Why is it discarded?"))
        self.reason = QLineEdit()
        self.reason.setObjectName("discardReason")
        self.reason.setAccessibleName(self.tr("Reason for discarding the round"))
        self.reason.setPlaceholderText(self.tr("e.g. opened by mistake before the briefing"))
        label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Discard Round"))
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(lambda: self.ok.setEnabled(bool(self.why())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addWidget(backup)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.reason.setFocus()
        self.resize(520, self.sizeHint().height())

    def why(self) -> str:
        return self.reason.text().strip()

    def accept(self) -> None:
        if self.why():
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, what: str) -> str | None:
        """The reason given for discarding (`what` says what goes), or None when cancelled."""
        dialog = cls(what, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.why() or None if accepted else None
