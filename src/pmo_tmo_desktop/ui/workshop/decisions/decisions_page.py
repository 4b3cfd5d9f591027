"""The Decisions & actions page of a workshop: a decision per proposal, and the action items.

Every change is one undoable service call through the context; the refresh that follows
(`show_workshop`) is the answer, so the models only adapt `WorkshopData`. On a closed
workshop a change asks why first and is recorded as an amendment; the page lists them.
The changes themselves are in `decisions_changes`, the models in `decisions_models`, the
delegates and editors in `decisions_editors`, the words it shows in `decisions_words`.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from datetime import date
from typing import ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.services.events import DecisionsChanged, WorkshopSetupChanged
from pmo_tmo_desktop.services.queries import WorkshopData
from pmo_tmo_desktop.ui.widgets.columns import keep_titles
from pmo_tmo_desktop.ui.widgets.commit_text import CommitTextEdit
from pmo_tmo_desktop.ui.widgets.common import colour_icon
from pmo_tmo_desktop.ui.widgets.context import Context
from pmo_tmo_desktop.ui.workshop.common.amend_dialog import closed_banner
from pmo_tmo_desktop.ui.workshop.common.workshop_feed import WorkshopFeed
from pmo_tmo_desktop.ui.workshop.decisions.decisions_changes import DecisionChanges
from pmo_tmo_desktop.ui.workshop.decisions.decisions_editors import (
    BadgeDelegate,
    ChoiceDelegate,
    DueDelegate,
    KindButton,
    OwnerDelegate,
)
from pmo_tmo_desktop.ui.workshop.decisions.decisions_models import (
    _LEFT,
    _ROWS,
    DECISION_COLOURS,
    UNDECIDED_COLOUR,
    ActionsModel,
    ProposalsModel,
)
from pmo_tmo_desktop.ui.workshop.decisions.decisions_words import (
    actions_summary,
    amendment_line,
    proposal_facts,
)


class DecisionsPage(DecisionChanges, QWidget):
    """Decide each proposal (with rationale and conditions) and keep the action items."""

    KINDS: ClassVar[tuple[m.DecisionKind | None, ...]] = (*m.DecisionKind, None)

    def __init__(
        self,
        ctx: Context,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._data: WorkshopData | None = None
        self._pending: int | None = None
        """An action just added: select it and edit its text once the refresh shows it."""
        self._loading = False

        self.proposal_model = ProposalsModel(self)
        self.proposals = self._table("decisionProposals", self.tr("Proposals"), self.proposal_model)
        self.proposals.setItemDelegateForColumn(
            ProposalsModel.DECISION, BadgeDelegate(self.proposals)
        )
        header = self.proposals.horizontalHeader()
        header.setSectionResizeMode(ProposalsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ProposalsModel.DECISION, QHeaderView.ResizeMode.Fixed)
        badges = self.proposals.fontMetrics()  # as wide as the widest badge, so none is cut:
        widest = max(  # its text and padding (BadgeDelegate.sizeHint), and the grid line
            badges.horizontalAdvance(self.proposal_model.decision_label(k)) for k in self.KINDS
        )
        header.resizeSection(ProposalsModel.DECISION, max(150, widest + 28 + 1))
        keep_titles(header)
        self.proposals.selectionModel().currentRowChanged.connect(self._proposal_changed)

        self.title = QLabel()
        self.title.setObjectName("decisionTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.badge = QLabel()
        self.badge.setObjectName("decisionBadge")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        # Room for two lines of each, whatever the proposal: the decision's buttons below
        # stay where they are from one proposal to the next (a click never lands beside).
        for label in (self.title, self.details):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            label.setMinimumHeight(label.fontMetrics().lineSpacing() * 2 + 2)

        self.kind_group = QButtonGroup(self)
        texts = (
            self.tr("&Approve"),
            self.tr("&Reject"),
            self.tr("&Defer"),
            self.tr("&Needs information"),
            self.tr("N&o decision"),
        )
        kinds_row = QGridLayout()  # two rows of three: a row of five does not fit translated
        kinds_row.setHorizontalSpacing(14)
        for number, (kind, text) in enumerate(zip(self.KINDS, texts, strict=True)):
            button = KindButton(text)
            colour = DECISION_COLOURS[kind] if kind else UNDECIDED_COLOUR
            button.setIcon(colour_icon(colour, round_=True))
            self.kind_group.addButton(button, number)
            kinds_row.addWidget(button, number // 3, number % 3)
        kinds_row.setColumnStretch(3, 1)
        self.kind_group.idClicked.connect(self._kind_clicked)

        self.rationale = CommitTextEdit()
        self.rationale.setObjectName("rationale")
        self.rationale.setAccessibleName(self.tr("Rationale"))
        self.conditions = CommitTextEdit()
        self.conditions.setObjectName("conditions")
        self.conditions.setAccessibleName(self.tr("Conditions"))
        for editor in (self.rationale, self.conditions):
            editor.setAccessibleDescription(self.tr("Leaving the field or Ctrl+Enter saves it"))
            editor.committed.connect(self._texts_committed)

        self.action_model = ActionsModel(today, self)
        self.action_model.edit_requested.connect(
            self._edit_action, Qt.ConnectionType.QueuedConnection
        )
        self.action_table = self._table("actionTable", self.tr("Action items"), self.action_model)
        self.action_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.action_table.setAccessibleDescription(
            self.tr("F2 edits the current cell, Insert adds an action, Delete deletes it")
        )
        model = self.action_model
        self.action_table.setItemDelegateForColumn(
            model.OWNER, OwnerDelegate(model, self.action_table)
        )
        self.action_table.setItemDelegateForColumn(model.DUE, DueDelegate(today, self.action_table))
        for column in (model.STATUS, model.PROPOSAL, model.AGENDA):
            self.action_table.setItemDelegateForColumn(
                column, ChoiceDelegate(model, self.action_table)
            )
        self.action_table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._size_action_columns()

        self.add_action = QAction(self.tr("Add action"), self)
        self.add_action.setShortcut(QKeySequence("Ins"))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.add_action.triggered.connect(lambda _checked=False: self.add_action_item())
        self.delete_action = QAction(self.tr("Delete action"), self)
        self.delete_action.setShortcut(QKeySequence("Del"))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(lambda _checked=False: self.delete_action_item())
        self.proposals.addAction(self.add_action)  # Ins adds for the proposal in view
        self.action_table.addAction(self.add_action)
        self.action_table.addAction(self.delete_action)
        self.add_button = QPushButton(self.tr("Add action"))
        self.add_button.setToolTip(self.tr("Add an action for the selected proposal (Ins)"))
        self.add_button.clicked.connect(self.add_action.trigger)
        self.delete_button = QPushButton(self.tr("Delete action"))
        self.delete_button.setToolTip(self.tr("Delete the selected action (Del)"))
        self.delete_button.clicked.connect(self.delete_action.trigger)
        self.action_summary = QLabel()
        self.action_summary.setTextFormat(Qt.TextFormat.RichText)
        self.action_summary.setObjectName("actionSummary")
        self.banner = closed_banner("decisionsClosedBanner")
        self.banner.setText(
            self.tr("This workshop is closed. Changes are recorded as amendments with a reason.")
        )
        self.amendments = QListWidget()
        self.amendments.setObjectName("amendmentList")
        self.amendments.setAccessibleName(self.tr("Amendments"))
        self.amendments.setAlternatingRowColors(True)
        self.amendments.setWordWrap(True)
        self.amendments.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.amendments.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.amendments.setMaximumHeight(self.amendments.fontMetrics().height() * 5 + 16)
        self.amendments_heading = self._heading(self.tr("A&mendments"), self.amendments)

        self._build_layout(kinds_row)

    # -- construction ----------------------------------------------------------------------

    def _table(self, name: str, accessible: str, model: QAbstractTableModel) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setAccessibleName(accessible)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
        header = view.horizontalHeader()
        header.setDefaultAlignment(_LEFT)
        header.setHighlightSections(False)
        return view

    def _heading(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _build_layout(self, kinds_row: QGridLayout) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._heading(self.tr("&Proposals"), self.proposals))
        left_layout.addWidget(self.proposals, 1)

        form = QWidget()
        grid = QGridLayout(form)
        grid.setContentsMargins(8, 0, 0, 0)
        grid.setVerticalSpacing(6)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(title_row, 0, 0, 1, 2)
        grid.addWidget(self.details, 1, 0, 1, 2)
        decision = QLabel(self.tr("Decision:"))
        decision.setStyleSheet("font-weight: bold;")
        grid.addWidget(decision, 2, 0, 1, 2)
        grid.addLayout(kinds_row, 3, 0, 1, 2)
        grid.addWidget(self._heading(self.tr("Ra&tionale"), self.rationale), 4, 0)
        grid.addWidget(self._heading(self.tr("&Conditions"), self.conditions), 4, 1)
        grid.addWidget(self.rationale, 5, 0)
        grid.addWidget(self.conditions, 5, 1)
        grid.setRowStretch(5, 1)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.setChildrenCollapsible(False)
        top.addWidget(left)
        top.addWidget(form)
        top.setStretchFactor(1, 1)
        top.setSizes([380, 720])

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 6, 0, 0)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self._heading(self.tr("Action &items"), self.action_table))
        heading_row.addSpacing(12)
        heading_row.addWidget(self.action_summary)
        heading_row.addStretch(1)
        heading_row.addWidget(self.add_button)
        heading_row.addWidget(self.delete_button)
        bottom_layout.addLayout(heading_row)
        bottom_layout.addWidget(self.action_table, 1)

        hint = QLabel(
            self.tr(
                "Ctrl+Enter or leaving a field saves it · Ins adds an action for the proposal · "
                "F2 edits a cell · Del deletes the action"
            )
        )
        hint.setStyleSheet("color: palette(mid);")
        hint.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 450])
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.amendments_heading)
        layout.addWidget(self.amendments)
        self.amendments_heading.hide()
        self.amendments.hide()
        chain: list[QWidget] = [
            self.proposals,
            *self.kind_group.buttons(),
            self.rationale,
            self.conditions,
            self.action_table,
            self.add_button,
            self.delete_button,
            self.amendments,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- showing ---------------------------------------------------------------------------

    def follow(self, feed: WorkshopFeed) -> None:
        """The page follows the workshop's set-up (proposals, participants, its status) and
        its decisions, action items and amendments."""
        feed.follow(self.show_workshop, WorkshopSetupChanged, DecisionsChanged)

    def show_workshop(self, data: WorkshopData, offices: Mapping[int, m.Office]) -> None:
        same = self._data is not None and self._data.workshop.id == data.workshop.id
        keep_proposal = self.current_proposal_id() if same else None
        keep_action = self.current_action_id() if same else None
        column = max(0, self.action_table.currentIndex().column())
        self._data = data
        editable = self._workspace() is not None
        self.action_model.editable = editable
        self._loading = True
        try:
            self.proposal_model.set_workshop(data)
            self.action_model.set_workshop(data, offices)
            self._size_action_columns()
            self._reselect(self.proposals, self.proposal_model.row_of(keep_proposal), 0)
            if self.action_table.currentIndex().row() < 0 and self.action_model.rowCount():
                row = self.action_model.row_of(keep_action)
                self._reselect(self.action_table, row, column)
        finally:
            self._loading = False
        self._show_proposal()
        self._show_summary()
        self.banner.setVisible(self.is_closed())
        self._show_amendments(data.amendments)
        if self._pending is not None:
            self._start_editing(self._pending)
        self._update_buttons()

    def _reselect(self, table: QTableView, row: int, column: int) -> None:
        model = table.model()
        if table.currentIndex().isValid() and row in (-1, table.currentIndex().row()):
            return
        if model.rowCount():
            row = row if row >= 0 else 0
            index = model.index(min(row, model.rowCount() - 1), column)
            table.selectionModel().setCurrentIndex(index, _ROWS)
            table.scrollTo(index)

    def _size_action_columns(self) -> None:
        """The action's text takes the room; the links to a proposal and an agenda item take
        what their contents need (their heading when empty), up to 150 px each, and never less
        than their heading."""
        header = self.action_table.horizontalHeader()
        model = self.action_model
        metrics = self.action_table.fontMetrics()
        due = metrics.horizontalAdvance("2026-12-31") + 28
        widths = {model.OWNER: 150, model.DUE: due, model.STATUS: 100}
        for column in (model.PROPOSAL, model.AGENDA):
            shown = [str(model.index(row, column).data() or "") for row in range(model.rowCount())]
            heading = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            needed = max((metrics.horizontalAdvance(text) for text in [*shown, heading]), default=0)
            heading_width = header.fontMetrics().horizontalAdvance(heading) + 30
            widths[column] = max(heading_width, min(150, needed + 24))
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(model.TEXT, QHeaderView.ResizeMode.Stretch)

    def _show_summary(self) -> None:
        actions = self.action_model.records()
        overdue = sum(1 for a in actions if self.action_model.is_overdue(a))
        self.action_summary.setText(actions_summary(actions, overdue))

    def _show_amendments(self, amendments: tuple[m.Amendment, ...]) -> None:
        self.amendments.clear()
        for amendment in amendments:
            text, tip = amendment_line(amendment)
            item = QListWidgetItem(text)
            item.setToolTip(tip)
            self.amendments.addItem(item)
        self.amendments_heading.setText(self.tr("A&mendments (%n)", "", len(amendments)))
        self.amendments_heading.setVisible(bool(amendments))
        self.amendments.setVisible(bool(amendments))

    def _proposal_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._loading:
            return
        for editor in (self.rationale, self.conditions):
            editor.commit()  # what was typed belongs to the proposal it was typed for
        self._show_proposal()
        self._update_buttons()

    def _show_proposal(self) -> None:
        proposal = self.current_proposal()
        writable = self._workspace() is not None
        decision = self.proposal_model.decision(proposal.id) if proposal else None
        kind = decision.kind if decision else None
        self.kind_group.setExclusive(False)
        for number, button in enumerate(self.kind_group.buttons()):
            button.setChecked(proposal is not None and self.KINDS[number] == kind)
            button.setEnabled(proposal is not None and writable)
        self.kind_group.setExclusive(True)
        key = proposal.id if proposal else None
        self.rationale.load(key, decision.rationale if decision else "")
        self.conditions.load(key, decision.conditions if decision else "")
        hint = self.tr("Choose a decision first, then record why.") if proposal else ""
        for editor in (self.rationale, self.conditions):
            editor.setEnabled(decision is not None)
            editor.setReadOnly(not writable)
            editor.setPlaceholderText(hint if decision is None else "")
        if proposal is None:
            self.title.setText(self.tr("No proposals in this workshop"))
            self.details.clear()
            self.badge.clear()
            return
        self.title.setText(proposal.title)
        label = self.proposal_model.decision_label(kind)
        colour = DECISION_COLOURS[kind] if kind else UNDECIDED_COLOUR
        style = (
            f"color:white; background:{colour};"
            if kind
            else f"color:{colour}; border:1px solid {colour};"
        )
        self.badge.setText(label)
        self.badge.setStyleSheet(f"{style} border-radius:9px; padding:2px 10px; font-weight:bold;")
        self.badge.setAccessibleName(self.tr("Decision: {decision}").format(decision=label))
        self.details.setText(proposal_facts(proposal, decision))

    # -- lookups ---------------------------------------------------------------------------

    def current_proposal(self) -> m.Proposal | None:
        row = self.proposals.currentIndex().row()
        return self.proposal_model.record(row) if row >= 0 else None

    def current_proposal_id(self) -> int | None:
        proposal = self.current_proposal()
        return proposal.id if proposal else None

    def current_action_id(self) -> int | None:
        row = self.action_table.currentIndex().row()
        return self.action_model.record(row).id if row >= 0 else None

    def select_proposal(self, proposal_id: int) -> None:
        row = self.proposal_model.row_of(proposal_id)
        if row >= 0:
            self.proposals.selectionModel().setCurrentIndex(
                self.proposal_model.index(row, 0), _ROWS
            )

    def is_closed(self) -> bool:
        """Whether the workshop shown is closed (its changes are amendments)."""
        return self._data is not None and self._data.workshop.status == m.WorkshopStatus.CLOSED

    def _update_buttons(self, *_args: object) -> None:
        # A closed workshop's actions are amended, never added or deleted.
        writable = self._workspace() is not None and self._data is not None
        writable = writable and not self.is_closed()
        self.add_action.setEnabled(writable)
        self.delete_action.setEnabled(writable)
        self.add_button.setEnabled(writable)
        self.delete_button.setEnabled(writable and self.action_table.currentIndex().isValid())
