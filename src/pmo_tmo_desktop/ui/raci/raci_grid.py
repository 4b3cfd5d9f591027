"""The RACI grid: a table model over the letters, a letter delegate, and a view that types,
clears, copies and pastes letters across a selection (its headers: raci_headers)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.ui.raci.raci_headers import OfficeHeader, OfficeRole, RowHeader
from pmo_tmo_desktop.ui.widgets.common import ink_on
from pmo_tmo_desktop.ui.widgets.qt_common import Index

Cell = tuple[int, int, str]

LETTER_COLOURS = {
    "A": "#F4C7C3",
    "R": "#C9DDF7",
    "C": "#FCE8B2",
    "I": "#D9EAD3",
    "S": "#E4D7F5",
    "V": "#D0E0E3",
}
PRIORITY = "ARSVCI"
PHASE_FILL = "#E8EAED"


def colour_of(letters: str) -> str | None:
    for letter in PRIORITY:
        if letter in letters:
            return LETTER_COLOURS[letter]
    return None


_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole)


@functools.cache
def _look(letters: str) -> dict[int, Any]:
    """How a cell holding `letters` looks: bold, centred, on its letter's colour (made once per
    spelling)."""
    font = QFont()
    font.setBold(True)
    look: dict[int, Any] = {
        Qt.ItemDataRole.FontRole: font,
        Qt.ItemDataRole.TextAlignmentRole: int(Qt.AlignmentFlag.AlignCenter),
    }
    colour = colour_of(letters)
    if colour:
        look[Qt.ItemDataRole.BackgroundRole] = QBrush(QColor(colour))
        look[Qt.ItemDataRole.ForegroundRole] = QBrush(ink_on(colour))
    return look


@functools.cache
def _phase_look() -> dict[int, Any]:
    return {
        Qt.ItemDataRole.BackgroundRole: QBrush(QColor(PHASE_FILL)),
        Qt.ItemDataRole.ForegroundRole: QBrush(ink_on(PHASE_FILL)),
    }


class RaciGridModel(QAbstractTableModel):
    """Rows: phase rows, each followed by its activities. Columns: roles, office by office."""

    edit_requested = Signal(list, str)
    """(cells, what) — the grid asks for cells to take new letters; the owner runs it."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._snapshot: m.Methodology | None = None
        self._rows: list[tuple[str, int]] = []
        self._roles: list[m.Role] = []
        self._letters: dict[tuple[int, int], str] = {}
        self._filled = 0
        self._read: set[int] | None = None
        """The activities whose letters are held, while only some are (None: all are)."""
        self.read_every_letter: Callable[[], None] | None = None
        """Set by the owner: reads the letters not held yet and gives them (`take_letters`)."""
        self._activities: dict[int, m.Activity] = {}
        self._phases: dict[int, m.Phase] = {}
        self._offices: dict[int, m.Office] = {}
        self._role_column: dict[int, int] = {}
        self._activity_row: dict[int, int] = {}
        self.variant = m.RaciVariant.RACI
        self.filters: dict[str, Any] = {"phase": None, "office": None, "kind": None}

    # -- loading ---------------------------------------------------------------------------

    def set_methodology(self, snapshot: m.Methodology) -> None:
        self._snapshot = snapshot
        self.variant = snapshot.info.raci_variant
        self._letters = dict(m.letters_of(snapshot.assignments))
        self._filled = m.filled_cells(self._letters)
        self._read = None if getattr(snapshot.assignments, "complete", True) else set()
        self._activities = {a.id: a for a in snapshot.activities}
        self._phases = {p.id: p for p in snapshot.phases}
        self._offices = {o.id: o for o in snapshot.offices}
        self._layout()

    @property
    def complete(self) -> bool:
        """Every letter of the matrix is held (not only those of the rows first shown)."""
        return self._read is None

    def take_letters(
        self, letters: Mapping[tuple[int, int], str], activities: Iterable[int] | None = None
    ) -> None:
        """Letters read: those of some `activities` (a first look), or all of them (None)."""
        if activities is not None:
            if self._read is not None:
                self._letters.update(letters)
                self._read.update(activities)
            return
        self._letters, self._read = dict(letters), None
        self._filled = m.filled_cells(self._letters)
        if self._rows and self._roles:
            last = self.index(len(self._rows) - 1, len(self._roles) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.DisplayRole])

    def ensure_complete(self) -> None:
        """Whatever needs the whole matrix (a selection's letters, a copy, a filter, a count)
        calls this first: the letters not held yet are read now."""
        if self._read is not None and self.read_every_letter is not None:
            self.read_every_letter()

    def filled(self) -> int:
        """How many cells hold letters (every letter is read first; kept up to date by each
        change, so a one-cell edit does not count the matrix again)."""
        self.ensure_complete()
        return self._filled

    def set_filter(self, **filters: Any) -> None:
        self.ensure_complete()
        self.filters.update(filters)
        if self._snapshot is not None:
            self._layout()

    def _layout(self) -> None:
        snap = self._snapshot
        assert snap is not None
        phase, office, kind = (self.filters[k] for k in ("phase", "office", "kind"))
        office_order = {o.id: i for i, o in enumerate(snap.offices)}
        self.beginResetModel()
        self._roles = sorted(
            (r for r in snap.roles if office is None or r.office_id == office),
            key=lambda r: (office_order.get(r.office_id, 0), r.position, r.id),
        )
        by_phase: dict[int, list[tuple[str, int]]] = {p.id: [] for p in snap.phases}
        for a in snap.activities:  # one pass, in display order
            shown = by_phase.get(a.phase_id)
            if shown is not None and (kind is None or a.kind == kind):
                shown.append(("activity", a.id))
        self._rows = []
        for p in snap.phases:
            if phase is None or p.id == phase:
                self._rows.append(("phase", p.id))
                self._rows.extend(by_phase[p.id])
        self._role_column = {r.id: i for i, r in enumerate(self._roles)}
        self._activity_row = {
            item: row for row, (what, item) in enumerate(self._rows) if what == "activity"
        }
        self.endResetModel()

    def update_letters(self, changed: dict[tuple[int, int], str]) -> None:
        """Take new letters for some cells and repaint only those."""
        self.ensure_complete()
        for key, text in changed.items():
            self._filled += bool(text) - bool(self._letters.get(key))
            if text:
                self._letters[key] = text
            else:
                self._letters.pop(key, None)
            row, column = self._activity_row.get(key[0]), self._role_column.get(key[1])
            if row is not None and column is not None:
                index = self.index(row, column)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    # -- lookups ---------------------------------------------------------------------------

    def is_phase_row(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and self._rows[row][0] == "phase"

    def activities_in(self, rows: range) -> list[int]:
        return [item for what, item in self._rows[rows.start : rows.stop] if what == "activity"]

    def phase_rows(self) -> list[int]:
        return [row for row, (what, _) in enumerate(self._rows) if what == "phase"]

    def cell(self, index: Index) -> tuple[int, int] | None:
        if not index.isValid() or self.is_phase_row(index.row()):
            return None
        return self._rows[index.row()][1], self._roles[index.column()].id

    def letters_at(self, index: Index) -> str:
        self.ensure_complete()
        ids = self.cell(index)
        return self._letters.get(ids, "") if ids else ""

    def index_of(self, activity_id: int, role_id: int | None = None) -> QModelIndex:
        row = self._activity_row.get(activity_id)
        if row is None:
            return QModelIndex()
        column = self._role_column.get(role_id, 0) if role_id is not None else 0
        return self.index(row, column)

    def role_at(self, column: int) -> m.Role:
        return self._roles[column]

    def office_of(self, role: m.Role) -> m.Office | None:
        return self._offices.get(role.office_id)

    # -- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._roles)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_phase_row(index.row()):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Answered from the letters dict and a table of looks per spelling: no delegate paints
        in Python, and nothing is made per cell but the lookup."""
        if not index.isValid():
            return None
        what, item = self._rows[index.row()]
        if what == "phase":
            return _phase_look().get(role)
        if self._read is not None and item not in self._read:
            self.ensure_complete()  # a row not read yet comes into sight: read them all
        letters = self._letters.get((item, self._roles[index.column()].id), "")
        if role in _TEXT_ROLES:
            return letters
        if role == Qt.ItemDataRole.ToolTipRole:
            activity = self._activities[item]
            return f"{activity.name} — {self._roles[index.column()].name}: {letters or '—'}"
        return _look(letters).get(role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        ids = self.cell(index)
        if ids is None or role != Qt.ItemDataRole.EditRole:
            return False
        self.edit_requested.emit([(ids[0], ids[1], str(value or ""))], "type")
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._roles):
                return None
            person = self._roles[section]
            office = self._offices.get(person.office_id)
            if role == Qt.ItemDataRole.DisplayRole:
                return person.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{person.name} ({office.name if office else ''})"
            if role == OfficeRole:
                return (office.name, office.colour) if office else ("", "#808080")
            return None
        if not 0 <= section < len(self._rows):
            return None
        what, item = self._rows[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._phases[item].name if what == "phase" else self._activities[item].name
        if role == Qt.ItemDataRole.FontRole and what == "phase":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and what == "phase":
            return QBrush(QColor(PHASE_FILL))
        if role == Qt.ItemDataRole.ForegroundRole and what == "phase":
            return QBrush(ink_on(PHASE_FILL))
        if role == Qt.ItemDataRole.ToolTipRole and what == "activity":
            activity = self._activities[item]
            return f"{self._phases[activity.phase_id].name} › {activity.name}"
        return None


class LetterDelegate(QStyledItemDelegate):
    """Edits a cell as text limited to the variant (the model gives the look: bold letters on
    their colour)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setMaxLength(12)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return editor

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text().upper(), Qt.ItemDataRole.EditRole)


