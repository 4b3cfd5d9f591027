"""The methodology as a tree model: phases → activities → deliverables and control points.

Names are edited in place and activities, deliverables and control points can be dragged to
another place; the model only asks (signals) — the area runs the change as one undoable step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from pmo_tmo_desktop.domain.model import Methodology
from pmo_tmo_desktop.ui.widgets.qt_common import Index

MIME = "application/x-pmotmo-node"
NodeKey = tuple[str, int]
"""(kind, id) of a node: kind is phase, activity, deliverable or control."""
NodeRole = Qt.ItemDataRole.UserRole + 20


@dataclass
class Node:
    kind: str  # phase, activity, deliverable, control
    record: Any
    parent: int  # index of the parent node, -1 for top level
    row: int
    children: list[int] = field(default_factory=list)


class MethodologyTreeModel(QAbstractItemModel):
    NAME, KIND, OFFICE, DETAIL = range(4)

    rename_requested = Signal(str, int, str)
    """(kind, id, new name)"""
    move_requested = Signal(str, int, str, int, int)
    """(kind, id, new parent kind, new parent id, row among the parent's children of that kind)"""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._nodes: list[Node] = []
        self._top: list[int] = []
        self._office_names: dict[int, str] = {}
        self._office_colours: dict[int, str] = {}
        self._role_names: dict[int, str] = {}
        self._where: dict[NodeKey, int] = {}

    def set_methodology(self, snapshot: Methodology) -> None:
        self.beginResetModel()
        self._nodes, self._top, self._where = [], [], {}
        self._office_names = {o.id: o.name for o in snapshot.offices}
        self._office_colours = {o.id: o.colour for o in snapshot.offices}
        self._role_names = {r.id: r.name for r in snapshot.roles}

        def add(kind: str, record: Any, parent: int) -> int:
            siblings = self._top if parent < 0 else self._nodes[parent].children
            self._nodes.append(Node(kind, record, parent, len(siblings)))
            siblings.append(len(self._nodes) - 1)
            self._where[(kind, record.id)] = len(self._nodes) - 1
            return len(self._nodes) - 1

        for phase in snapshot.phases:
            phase_node = add("phase", phase, -1)
            for activity in snapshot.activities_of(phase.id):
                activity_node = add("activity", activity, phase_node)
                for d in snapshot.deliverables:
                    if d.activity_id == activity.id:
                        add("deliverable", d, activity_node)
                for cp in snapshot.control_points:
                    if cp.activity_id == activity.id:
                        add("control", cp, activity_node)
            for cp in snapshot.control_points:
                if cp.phase_id == phase.id:
                    add("control", cp, phase_node)
        self.endResetModel()

    # -- structure -------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        siblings = self._top if not parent.isValid() else self._nodes[parent.internalId()].children
        if not (0 <= row < len(siblings) and 0 <= column < 4):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    # The stubs declare QObject.parent() and the model's parent(index) as overloads, which
    # one Python method can only override as a whole.
    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self._nodes[index.internalId()].parent
        if parent < 0:
            return QModelIndex()
        return self.createIndex(self._nodes[parent].row, 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.column() > 0:
            return 0
        if not parent.isValid():
            return len(self._top)
        return len(self._nodes[parent.internalId()].children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 4

    # -- content ---------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._nodes[index.internalId()]
        record, column = node.record, index.column()
        if role == NodeRole:
            return (node.kind, record.id)
        if role == Qt.ItemDataRole.EditRole and column == self.NAME:
            return record.name
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return record.name
            if column == self.KIND:
                return self._kind_text(node)
            if column == self.OFFICE and node.kind == "activity":
                return self._office_names.get(record.office_id, "")
            if column == self.DETAIL:
                return self._detail(node)
            return ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return getattr(record, "description", "") or getattr(record, "criteria", "") or None
        if role == Qt.ItemDataRole.FontRole and node.kind == "phase":
            font = QFont()
            font.setBold(True)
            return font
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == self.OFFICE
            and node.kind == "activity"
        ):
            colour = self._office_colours.get(record.office_id)
            return QBrush(QColor(colour)) if colour else None
        return None

    def _kind_text(self, node: Node) -> str:
        if node.kind == "phase":
            return QCoreApplication.translate("MethodologyTree", "Phase")
        labels = {
            "management": QCoreApplication.translate("MethodologyTree", "Management"),
            "technical": QCoreApplication.translate("MethodologyTree", "Technical"),
            "governance": QCoreApplication.translate("MethodologyTree", "Governance"),
            "gate": QCoreApplication.translate("MethodologyTree", "Gate"),
            "review": QCoreApplication.translate("MethodologyTree", "Review"),
            "sign-off": QCoreApplication.translate("MethodologyTree", "Sign-off"),
        }
        text = labels.get(str(node.record.kind), str(node.record.kind))
        if node.kind == "deliverable":
            return QCoreApplication.translate("MethodologyTree", "{kind} deliverable").format(
                kind=text
            )
        return text

    def _detail(self, node: Node) -> str:
        if node.kind == "phase":
            count = sum(1 for c in node.children if self._nodes[c].kind == "activity")
            return QCoreApplication.translate("MethodologyTree", "%n activities", "", count)
        if node.kind == "control":
            names = [self._role_names.get(r, "?") for r in node.record.approver_ids]
            return (
                QCoreApplication.translate("MethodologyTree", "Approved by {roles}").format(
                    roles=", ".join(names)
                )
                if names
                else ""
            )
        return ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("MethodologyTree", "Name"),
                QCoreApplication.translate("MethodologyTree", "Kind"),
                QCoreApplication.translate("MethodologyTree", "Owning office"),
                QCoreApplication.translate("MethodologyTree", "Details"),
            )[section]
        return None

    # -- editing and moving ----------------------------------------------------------------

    def key(self, index: Index) -> NodeKey | None:
        if not index.isValid():
            return None
        node = self._nodes[index.internalId()]
        return node.kind, node.record.id

    def record(self, index: Index) -> Any:
        return self._nodes[index.internalId()].record if index.isValid() else None

    def index_of(self, key: NodeKey) -> QModelIndex:
        found = self._where.get(key)
        if found is None:
            return QModelIndex()
        return self.createIndex(self._nodes[found].row, 0, found)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        node = self._nodes[index.internalId()]
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.NAME:
            flags |= Qt.ItemFlag.ItemIsEditable
        if node.kind != "phase":
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        if node.kind in ("phase", "activity"):
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.NAME or not index.isValid():
            return False
        node = self._nodes[index.internalId()]
        text = str(value).strip()
        if text and text != node.record.name:
            self.rename_requested.emit(node.kind, node.record.id, text)
        return True

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        data = QMimeData()
        keys = {self.key(i) for i in indexes if i.isValid()}
        text = ";".join(f"{kind}:{item}" for kind, item in sorted(k for k in keys if k))
        data.setData(MIME, QByteArray(text.encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return self._drop_target(data, parent) is not None

    def _drop_target(self, data: QMimeData, parent: Index) -> tuple[str, int, str, int] | None:
        if not data.hasFormat(MIME) or not parent.isValid():
            return None
        raw = bytes(data.data(MIME).data()).decode()
        if not raw or ";" in raw:
            return None  # one record at a time
        kind, _, item = raw.partition(":")
        target = self._nodes[parent.internalId()]
        wanted = {"activity": "phase", "deliverable": "activity", "control": ("phase", "activity")}
        allowed = wanted.get(kind, ())
        if target.kind not in (allowed if isinstance(allowed, tuple) else (allowed,)):
            return None
        return kind, int(item), target.kind, target.record.id

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        target = self._drop_target(data, parent)
        if target is None or action != Qt.DropAction.MoveAction:
            return False
        kind, item, parent_kind, parent_id = target
        children = self._nodes[parent.internalId()].children
        same = [c for c in children if self._nodes[c].kind == kind]
        position = (
            len(same) if row < 0 else sum(1 for c in children[:row] if self._nodes[c].kind == kind)
        )
        self.move_requested.emit(kind, item, parent_kind, parent_id, position)
        return False  # the area runs the move; the refreshed snapshot shows it
