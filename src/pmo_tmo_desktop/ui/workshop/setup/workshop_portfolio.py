"""The portfolio rules on the workshop set-up page: the Proposals table's Requires, Funding,
Reason, Group and resource columns with their editors, and the Groups list.

Edits leave the model as requests like every other set-up edit; requirements go through
services.portfolio_setup, the other fields through services.entities (which checks the rules
and refuses an edit that would break them, naming the field).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QListWidget,
    QListWidgetItem,
    QStyleOptionViewItem,
    QWidget,
)

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain.portfolio_problem import FundingRule
from pmo_tmo_desktop.services import portfolio_setup
from pmo_tmo_desktop.services.changes import Outcome
from pmo_tmo_desktop.services.files import Workspace
from pmo_tmo_desktop.ui.widgets.qt_common import IdRole, Index
from pmo_tmo_desktop.ui.workshop.setup.workshop_setup_models import (
    LEFT,
    Field,
    Kind,
    ProposalsModel,
    SetupDelegate,
    SetupTableModel,
)

ProposalIdRole = Qt.ItemDataRole.UserRole + 2
"""On a Requires list item: the proposal's id."""


class PortfolioProposalsModel(ProposalsModel):
    """The proposals with their portfolio rules: what each requires, its funding rule and
    reason, its group of alternatives and its use of the second resource."""

    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("title"),
        Field("sponsor"),
        Field("cost", Kind.AMOUNT, decimals=0),
        Field("benefit", Kind.AMOUNT, decimals=0),
        Field("duration_months", Kind.AMOUNT),
        Field("description"),
        Field("resource_use", Kind.AMOUNT),
        Field("funding", Kind.FUNDING),
        Field("reason"),
        Field("requires", Kind.REQUIRES),
        Field("group_name", Kind.GROUP),
    )
    """The first six as the plain proposals list has them (pasted rows keep their meaning)."""
    STRETCH = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._requires: dict[int, tuple[int, ...]] = {}
        self._groups: tuple[str, ...] = ()
        self.resource_name = ""

    def set_rules(
        self, requirements: Sequence[m.Requirement], groups: Sequence[str], resource_name: str
    ) -> None:
        """What the proposals require, the workshop's group names and its second resource;
        call before `set_records`, which shows them."""
        requires: dict[int, list[int]] = {}
        for r in requirements:
            requires.setdefault(r.proposal_id, []).append(r.required_id)
        self._requires = {k: tuple(v) for k, v in requires.items()}
        self._groups = tuple(groups)
        if resource_name != self.resource_name:
            self.resource_name = resource_name
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.FIELDS) - 1)

    def requires(self, proposal_id: int) -> tuple[int, ...]:
        return self._requires.get(proposal_id, ())

    def group_names(self) -> tuple[str, ...]:
        return self._groups

    def edit_call(
        self, record_id: int, field: str, value: object, name: str
    ) -> tuple[str, Callable[[Workspace, int], Outcome]] | None:
        if field != "requires":
            return None
        chosen = [int(i) for i in value] if isinstance(value, tuple | list) else []
        return (
            self.tr("Change what “{name}” requires").format(name=name),
            lambda ws, _w: portfolio_setup.set_requires(ws, record_id, chosen),
        )

    def funding_labels(self) -> dict[str, str]:
        return {
            FundingRule.AUTO.value: self.tr("Selection decides"),
            FundingRule.MUST.value: self.tr("Must fund"),
            FundingRule.MUST_NOT.value: self.tr("Must not fund"),
        }

    def choices(self, column: int) -> list[tuple[str, object, str | None]]:
        if self.FIELDS[column].kind == Kind.FUNDING:
            return [(text, value, None) for value, text in self.funding_labels().items()]
        return super().choices(column)

    def _display(self, field: Field, value: Any) -> str:
        if field.kind == Kind.FUNDING:
            return self.funding_labels().get(str(value), str(value))
        if field.kind == Kind.REQUIRES:
            titles = {r.id: r.title for r in self.records()}
            return "; ".join(titles.get(i, "?") for i in value)
        return super()._display(field, value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        field = self.FIELDS[index.column()]
        if field.kind != Kind.REQUIRES:
            if role == Qt.ItemDataRole.ToolTipRole and field.kind == Kind.FUNDING:
                return self.record(index.row()).reason or None
            return super().data(index, role)
        value = self.requires(self.record(index.row()).id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(field, value) or None
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(LEFT)
        if role == IdRole:
            return self.record(index.row()).id
        return None

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Proposal"),
            self.tr("Sponsor"),
            self.tr("Cost"),
            self.tr("Benefit"),
            self.tr("Months"),
            self.tr("Description"),
            self.resource_name or self.tr("Resource use"),
            self.tr("Funding"),
            self.tr("Reason"),
            self.tr("Requires"),
            self.tr("Group"),
        )

    def header_tips(self) -> tuple[str, ...]:
        return (
            "",
            self.tr("Who asks for the project"),
            self.tr("Estimated cost"),
            self.tr("Expected benefit"),
            self.tr("Expected duration in months"),
            "",
            self.tr("How much of the workshop's second resource (e.g. people) it needs"),
            self.tr("Whether the selection decides, or it must or must not be funded"),
            self.tr("Why it must, or must not, be funded"),
            self.tr("Proposals it depends on: it is funded only if they all are"),
            self.tr("Alternatives share a group; at most the group's limit of them is funded"),
        )


class GroupsModel(SetupTableModel):
    ENTITY = "proposal_group"
    FIELDS = (Field("name"), Field("at_most", Kind.WHOLE, 1, 1000))
    STRETCH = 0

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Group of alternatives"), self.tr("At most funded"))

    def header_tips(self) -> tuple[str, ...]:
        return (
            self.tr("Proposals name the group in their Group column"),
            self.tr("How many of the group's proposals may be funded (a group not listed: 1)"),
        )


class RequiresEditor(QListWidget):
    """The other proposals of the workshop, each with a check box: Space ticks, Enter keeps."""

    def chosen(self) -> list[int]:
        return [
            int(self.item(row).data(ProposalIdRole))
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]


def _is_group(model: Any, index: Index) -> bool:
    return isinstance(model, PortfolioProposalsModel) and (
        model.field(index.column()).kind == Kind.GROUP
    )


class PortfolioDelegate(SetupDelegate):
    """SetupDelegate, with the Requires checklist and the editable Group list."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        if not isinstance(model, PortfolioProposalsModel):
            return super().createEditor(parent, option, index)
        kind = model.field(index.column()).kind
        header = str(model.headerData(index.column(), Qt.Orientation.Horizontal))
        if kind == Kind.REQUIRES:
            editor = RequiresEditor(parent)
            own = model.record(index.row()).id
            for record in model.records():
                if record.id != own:
                    item = QListWidgetItem(record.title, editor)
                    item.setData(ProposalIdRole, record.id)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)
            editor.setAccessibleName(header)
            return editor
        if kind == Kind.GROUP:
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.addItem("")
            combo.addItems(list(model.group_names()))
            combo.setAccessibleName(header)
            return combo
        return super().createEditor(parent, option, index)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        if isinstance(editor, RequiresEditor):  # below the cell, tall enough for a few rows
            rows = max(1, min(editor.count(), 8))
            height = editor.sizeHintForRow(0) * rows + 2 * editor.frameWidth() + 4
            rect = option.rect
            editor.setGeometry(QRect(rect.left(), rect.top(), max(rect.width(), 260), height))
            return
        super().updateEditorGeometry(editor, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, RequiresEditor):
            wanted = set(index.data(Qt.ItemDataRole.EditRole) or ())
            for row in range(editor.count()):
                item = editor.item(row)
                on = int(item.data(ProposalIdRole)) in wanted
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            editor.setCurrentRow(0)
            return
        if isinstance(editor, QComboBox) and _is_group(index.model(), index):
            editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            line = editor.lineEdit()  # the group's combo box is editable: it has one
            if line is not None:
                line.selectAll()
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, RequiresEditor):
            model.setData(index, tuple(editor.chosen()))
            return
        if isinstance(editor, QComboBox) and _is_group(model, index):
            model.setData(index, editor.currentText().strip() or None)
            return
        super().setModelData(editor, model, index)
