"""One editable list of the workshop set-up page: the section (table, buttons, shortcuts)
that shows one of the models of workshop_setup_models, and the words it uses.

An edit of a model arrives as a request (`edit_requested`) that the section turns into one
undoable service call through its page; the fresh data that follows is the answer.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.services import entities
from pmo_tmo_desktop.services.changes import Outcome
from pmo_tmo_desktop.services.files import Workspace
from pmo_tmo_desktop.ui.widgets.columns import keep_titles
from pmo_tmo_desktop.ui.widgets.dialogs import Messages
from pmo_tmo_desktop.ui.widgets.qt_common import IdRole
from pmo_tmo_desktop.ui.workshop.setup.workshop_setup_models import (
    CHOICES,
    Kind,
    SetupDelegate,
    SetupTableModel,
)

_ROWS = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


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

    def ratings_held(self, entity: str, record_id: int) -> int: ...


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
        self.up_action = self._action(self.tr("Move up"), self.move_up, "Ctrl+Up")
        self.down_action = self._action(self.tr("Move down"), self.move_down, "Ctrl+Down")
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
        from pmo_tmo_desktop.ui.workshop.setup.setup_paste import paste_rows

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

    def move_up(self) -> None:
        self.move_row(-1)

    def move_down(self) -> None:
        self.move_row(1)

    def move_row(self, step: int) -> None:
        """The selected row `step` places on (named so, not `move`: QWidget.move places the
        widget itself)."""
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
