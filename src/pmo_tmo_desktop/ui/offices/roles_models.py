"""Table models of the roles and offices editor, and the office picker used in a role's row.

The models adapt a methodology snapshot; edits leave them as a request (`edit_requested`)
that the area turns into a service call, and the fresh snapshot that follows is the answer.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.ui.widgets.common import PopupCombo, colour_icon
from pmo_tmo_desktop.ui.widgets.qt_common import RIGHT, IdRole, Index

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class _RecordsModel(QAbstractTableModel):
    """Rows of plain records keyed by id; a refresh keeps selections and open editors."""

    edit_requested = Signal(int, str, object)
    """(record id, field, new value): the user changed a cell; the owner runs the change."""

    FIELDS: ClassVar[dict[int, str]] = {}
    """Editable column → the service field it writes."""
    NUMBERS: frozenset[int] = frozenset()
    """Columns of counts, aligned right."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: tuple[Any, ...] = ()
        self.editable = True

    def _replace(self, records: Sequence[Any]) -> None:
        old = [r.id for r in self._records]
        new = [r.id for r in records]
        if sorted(old) != sorted(new):
            self.beginResetModel()
            self._records = tuple(records)
            self.endResetModel()
            return
        self._records = tuple(records)
        if old != new:  # same records, another order: move the persistent indexes along
            self.layoutAboutToBeChanged.emit()
            row_of = {rid: row for row, rid in enumerate(new)}
            moved = self.persistentIndexList()
            self.changePersistentIndexList(
                moved, [self.index(row_of[old[i.row()]], i.column()) for i in moved]
            )
            self.layoutChanged.emit()
        if new:
            last = self.index(len(new) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # -- lookups ---------------------------------------------------------------------------

    def record(self, row: int) -> Any:
        return self._records[row]

    def records(self) -> tuple[Any, ...]:
        return self._records

    def row_of(self, record_id: int | None) -> int:
        return next((row for row, r in enumerate(self._records) if r.id == record_id), -1)

    # -- Qt model interface ----------------------------------------------------------------

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def header_tips(self) -> tuple[str, ...]:
        return ()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() in self.FIELDS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        field = self.FIELDS.get(index.column())
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or field is None:
            return False
        if isinstance(value, str):
            value = value.strip()
        if value == self.data(index, Qt.ItemDataRole.EditRole):
            return False
        self.edit_requested.emit(self._records[index.row()].id, field, value)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if section in self.NUMBERS else _LEFT)
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = self.header_tips()
            return tips[section] if section < len(tips) and tips[section] else None
        return None


class OfficesModel(_RecordsModel):
    NAME, COLOUR, DESCRIPTION, ROLES = range(4)
    FIELDS: ClassVar[dict[int, str]] = {NAME: "name", DESCRIPTION: "description"}
    NUMBERS = frozenset({ROLES})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._roles: Counter[int] = Counter()

    def set_methodology(self, snapshot: m.Methodology) -> None:
        self._roles = Counter(r.office_id for r in snapshot.roles)
        self._replace(snapshot.offices)

    def role_count(self, office_id: int) -> int:
        return self._roles[office_id]

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Office"), self.tr("Colour"), self.tr("Description"), self.tr("Roles"))

    def header_tips(self) -> tuple[str, ...]:
        return (
            "",
            self.tr("Double-click or press Enter to choose a colour"),
            "",
            self.tr("How many roles belong to the office"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        office: m.Office = self._records[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (office.name, office.colour, office.description, self._roles[office.id])[column]
        if role == Qt.ItemDataRole.DecorationRole and column == self.COLOUR:
            return QColor(office.colour)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if column in self.NUMBERS else _LEFT)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.DESCRIPTION:
                return office.description or None
            if column == self.COLOUR:
                return self.tr("Double-click or press Enter to choose a colour")
        if role == IdRole:
            return office.id
        return None


class RolesModel(_RecordsModel):
    """Roles office by office (the order of the RACI grid's columns), with their letters."""

    NAME, OFFICE, DESCRIPTION, R, A, LETTERS = range(6)
    FIELDS: ClassVar[dict[int, str]] = {
        NAME: "name",
        OFFICE: "office_id",
        DESCRIPTION: "description",
    }
    NUMBERS = frozenset({R, A, LETTERS})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._offices: tuple[m.Office, ...] = ()
        self._office: dict[int, m.Office] = {}
        self._letters: dict[int, Counter[str]] = {}
        self._approvals: Counter[int] = Counter()

    def set_methodology(self, snapshot: m.Methodology) -> None:
        self._offices = snapshot.offices
        self._office = {o.id: o for o in snapshot.offices}
        order = {o.id: i for i, o in enumerate(snapshot.offices)}
        self._letters = {}
        for (_activity, role), text in m.letters_of(snapshot.assignments).items():
            self._letters.setdefault(role, Counter()).update(text)
        self._approvals = Counter(r for cp in snapshot.control_points for r in cp.approver_ids)
        self._replace(
            sorted(snapshot.roles, key=lambda r: (order.get(r.office_id, 0), r.position, r.id))
        )

    def offices(self) -> tuple[m.Office, ...]:
        return self._offices

    def letters_held(self, role_id: int) -> int:
        return sum(self._letters.get(role_id, Counter()).values())

    def approvals(self, role_id: int) -> int:
        return self._approvals[role_id]

    def neighbour(self, row: int, step: int) -> int | None:
        """The row `step` away in the same office, if there is one."""
        other = row + step
        if not (0 <= row < len(self._records) and 0 <= other < len(self._records)):
            return None
        return other if self._records[other].office_id == self._records[row].office_id else None

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Role"),
            self.tr("Office"),
            self.tr("Description"),
            self.tr("R"),
            self.tr("A"),
            self.tr("Letters"),
        )

    def header_tips(self) -> tuple[str, ...]:
        return (
            "",
            self.tr("Double-click or press F2 to move the role to another office"),
            "",
            self.tr("Activities where the role is Responsible"),
            self.tr("Activities where the role is Accountable"),
            self.tr("All letters the role holds in the RACI matrix"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        person: m.Role = self._records[index.row()]
        column = index.column()
        office = self._office.get(person.office_id)
        letters = self._letters.get(person.id, Counter())
        if role == Qt.ItemDataRole.EditRole and column == self.OFFICE:
            return person.office_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (
                person.name,
                office.name if office else "",
                person.description,
                letters["R"],
                letters["A"],
                sum(letters.values()),
            )[column]
        if role == Qt.ItemDataRole.DecorationRole and column == self.OFFICE and office:
            return QColor(office.colour)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if column in self.NUMBERS else _LEFT)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.DESCRIPTION:
                return person.description or None
            if column == self.LETTERS:
                held = " · ".join(f"{k} {letters[k]}" for k in m.ALL_LETTERS if letters[k])
                approves = self.tr("approves %n control point(s)", "", self._approvals[person.id])
                return " · ".join(filter(None, (held, approves)))
        if role == IdRole:
            return person.id
        return None


_OfficeCombo = PopupCombo


class OfficeDelegate(QStyledItemDelegate):
    """Edits a role's office with a list of the offices; choosing one commits it."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = _OfficeCombo(parent)
        combo.setAccessibleName(self.tr("Office"))
        model = index.model()
        offices = model.offices() if isinstance(model, RolesModel) else ()
        for office in offices:
            combo.addItem(colour_icon(office.colour), office.name, office.id)
        combo.activated.connect(lambda _row: self._commit(combo))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        editor.setGeometry(option.rect)  # the whole cell, swatch included: room for the text

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        if editor.currentIndex() >= 0:
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
