"""The lists of the workshop set-up page: their table models and the one delegate that
edits their cells (the section that shows one list is in setup_section).

Each model adapts one list of `WorkshopData`; an edit leaves it as a request
(`edit_requested`) that the section turns into one undoable service call, and the fresh
data that follows is the answer.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.ui.widgets.common import PopupCombo, colour_icon
from pmo_tmo_desktop.ui.widgets.qt_common import RIGHT, IdRole, Index

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class Kind(enum.Enum):
    """How a column shows its value and which editor changes it."""

    TEXT = enum.auto()
    OFFICE = enum.auto()
    DIRECTION = enum.auto()
    NUMBER = enum.auto()
    """A decimal always given (weight, scale): a spin box."""
    WHOLE = enum.auto()
    """A whole number always given (minutes): a spin box."""
    AMOUNT = enum.auto()
    """A decimal that may be left empty (cost, benefit, months): typed, locale formatted."""
    FUNDING = enum.auto()  # these three: ui.workshop_portfolio
    GROUP = enum.auto()
    REQUIRES = enum.auto()


@dataclass(frozen=True)
class Field:
    name: str
    """The record attribute, which is also the service field it writes."""
    kind: Kind = Kind.TEXT
    low: float = 0.0
    high: float = 1_000_000.0
    decimals: int | None = None
    """Decimals shown (None: as many as the number has); a spin box always offers two."""


NUMBERS = frozenset({Kind.NUMBER, Kind.WHOLE, Kind.AMOUNT})
CHOICES = frozenset({Kind.OFFICE, Kind.DIRECTION, Kind.FUNDING})


def number_text(value: float | None, decimals: int | None = None) -> str:
    """A number as the user's locale writes it; whole amounts without decimals."""
    if value is None:
        return ""
    locale = QLocale()
    if decimals is not None:
        return locale.toString(float(value), "f", decimals)
    return locale.toString(float(value), "g", 12)


def parse_number(text: str) -> float | str | None:
    """What the user typed as a number: None when empty, the text itself when it is not a
    number (the service then says what is wrong with it)."""
    text = text.strip()
    if not text:
        return None
    value, ok = QLocale().toDouble(text)
    if ok:
        return float(value)
    try:
        return float(text)
    except ValueError:
        return text


