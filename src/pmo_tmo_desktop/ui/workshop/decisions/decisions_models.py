"""Models, delegates and small editors of the Decisions & actions page."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QItemSelectionModel,
    QModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QKeyEvent,
    QPainter,
)
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QRadioButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.services import words
from pmo_tmo_desktop.services.queries import WorkshopData
from pmo_tmo_desktop.ui.widgets.common import PopupCombo, colour_icon, ink_on
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


class BadgeDelegate(QStyledItemDelegate):
    """Paints a decision as a coloured pill; an undecided proposal as a grey outline."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        colour = index.data(BadgeRole)
        metrics = opt.fontMetrics
        height = metrics.height() + 4
        width = min(metrics.horizontalAdvance(text) + 18, opt.rect.width() - 8)
        rect = QRect(opt.rect.left() + 4, opt.rect.center().y() - height // 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outline = QColor(UNDECIDED_COLOUR)
        if opt.state & QStyle.StateFlag.State_Selected:
            outline = opt.palette.highlightedText().color()
        if colour is None:
            painter.setPen(outline)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor("#FFFFFF") if colour is not None else outline)
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width() - 12)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, elided)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(option.fontMetrics.horizontalAdvance(str(index.data())) + 28, hint.height())


_ListCombo = PopupCombo


class _CellDelegate(QStyledItemDelegate):
    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        editor.setGeometry(option.rect)  # the whole cell, swatch included: room for the text


class ChoiceDelegate(_CellDelegate):
    """A list to pick from (status, linked proposal or agenda item); picking commits."""

    def __init__(self, model: ActionsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = _ListCombo(parent)
        combo.setAccessibleName(
            str(self._model.headerData(index.column(), Qt.Orientation.Horizontal))
        )
        for text, value in self._model.choices(index.column()):
            combo.addItem(text, value)
        combo.activated.connect(lambda _row: self._commit(combo))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        if editor.currentIndex() >= 0:
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class OwnerDelegate(_CellDelegate):
    """The participants' names to choose from; any other name may be typed."""

    def __init__(self, model: ActionsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setAccessibleName(self.tr("Owner"))
        for name, colour in self._model.owners:
            combo.addItem(colour_icon(colour, round_=True) if colour else QIcon(), name)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        owner = str(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.setCurrentIndex(editor.findText(owner))  # -1 for a name from outside
        editor.setEditText(owner)
        line = editor.lineEdit()
        if line is not None:
            line.selectAll()

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class DueDateEdit(QDateEdit):
    """A date that may be empty: the minimum date stands for "no date" and shows as such.

    Delete empties it; stepping, typing a digit or opening the calendar on an empty date
    starts from today.
    """

    NONE = QDate(2000, 1, 1)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = to_qdate(today)
        self.setMinimumDate(self.NONE)
        self.setSpecialValueText(self.tr("No date"))
        self.setDisplayFormat("yyyy-MM-dd")
        self.setCalendarPopup(True)
        self.setAccessibleName(self.tr("Due date"))
        self.setToolTip(
            self.tr("Up/Down change the date, Alt+Down opens the calendar, Delete empties it")
        )

    def due(self) -> date | None:
        return None if self.date() == self.NONE else to_date(self.date())

    def set_due(self, value: date | None) -> None:
        self.setDate(to_qdate(value) if value else self.NONE)

    def _wake(self) -> bool:
        if self.date() != self.NONE:
            return False
        self.setDate(self._today)
        return True

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        if self.date() == self.NONE:
            flag = QAbstractSpinBox.StepEnabledFlag
            return flag.StepUpEnabled | flag.StepDownEnabled
        return super().stepEnabled()

    def stepBy(self, steps: int) -> None:
        if not self._wake():
            super().stepBy(steps)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.set_due(None)
            return
        alt_down = event.key() == Qt.Key.Key_Down and bool(
            event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if event.text().isdigit() or event.key() == Qt.Key.Key_F4 or alt_down:
            self._wake()
        super().keyPressEvent(event)

    def mousePressEvent(self, event: Any) -> None:
        self._wake()
        super().mousePressEvent(event)


class DueDelegate(QStyledItemDelegate):
    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        return DueDateEdit(self._today(), parent)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, DueDateEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.set_due(to_date(value) if isinstance(value, QDate) and value.isValid() else None)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, DueDateEdit)
        due = editor.due()
        model.setData(index, to_qdate(due) if due else QDate())


class KindButton(QRadioButton):
    """One decision of the grid of choices: Left and Right step through the choices in reading
    order, across the rows, as they did when the choices stood in one row."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()))
        group = self.group()
        if step is None or group is None:
            super().keyPressEvent(event)
            return
        buttons = group.buttons()
        index = buttons.index(self) + step
        if 0 <= index < len(buttons):
            target = buttons[index]
            reason = (
                Qt.FocusReason.BacktabFocusReason if step < 0 else Qt.FocusReason.TabFocusReason
            )
            target.setFocus(reason)
            if self.isChecked():  # as Qt does: the choice follows the focus once one is made
                target.click()
        event.accept()
