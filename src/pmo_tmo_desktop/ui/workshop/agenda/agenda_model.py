"""The agenda run-sheet's table model and its countdown: the items in order with their planned
start, length and the time used so far, and how the time left is shown (m:ss, its colours)."""

from __future__ import annotations

import enum
from datetime import time as clock_time
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from pmo_tmo_desktop.domain import agenda
from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.ui.widgets.qt_common import RIGHT, IdRole, Index

WARNING_SECONDS = 120
"""The timer turns amber when this much time or less is left."""
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class TimerState(enum.StrEnum):
    NORMAL = "normal"
    WARNING = "warning"
    OVER = "over"


TIMER_COLOURS = {
    TimerState.NORMAL: ("#1F2A36", "#EEF3F8", "#C9D6E3"),
    TimerState.WARNING: ("#8A4B00", "#FFF1D6", "#F0B45A"),
    TimerState.OVER: ("#B3261E", "#FDE3E0", "#E58B84"),
}
"""Text, background and border of the timer in each state."""


def format_remaining(seconds: int) -> str:
    """m:ss of the time left, or +m:ss of the time over (e.g. "14:05", "+1:23")."""
    sign, seconds = ("+", -seconds) if seconds < 0 else ("", seconds)
    return f"{sign}{seconds // 60}:{seconds % 60:02d}"


def timer_state(remaining: int) -> TimerState:
    if remaining < 0:
        return TimerState.OVER
    return TimerState.WARNING if remaining <= WARNING_SECONDS else TimerState.NORMAL


class AgendaModel(QAbstractTableModel):
    """The agenda items with their planned start, length and the time used so far."""

    NUMBER, STARTS, TITLE, PRESENTER, PLANNED, USED = range(6)
    NUMBERS = frozenset({NUMBER, STARTS, PLANNED, USED})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: tuple[m.AgendaItem, ...] = ()
        self._starts: tuple[int, ...] = ()
        self._start: clock_time | None = None
        self._current: int | None = None
        self._used: dict[int, int] = {}

    def set_items(self, items: tuple[m.AgendaItem, ...], start: clock_time | None = None) -> None:
        """The items, and the workshop's start time (clock times) if it has one."""
        self._start = start
        starts = tuple(agenda.starts((i.duration_minutes for i in items), start))
        if [i.id for i in items] != [i.id for i in self._items]:
            self.beginResetModel()
            self._items, self._starts = items, starts
            self.endResetModel()
            return
        self._items, self._starts = items, starts
        self._changed(0, len(items) - 1)

    def _changed(self, first: int, last: int, column: int | None = None) -> None:
        if 0 <= first <= last < len(self._items):
            left, right = (0, self.columnCount() - 1) if column is None else (column, column)
            self.dataChanged.emit(self.index(first, left), self.index(last, right))

    def set_current(self, item_id: int | None) -> None:
        rows = [self.row_of(self._current), self.row_of(item_id)]
        self._current = item_id
        for row in rows:
            self._changed(row, row)

    def set_used(self, item_id: int, seconds: int) -> None:
        if self._used.get(item_id) != seconds:
            self._used[item_id] = seconds
            row = self.row_of(item_id)
            self._changed(row, row, self.USED)

    def record(self, row: int) -> m.AgendaItem:
        return self._items[row]

    def clock_span(self, row: int) -> str:
        """The item's time on the clock (not `span`: Qt models have a virtual of that name)."""
        return agenda.span(self._starts[row], self._items[row].duration_minutes, self._start)

    def records(self) -> tuple[m.AgendaItem, ...]:
        return self._items

    def row_of(self, item_id: int | None) -> int:
        return next((row for row, i in enumerate(self._items) if i.id == item_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def _display(self, row: int, column: int) -> str:
        item = self._items[row]
        if column == self.NUMBER:
            return f"▶ {row + 1}" if item.id == self._current else str(row + 1)
        if column == self.STARTS:
            return agenda.clock(self._starts[row], self._start)
        if column == self.TITLE:
            return item.title
        if column == self.PRESENTER:
            return item.presenter
        if column == self.PLANNED:
            return self.tr("{n} min").format(n=item.duration_minutes)
        used = self._used.get(item.id, 0)
        return format_remaining(used) if used else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        row, column = index.row(), index.column()
        item = self._items[row]
        current = item.id == self._current
        over = self._used.get(item.id, 0) > item.duration_minutes * 60
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if column in self.NUMBERS else _LEFT)
        if role == Qt.ItemDataRole.FontRole and current:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == self.USED and over:
            return QColor(TIMER_COLOURS[TimerState.OVER][0])
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TITLE:
                return item.title
            if column == self.STARTS and self._start is None:
                return self.tr(
                    "Planned start, counted from the beginning of the workshop (give the "
                    "workshop a start time on its Set-up page for clock times)"
                )
            if column == self.STARTS:
                return self.tr("Planned start")
            if column == self.USED and self._used.get(item.id):
                return self.tr("Time used so far")
        if role == IdRole:
            return item.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 6:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("#"),
                self.tr("Starts"),
                self.tr("Item"),
                self.tr("Presenter"),
                self.tr("Planned"),
                self.tr("Used"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if section in self.NUMBERS else _LEFT)
        return None