class SetupTableModel(QAbstractTableModel):
    """Rows of one kind of workshop record; a refresh keeps the selection and open editors."""

    edit_requested = Signal(int, str, object)
    """(record id, field, new value): the user changed a cell; the owner runs the change."""

    ENTITY: ClassVar[str] = ""
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    STRETCH: ClassVar[int] = 0
    """The column that takes the room left over."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: tuple[Any, ...] = ()
        self._offices: Mapping[int, m.Office] = {}
        self.editable = True

    def set_records(self, records: Sequence[Any], offices: Mapping[int, m.Office]) -> None:
        self._offices = dict(offices)
        old = [r.id for r in self._records]
        new = [r.id for r in records]
        if sorted(old) != sorted(new):
            self.beginResetModel()
            self._records = tuple(records)
            self.endResetModel()
            return
        self._records = tuple(records)
        if old != new:  # the same records in another order: move the persistent indexes along
            self.layoutAboutToBeChanged.emit()
            row_of = {rid: row for row, rid in enumerate(new)}
            moved = self.persistentIndexList()
            self.changePersistentIndexList(
                moved, [self.index(row_of[old[i.row()]], i.column()) for i in moved]
            )
            self.layoutChanged.emit()
        if new:
            self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, len(self.FIELDS) - 1))

    # -- lookups ---------------------------------------------------------------------------

    def record(self, row: int) -> Any:
        return self._records[row]

    def records(self) -> tuple[Any, ...]:
        return self._records

    def row_of(self, record_id: int | None) -> int:
        return next((row for row, r in enumerate(self._records) if r.id == record_id), -1)

    def field(self, column: int) -> Field:
        return self.FIELDS[column]

    def column_of(self, name: str) -> int:
        return next(i for i, f in enumerate(self.FIELDS) if f.name == name)

    def choices(self, column: int) -> list[tuple[str, object, str | None]]:
        """(text, value, colour) of each choice a list column offers."""
        kind = self.FIELDS[column].kind
        if kind == Kind.OFFICE:
            offices = [(o.name, o.id, o.colour) for o in self._offices.values()]
            return [(self.tr("No office"), None, None), *offices]
        if kind == Kind.DIRECTION:
            return [
                (self.tr("Higher is better"), m.Direction.HIGHER.value, None),
                (self.tr("Lower is better"), m.Direction.LOWER.value, None),
            ]
        return []

    # -- Qt model interface ----------------------------------------------------------------

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def header_tips(self) -> tuple[str, ...]:
        return ()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.FIELDS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _display(self, field: Field, value: Any) -> str:
        if field.kind == Kind.OFFICE:
            office = self._offices.get(value) if value is not None else None
            return office.name if office else ""
        if field.kind == Kind.DIRECTION:
            if value == m.Direction.LOWER:
                return self.tr("Lower is better")
            return self.tr("Higher is better")
        if field.kind == Kind.WHOLE:
            return QLocale().toString(int(value))
        if field.kind in (Kind.NUMBER, Kind.AMOUNT):
            return number_text(value, field.decimals)
        return "" if value is None else str(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        field = self.FIELDS[index.column()]
        value = getattr(record, field.name)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(field, value)
        if role == Qt.ItemDataRole.EditRole:
            return value.value if isinstance(value, enum.Enum) else value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if field.kind in NUMBERS else LEFT)
        if role == Qt.ItemDataRole.DecorationRole and field.kind == Kind.OFFICE:
            office = self._offices.get(value) if value is not None else None
            return QColor(office.colour) if office else None
        if role == Qt.ItemDataRole.ToolTipRole and field.kind == Kind.TEXT:
            return str(value) or None
        if role == IdRole:
            return record.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self.editable:
            return False
        if isinstance(value, str):
            value = value.strip()
        if value == self.data(index, Qt.ItemDataRole.EditRole):
            return False
        field = self.FIELDS[index.column()]
        self.edit_requested.emit(self._records[index.row()].id, field.name, value)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.FIELDS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if self.FIELDS[section].kind in NUMBERS else LEFT)
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = self.header_tips()
            return tips[section] if section < len(tips) and tips[section] else None
        return None


class ParticipantsModel(SetupTableModel):
    ENTITY = "participant"
    FIELDS = (Field("name"), Field("office_id", Kind.OFFICE), Field("title"))
    STRETCH = 2

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Office"), self.tr("Job title"))

    def header_tips(self) -> tuple[str, ...]:
        return ("", self.tr("The office the participant speaks for in the gap view"), "")


class CriteriaModel(SetupTableModel):
    ENTITY = "criterion"
    FIELDS = (
        Field("name"),
        Field("weight", Kind.NUMBER, 0, 1000),
        Field("direction", Kind.DIRECTION),
        Field("scale_min", Kind.NUMBER, -1000, 1000),
        Field("scale_max", Kind.NUMBER, -1000, 1000),
        Field("description"),
    )
    STRETCH = 5

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Criterion"),
            self.tr("Weight"),
            self.tr("Direction"),
            self.tr("Scale from"),
            self.tr("Scale to"),
            self.tr("Description"),
        )

    def header_tips(self) -> tuple[str, ...]:
        return (
            "",
            self.tr("How much the criterion counts in the weighted score"),
            self.tr("Lower is better for costs and risks: a low rating scores high"),
            self.tr("The lowest rating a participant can give"),
            self.tr("The highest rating a participant can give"),
            "",
        )


class ProposalsModel(SetupTableModel):
    ENTITY = "proposal"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("title"),
        Field("sponsor"),
        Field("cost", Kind.AMOUNT, decimals=0),
        Field("benefit", Kind.AMOUNT, decimals=0),
        Field("duration_months", Kind.AMOUNT),
        Field("description"),
    )
    STRETCH = 5

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Proposal"),
            self.tr("Sponsor"),
            self.tr("Cost"),
            self.tr("Benefit"),
            self.tr("Months"),
            self.tr("Description"),
        )

    def header_tips(self) -> tuple[str, ...]:
        return (
            "",
            self.tr("Who asks for the project"),
            self.tr("Estimated cost"),
            self.tr("Expected benefit"),
            self.tr("Expected duration in months"),
            "",
        )


class AgendaModel(SetupTableModel):
    ENTITY = "agenda_item"
    FIELDS = (
        Field("title"),
        Field("presenter"),
        Field("duration_minutes", Kind.WHOLE, 0, 1440),
        Field("minutes"),
    )
    STRETCH = 3

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Agenda item"),
            self.tr("Presenter"),
            self.tr("Minutes planned"),
            self.tr("Notes"),
        )

    def header_tips(self) -> tuple[str, ...]:
        return ("", "", "", self.tr("What was said and agreed; it goes into the minutes"))


_PopupCombo = PopupCombo


class _NumberSpin(QDoubleSpinBox):
    """A spin box that writes 3 rather than 3.00, the way the table shows the number."""

    def textFromValue(self, value: float) -> str:
        return number_text(value)


class SetupDelegate(QStyledItemDelegate):
    """Edits a cell with what its column needs: a list, a spin box or a line of text."""

    def _field(self, index: Index) -> tuple[SetupTableModel, Field] | None:
        model = index.model()
        if isinstance(model, SetupTableModel):
            return model, model.field(index.column())
        return None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        found = self._field(index)
        if found is None:
            return super().createEditor(parent, option, index)
        model, field = found
        header = str(model.headerData(index.column(), Qt.Orientation.Horizontal))
        editor: QWidget
        if field.kind in CHOICES:
            combo = _PopupCombo(parent)
            for text, value, colour in model.choices(index.column()):
                if colour:
                    combo.addItem(colour_icon(colour), text, value)
                else:
                    combo.addItem(text, value)
            combo.activated.connect(lambda _row: self._commit(combo))
            combo.tabbed.connect(lambda back: self._commit(combo, self._onwards(back)))
            editor = combo
        elif field.kind == Kind.WHOLE:
            spin = QSpinBox(parent)
            spin.setRange(int(field.low), int(field.high))
            spin.setSingleStep(5)
            spin.setAlignment(RIGHT)
            editor = spin
        elif field.kind == Kind.NUMBER:
            number = _NumberSpin(parent)
            number.setRange(field.low, field.high)
            number.setDecimals(2)
            number.setAlignment(RIGHT)
            editor = number
        else:
            line = QLineEdit(parent)
            line.setFrame(False)
            if field.kind == Kind.AMOUNT:
                line.setAlignment(RIGHT)
            editor = line
        editor.setAccessibleName(header)
        return editor

    def _commit(
        self,
        editor: QWidget,
        hint: QStyledItemDelegate.EndEditHint = QStyledItemDelegate.EndEditHint.NoHint,
    ) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, hint)

    @staticmethod
    def _onwards(back: bool) -> QStyledItemDelegate.EndEditHint:
        hints = QStyledItemDelegate.EndEditHint
        return hints.EditPreviousItem if back else hints.EditNextItem

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        editor.setGeometry(option.rect)  # the whole cell, a swatch included

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        found = self._field(index)
        if isinstance(editor, QComboBox) and found is not None:
            values = [v for _t, v, _c in found[0].choices(index.column())]
            editor.setCurrentIndex(values.index(value) if value in values else 0)
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        elif isinstance(editor, QDoubleSpinBox):
            editor.setValue(float(value or 0))
        elif isinstance(editor, QLineEdit):
            amount = found is not None and found[1].kind == Kind.AMOUNT
            text = number_text(value) if amount else ("" if value is None else str(value))
            editor.setText(text)
            editor.selectAll()
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            choices = model.choices(index.column())
            if 0 <= editor.currentIndex() < len(choices):
                model.setData(index, choices[editor.currentIndex()][1])
        elif isinstance(editor, QSpinBox | QDoubleSpinBox):
            model.setData(index, editor.value())
        elif isinstance(editor, QLineEdit):
            found = self._field(index)
            if found is not None and found[1].kind == Kind.AMOUNT:
                model.setData(index, parse_number(editor.text()))
            else:
                model.setData(index, editor.text())
        else:
            super().setModelData(editor, model, index)