class RaciGridView(QTableView):
    """Keys: a letter toggles it in every selected cell; Delete clears; Ctrl+C/Ctrl+V copy and
    paste tab-separated letters, as Excel and LibreOffice exchange them; Ctrl+Space and
    Shift+Space select a column or a row, as a click on a header does."""

    painted = Signal()
    """The cells have been painted (what follows a first paint waits for it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(OfficeHeader(self))
        self.setItemDelegate(LetterDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(False)  # arrows move between cells; Tab goes on to the findings
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setVerticalHeader(RowHeader(self))
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()

    def rows_in_sight(self) -> range:
        """The rows shown from the current scroll position down to the screen's full height
        (the grid's own height may not be settled yet when a workspace is being opened)."""
        screen = self.screen()
        height = screen.availableGeometry().height() if screen is not None else 1080
        top = max(self.rowAt(0), 0)
        return range(top, top + height // self.verticalHeader().defaultSectionSize() + 2)

    def grid(self) -> RaciGridModel:
        model = self.model()
        assert isinstance(model, RaciGridModel)
        return model

    def reset(self) -> None:
        super().reset()
        self.clearSpans()
        model = self.model()
        if isinstance(model, RaciGridModel) and model.columnCount() > 1:
            for row in model.phase_rows():
                self.setSpan(row, 0, 1, model.columnCount())

    def selected_cells(self) -> list[tuple[int, int, str]]:
        grid = self.grid()
        cells = []
        for index in self.selectionModel().selectedIndexes():
            ids = grid.cell(index)
            if ids is not None:
                cells.append((ids[0], ids[1], grid.letters_at(index)))
        return cells

    def keyPressEvent(self, event: QKeyEvent) -> None:
        grid = self.grid()
        text = event.text().upper()
        ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
        plain = not event.modifiers() & ~(shift | Qt.KeyboardModifier.KeypadModifier)
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
        elif event.key() == Qt.Key.Key_Space and event.modifiers() in (ctrl, shift):
            self.select_line(column=event.modifiers() == ctrl)
        elif plain and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            cells = [(a, r, "") for a, r, old in self.selected_cells() if old]
            if cells:
                grid.edit_requested.emit(cells, "clear")
        elif plain and len(text) == 1 and text in grid.variant.letters:
            self.toggle(text)
        elif plain and len(text) == 1 and text.isalpha():
            QApplication.beep()
        else:
            super().keyPressEvent(event)

    def select_line(self, *, column: bool) -> None:
        """Select the current cell's whole column (its role) or row (its activity), as a click
        on the header does: Ctrl+Space and Shift+Space, as in a spreadsheet."""
        current, grid = self.currentIndex(), self.grid()
        if not current.isValid():
            return
        if column:
            first, last = (
                grid.index(0, current.column()),
                grid.index(grid.rowCount() - 1, current.column()),
            )
        else:
            first, last = (
                grid.index(current.row(), 0),
                grid.index(current.row(), grid.columnCount() - 1),
            )
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.selectionModel().select(QItemSelection(first, last), flags)

    def toggle(self, letter: str) -> None:
        cells = self.selected_cells()
        if not cells:
            return
        remove = all(letter in old for _, _, old in cells)
        changed = []
        for activity, role, old in cells:
            new = old.replace(letter, "") if remove else old + letter
            changed.append((activity, role, m.normalise_letters(new)))
        self.grid().edit_requested.emit(changed, letter)

    def _block(self) -> tuple[list[int], list[int]]:
        indexes = self.selectionModel().selectedIndexes()
        rows = sorted({i.row() for i in indexes if not self.grid().is_phase_row(i.row())})
        columns = sorted({i.column() for i in indexes})
        return rows, columns

    def copy_selection(self) -> None:
        rows, columns = self._block()
        if not rows or not columns:
            return
        grid = self.grid()
        lines = [
            "\t".join(grid.letters_at(grid.index(r, c)) for c in range(columns[0], columns[-1] + 1))
            for r in range(rows[0], rows[-1] + 1)
            if not grid.is_phase_row(r)
        ]
        QApplication.clipboard().setText("\r\n".join(lines) + "\r\n")

    def paste(self) -> None:
        text = QApplication.clipboard().text()
        current = self.currentIndex()
        if not text or not current.isValid():
            return
        grid = self.grid()
        lines = text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n").split("\n")
        targets = [r for r in range(current.row(), grid.rowCount()) if not grid.is_phase_row(r)]
        cells: list[Cell] = []
        for line, row in zip(lines, targets, strict=False):
            for offset, value in enumerate(line.split("\t")):
                column = current.column() + offset
                if column >= grid.columnCount():
                    break
                ids = grid.cell(grid.index(row, column))
                if ids is not None:
                    cells.append((ids[0], ids[1], value.strip().strip('"')))
        if cells:
            grid.edit_requested.emit(cells, "paste")

    def select_cells(self, cells: Iterable[tuple[int, int | None]]) -> None:
        """Select and show the given (activity, role-or-None: whole row) cells."""
        grid = self.grid()
        self.clearSelection()
        first = None
        for activity, role in cells:
            index = grid.index_of(activity, role)
            if not index.isValid():
                continue
            if role is None:
                self.selectRow(index.row())
            else:
                self.selectionModel().select(index, self.selectionModel().SelectionFlag.Select)
            first = first or index
        if first is not None:
            self.selectionModel().setCurrentIndex(
                first, self.selectionModel().SelectionFlag.NoUpdate
            )
            self.scrollTo(first)
