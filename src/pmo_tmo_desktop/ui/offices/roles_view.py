"""The Roles and offices area: two editable tables, each change one undoable service call."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
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
from pmo_tmo_desktop.domain.offices import NEW_OFFICE_COLOURS
from pmo_tmo_desktop.services import entities, queries, words
from pmo_tmo_desktop.services.changes import Outcome
from pmo_tmo_desktop.services.files import Workspace
from pmo_tmo_desktop.ui.offices.roles_models import OfficeDelegate, OfficesModel, RolesModel
from pmo_tmo_desktop.ui.widgets.context import Context
from pmo_tmo_desktop.ui.widgets.dialogs import Messages
from pmo_tmo_desktop.ui.widgets.qt_common import IdRole

_ROWS = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


def unique_name(base: str, taken: Iterable[str]) -> str:
    """`base`, or `base 2`, `base 3`… whichever is not taken yet (ignoring case)."""
    used = {name.casefold() for name in taken}
    name, number = base, 1
    while name.casefold() in used:
        number += 1
        name = f"{base} {number}"
    return name


class RolesArea(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._pending: tuple[QTableView, int] | None = None
        """A record just added: select it and edit its name once the refresh shows it."""
        self.summary = QLabel()
        self.button_of: dict[QAction, QPushButton] = {}
        self.office_model = OfficesModel(self)
        self.role_model = RolesModel(self)
        queued = Qt.ConnectionType.QueuedConnection  # let the editor close before the refresh
        self.office_model.edit_requested.connect(self._edit_office, queued)
        self.role_model.edit_requested.connect(self._edit_role, queued)

        self.office_table = self._table("officesTable", self.tr("Offices"), self.office_model)
        self.office_table.activated.connect(self._office_activated)
        offices = self.office_table
        self.add_office_action = self._action(
            offices, self.tr("Add office"), self.add_office, "Ins"
        )
        self.colour_action = self._action(offices, self.tr("Choose colour…"), self.choose_colour)
        self.delete_office_action = self._action(
            offices, self.tr("Delete office"), self.delete_office, "Del"
        )
        self.office_up_action = self._action(offices, self.tr("Move up"), self.office_up, "Ctrl+Up")
        self.office_down_action = self._action(
            offices, self.tr("Move down"), self.office_down, "Ctrl+Down"
        )
        self.role_table = self._table("rolesTable", self.tr("Roles"), self.role_model)
        self.role_table.setItemDelegateForColumn(RolesModel.OFFICE, OfficeDelegate(self.role_table))
        roles = self.role_table
        self.add_role_action = self._action(roles, self.tr("Add role"), self.add_role, "Ins")
        self.delete_role_action = self._action(
            roles, self.tr("Delete role"), self.delete_role, "Del"
        )
        self.role_up_action = self._action(roles, self.tr("Move up"), self.role_up, "Ctrl+Up")
        self.role_down_action = self._action(
            roles, self.tr("Move down"), self.role_down, "Ctrl+Down"
        )
        tips = {
            self.add_office_action: self.tr("Add an office and type its name"),
            self.colour_action: self.tr("Choose the colour that marks the office and its roles"),
            self.delete_office_action: self.tr(
                "Delete the office (only when no role belongs to it)"
            ),
            self.office_up_action: self.tr("Move the office up"),
            self.office_down_action: self.tr("Move the office down"),
            self.add_role_action: self.tr("Add a role to the selected office and type its name"),
            self.delete_role_action: self.tr("Delete the role with its RACI letters"),
            self.role_up_action: self.tr("Move the role up within its office"),
            self.role_down_action: self.tr("Move the role down within its office"),
        }
        buttons = self._buttons(tips)
        office_buttons, role_buttons = buttons[:5], buttons[5:]

        hint = QLabel(
            self.tr(
                "F2 or double-click edits a cell · Ins adds · Del deletes · "
                "Ctrl+Up / Ctrl+Down change the order"
            )
        )
        hint.setStyleSheet("color: palette(mid);")
        hint.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._section(self.tr("&Offices"), self.office_table, office_buttons))
        splitter.addWidget(self._section(self.tr("&Roles"), self.role_table, role_buttons))
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([220, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)
        chain = [self.office_table, *office_buttons, self.role_table, *role_buttons]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.role_table.selectionModel().currentChanged.connect(self._role_changed)
        self.office_table.selectionModel().currentChanged.connect(self._update_actions)
        self._update_actions()

    # -- construction ----------------------------------------------------------------------

    def _table(self, name: str, accessible: str, model: OfficesModel | RolesModel) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setAccessibleName(accessible)
        view.setAccessibleDescription(
            self.tr(
                "F2 edits the current cell, Insert adds, Delete "
                "deletes, Ctrl+Up and Ctrl+Down move the row"
            )
        )
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        view.setTabKeyNavigation(False)  # Tab moves on to the buttons
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
        header = view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        return view

    def _action(
        self, table: QTableView, text: str, slot: Callable[[], object], key: str = ""
    ) -> QAction:
        """An action of one table; its shortcut works while that table has the focus."""
        action = QAction(text, table)
        if key:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        table.addAction(action)
        return action

    def _buttons(self, tips: dict[QAction, str]) -> list[QPushButton]:
        """A push button per action, all one width so the two columns of buttons line up."""
        for action, tip in tips.items():
            button = QPushButton(action.text())
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            button.clicked.connect(action.trigger)
            self.button_of[action] = button
        buttons = list(self.button_of.values())
        width = max(b.sizeHint().width() for b in buttons)
        for button in buttons:
            button.setMinimumWidth(width)
        return buttons

    def _section(self, title: str, table: QTableView, buttons: list[QPushButton]) -> QWidget:
        section = QWidget()
        heading = QLabel(title)
        heading.setBuddy(table)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        column = QVBoxLayout()
        for button in buttons:
            column.addWidget(button)
        column.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(table, 1)
        row.addLayout(column)
        layout = QVBoxLayout(section)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(row, 1)
        return section

    # -- showing ---------------------------------------------------------------------------

    def show_methodology(self, snapshot: m.Methodology) -> None:
        editable = self._workspace() is not None
        kept = [(table, self._current(table)) for table in (self.office_table, self.role_table)]
        before = self.selected_role()
        for model in (self.office_model, self.role_model):
            model.editable = editable
            model.set_methodology(snapshot)
        for table, (record_id, row, column) in kept:
            if table.currentIndex().isValid() or table.model().rowCount() == 0:
                continue  # the refresh kept it (or there is nothing to select)
            found = self._model(table).row_of(record_id)
            self._select(
                table,
                found if found >= 0 else max(0, min(row, table.model().rowCount() - 1)),
                column,
            )
        after = self.selected_role()
        if before and after and before.id == after.id and before.office_id != after.office_id:
            self._follow_role()  # the role moved to another office: show that office
        if self._pending is not None:
            self._start_editing(*self._pending)
        self._resize_columns()
        self._update_actions()
        letters = sum(map(len, m.letters_of(snapshot.assignments).values()))
        text = self.tr("{offices} · {roles} · {letters} held").format(
            offices=words.count("office", len(snapshot.offices)),
            roles=words.count("role", len(snapshot.roles)),
            letters=words.count("letter", letters),
        )
        if not editable:
            text += self.tr(" · read-only")
        self.summary.setText(text)

    def _resize_columns(self) -> None:
        for table, stretch in (
            (self.office_table, OfficesModel.DESCRIPTION),
            (self.role_table, RolesModel.DESCRIPTION),
        ):
            header = table.horizontalHeader()
            for column in range(table.model().columnCount()):
                if column != stretch:
                    table.resizeColumnToContents(column)
                    header.resizeSection(column, header.sectionSize(column) + 12)
            if table is self.role_table:  # room for the office list when it opens in the cell
                office = max(header.sectionSize(RolesModel.OFFICE), 130)
                header.resizeSection(RolesModel.OFFICE, office)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    # -- selection -------------------------------------------------------------------------

    def _model(self, table: QTableView) -> OfficesModel | RolesModel:
        return self.office_model if table is self.office_table else self.role_model

    @staticmethod
    def _current(table: QTableView) -> tuple[int | None, int, int]:
        index = table.currentIndex()
        if not index.isValid():
            return None, -1, 0
        return index.siblingAtColumn(0).data(IdRole), index.row(), index.column()

    def _select(self, table: QTableView, row: int, column: int = 0) -> QModelIndex:
        index = table.model().index(row, column)
        if index.isValid():
            table.selectionModel().setCurrentIndex(index, _ROWS)
            table.scrollTo(index)
        return index

    def selected_office(self) -> m.Office | None:
        row = self.office_table.currentIndex().row()
        return self.office_model.record(row) if row >= 0 else None

    def selected_role(self) -> m.Role | None:
        row = self.role_table.currentIndex().row()
        return self.role_model.record(row) if row >= 0 else None

    def select(self, kind: str, record_id: int) -> None:
        """Make an office or a role the current row of its table."""
        table = self.office_table if kind == "office" else self.role_table
        row = self._model(table).row_of(record_id)
        if row >= 0:
            self._select(table, row)

    def _role_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._follow_role()
        self._update_actions()

    def _follow_role(self) -> None:
        """Make the current role's office the selected one (the office "Add role" adds to)."""
        person = self.selected_role()
        if person is None:
            return
        row = self.office_model.row_of(person.office_id)
        if row >= 0 and row != self.office_table.currentIndex().row():
            self._select(self.office_table, row, max(0, self.office_table.currentIndex().column()))

    def _update_actions(self) -> None:
        """Buttons show what is possible now; the shortcuts stay live while the file is
        writable, so Ctrl+Down on the last row does nothing rather than move the cursor."""
        writable = self._workspace() is not None
        office_row = self.office_table.currentIndex().row()
        role_row = self.role_table.currentIndex().row()
        offices = self.office_model.rowCount()
        possible = {
            self.add_office_action: True,
            self.colour_action: office_row >= 0,
            self.delete_office_action: office_row >= 0,
            self.office_up_action: office_row > 0,
            self.office_down_action: 0 <= office_row < offices - 1,
            self.add_role_action: offices > 0,
            self.delete_role_action: role_row >= 0,
            self.role_up_action: self.role_model.neighbour(role_row, -1) is not None,
            self.role_down_action: self.role_model.neighbour(role_row, 1) is not None,
        }
        for action, can in possible.items():
            action.setEnabled(writable)
            self.button_of[action].setEnabled(writable and can)

    # -- changes ---------------------------------------------------------------------------

    def _workspace(self) -> Workspace | None:
        ws = self._ctx.workspace
        return ws if ws is not None and not ws.read_only else None

    def _run(self, text: str, call: Callable[[Workspace], Outcome]) -> Outcome | None:
        ws = self._workspace()
        if ws is None:
            return None
        return self._ctx.run(text, lambda: call(ws))

    def _start_editing(self, table: QTableView, record_id: int) -> None:
        row = self._model(table).row_of(record_id)
        if row < 0:
            self._pending = (table, record_id)  # the refresh has not arrived yet
            return
        self._pending = None
        index = self._select(table, row, 0)
        table.setFocus(Qt.FocusReason.OtherFocusReason)
        table.edit(index)

    def _edit_office(self, office_id: int, field: str, value: object) -> None:
        texts = {"name": self.tr("Rename office"), "description": self.tr("Describe office")}
        self._run(texts[field], lambda ws: entities.edit(ws, "office", office_id, **{field: value}))

    def _edit_role(self, role_id: int, field: str, value: object) -> None:
        texts = {
            "name": self.tr("Rename role"),
            "description": self.tr("Describe role"),
            "office_id": self.tr("Move role to another office"),
        }
        self._run(texts[field], lambda ws: entities.edit(ws, "role", role_id, **{field: value}))

    def add_office(self) -> None:
        offices = self.office_model.records()
        name = unique_name(self.tr("New office"), (o.name for o in offices))
        used = {o.colour.upper() for o in offices}
        colour = next((c for c in NEW_OFFICE_COLOURS if c not in used), "#808080")
        done = self._run(
            self.tr("Add office"),
            lambda ws: entities.create(ws, "office", name=name, colour=colour),
        )
        if done is not None:
            self._start_editing(self.office_table, done.new_id)

    def add_role(self) -> None:
        office = self.selected_office()
        person = self.selected_role()
        office_id = office.id if office else person.office_id if person else None
        if office_id is None and self.office_model.rowCount():
            office_id = self.office_model.record(0).id
        if office_id is None:
            Messages.warn(
                self,
                self.tr("Add role"),
                self.tr("Add an office first: every role belongs to one."),
            )
            return
        name = unique_name(self.tr("New role"), (r.name for r in self.role_model.records()))
        done = self._run(
            self.tr("Add role"),
            lambda ws: entities.create(ws, "role", name=name, office_id=office_id),
        )
        if done is not None:
            self._start_editing(self.role_table, done.new_id)

    def delete_role(self) -> None:
        person = self.selected_role()
        if person is None or self._workspace() is None:
            return
        letters = self.role_model.letters_held(person.id)
        approvals = self.role_model.approvals(person.id)
        if letters or approvals:
            lines = [self.tr("Delete the role “{role}”?").format(role=person.name)]
            if letters:
                lines.append(self.tr("It holds %n letter(s) in the RACI matrix.", "", letters))
            if approvals:
                lines.append(self.tr("It approves %n control point(s).", "", approvals))
            lines.append(self.tr("They go with it; Undo brings them back."))
            if not Messages.confirm(
                self, self.tr("Delete role"), "\n\n".join(lines), self.tr("Delete Role")
            ):
                return
        self._run(
            self.tr("Delete role “{role}”").format(role=person.name),
            lambda ws: entities.remove(ws, "role", person.id),
        )

    def delete_office(self) -> None:
        office = self.selected_office()
        if office is None or self._workspace() is None:
            return
        owned, tagged = self._office_usage(office.id)
        if not self.office_model.role_count(office.id) and (owned or tagged):
            lines = [self.tr("Delete the office “{office}”?").format(office=office.name)]
            if owned:
                lines.append(self.tr("%n activities will have no owning office.", "", owned))
            if tagged:
                lines.append(self.tr("%n workshop participant(s) will have no office.", "", tagged))
            if not Messages.confirm(
                self, self.tr("Delete office"), "\n\n".join(lines), self.tr("Delete Office")
            ):
                return
        # An office that roles still belong to is refused by the service, with its reason.
        self._run(
            self.tr("Delete office “{office}”").format(office=office.name),
            lambda ws: entities.remove(ws, "office", office.id),
        )

    def _office_usage(self, office_id: int) -> tuple[int, int]:
        """Activities the office owns and workshop participants tagged with it, read now:
        deleting the office leaves both without an office."""
        ws = self._ctx.workspace
        if ws is None:
            return 0, 0
        owned = sum(1 for a in queries.methodology(ws).activities if a.office_id == office_id)
        tagged = sum(
            1
            for w in queries.workshops(ws)
            for p in queries.workshop(ws, w.id).participants
            if p.office_id == office_id
        )
        return owned, tagged

    def move_office(self, step: int) -> None:
        office = self.selected_office()
        row = self.office_table.currentIndex().row()
        if office is None or not 0 <= row + step < self.office_model.rowCount():
            return
        text = self.tr("Move office up") if step < 0 else self.tr("Move office down")
        self._run(text, lambda ws: entities.move(ws, "office", office.id, row + step))

    def office_up(self) -> None:
        self.move_office(-1)

    def office_down(self) -> None:
        self.move_office(1)

    def role_up(self) -> None:
        self.move_role(-1)

    def role_down(self) -> None:
        self.move_role(1)

    def move_role(self, step: int) -> None:
        row = self.role_table.currentIndex().row()
        other = self.role_model.neighbour(row, step)
        if other is None:
            return
        ids = [r.id for r in self.role_model.records()]
        ids[row], ids[other] = ids[other], ids[row]
        text = self.tr("Move role up") if step < 0 else self.tr("Move role down")
        self._run(text, lambda ws: entities.reorder(ws, "role", ids))

    def choose_colour(self) -> None:
        office = self.selected_office()
        if office is None or self._workspace() is None:
            return
        colour = type(self).ask_colour(self, office.colour)
        if colour is None or colour.upper() == office.colour.upper():
            return
        self._run(
            self.tr("Change office colour"),
            lambda ws: entities.edit(ws, "office", office.id, colour=colour),
        )

    def _office_activated(self, index: QModelIndex) -> None:
        if index.column() == OfficesModel.COLOUR:
            self.choose_colour()

    @classmethod
    def ask_colour(cls, parent: QWidget | None, initial: str) -> str | None:
        """The colour the user picks, as #RRGGBB, or None when they cancel."""
        chosen = QColorDialog.getColor(
            QColor(initial), parent, QCoreApplication.translate("RolesArea", "Office colour")
        )
        return chosen.name().upper() if chosen.isValid() else None
