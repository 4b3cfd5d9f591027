"""The RACI area: activities down, roles across, the letters each role holds."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.services.changes import ChangeSet
from pmo_tmo_desktop.services.queries import Methodology

Index = QModelIndex | QPersistentModelIndex
TABLES = ("assignment", "activity", "phase", "role", "office", "workspace")

LETTER_COLOURS = {
    "A": "#F4C7C3",
    "R": "#C9DDF7",
    "C": "#FCE8B2",
    "I": "#D9EAD3",
    "S": "#E4D7F5",
    "V": "#D0E0E3",
}


class RaciTableModel(QAbstractTableModel):
    """Read-only letters grid; the editing grid with its delegate builds on this shape."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._activities: tuple[m.Activity, ...] = ()
        self._roles: tuple[m.Role, ...] = ()
        self._letters: dict[tuple[int, int], str] = {}
        self._phase_names: dict[int, str] = {}
        self._office_names: dict[int, str] = {}

    def set_methodology(self, snapshot: Methodology) -> None:
        self.beginResetModel()
        self._activities = snapshot.activities
        self._roles = snapshot.roles
        self._letters = {(a.activity_id, a.role_id): a.letters for a in snapshot.assignments}
        self._phase_names = {p.id: p.name for p in snapshot.phases}
        self._office_names = {o.id: o.name for o in snapshot.offices}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._activities)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._roles)

    def letters(self, row: int, column: int) -> str:
        return self._letters.get((self._activities[row].id, self._roles[column].id), "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        letters = self.letters(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return letters
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and letters:
            return QBrush(QColor(LETTER_COLOURS.get(letters[0], "#FFFFFF")))
        if role == Qt.ItemDataRole.ToolTipRole:
            activity, person = self._activities[index.row()], self._roles[index.column()]
            return f"{activity.name} — {person.name}: {letters or '—'}"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._roles):
                return None
            person = self._roles[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return person.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{person.name} ({self._office_names.get(person.office_id, '')})"
            return None
        if not 0 <= section < len(self._activities):
            return None
        activity = self._activities[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return activity.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._phase_names.get(activity.phase_id, "")
        return None


class RaciArea(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.model = RaciTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("raciTable")
        self.table.setAccessibleName(self.tr("RACI matrix"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setDefaultSectionSize(44)
        self.table.horizontalHeader().setMinimumSectionSize(36)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        legend = QHBoxLayout()
        names = {
            "R": self.tr("Responsible"),
            "A": self.tr("Accountable"),
            "C": self.tr("Consulted"),
            "I": self.tr("Informed"),
            "S": self.tr("Supportive"),
            "V": self.tr("Verifies"),
        }
        self._legend: dict[str, QLabel] = {}
        for letter, name in names.items():
            chip = QLabel(f"<b>{letter}</b> {name}")
            chip.setStyleSheet(
                f"background:{LETTER_COLOURS[letter]}; padding:2px 8px; border-radius:3px;"
            )
            legend.addWidget(chip)
            self._legend[letter] = chip
        legend.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(legend)
        layout.addWidget(self.table)

    def show_methodology(self, snapshot: Methodology) -> None:
        self.model.set_methodology(snapshot)
        for letter, chip in self._legend.items():
            chip.setVisible(letter in snapshot.info.raci_variant.letters)
        self.summary.setText(
            self.tr(
                "{variant} matrix: {activities} activities × {roles} roles, {cells} cells filled"
            ).format(
                variant=snapshot.info.raci_variant.value,
                activities=len(snapshot.activities),
                roles=len(snapshot.roles),
                cells=len(snapshot.assignments),
            )
        )
        self.table.resizeColumnsToContents()
        self.table.verticalHeader().setMaximumWidth(360)

    @staticmethod
    def wants(changes: ChangeSet) -> bool:
        return changes.touches(*TABLES)
