"""Delegates and small editors of the Decisions & actions page: the decision badge, the
action table's list, owner and due-date editors, and the grid of decision choices."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QDate,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
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

from pmo_tmo_desktop.ui.widgets.common import PopupCombo, colour_icon
from pmo_tmo_desktop.ui.widgets.qt_common import Index
from pmo_tmo_desktop.ui.workshop.decisions.decisions_models import (
    UNDECIDED_COLOUR,
    ActionsModel,
    BadgeRole,
    to_date,
    to_qdate,
)


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
