"""The Methodology area: the tree to browse, search, edit, reorder and move, with a form."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QSplitter,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.services import entities, methodology, words
from pmo_tmo_desktop.services.changes import Outcome
from pmo_tmo_desktop.ui.methodology.methodology_model import MethodologyTreeModel, NodeKey
from pmo_tmo_desktop.ui.methodology.methodology_panel import PropertyPanel
from pmo_tmo_desktop.ui.widgets.context import Context

ENTITY = {
    "phase": "phase",
    "activity": "activity",
    "deliverable": "deliverable",
    "control": "control_point",
}


class MethodologyArea(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._snapshot: m.Methodology | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = MethodologyTreeModel(self)
        self.model.rename_requested.connect(lambda k, i, n: self._edit(k, i, {"name": n}))
        self.model.move_requested.connect(self._move_to)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search phases, activities, deliverables, gates…"))
        self.search.setAccessibleName(self.tr("Search the methodology"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search)
        self.tree = QTreeView()
        self.tree.setObjectName("methodologyTree")
        self.tree.setAccessibleName(self.tr("Methodology: phases, activities, deliverables"))
        self.tree.setAccessibleDescription(
            self.tr(
                "Ins adds an activity, Ctrl+Ins a deliverable, Shift+Ins a gate or review, "
                "Ctrl+Shift+N a phase; F2 renames, Delete deletes, Ctrl+Up and Ctrl+Down move"
            )
        )
        self.tree.setModel(self.proxy)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.header().setStretchLastSection(True)
        self.tree.selectionModel().selectionChanged.connect(self._selected)
        self.panel = PropertyPanel()
        self.panel.edited.connect(self._edit)
        self.panel.approvers_edited.connect(self._set_approvers)
        self.toolbar = QToolBar()
        self._actions()
        splitter = QSplitter()
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.toolbar)
        column.addWidget(self.tree, 1)
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

    def _actions(self) -> None:
        def action(
            text: str,
            slot: Callable[[], Any],
            key: QKeySequence | QKeySequence.StandardKey | str | None,
        ) -> QAction:
            made = QAction(text, self)
            if key is not None:
                made.setShortcut(QKeySequence(key))
                made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shown = made.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                made.setToolTip(f"{text} ({shown})")
            made.triggered.connect(lambda _=False: slot())
            self.toolbar.addAction(made)
            self.tree.addAction(made)
            return made

        self.add_phase_action = action(
            self.tr("New Phase"), lambda: self.add("phase"), "Ctrl+Shift+N"
        )
        self.add_activity_action = action(
            self.tr("New Activity"), lambda: self.add("activity"), "Ins"
        )
        self.add_deliverable_action = action(
            self.tr("New Deliverable"), lambda: self.add("deliverable"), "Ctrl+Ins"
        )
        self.add_control_action = action(
            self.tr("New Gate or Review"), lambda: self.add("control"), "Shift+Ins"
        )
        self.delete_action = action(
            self.tr("Delete"), self.delete_selected, QKeySequence.StandardKey.Delete
        )
        self.up_action = action(self.tr("Move Up"), lambda: self.shift(-1), "Ctrl+Up")
        self.down_action = action(self.tr("Move Down"), lambda: self.shift(1), "Ctrl+Down")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

    # -- showing ---------------------------------------------------------------------------

    def show_methodology(self, snapshot: m.Methodology) -> None:
        keep = self.current_key()
        expanded = self._expanded()
        focused = QApplication.focusWidget()
        in_tree = focused is not None and (focused is self.tree or self.tree.isAncestorOf(focused))
        self._snapshot = snapshot
        self.model.set_methodology(snapshot)
        if expanded:
            for key in expanded:
                self.tree.expand(self.proxy.mapFromSource(self.model.index_of(key)))
        else:
            self.tree.expandToDepth(0)
        header = self.tree.header()  # no column narrower than its title; what a long
        office = max(110, header.sectionSizeHint(2))  # title takes, the names give back
        self.tree.setColumnWidth(0, 360 - (office - 110))
        self.tree.setColumnWidth(1, max(150, header.sectionSizeHint(1)))
        self.tree.setColumnWidth(2, office)
        if keep is not None:
            self.select(keep)
        self._selected()
        if in_tree:  # a rename in place ends in the tree, whose editor the reload took away
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        self.summary.setText(
            self.tr(
                "{phases} · {activities} · {deliverables} · {controls} · {roles} in {offices}"
            ).format(
                phases=words.count("phase", len(snapshot.phases)),
                activities=words.count("activity", len(snapshot.activities)),
                deliverables=words.count("deliverable", len(snapshot.deliverables)),
                controls=words.count("control", len(snapshot.control_points)),
                roles=words.count("role", len(snapshot.roles)),
                offices=words.count("office", len(snapshot.offices)),
            )
        )

    def _expanded(self) -> list[NodeKey]:
        keys = []
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if self.tree.isExpanded(self.proxy.mapFromSource(index)):
                key = self.model.key(index)
                if key:
                    keys.append(key)
                for child in range(self.model.rowCount(index)):
                    sub = self.model.index(child, 0, index)
                    if self.tree.isExpanded(self.proxy.mapFromSource(sub)):
                        sub_key = self.model.key(sub)
                        if sub_key:
                            keys.append(sub_key)
        return keys

    def current_key(self) -> NodeKey | None:
        return self.model.key(self.proxy.mapToSource(self.tree.currentIndex()))

    def select(self, key: NodeKey) -> None:
        index = self.proxy.mapFromSource(self.model.index_of(key))
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _selected(self, *_: QItemSelection) -> None:
        source = self.proxy.mapToSource(self.tree.currentIndex())
        self.panel.show_node(self.model.key(source), self.model.record(source), self._snapshot)

    def _search(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        if text:
            self.tree.expandAll()

    # -- changes ---------------------------------------------------------------------------

    def _run(self, text: str, call: Callable[[], Outcome]) -> Outcome | None:
        ws = self._ctx.workspace
        if ws is None or ws.read_only:
            return None
        return self._ctx.run(text, call)

    def _edit(self, kind: str, item: int, values: dict[str, Any]) -> None:
        ws = self._ctx.workspace
        if ws is not None:
            self._run(
                self.tr("Edit {what}").format(what=self._word(kind)),
                lambda: entities.edit(ws, ENTITY[kind], item, **values),
            )

    def _set_approvers(self, control_id: int, role_ids: list[int]) -> None:
        ws = self._ctx.workspace
        if ws is not None:
            self._run(
                self.tr("Change approvers"),
                lambda: methodology.set_approvers(ws, control_id, role_ids),
            )

    def _word(self, kind: str) -> str:
        return {
            "phase": self.tr("phase"),
            "activity": self.tr("activity"),
            "deliverable": self.tr("deliverable"),
            "control": self.tr("gate or review"),
        }.get(kind, kind)

    def _unique(self, base: str, taken: set[str]) -> str:
        name, number = base, 2
        while name in taken:
            name, number = f"{base} {number}", number + 1
        return name

    def add(self, kind: str) -> None:
        ws, snap = self._ctx.workspace, self._snapshot
        if ws is None or snap is None:
            return
        key = self.current_key()
        record = self.model.record(self.model.index_of(key)) if key else None
        phase_id = None
        if key and key[0] == "phase":
            phase_id = key[1]
        elif record is not None:
            phase_id = getattr(record, "phase_id", None)
            if phase_id is None and getattr(record, "activity_id", None) is not None:
                owner = next(a for a in snap.activities if a.id == record.activity_id)
                phase_id = owner.phase_id
        activity_id = (
            key[1] if key and key[0] == "activity" else getattr(record, "activity_id", None)
        )
        values: dict[str, Any]
        if kind == "phase":
            values = {"name": self._unique(self.tr("New phase"), {p.name for p in snap.phases})}
        elif kind == "activity":
            phase_id = phase_id or (snap.phases[-1].id if snap.phases else None)
            if phase_id is None:
                return
            names = {a.name for a in snap.activities if a.phase_id == phase_id}
            values = {"phase_id": phase_id, "name": self._unique(self.tr("New activity"), names)}
        elif kind == "deliverable":
            if activity_id is None:
                return
            names = {d.name for d in snap.deliverables if d.activity_id == activity_id}
            values = {
                "activity_id": activity_id,
                "name": self._unique(self.tr("New deliverable"), names),
            }
        else:
            where = {"activity_id": activity_id} if activity_id else {"phase_id": phase_id}
            if not any(where.values()):
                return
            values = {
                **where,
                "kind": "review" if activity_id else "gate",
                "name": self._unique(self.tr("New gate"), {c.name for c in snap.control_points}),
            }
        done = self._run(
            self.tr("Add {what}").format(what=self._word(kind)),
            lambda: entities.create(ws, ENTITY[kind], **values),
        )
        if done is not None:
            self.select((kind, done.new_id))
            self.tree.edit(self.tree.currentIndex())

    def delete_selected(self) -> None:
        ws, key = self._ctx.workspace, self.current_key()
        if ws is None or key is None:
            return
        done = self._run(
            self.tr("Delete {what}").format(what=self._word(key[0])),
            lambda: entities.remove(ws, ENTITY[key[0]], key[1]),
        )
        if done is not None:
            self._ctx.status(self.tr("Deleted — Ctrl+Z brings it back"), 6000)

    def shift(self, step: int) -> None:
        """Move the selected item up or down; an activity at the edge of its phase moves on
        into the neighbouring phase."""
        ws, key, snap = self._ctx.workspace, self.current_key(), self._snapshot
        if ws is None or key is None or snap is None:
            return
        source = self.model.index_of(key)
        siblings = [
            self.model.key(self.model.index(r, 0, source.parent()))
            for r in range(self.model.rowCount(source.parent()))
        ]
        same = [k for k in siblings if k and k[0] == key[0]]
        position = same.index(key) + step
        scope: dict[str, Any] = {}
        if not 0 <= position < len(same):
            if key[0] != "activity":
                return
            phases = [p.id for p in snap.phases]
            record = self.model.record(source)
            target = phases.index(record.phase_id) + step
            if not 0 <= target < len(phases):
                return
            scope = {"phase_id": phases[target]}
            position = 0 if step > 0 else len(snap.activities_of(phases[target]))
        self._run(
            self.tr("Move {what}").format(what=self._word(key[0])),
            lambda: entities.move(ws, ENTITY[key[0]], key[1], position, **scope),
        )
        self.select(key)

    def _move_to(self, kind: str, item: int, parent_kind: str, parent_id: int, row: int) -> None:
        ws = self._ctx.workspace
        if ws is None:
            return
        if kind == "control":
            scope = {
                "phase_id": parent_id if parent_kind == "phase" else None,
                "activity_id": parent_id if parent_kind == "activity" else None,
            }
        else:
            scope = {f"{parent_kind}_id": parent_id}
        self._run(
            self.tr("Move {what}").format(what=self._word(kind)),
            lambda: entities.move(ws, ENTITY[kind], item, row, **scope),
        )
        self.select((kind, item))
