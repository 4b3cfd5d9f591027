"""The four lists of the workshop set-up page: their table models, the one delegate that
edits their cells, and the section (table, buttons, shortcuts) that shows one list.

Each model adapts one list of `WorkshopData`; an edit leaves it as a request
(`edit_requested`) that the section turns into one undoable service call, and the fresh
data that follows is the answer.
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.services import entities
from pmo_tmo_desktop.services.changes import Outcome
from pmo_tmo_desktop.services.files import Workspace
from pmo_tmo_desktop.ui.columns import keep_titles
from pmo_tmo_desktop.ui.dialogs import Messages
from pmo_tmo_desktop.ui.widgets import PopupCombo, colour_icon

Index = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole + 1
"""data() with this role returns the row's record id."""

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_ROWS = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


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
    FIELDS = (
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


def next_name(pattern: str, taken: Iterable[str]) -> str:
    """`pattern` (holding {n}) with the first number from len(taken) + 1 not taken yet."""
    used = {name.casefold() for name in taken}
    for number in itertools.count(len(used) + 1):
        name = pattern.format(n=number)
        if name.casefold() not in used:
            return name
    raise AssertionError  # pragma: no cover - count() never ends


@dataclass(frozen=True)
class SectionTexts:
    """The words one list of the page uses (each a literal tr() of the page)."""

    tab: str
    """Tab title with a {n} for the count."""
    accessible: str
    add: str
    add_tip: str
    delete: str
    new_name: str
    """A new row's name with a {n}: "Participant {n}"."""


class _Table(QTableView):
    """A table that fits its columns again whenever its width changes."""

    def __init__(self, on_resize: Callable[[], None]) -> None:
        super().__init__()
        self._on_resize = on_resize

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._on_resize()


class SectionOwner(Protocol):
    """What a section needs from its page: the writable workspace, the workshop, and a way
    to run a change of it as one undoable step."""

    @property
    def workshop_id(self) -> int | None: ...

    def workspace(self) -> Workspace | None: ...

    def run(self, text: str, call: Callable[[Workspace, int], Outcome]) -> Outcome | None: ...

    def usage(self, entity: str, record_id: int) -> list[str]: ...


class SetupSection(QWidget):
    """One editable list of the workshop: its table, buttons and their shortcuts."""

    def __init__(
        self, page: SectionOwner, model: SetupTableModel, texts: SectionTexts, name_field: str
    ) -> None:
        super().__init__()
        self.page, self.model, self.texts, self.name_field = page, model, texts, name_field
        self._pending: int | None = None
        """A record just added: select it and edit its name once the refresh shows it."""
        self._writable = True
        """False while the list may not change (a read-only file, a closed workshop)."""
        model.edit_requested.connect(self._edit, Qt.ConnectionType.QueuedConnection)
        table = self.table = _Table(self._resize_columns)
        table.setObjectName(f"{model.ENTITY}Table")
        table.setAccessibleName(texts.accessible)
        table.setAccessibleDescription(
            self.tr(
                "F2 edits the current cell, Enter commits, Insert adds, Delete deletes, "
                "Ctrl+Up and Ctrl+Down move the row"
            )
        )
        table.setModel(model)
        table.setItemDelegate(SetupDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        table.setTabKeyNavigation(False)  # Tab moves on to the buttons
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(model.STRETCH, QHeaderView.ResizeMode.Stretch)
        keep_titles(header)
        self.add_action = self._action(texts.add, self.add, "Ins")
        self.delete_action = self._action(texts.delete, self.delete, "Del")
        self.up_action = self._action(self.tr("Move up"), lambda: self.move(-1), "Ctrl+Up")
        self.down_action = self._action(self.tr("Move down"), lambda: self.move(1), "Ctrl+Down")
        self.paste_action = self._action(self.tr("Paste rows"), self.paste, "Ctrl+V")
        tips = {
            self.add_action: texts.add_tip,
            self.delete_action: self.tr("Delete the selected row"),
            self.up_action: self.tr("Move the selected row up"),
            self.down_action: self.tr("Move the selected row down"),
        }
        self.buttons: dict[QAction, QPushButton] = {}
        column = QVBoxLayout()
        for action, tip in tips.items():
            button = QPushButton(action.text())
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{tip} ({shortcut})")
            button.clicked.connect(action.trigger)
            self.buttons[action] = button
            column.addWidget(button)
        width = max(b.sizeHint().width() for b in self.buttons.values())
        for button in self.buttons.values():
            button.setMinimumWidth(width)
        column.addStretch(1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(mid);")
        self.note.hide()
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(table, 1)
        left.addWidget(self.note)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(column)
        for first, second in itertools.pairwise([table, *self.buttons.values()]):
            QWidget.setTabOrder(first, second)
        table.selectionModel().currentChanged.connect(lambda *_: self.update_actions())

    def _action(self, text: str, slot: Callable[[], object], key: str) -> QAction:
        """An action of the table; its shortcut works while the table has the focus."""
        action = QAction(text, self.table)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.table.addAction(action)
        return action

    # -- showing ---------------------------------------------------------------------------

    def show_records(
        self, records: Sequence[Any], offices: Mapping[int, m.Office], writable: bool
    ) -> None:
        index = self.table.currentIndex()
        kept = (index.siblingAtColumn(0).data(IdRole), index.row(), index.column())
        self._writable = writable
        self.model.editable = writable
        self.model.set_records(records, offices)
        count = self.model.rowCount()
        if not self.table.currentIndex().isValid() and count:
            found = self.model.row_of(kept[0])
            row = found if found >= 0 else max(0, min(kept[1], count - 1))
            self._select(row, max(0, kept[2]))
        if self._pending is not None:
            self.start_editing(self._pending)
        self._resize_columns()
        self.update_actions()

    def _resize_columns(self) -> None:
        """Columns as wide as their content, squeezed so the stretching one keeps some room."""
        header = self.table.horizontalHeader()
        widths: dict[int, int] = {}
        for column in range(self.model.columnCount()):
            if column != self.model.STRETCH:
                self.table.resizeColumnToContents(column)
                least = 140 if self.model.field(column).kind in CHOICES else 80  # room for a list
                widths[column] = max(least, min(header.sectionSize(column) + 16, 320))
        room = self.table.viewport().width() - 140
        squeezable = [c for c in widths if self.model.field(c).kind == Kind.TEXT]
        excess = sum(widths.values()) - room
        if excess > 0 and squeezable:
            total = sum(widths[c] for c in squeezable)
            for c in squeezable:  # never below the column's own heading
                least = max(80, header.sectionSizeHint(c))
                widths[c] = max(least, widths[c] - excess * widths[c] // total)
        for column, width in widths.items():
            header.resizeSection(column, width)

    def update_actions(self) -> None:
        writable = self._writable and self.page.workspace() is not None
        writable = writable and self.page.workshop_id is not None
        row = self.table.currentIndex().row()
        count = self.model.rowCount()
        possible = {
            self.add_action: True,
            self.delete_action: row >= 0,
            self.up_action: row > 0,
            self.down_action: 0 <= row < count - 1,
        }
        for action, can in possible.items():
            action.setEnabled(writable)
            self.buttons[action].setEnabled(writable and can)
        self.paste_action.setEnabled(writable)

    def _select(self, row: int, column: int = 0) -> None:
        index = self.model.index(row, column)
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(index, _ROWS)
            self.table.scrollTo(index)

    def selected(self) -> Any:
        row = self.table.currentIndex().row()
        return self.model.record(row) if row >= 0 else None

    def start_editing(self, record_id: int) -> None:
        row = self.model.row_of(record_id)
        if row < 0:
            self._pending = record_id  # the refresh has not arrived yet
            return
        self._pending = None
        self._select(row, 0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.edit(self.model.index(row, 0))

    # -- changes ---------------------------------------------------------------------------

    def _name(self, record: Any) -> str:
        return str(getattr(record, self.name_field))

    def _edit(self, record_id: int, field: str, value: object) -> None:
        row = self.model.row_of(record_id)
        name = self._name(self.model.record(row)) if row >= 0 else ""
        if field == self.name_field:
            text = self.tr("Rename “{name}”").format(name=name)
        else:
            text = self.tr("Edit “{name}”").format(name=name)
        entity = self.model.ENTITY
        # (undo text, service call) of an edit that is no plain field, like what a proposal requires
        special = getattr(self.model, "edit_call", lambda *_: None)(record_id, field, value, name)
        if special is not None:
            self.page.run(*special)
            return
        self.page.run(text, lambda ws, _w: entities.edit(ws, entity, record_id, **{field: value}))

    def add(self) -> None:
        entity = self.model.ENTITY
        name = next_name(self.texts.new_name, (self._name(r) for r in self.model.records()))
        values: dict[str, Any] = {self.name_field: name}
        current = self.selected()
        if entity == "participant" and current is not None:
            values["office_id"] = current.office_id  # people are usually added office by office
        done = self.page.run(
            self.texts.add,
            lambda ws, workshop: entities.create(ws, entity, workshop_id=workshop, **values),
        )
        if done is not None:
            self.start_editing(done.new_id)

    def paste(self) -> None:
        """Rows copied from a spreadsheet become rows of this list, in one step."""
        from pmo_tmo_desktop.ui.setup_paste import paste_rows

        if not self.paste_action.isEnabled():
            return
        found = paste_rows(
            QApplication.clipboard().text(),
            self.model,
            self.name_field,
            self.texts.add,
            self,
            lambda text: Messages.warn(self, self.texts.add, text),
        )
        if not found:
            return
        entity, rows = self.model.ENTITY, list(found)
        done = self.page.run(
            self.tr("Paste %n row(s)", "", len(rows)),
            lambda ws, workshop: entities.create_many(
                ws, entity, [{**row, "workshop_id": workshop} for row in rows]
            ),
        )
        if done is not None and done.value:
            row = self.model.row_of(done.value[0])
            if row >= 0:
                self._select(row)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def delete(self) -> None:
        record = self.selected()
        if record is None or self.page.workspace() is None:
            return
        held = self.page.ratings_held(self.model.ENTITY, record.id)
        if held:
            Messages.warn(
                self,
                self.texts.delete,
                self.tr(
                    "“{name}” holds %n rating(s) that participants entered, so it cannot be "
                    "deleted: ratings are removed only by discarding their round (Rating page). "
                    "Rename it instead, if it was only misnamed.",
                    "",
                    held,
                ).format(name=self._name(record)),
            )
            return
        warnings = self.page.usage(self.model.ENTITY, record.id)
        if warnings:
            lines = [self.tr("Delete “{name}”?").format(name=self._name(record)), *warnings]
            lines.append(self.tr("Undo brings everything back."))
            if not Messages.confirm(self, self.texts.delete, "\n\n".join(lines), self.tr("Delete")):
                return
        entity = self.model.ENTITY
        self.page.run(
            self.tr("Delete “{name}”").format(name=self._name(record)),
            lambda ws, _w: entities.remove(ws, entity, record.id),
        )

    def move(self, step: int) -> None:
        record = self.selected()
        row = self.table.currentIndex().row()
        if record is None or not 0 <= row + step < self.model.rowCount():
            return
        name = self._name(record)
        if step < 0:
            text = self.tr("Move “{name}” up").format(name=name)
        else:
            text = self.tr("Move “{name}” down").format(name=name)
        entity = self.model.ENTITY
        self.page.run(text, lambda ws, _w: entities.move(ws, entity, record.id, row + step))
