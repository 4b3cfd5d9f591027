"""The agenda run-sheet of a workshop: the items in order, the current one with its countdown,
and the minutes taken for it.

The timers live in memory (time is not "typed", so it is not stored); the minutes are saved
as an undoable edit of the agenda item. The presenter view follows `current_changed` and
`timer_changed`. The table model and the countdown's format and colours are in
`agenda_model`.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Mapping

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.services import entities
from pmo_tmo_desktop.services.events import WorkshopSetupChanged
from pmo_tmo_desktop.services.queries import WorkshopData
from pmo_tmo_desktop.ui.widgets.columns import keep_titles
from pmo_tmo_desktop.ui.widgets.commit_text import CommitTextEdit
from pmo_tmo_desktop.ui.widgets.context import Context
from pmo_tmo_desktop.ui.workshop.agenda.agenda_model import (
    TIMER_COLOURS,
    AgendaModel,
    TimerState,
    format_remaining,
    timer_state,
)
from pmo_tmo_desktop.ui.workshop.common.workshop_feed import WorkshopFeed

NO_ITEM = -1
"""The id signals carry when there is no current item (an empty agenda)."""
TICK_MS = 200
_ROWS = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


class AgendaPage(QWidget):
    """Run the agenda: pick the current item, time it, and take its minutes."""

    current_changed = Signal(int)
    """The current agenda item's id (NO_ITEM when the agenda is empty)."""
    timer_changed = Signal(int, int)
    """(agenda item id, seconds remaining; negative when over time), at least every second
    while the timer runs and whenever the current item or its time changes."""
    running_changed = Signal(bool)

    def __init__(
        self,
        ctx: Context,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._clock = clock
        self._data: WorkshopData | None = None
        self._current: int | None = None
        self._current_of: dict[int, int] = {}
        """The current item of each workshop shown, to come back to."""
        self._elapsed: dict[int, float] = {}
        self._since = 0.0
        self._running = False
        self._last: tuple[int, int] | None = None
        self._selecting = False
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.refresh_timer)

        self.model = AgendaModel(self)
        self.table = QTableView()
        self.table.setObjectName("agendaTable")
        self.table.setAccessibleName(self.tr("Agenda"))
        self.table.setAccessibleDescription(self.tr("The selected item is the current one"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AgendaModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AgendaModel.USED, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(  # a fixed width: the ticking time does not shift the columns
            AgendaModel.USED,
            max(
                self.table.fontMetrics().horizontalAdvance("+888:88") + 16,
                header.sectionSizeHint(AgendaModel.USED),
            ),
        )
        keep_titles(header)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.summary = QLabel()

        self.position = QLabel()
        self.position.setObjectName("agendaPosition")
        self.item_title = QLabel()
        self.item_title.setObjectName("agendaCurrentTitle")
        self.item_title.setWordWrap(True)
        font = self.item_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.item_title.setFont(font)
        self.presenter = QLabel()
        self.timer_label = QLabel()
        self.timer_label.setObjectName("agendaTimer")
        self.timer_label.setAccessibleName(self.tr("Time left on the current item"))
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big = self.timer_label.font()
        big.setPixelSize(72)
        big.setBold(True)
        big.setStyleHint(QFont.StyleHint.Monospace)
        self.timer_label.setFont(big)
        self.timer_status = QLabel()
        self.timer_status.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.start_action = self._action(self.tr("Start"), self.toggle_running, "F5")
        self.next_action = self._action(self.tr("Next item"), self.next_item, "Ctrl+Right")
        self.previous_action = self._action(
            self.tr("Previous item"), self.previous_item, "Ctrl+Left"
        )
        self.reset_action = self._action(self.tr("Reset timer"), self.reset_timer)
        self.start_button = self._button(self.start_action, self.tr("Start or pause the timer"))
        self.previous_button = self._button(
            self.previous_action, self.tr("Make the previous item current")
        )
        self.next_button = self._button(self.next_action, self.tr("Make the next item current"))
        self.reset_button = self._button(
            self.reset_action, self.tr("Start the current item's time again")
        )
        self.start_button.setMinimumWidth(
            max(self.start_button.fontMetrics().horizontalAdvance(t) for t in self._start_texts())
            + 40
        )

        self.notes = CommitTextEdit()
        self.notes.setObjectName("agendaMinutes")
        self.notes.setAccessibleName(self.tr("Minutes of the current item"))
        self.notes.setAccessibleDescription(self.tr("Leaving the field or Ctrl+Enter saves it"))
        self.notes.setPlaceholderText(self.tr("What was said and agreed on this item…"))
        self.notes.committed.connect(self._notes_committed)
        self._build_layout()
        self._show_current()

    # -- construction ----------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], object], key: str = "") -> QAction:
        """A page-wide action: its shortcut works wherever the focus is on this page."""
        action = QAction(text, self)
        if key:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _button(self, action: QAction, tip: str) -> QPushButton:
        button = QPushButton(action.text())
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        button.clicked.connect(action.trigger)
        return button

    def _start_texts(self) -> tuple[str, str, str]:
        return self.tr("Start"), self.tr("Pause"), self.tr("Resume")

    def _build_layout(self) -> None:
        heading = QLabel(self.tr("A&genda"))
        heading.setBuddy(self.table)
        bold = heading.font()
        bold.setBold(True)
        heading.setFont(bold)
        heading_row = QHBoxLayout()
        heading_row.addWidget(heading)
        heading_row.addSpacing(12)
        heading_row.addWidget(self.summary)
        heading_row.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(heading_row)
        left_layout.addWidget(self.table, 1)

        self.card = QFrame()
        self.card.setObjectName("timerCard")
        card = QVBoxLayout(self.card)
        card.setContentsMargins(16, 12, 16, 12)
        card.addWidget(self.position)
        card.addWidget(self.item_title)
        card.addWidget(self.presenter)
        card.addSpacing(4)
        card.addWidget(self.timer_label)
        card.addWidget(self.timer_status)
        # two rows (the clock's buttons, then the agenda's), so the card stays narrow enough
        # for the agenda beside it, in any language
        buttons = QGridLayout()
        buttons.addWidget(self.start_button, 0, 0)
        buttons.addWidget(self.reset_button, 0, 1)
        buttons.addWidget(self.previous_button, 1, 0)
        buttons.addWidget(self.next_button, 1, 1)
        card.addSpacing(6)
        card.addLayout(buttons)
        minutes = QLabel(self.tr("&Minutes of this item"))
        minutes.setBuddy(self.notes)
        minutes.setFont(bold)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.card)
        right_layout.addSpacing(6)
        right_layout.addWidget(minutes)
        right_layout.addWidget(self.notes, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 11)
        splitter.setStretchFactor(1, 9)
        splitter.setSizes([600, 480])
        hint = QLabel(
            self.tr(
                "F5 starts or pauses the timer · Ctrl+Right next item · Ctrl+Left previous item"
                " · Ctrl+Enter or leaving the minutes saves them"
            )
        )
        hint.setStyleSheet("color: palette(mid);")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)
        chain = [
            self.table,
            self.start_button,
            self.reset_button,
            self.previous_button,
            self.next_button,
            self.notes,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- showing ---------------------------------------------------------------------------

    def follow(self, feed: WorkshopFeed) -> None:
        """The agenda follows the workshop's set-up (its items, its start, its status)."""
        feed.follow(self.show_workshop, WorkshopSetupChanged)

    def show_workshop(self, data: WorkshopData, offices: Mapping[int, m.Office]) -> None:
        previous = self._data.workshop.id if self._data else None
        if previous is not None and previous != data.workshop.id:
            if self._running:
                self.toggle_running()  # the room does not run two workshops at once
            if self._current is not None:
                self._current_of[previous] = self._current
        self._data = data
        self.model.set_items(data.agenda, data.workshop.start_time)
        ids = [i.id for i in data.agenda]
        wanted = self._current if previous == data.workshop.id else None
        wanted = wanted or self._current_of.get(data.workshop.id)
        if wanted not in ids:
            wanted = ids[0] if ids else None
        total = sum(i.duration_minutes for i in data.agenda)
        self.summary.setText(
            self.tr("Items: %n", "", len(ids)) + " · " + self.tr("%n min planned", "", total)
        )
        if wanted != self._current:
            self._move_to(wanted)
        else:
            self._show_current()

    def _show_current(self) -> None:
        item = self.current_item()
        row = self.model.row_of(self._current)
        if row >= 0 and self.table.currentIndex().row() != row:
            self._selecting = True
            try:
                index = self.model.index(row, AgendaModel.TITLE)
                self.table.selectionModel().setCurrentIndex(index, _ROWS)
                self.table.scrollTo(index)
            finally:
                self._selecting = False
        count = self.model.rowCount()
        writable = self._writable()
        self.notes.load(item.id if item else None, item.minutes if item else "")
        self.notes.setEnabled(item is not None)
        self.notes.setReadOnly(not writable)
        self.previous_action.setEnabled(row > 0)
        self.next_action.setEnabled(0 <= row < count - 1)
        self.start_action.setEnabled(item is not None)
        self.reset_action.setEnabled(item is not None)
        for action, button in (
            (self.previous_action, self.previous_button),
            (self.next_action, self.next_button),
            (self.start_action, self.start_button),
            (self.reset_action, self.reset_button),
        ):
            button.setEnabled(action.isEnabled())
        if item is None:
            self.position.setText(self.tr("No agenda"))
            self.item_title.setText(self.tr("This workshop has no agenda items yet."))
            self.presenter.clear()
        else:
            self.position.setText(self.tr("Item {n} of {count}").format(n=row + 1, count=count))
            self.item_title.setText(item.title)
            self.presenter.setText(
                self.tr("Presenter: {name}").format(name=item.presenter) if item.presenter else ""
            )
        self.refresh_timer()

    def refresh_timer(self) -> None:
        """Show the current item's time; emits `timer_changed` when the seconds change."""
        item = self.current_item()
        texts = self._start_texts()
        if item is None:
            self.timer_label.setText("–:––")
            self.timer_status.clear()
            self._style(TimerState.NORMAL)
            self.start_button.setText(texts[0])
            return
        remaining = self.remaining_seconds()
        state = timer_state(remaining)
        self.timer_label.setText(format_remaining(remaining))
        self._style(state)
        used = int(self.elapsed_seconds(item.id))
        self.model.set_used(item.id, used)
        planned = self.tr("%n min planned", "", item.duration_minutes)
        if self._running:
            status = self.tr("running")
        elif used:
            status = self.tr("paused")
        else:
            status = self.tr("not started")
        if state == TimerState.OVER:
            status = self.tr("over time") + " · " + status
        self.timer_status.setText(f"{planned} · {status}")
        self.start_button.setText(texts[1] if self._running else texts[2] if used else texts[0])
        self.start_action.setText(self.start_button.text())
        if self._last != (item.id, remaining):
            self._last = (item.id, remaining)
            self.timer_changed.emit(item.id, remaining)

    def _style(self, state: TimerState) -> None:
        text, background, border = TIMER_COLOURS[state]
        self.card.setStyleSheet(
            f"QFrame#timerCard {{ background: {background}; border: 1px solid {border};"
            " border-radius: 8px; }"
        )
        self.timer_label.setStyleSheet(f"color: {text};")
        self.timer_label.setProperty("state", state.value)

    # -- lookups ---------------------------------------------------------------------------

    def current_item(self) -> m.AgendaItem | None:
        row = self.model.row_of(self._current)
        return self.model.record(row) if row >= 0 else None

    def current_item_id(self) -> int | None:
        return self._current

    def current_span(self) -> str:
        """The current item's time on the clock ("09:20–09:40"); "" without a start time."""
        row = self.model.row_of(self._current)
        return self.model.clock_span(row) if row >= 0 else ""

    def is_running(self) -> bool:
        return self._running

    def elapsed_seconds(self, item_id: int | None = None) -> float:
        """Time spent on an item (the current one by default), counting the running part."""
        item_id = self._current if item_id is None else item_id
        if item_id is None:
            return 0.0
        spent = self._elapsed.get(item_id, 0.0)
        if self._running and item_id == self._current:
            spent += self._clock() - self._since
        return spent

    def remaining_seconds(self) -> int:
        """Whole seconds left on the current item; negative when over time (0 with no item)."""
        item = self.current_item()
        if item is None:
            return 0
        return item.duration_minutes * 60 - int(self.elapsed_seconds(item.id))

    def timer_state(self) -> TimerState:
        return timer_state(self.remaining_seconds())

    # -- the timer -------------------------------------------------------------------------

    def _bank(self) -> None:
        """Add the running stretch to the current item's time and start a new stretch."""
        now = self._clock()
        if self._running and self._current is not None:
            spent = self._elapsed.get(self._current, 0.0) + (now - self._since)
            self._elapsed[self._current] = spent
            self.model.set_used(self._current, int(spent))
        self._since = now

    def toggle_running(self) -> None:
        if self.current_item() is None:
            return
        self._bank()
        self._running = not self._running
        if self._running:
            self._ticker.start()
        else:
            self._ticker.stop()
        self.running_changed.emit(self._running)
        self.refresh_timer()

    def reset_timer(self) -> None:
        if self._current is None:
            return
        self._bank()
        self._elapsed[self._current] = 0.0
        self.refresh_timer()

    def next_item(self) -> None:
        self._step(1)

    def previous_item(self) -> None:
        self._step(-1)

    def _step(self, step: int) -> None:
        row = self.model.row_of(self._current) + step
        if 0 <= row < self.model.rowCount():
            self._move_to(self.model.record(row).id)

    def set_current(self, item_id: int) -> None:
        """Make an agenda item the current one; a running timer goes on with that item."""
        if self.model.row_of(item_id) >= 0 and item_id != self._current:
            self._move_to(item_id)

    def _move_to(self, item_id: int | None) -> None:
        self.notes.commit()  # the minutes typed belong to the item they were typed for
        self._bank()
        self._current = item_id
        self.model.set_current(item_id)
        self._show_current()
        self.current_changed.emit(NO_ITEM if item_id is None else item_id)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._selecting and current.isValid():
            self.set_current(self.model.record(current.row()).id)

    # -- minutes ---------------------------------------------------------------------------

    def _writable(self) -> bool:
        ws = self._ctx.workspace
        return ws is not None and not ws.read_only

    def _notes_committed(self, item_id: object, text: str) -> None:
        ws = self._ctx.workspace
        row = self.model.row_of(item_id if isinstance(item_id, int) else None)
        if ws is None or ws.read_only or row < 0:
            return
        item = self.model.record(row)
        self._ctx.run(
            self.tr("Edit minutes of “{item}”").format(item=item.title),
            lambda: entities.edit(ws, "agenda_item", item.id, minutes=text),
        )
