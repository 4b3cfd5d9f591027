"""The property form of the selected methodology node: every field, each edit one step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.ui.methodology.methodology_model import NodeKey


class _CommitOnLeave(QObject):
    """Calls back when a multi-line editor loses focus (there is no editingFinished)."""

    def __init__(self, editor: QPlainTextEdit, callback: Any) -> None:
        super().__init__(editor)
        self._callback = callback
        editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False


class PropertyPanel(QWidget):
    """Shows the fields of one node; `edited` carries (kind, id, {field: value})."""

    edited = Signal(str, int, dict)
    approvers_edited = Signal(int, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(320)
        self._key: NodeKey | None = None
        self._record: Any = None
        self._loading = False
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.name.editingFinished.connect(lambda: self._commit("name", self.name.text().strip()))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        self.kind.activated.connect(lambda _i: self._commit("kind", self.kind.currentData()))
        self.office = QComboBox()
        self.office.setAccessibleName(self.tr("Owning office"))
        self.office.activated.connect(
            lambda _i: self._commit("office_id", self.office.currentData())
        )
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(110)
        _CommitOnLeave(self.description, self._commit_text)
        self.approvers = QListView()
        self.approvers.setAccessibleName(self.tr("Approving roles"))
        self.approver_model = QStandardItemModel(self)
        self.approver_model.itemChanged.connect(self._approvers_changed)
        self.approvers.setModel(self.approver_model)
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # the form keeps to the top, right under its title
        form.addRow(self.title)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("Owning &office:"), self.office)
        self._text_label = QLabel(self.tr("&Description:"))
        self._text_label.setBuddy(self.description)
        form.addRow(self._text_label, self.description)
        self._approver_label = QLabel(self.tr("&Approved by:"))
        self._approver_label.setBuddy(self.approvers)
        form.addRow(self._approver_label)  # the list below its label: role names are long
        form.addRow(self.approvers)
        self._form = form
        self.show_node(None, None, None)

    def _kinds(self, kind: str) -> list[tuple[str, str]]:
        if kind == "activity":
            return [
                (self.tr("Management"), "management"),
                (self.tr("Technical"), "technical"),
                (self.tr("Governance"), "governance"),
            ]
        if kind == "deliverable":
            return [(self.tr("Management"), "management"), (self.tr("Technical"), "technical")]
        if kind == "control":
            return [
                (self.tr("Gate"), "gate"),
                (self.tr("Review"), "review"),
                (self.tr("Sign-off"), "sign-off"),
            ]
        return []

    def show_node(self, key: NodeKey | None, record: Any, snapshot: m.Methodology | None) -> None:
        self._loading = True
        self._key, self._record = key, record
        kind = key[0] if key else ""
        titles = {
            "phase": self.tr("Phase"),
            "activity": self.tr("Activity"),
            "deliverable": self.tr("Deliverable"),
            "control": self.tr("Gate, review or sign-off"),
        }
        nothing = self.tr("Select an item to see its details")
        self.title.setText(f"<b>{titles.get(kind, nothing)}</b>")
        for widget in (self.name, self.kind, self.office, self.description, self.approvers):
            widget.setEnabled(record is not None)
        self.name.setText(record.name if record else "")
        self.name.setCursorPosition(0)  # a long name shows from its start
        self.kind.clear()
        for text, value in self._kinds(kind):
            self.kind.addItem(text, value)
        if record is not None and hasattr(record, "kind"):
            self.kind.setCurrentIndex(max(0, self.kind.findData(str(record.kind))))
        self._form.setRowVisible(self.kind, bool(self._kinds(kind)))
        self.office.clear()
        self.office.addItem(self.tr("(none)"), None)
        if snapshot is not None:
            for office in snapshot.offices:
                self.office.addItem(office.name, office.id)
        if kind == "activity":
            self.office.setCurrentIndex(max(0, self.office.findData(record.office_id)))
        self._form.setRowVisible(self.office, kind == "activity")
        is_control = kind == "control"
        self._text_label.setText(self.tr("&Criteria:") if is_control else self.tr("&Description:"))
        text = (
            (record.criteria if is_control else getattr(record, "description", ""))
            if record
            else ""
        )
        self.description.setPlainText(text)
        self.approver_model.clear()
        if is_control and snapshot is not None:
            offices = {o.id: o.name for o in snapshot.offices}
            for role in snapshot.roles:
                item = QStandardItem(f"{role.name} ({offices.get(role.office_id, '')})")
                item.setCheckable(True)
                item.setEditable(False)
                item.setData(role.id, Qt.ItemDataRole.UserRole)
                checked = role.id in record.approver_ids
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.approver_model.appendRow(item)
        self._form.setRowVisible(self._approver_label, is_control)
        self._form.setRowVisible(self.approvers, is_control)
        self._loading = False

    def _commit(self, field: str, value: Any) -> None:
        if self._loading or self._key is None or self._record is None:
            return
        if field == "name" and not value:
            self.name.setText(self._record.name)
            return
        current = getattr(self._record, field, None)
        if str(current) == str(value) if value is not None else current is None:
            return
        self.edited.emit(self._key[0], self._key[1], {field: value})

    def _commit_text(self) -> None:
        field = "criteria" if self._key and self._key[0] == "control" else "description"
        self._commit(field, self.description.toPlainText().strip())

    def _approvers_changed(self, _item: QStandardItem) -> None:
        if self._loading or self._key is None:
            return
        chosen = [
            self.approver_model.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.approver_model.rowCount())
            if self.approver_model.item(row).checkState() == Qt.CheckState.Checked
        ]
        self.approvers_edited.emit(self._key[1], chosen)
