"""One participant's ballot: proposals down, criteria across, typed from the keyboard only.

Digits start an entry in the current cell, Enter or Tab stores it and moves on to the next
cell, `?` answers "can't judge", Delete clears a cell. A number outside the criterion's scale
is refused with a message the page shows beside the grid; the cell keeps what it held. Only
this participant's own ratings are ever shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QDoubleValidator, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.ui.widgets.common import ink_on
from pmo_tmo_desktop.ui.widgets.headers import WrappingHeader
from pmo_tmo_desktop.ui.widgets.qt_common import Index

EMPTY_CELL = "#FFF8E1"
"""A cell still to be rated: a warm tint the eye finds on any theme."""
CANT_JUDGE_CELL = "#ECEFF1"
"""A cell answered "can't judge": a cool grey, plainly not a number and not empty."""
CANT_JUDGE_INK = "#546E7A"
CANT_JUDGE = "?"
"""What the cell shows, and the key that answers "can't judge"."""


def number(value: float) -> str:
    return QLocale().toString(value, "g", 6)


class BallotModel(QAbstractTableModel):
    rating_entered = Signal(int, int, object, bool)
    """(proposal id, criterion id, value or None, can't judge): a value, None to clear, or
    None with can't judge True for the answer "can't judge"."""
    notice = Signal(str)
    """A refused entry explained in a sentence; "" once an entry is accepted again."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.proposals: tuple[m.Proposal, ...] = ()
        self.criteria: tuple[m.Criterion, ...] = ()
        self._values: dict[tuple[int, int], float | None] = {}
        self.refused = False
        """True when the last entry was refused (the grid then stays on its cell)."""

    def set_ballot(
        self,
        proposals: tuple[m.Proposal, ...],
        criteria: tuple[m.Criterion, ...],
        values: dict[tuple[int, int], float | None],
    ) -> None:
        """The ballot's cells: a value, None for "can't judge"; a missing key is empty."""
        same_shape = (tuple(p.id for p in proposals), tuple(c.id for c in criteria)) == (
            tuple(p.id for p in self.proposals),
            tuple(c.id for c in self.criteria),
        )
        if same_shape:
            self.proposals, self.criteria = proposals, criteria
            before = self._values
            changed = {
                k
                for k in values.keys() | before.keys()
                if (k in values) != (k in before) or values.get(k) != before.get(k)
            }
            self._values = dict(values)
            for proposal, criterion in changed:
                row = next(i for i, p in enumerate(proposals) if p.id == proposal)
                column = next(i for i, c in enumerate(criteria) if c.id == criterion)
                self.dataChanged.emit(self.index(row, column), self.index(row, column))
            return
        self.beginResetModel()
        self.proposals, self.criteria, self._values = proposals, criteria, dict(values)
        self.endResetModel()

    def put(self, proposal_id: int, criterion_id: int, value: float | None, answered: bool) -> None:
        """One cell as stored: a value, None with `answered` for "can't judge", or (not
        `answered`) empty again. Only that cell is repainted."""
        values = dict(self._values)
        if answered:
            values[(proposal_id, criterion_id)] = value
        else:
            values.pop((proposal_id, criterion_id), None)
        self.set_ballot(self.proposals, self.criteria, values)

    def filled(self) -> int:
        """Cells answered: a rating or "can't judge"."""
        return len(self._values)

    def cells(self) -> int:
        return len(self.proposals) * len(self.criteria)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.proposals)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.criteria)

    def criterion(self, column: int) -> m.Criterion:
        return self.criteria[column]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def _scale(self, c: m.Criterion) -> str:
        return self.tr("{criterion}: {low} to {high}").format(
            criterion=c.name, low=number(c.scale_min), high=number(c.scale_max)
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = (self.proposals[index.row()].id, self.criteria[index.column()].id)
        answered = key in self._values
        value = self._values.get(key)
        cant_judge = answered and value is None
        if role == Qt.ItemDataRole.DisplayRole:
            return CANT_JUDGE if cant_judge else "" if value is None else number(value)
        if role == Qt.ItemDataRole.EditRole:  # the editor starts from the number, or empty
            return "" if value is None else number(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and value is None:
            return QBrush(QColor(CANT_JUDGE_CELL if cant_judge else EMPTY_CELL))
        if role == Qt.ItemDataRole.ForegroundRole and value is None:
            return QBrush(QColor(CANT_JUDGE_INK) if cant_judge else ink_on(EMPTY_CELL))
        if role == Qt.ItemDataRole.ToolTipRole:
            scale = self._scale(self.criteria[index.column()])
            return self.tr("can't judge") + " — " + scale if cant_judge else scale
        if role == Qt.ItemDataRole.AccessibleTextRole:
            shown = (
                self.tr("can't judge")
                if cant_judge
                else self.tr("empty")
                if value is None
                else number(value)
            )
            return f"{shown} — {self._scale(self.criteria[index.column()])}"
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self.refused = False
        text = str(value).strip()
        proposal, criterion = self.proposals[index.row()].id, self.criteria[index.column()].id
        key = (proposal, criterion)
        if not text:
            if key in self._values:
                self.rating_entered.emit(proposal, criterion, None, False)
            self.notice.emit("")
            return True
        if text == CANT_JUDGE:
            if key not in self._values or self._values[key] is not None:
                self.rating_entered.emit(proposal, criterion, None, True)
            self.notice.emit("")
            return True
        c = self.criteria[index.column()]
        parsed, ok = QLocale().toDouble(text)
        if not ok:
            try:
                parsed, ok = float(text), True
            except ValueError:
                ok = False
        if not ok or not c.scale_min <= parsed <= c.scale_max:
            self.refused = True
            self.notice.emit(
                self.tr(
                    "{value} is outside {low}–{high} for {criterion}; type a number from "
                    "{low} to {high}, or {cant} if you can't judge it."
                ).format(
                    value=text,
                    low=number(c.scale_min),
                    high=number(c.scale_max),
                    criterion=c.name,
                    cant=CANT_JUDGE,
                )
            )
            return False
        if key not in self._values or self._values[key] != parsed:
            self.rating_entered.emit(proposal, criterion, parsed, False)
        self.notice.emit("")
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.proposals[section].title if 0 <= section < len(self.proposals) else None
        if not 0 <= section < len(self.criteria):
            return None
        c = self.criteria[section]
        way = (
            self.tr("higher is better")
            if c.direction == m.Direction.HIGHER
            else self.tr("lower is better")
        )
        return f"{c.name}\n{number(c.scale_min)}–{number(c.scale_max)}, {way}"


class ScaleDelegate(QStyledItemDelegate):
    """A line editor for a number. The scale is checked when the number is stored (the model
    refuses one outside it and says why); `?` in the editor answers "can't judge"."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor.setMaxLength(12)
        validator = QDoubleValidator(
            -1e9, 1e9, 2, editor
        )  # numbers only; the model checks the scale
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        editor.setValidator(validator)
        return editor

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (
            isinstance(editor, QLineEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.text() == CANT_JUDGE
        ):
            editor.setText(CANT_JUDGE)  # no number: set past the validator, for the model
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(editor, event)

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if option.text == CANT_JUDGE:  # "can't judge" reads differently from any number
            option.font.setItalic(True)


class BallotView(QTableView):
    """The grid: typing a digit starts an entry; Enter and Tab store it and move on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(ScaleDelegate(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        header = WrappingHeader(self)  # long criterion names wrap instead of being cut off
        self.setHorizontalHeader(header)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumHeight(48)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(34)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.setFont(font)

    def _refused(self) -> bool:
        model = self.model()
        return isinstance(model, BallotModel) and model.refused

    def next_cell(self) -> None:
        model = self.model()
        current = self.currentIndex()
        if model is None or not current.isValid():
            return
        column, row = current.column() + 1, current.row()
        if column >= model.columnCount():
            column, row = 0, row + 1
        if row < model.rowCount():
            self.setCurrentIndex(model.index(row, column))

    def _at_edge(self, forward: bool) -> bool:
        """Whether Tab (`forward`) or Shift+Tab would wrap around the grid."""
        model, current = self.model(), self.currentIndex()
        if model is None or not current.isValid():
            return True
        if forward:
            last = (model.rowCount() - 1, model.columnCount() - 1)
            return (current.row(), current.column()) == last
        return (current.row(), current.column()) == (0, 0)

    def focusNextPrevChild(self, next: bool) -> bool:
        if self._at_edge(next):  # past the last cell Tab goes on to Done, not round again
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        hints = QAbstractItemDelegate.EndEditHint
        if self._refused():  # a refused number: stay on the cell, so it can be typed again
            super().closeEditor(editor, hints.NoHint)
            return
        moving = {hints.EditNextItem: True, hints.EditPreviousItem: False}
        if hint in moving and self._at_edge(moving[hint]):
            super().closeEditor(editor, hints.NoHint)
            QWidget.focusNextPrevChild(self, moving[hint])
            return
        super().closeEditor(editor, hint)
        if hint == hints.SubmitModelCache:
            self.next_cell()  # Enter stores and moves on, like Tab

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)  # numpad Enter too
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            # While a cell is being edited its editor's Enter reaches the grid as well; the
            # editor's own commit moves on (closeEditor), so moving here too would skip a cell.
            if self.state() != QAbstractItemView.State.EditingState:
                self.next_cell()
            return
        index = self.currentIndex()
        model = self.model()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if index.isValid() and model is not None:
                model.setData(index, "", Qt.ItemDataRole.EditRole)
            return
        if event.text() == CANT_JUDGE:
            if index.isValid() and model is not None:
                model.setData(index, CANT_JUDGE, Qt.ItemDataRole.EditRole)
                self.next_cell()  # answered: on to the next cell, as a number and Enter do
            return
        super().keyPressEvent(event)
