"""The Methodology area: phases → activities → deliverables and control points, as a tree."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeView, QVBoxLayout, QWidget

from pmo_tmo_desktop.services.changes import ChangeSet
from pmo_tmo_desktop.services.queries import Methodology

Index = QModelIndex | QPersistentModelIndex
TABLES = ("phase", "activity", "deliverable", "control_point", "approver", "office", "role")


@dataclass
class Node:
    kind: str  # phase, activity, deliverable, control
    record: Any
    parent: int  # index of the parent node, -1 for top level
    row: int
    children: list[int] = field(default_factory=list)


class MethodologyTreeModel(QAbstractItemModel):
    NAME, KIND, OFFICE, DETAIL = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._nodes: list[Node] = []
        self._top: list[int] = []
        self._office_names: dict[int, str] = {}
        self._office_colours: dict[int, str] = {}
        self._role_names: dict[int, str] = {}

    def set_methodology(self, snapshot: Methodology) -> None:
        self.beginResetModel()
        self._nodes, self._top = [], []
        self._office_names = {o.id: o.name for o in snapshot.offices}
        self._office_colours = {o.id: o.colour for o in snapshot.offices}
        self._role_names = {r.id: r.name for r in snapshot.roles}

        def add(kind: str, record: Any, parent: int) -> int:
            siblings = self._top if parent < 0 else self._nodes[parent].children
            self._nodes.append(Node(kind, record, parent, len(siblings)))
            siblings.append(len(self._nodes) - 1)
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


class MethodologyArea(QWidget):
    """Shows the whole methodology; editing arrives with the methodology editor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = MethodologyTreeModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("methodologyTree")
        self.tree.setAccessibleName(self.tr("Methodology: phases, activities, deliverables"))
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree)

    def show_methodology(self, snapshot: Methodology) -> None:
        self.model.set_methodology(snapshot)
        self.tree.expandToDepth(0)
        self.tree.setColumnWidth(0, 380)
        self.tree.setColumnWidth(1, 170)
        self.tree.setColumnWidth(2, 120)
        self.summary.setText(
            self.tr(
                "{phases} phases · {activities} activities · {deliverables} deliverables · "
                "{controls} gates, reviews and sign-offs · {roles} roles in {offices} offices"
            ).format(
                phases=len(snapshot.phases),
                activities=len(snapshot.activities),
                deliverables=len(snapshot.deliverables),
                controls=len(snapshot.control_points),
                roles=len(snapshot.roles),
                offices=len(snapshot.offices),
            )
        )

    @staticmethod
    def wants(changes: ChangeSet) -> bool:
        return changes.touches(*TABLES)
