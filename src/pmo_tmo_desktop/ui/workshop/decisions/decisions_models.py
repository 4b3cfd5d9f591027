"""The item models of the Decisions & actions page: the proposals with their decisions, and
the action items (their delegates and editors are in decisions_editors)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
)

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.services import words
from pmo_tmo_desktop.services.queries import WorkshopData
from pmo_tmo_desktop.ui.widgets.common import ink_on
from pmo_tmo_desktop.ui.widgets.qt_common import IdRole, Index

BadgeRole = Qt.ItemDataRole.UserRole + 2
"""The colour of a decision badge (None: no decision yet)."""
OverdueRole = Qt.ItemDataRole.UserRole + 3
"""True for an action that is not done and whose due date has passed."""

DECISION_COLOURS = {
    m.DecisionKind.APPROVE: "#2E7D32",
    m.DecisionKind.REJECT: "#C62828",
    m.DecisionKind.DEFER: "#8D6E00",
    m.DecisionKind.NEEDS_INFORMATION: "#1565C0",
}
UNDECIDED_COLOUR = "#7A7A7A"
OVERDUE_BACKGROUND = "#FBE3E0"
OVERDUE_TEXT = "#A4271B"
NO_CHOICE = 0
"""The combo value that stands for "not linked" (ids start at 1)."""
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_ROWS = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _replace(model: QAbstractTableModel, old: tuple[Any, ...], new: tuple[Any, ...]) -> bool:
    """True when the rows keep their ids (refresh the cells); otherwise the caller resets."""
    if [r.id for r in old] != [r.id for r in new]:
        return False
    if new:
        last = model.index(len(new) - 1, model.columnCount() - 1)
        model.dataChanged.emit(model.index(0, 0), last)
    return True


class ProposalsModel(QAbstractTableModel):
    """The workshop's proposals with their decision."""

    TITLE, DECISION = range(2)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: tuple[m.Proposal, ...] = ()
        self._decisions: dict[int, m.Decision] = {}

    def set_workshop(self, data: WorkshopData) -> None:
        self._decisions = {d.proposal_id: d for d in data.decisions}
        old, self._records = self._records, data.proposals
        if not _replace(self, old, self._records):
            self.beginResetModel()
            self.endResetModel()

    def record(self, row: int) -> m.Proposal:
        return self._records[row]

    def decision(self, proposal_id: int) -> m.Decision | None:
        return self._decisions.get(proposal_id)

    def row_of(self, proposal_id: int | None) -> int:
        return next((i for i, p in enumerate(self._records) if p.id == proposal_id), -1)

    def decision_label(self, kind: m.DecisionKind | None) -> str:
        return self.tr("Undecided") if kind is None else words.decision(kind)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        proposal = self._records[index.row()]
        decision = self._decisions.get(proposal.id)
        kind = decision.kind if decision else None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.TITLE:
                return f"{index.row() + 1}. {proposal.title}"
            return self.decision_label(kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return proposal.title if index.column() == self.TITLE else self.decision_label(kind)
        if role == BadgeRole and index.column() == self.DECISION:
            return QColor(DECISION_COLOURS[kind]) if kind else None
        if role == IdRole:
            return proposal.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 2:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Proposal"), self.tr("Decision"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_LEFT)
        return None


class ActionsModel(QAbstractTableModel):
    """The workshop's action items; edits leave as `edit_requested(id, field, value)`."""

    TEXT, OWNER, DUE, STATUS, PROPOSAL, AGENDA = range(6)
    FIELDS: ClassVar[dict[int, str]] = {
        TEXT: "text",
        OWNER: "owner",
        DUE: "due",
        STATUS: "status",
        PROPOSAL: "proposal_id",
        AGENDA: "agenda_item_id",
    }
    edit_requested = Signal(int, str, object)

    def __init__(self, today: Callable[[], date] = date.today, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = today
        self.editable = True
        self._records: tuple[m.ActionItem, ...] = ()
        self._proposals: dict[int, tuple[int, m.Proposal]] = {}
        self._agenda: dict[int, tuple[int, m.AgendaItem]] = {}
        self.owners: list[tuple[str, str | None]] = []
        """Participants as (name, office colour) for the owner list."""
        self._owner_colour: dict[str, str | None] = {}

    def set_workshop(self, data: WorkshopData, offices: Mapping[int, m.Office]) -> None:
        self._proposals = {p.id: (i + 1, p) for i, p in enumerate(data.proposals)}
        self._agenda = {a.id: (i + 1, a) for i, a in enumerate(data.agenda)}
        colours = {office_id: office.colour for office_id, office in offices.items()}
        self.owners = [(p.name, colours.get(p.office_id or 0)) for p in data.participants]
        self._owner_colour = dict(self.owners)
        old, self._records = self._records, data.actions
        if not _replace(self, old, self._records):
            self.beginResetModel()
            self.endResetModel()

    def record(self, row: int) -> m.ActionItem:
        return self._records[row]

    def records(self) -> tuple[m.ActionItem, ...]:
        return self._records

    def row_of(self, action_id: int | None) -> int:
        return next((i for i, a in enumerate(self._records) if a.id == action_id), -1)

    def is_overdue(self, action: m.ActionItem) -> bool:
        return (
            action.status != m.ActionStatus.DONE
            and action.due is not None
            and action.due < self.today()
        )

    def status_label(self, status: m.ActionStatus) -> str:
        return {
            m.ActionStatus.OPEN: self.tr("Open"),
            m.ActionStatus.IN_PROGRESS: self.tr("In progress"),
            m.ActionStatus.DONE: self.tr("Done"),
        }[status]

    def choices(self, column: int) -> list[tuple[str, Any]]:
        """What a list-editor offers in a column: (text, value)."""
        if column == self.STATUS:
            return [(self.status_label(s), s.value) for s in m.ActionStatus]
        none = [(self.tr("— none"), NO_CHOICE)]
        if column == self.PROPOSAL:
            return none + [(f"{n}. {p.title}", p.id) for n, p in self._proposals.values()]
        if column == self.AGENDA:
            return none + [(f"{n}. {a.title}", a.id) for n, a in self._agenda.values()]
        return []

    def _display(self, action: m.ActionItem, column: int) -> str:
        if column == self.TEXT:
            return action.text
        if column == self.OWNER:
            return action.owner
        if column == self.DUE:
            return action.due.isoformat() if action.due else ""
        if column == self.STATUS:
            return self.status_label(action.status)
        linked = (
            self._proposals.get(action.proposal_id or 0)
            if column == self.PROPOSAL
            else self._agenda.get(action.agenda_item_id or 0)
        )
        return f"{linked[0]}. {linked[1].title}" if linked else ""

    def _edit_value(self, action: m.ActionItem, column: int) -> Any:
        if column == self.DUE:
            due = action.due
            return to_qdate(due) if due else QDate()
        if column == self.STATUS:
            return action.status.value
        if column == self.PROPOSAL:
            return action.proposal_id or NO_CHOICE
        if column == self.AGENDA:
            return action.agenda_item_id or NO_CHOICE
        return self._display(action, column)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if self.editable else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        action = self._records[index.row()]
        column = index.column()
        overdue = self.is_overdue(action)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(action, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(action, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.DUE and overdue and action.due:
                days = (self.today() - action.due).days
                return self.tr("Overdue by %n day(s)", "", days)
            return self._display(action, column) or None
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return QColor(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if overdue and column in (self.DUE, self.STATUS):
                return QColor(OVERDUE_TEXT)
            if overdue:
                return ink_on(OVERDUE_BACKGROUND)
            if action.status == m.ActionStatus.DONE:
                return QColor("#767676")
            return None
        if role == Qt.ItemDataRole.FontRole and overdue and column == self.DUE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == self.OWNER and action.owner:
            colour = self._owner_colour.get(action.owner)
            return QColor(colour) if colour else None
        if role == OverdueRole:
            return overdue
        if role == IdRole:
            return action.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        field = self.FIELDS.get(index.column())
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or field is None:
            return False
        if isinstance(value, str):
            value = value.strip()
        if value == self.data(index, Qt.ItemDataRole.EditRole):
            return False
        if isinstance(value, QDate):
            value = to_date(value) if value.isValid() else None
        elif field in ("proposal_id", "agenda_item_id") and value == NO_CHOICE:
            value = None
        self.edit_requested.emit(self._records[index.row()].id, field, value)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 6:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Action"),
                self.tr("Owner"),
                self.tr("Due"),
                self.tr("Status"),
                self.tr("Proposal"),
                self.tr("Agenda item"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_LEFT)
        return None
