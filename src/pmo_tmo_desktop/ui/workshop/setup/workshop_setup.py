"""The workshop set-up page (its own fields and its editable lists). Every change is one
undoable service call through the context; creating or deleting workshops is in
workshop_actions, the copy-from-earlier dialog in copy_setup_dialog."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Mapping
from datetime import time
from html import escape

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QObject,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.services import entities, queries, workshop_setup
from pmo_tmo_desktop.services.changes import Outcome
from pmo_tmo_desktop.services.events import DecisionsChanged, WorkshopSetupChanged
from pmo_tmo_desktop.services.files import Workspace
from pmo_tmo_desktop.services.queries import WorkshopData
from pmo_tmo_desktop.ui.widgets.context import Context
from pmo_tmo_desktop.ui.widgets.dialogs import Messages
from pmo_tmo_desktop.ui.widgets.qt_common import RIGHT
from pmo_tmo_desktop.ui.widgets.settings import DISSENT_RANGE
from pmo_tmo_desktop.ui.workshop.common.amend_dialog import closed_banner
from pmo_tmo_desktop.ui.workshop.common.workshop_feed import WorkshopFeed
from pmo_tmo_desktop.ui.workshop.setup.copy_setup_dialog import CopySetupDialog
from pmo_tmo_desktop.ui.workshop.setup.setup_section import SectionTexts, SetupSection
from pmo_tmo_desktop.ui.workshop.setup.setup_weights import PairwiseField
from pmo_tmo_desktop.ui.workshop.setup.workshop_portfolio import (
    GroupsModel,
    PortfolioDelegate,
    PortfolioProposalsModel,
)
from pmo_tmo_desktop.ui.workshop.setup.workshop_setup_models import (
    AgendaModel,
    CriteriaModel,
    ParticipantsModel,
    number_text,
    parse_number,
)

_NO_DATE = QDate(1900, 1, 1)
"""The date edit's minimum, shown as "No date": a workshop may have none."""


def _clock(start: time | None) -> str:
    """A start time as the field shows it: "09:00", or "" for none."""
    return start.strftime("%H:%M") if start is not None else ""


class _CommitOnLeave(QObject):
    """Calls back when a multi-line editor loses focus (it has no editingFinished)."""

    def __init__(self, editor: QPlainTextEdit, callback: Callable[[], None]) -> None:
        super().__init__(editor)
        self._callback = callback
        editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False


class SetupPage(QWidget):
    """The set-up of the selected workshop: its fields, participants, criteria, proposals
    and agenda. Each edit is one undoable step; `show_workshop` shows the answer."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._data: WorkshopData | None = None
        self._offices: Mapping[int, m.Office] = {}
        self._loading = False
        self.summary = QLabel()
        self.summary.setObjectName("setupSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.banner = closed_banner("setupClosedBanner")
        self.banner.setText(
            self.tr(
                "This workshop is closed. Its participants, criteria and proposals can no "
                "longer change; the agenda and its minutes can."
            )
        )
        self._build_fields()
        self.participants = SetupSection(
            self,
            ParticipantsModel(self),
            SectionTexts(
                self.tr("&Participants ({n})"),
                self.tr("Participants"),
                self.tr("Add participant"),
                self.tr("Add a participant in the office of the selected one and type the name"),
                self.tr("Delete participant"),
                self.tr("Participant {n}"),
            ),
            "name",
        )
        self.criteria = SetupSection(
            self,
            CriteriaModel(self),
            SectionTexts(
                self.tr("&Criteria ({n})"),
                self.tr("Criteria"),
                self.tr("Add criterion"),
                self.tr("Add a criterion and type its name"),
                self.tr("Delete criterion"),
                self.tr("Criterion {n}"),
            ),
            "name",
        )
        self.proposals = SetupSection(
            self,
            PortfolioProposalsModel(self),
            SectionTexts(
                self.tr("P&roposals ({n})"),
                self.tr("Proposals"),
                self.tr("Add proposal"),
                self.tr("Add a proposal and type its title"),
                self.tr("Delete proposal"),
                self.tr("Proposal {n}"),
            ),
            "title",
        )
        self.proposals.table.setItemDelegate(PortfolioDelegate(self.proposals.table))
        self.groups = SetupSection(
            self,
            GroupsModel(self),
            SectionTexts(
                self.tr("Groups ({n})"),
                self.tr("Groups of alternatives"),
                self.tr("Add group"),
                self.tr("Add a group of alternative proposals and type its name"),
                self.tr("Delete group"),
                self.tr("Group {n}"),
            ),
            "name",
        )
        for action in (self.groups.up_action, self.groups.down_action):
            self.groups.buttons[action].hide()  # groups are listed by name
        self.groups.note.setText(
            self.tr(
                "Proposals that are alternatives name one group in their Group column; at most "
                "the group's number of them is funded (a group not listed here: 1)."
            )
        )
        self.groups.note.show()
        self.agenda = SetupSection(
            self,
            AgendaModel(self),
            SectionTexts(
                self.tr("A&genda ({n})"),
                self.tr("Agenda"),
                self.tr("Add agenda item"),
                self.tr("Add an agenda item and type its title"),
                self.tr("Delete agenda item"),
                self.tr("Agenda item {n}"),
            ),
            "title",
        )
        self.sections = (
            self.participants,
            self.criteria,
            self.proposals,
            self.groups,
            self.agenda,
        )
        self.tabs = QTabWidget()
        self.tabs.setObjectName("setupTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Participants, criteria, proposals and agenda"))
        for section in self.sections:
            self.tabs.addTab(section, section.texts.tab.format(n=0))
        self.copy_button = QPushButton(self.tr("Cop&y from earlier workshop…"))
        self.copy_button.setToolTip(
            self.tr("Copy the participants and criteria of another workshop into this one")
        )
        self.copy_button.clicked.connect(self.copy_from_earlier)
        self.tabs.setCornerWidget(self.copy_button, Qt.Corner.TopRightCorner)
        hint = QLabel(
            self.tr(
                "F2 or double-click edits a cell · Enter commits · Ins adds · Del deletes · "
                "Ctrl+Up / Ctrl+Down change the order"
            )
        )
        hint.setStyleSheet("color: palette(mid);")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.summary)
        layout.addWidget(self.fields_box)
        layout.addWidget(hint)
        layout.addWidget(self.tabs, 1)
        chain = [
            self.title,
            self.date,
            self.start,
            self.place,
            self.facilitator,
            self.pairwise.box,
            self.anonymity,
            self.budget,
            self.resource_name,
            self.resource_limit,
            self.dissent,
            self.notes,
            self.copy_button,
            self.tabs,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.setEnabled(False)

    # -- construction ----------------------------------------------------------------------

    def _build_fields(self) -> None:
        self.title = QLineEdit()
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMinimumDate(_NO_DATE)
        self.date.setSpecialValueText(self.tr("No date"))
        calendar = self.date.calendarWidget()  # a date picked there is stored at once
        calendar.clicked.connect(self._commit_date)
        calendar.activated.connect(self._commit_date)
        self.start = QLineEdit()
        self.start.setPlaceholderText(self.tr("No start time (e.g. 09:00)"))
        self.start.setMaxLength(5)
        self.start.setToolTip(
            self.tr("With a start time the agenda, the projector and the minutes show clock times.")
        )
        self.place = QLineEdit()
        self.facilitator = QLineEdit()
        self.anonymity = QComboBox()
        for value, text in (
            (m.Anonymity.NAMED, self.tr("Named")),
            (m.Anonymity.OFFICE_TAGGED, self.tr("Office-tagged")),
            (m.Anonymity.ANONYMOUS, self.tr("Anonymous")),
        ):
            self.anonymity.addItem(text, value.value)
        self.anonymity_help = QLabel()
        self.anonymity_help.setObjectName("anonymityHelp")
        self.anonymity_help.setWordWrap(True)
        self.anonymity_help.setStyleSheet("color: palette(mid);")
        self.budget = QLineEdit()
        self.budget.setAlignment(RIGHT)
        self.budget.setPlaceholderText(self.tr("No budget set"))
        self.resource_name = QLineEdit()
        self.resource_name.setPlaceholderText(self.tr("None (e.g. People)"))
        self.resource_name.setToolTip(
            self.tr(
                "What else the proposals draw on besides money; each proposal's use of it is "
                "in the Proposals list"
            )
        )
        self.resource_limit = QLineEdit()
        self.resource_limit.setAlignment(RIGHT)
        self.resource_limit.setPlaceholderText(self.tr("No limit"))
        self.dissent = QDoubleSpinBox()
        self.dissent.setRange(*DISSENT_RANGE)
        self.dissent.setSingleStep(0.05)
        self.dissent.setDecimals(2)
        self.dissent.setAlignment(RIGHT)
        self.dissent.setKeyboardTracking(False)  # one step per value, not per key typed
        self.dissent.setToolTip(
            self.tr(
                "Proposals whose dissent (the spread of the participants' scores: 0 is full "
                "agreement, 1 a room split into two extremes) is at or above this are flagged."
            )
        )
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 14)
        names = {
            self.title: self.tr("Workshop title"),
            self.date: self.tr("Workshop date"),
            self.start: self.tr("Start time"),
            self.place: self.tr("Place"),
            self.facilitator: self.tr("Facilitator"),
            self.anonymity: self.tr("Anonymity of ratings"),
            self.budget: self.tr("Budget"),
            self.resource_name: self.tr("Second resource"),
            self.resource_limit: self.tr("Second resource's limit"),
            self.dissent: self.tr("Dissent threshold"),
            self.notes: self.tr("Notes"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        for edit, field in (
            (self.title, "title"),
            (self.place, "place"),
            (self.facilitator, "facilitator"),
            (self.resource_name, "resource_name"),
        ):
            edit.editingFinished.connect(lambda e=edit, f=field: self._commit(f, e.text().strip()))
        self.date.editingFinished.connect(self._commit_date)
        self.start.editingFinished.connect(self._commit_start)
        self.anonymity.currentIndexChanged.connect(self._anonymity_chosen)
        self.budget.editingFinished.connect(
            lambda: self._commit("budget", parse_number(self.budget.text()))
        )
        self.resource_limit.editingFinished.connect(
            lambda: self._commit("resource_limit", parse_number(self.resource_limit.text()))
        )
        self.dissent.valueChanged.connect(
            lambda value: self._commit("dissent_threshold", round(value, 2))
        )
        _CommitOnLeave(self.notes, lambda: self._commit("notes", self.notes.toPlainText().strip()))
        left = QFormLayout()
        left.addRow(self.tr("&Title:"), self.title)
        left.addRow(self.tr("&Date:"), self.date)
        left.addRow(self.tr("&Starts at:"), self.start)
        left.addRow(self.tr("P&lace:"), self.place)
        left.addRow(self.tr("Fac&ilitator:"), self.facilitator)
        self.pairwise = PairwiseField()
        self.pairwise.chosen.connect(lambda on: self._commit("pairwise_weights", on))
        left.addRow("", self.pairwise)
        right = QFormLayout()
        right.addRow(self.tr("&Anonymity:"), self.anonymity)
        right.addRow("", self.anonymity_help)
        resource = QHBoxLayout()
        resource.addWidget(self.resource_name, 2)
        limit_label = QLabel(self.tr("limit:"))
        limit_label.setBuddy(self.resource_limit)
        resource.addWidget(limit_label)
        resource.addWidget(self.resource_limit, 1)
        right.addRow(self.tr("&Budget:"), self.budget)
        resource_label = QLabel(self.tr("Second resource:"))
        resource_label.setBuddy(self.resource_name)
        right.addRow(resource_label, resource)
        right.addRow(self.tr("Dissent threshold (ma&x 1):"), self.dissent)
        right.addRow(self.tr("&Notes:"), self.notes)
        self.fields_box = QWidget()
        row = QHBoxLayout(self.fields_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(left, 1)
        row.addSpacing(18)
        row.addLayout(right, 1)

    def _explain(self, anonymity: str) -> str:
        return {
            m.Anonymity.NAMED: self.tr(
                "Everyone's ratings are shown with their names once a round is revealed."
            ),
            m.Anonymity.OFFICE_TAGGED: self.tr(
                "Ratings are shown by office (PMO, TMO…), never by person."
            ),
            m.Anonymity.ANONYMOUS: self.tr(
                "Ratings are shown with no names and no offices, only as totals."
            ),
        }.get(m.Anonymity(anonymity), "")

    # -- showing ---------------------------------------------------------------------------

    @property
    def workshop_id(self) -> int | None:
        return self._data.workshop.id if self._data else None

    def workspace(self) -> Workspace | None:
        ws = self._ctx.workspace
        return ws if ws is not None and not ws.read_only else None

    def follow(self, feed: WorkshopFeed) -> None:
        """The page follows the workshop's set-up and decisions (what a deletion takes with
        it), and its ratings (how many are given)."""
        feed.follow(
            self.show_workshop, WorkshopSetupChanged, DecisionsChanged, ratings=self.ratings_changed
        )

    def ratings_changed(self, data: WorkshopData, _rounds: frozenset[int]) -> None:
        self._data = data
        self.criteria.note.setVisible(bool(data.ratings))
        self.summary.setText(self._summary(data, self._offices))

    def show_workshop(self, data: WorkshopData, offices: Mapping[int, m.Office]) -> None:
        self._data, self._offices = data, offices
        writable = self.workspace() is not None
        closed = data.workshop.status == m.WorkshopStatus.CLOSED
        self.setEnabled(True)
        self.banner.setVisible(closed)
        self._show_fields(data.workshop, writable)
        proposals = self.proposals.model
        assert isinstance(proposals, PortfolioProposalsModel)
        proposals.set_rules(data.requirements, data.group_names(), data.workshop.resource_name)
        lists = (data.participants, data.criteria, data.proposals, data.groups, data.agenda)
        for position, (section, records) in enumerate(zip(self.sections, lists, strict=True)):
            open_ = writable and (not closed or section is self.agenda)  # closing freezes 3 lists
            section.show_records(records, offices, open_)
            self.tabs.setTabText(position, section.texts.tab.format(n=len(records)))
        self.copy_button.setEnabled(writable and not closed)
        self.criteria.note.setVisible(bool(data.ratings))
        self.criteria.note.setText(
            self.tr(
                "This workshop has ratings: weights, directions and scales change its results, "
                "and a scale that would leave given ratings outside it is refused."
            )
        )
        self.summary.setText(self._summary(data, offices))

    def _show_fields(self, w: m.Workshop, writable: bool) -> None:
        self._loading = True
        for edit, text in (
            (self.title, w.title),
            (self.place, w.place),
            (self.facilitator, w.facilitator),
            (self.budget, number_text(w.budget, 0)),
            (self.resource_name, w.resource_name),
            (self.resource_limit, number_text(w.resource_limit)),
            (self.start, _clock(w.start_time)),
        ):
            if edit.text() != text:
                edit.setText(text)
            edit.setReadOnly(not writable)
        if self.notes.toPlainText() != w.notes:
            self.notes.setPlainText(w.notes)
        self.notes.setReadOnly(not writable)
        self.date.setDate(QDate(w.date) if w.date else _NO_DATE)
        self.date.setReadOnly(not writable)
        self.anonymity.setCurrentIndex(max(0, self.anonymity.findData(w.anonymity.value)))
        self.anonymity.setEnabled(writable)
        self.anonymity_help.setText(self._explain(w.anonymity.value))
        self.dissent.setValue(w.dissent_threshold)
        self.dissent.setReadOnly(not writable)
        self.pairwise.show_workshop(w, writable)
        self._loading = False

    def _summary(self, data: WorkshopData, offices: Mapping[int, m.Office]) -> str:
        by_office = Counter(p.office_id for p in data.participants)
        names: dict[int | None, str] = {i: o.name for i, o in offices.items()}
        without = self.tr("without office")
        people = ", ".join(
            f"{count} {names.get(o, without)}"
            for o, count in sorted(by_office.items(), key=lambda kv: -kv[1])
        )
        minutes = sum(a.duration_minutes for a in data.agenda)
        parts = [
            self.tr("<b>Participants:</b> {people}").format(people=escape(people or "—")),
            self.tr("<b>Agenda:</b> {hours} h {minutes:02d} min").format(
                hours=minutes // 60, minutes=minutes % 60
            ),
        ]
        costs = [p.cost for p in data.proposals if p.cost is not None]
        if costs:
            parts.append(
                self.tr("<b>Proposals ask for:</b> {cost}").format(cost=number_text(sum(costs), 0))
            )
        if data.workshop.budget is not None:
            parts.append(
                self.tr("<b>Budget:</b> {budget}").format(
                    budget=number_text(data.workshop.budget, 0)
                )
            )
        if data.ratings:
            parts.append(
                self.tr("<b>Ratings given:</b> {n}").format(
                    n=QLocale().toString(sum(r.value is not None for r in data.ratings))
                )
            )
        return "&nbsp;&nbsp;·&nbsp;&nbsp;".join(parts)

    def ratings_held(self, entity: str, record_id: int) -> int:
        """How many ratings name the participant, criterion or proposal (they block its
        deletion: ratings go only with their round, discarded on purpose)."""
        data = self._data
        column = {
            "participant": "participant_id",
            "criterion": "criterion_id",
            "proposal": "proposal_id",
        }.get(entity)
        if data is None or column is None:
            return 0
        return sum(1 for r in data.ratings if getattr(r, column) == record_id)

    def usage(self, entity: str, record_id: int) -> list[str]:
        """What deleting a record takes with it, one sentence each (empty: nothing)."""
        data = self._data
        if data is None:
            return []
        lines = []
        if entity == "proposal" and any(d.proposal_id == record_id for d in data.decisions):
            lines.append(self.tr("The decision taken on it goes with it."))
        if entity == "agenda_item":
            actions = sum(1 for a in data.actions if a.agenda_item_id == record_id)
            if actions:
                lines.append(
                    self.tr("%n action item(s) refer to it; they stay, without it.", "", actions)
                )
        return lines

    # -- changes ---------------------------------------------------------------------------

    def run(self, text: str, call: Callable[[Workspace, int], Outcome]) -> Outcome | None:
        """Run a change of this workshop as one undoable step (None when refused)."""
        ws, workshop = self.workspace(), self.workshop_id
        if ws is None or workshop is None:
            return None
        return self._ctx.run(text, lambda: call(ws, workshop))

    def _commit(self, field: str, value: object) -> None:
        data = self._data
        if self._loading or data is None or self.workspace() is None:
            return
        if value == getattr(data.workshop, field):
            return
        texts = {
            "title": self.tr("Rename workshop"),
            "date": self.tr("Change workshop date"),
            "start_time": self.tr("Change start time"),
            "place": self.tr("Change workshop place"),
            "facilitator": self.tr("Change facilitator"),
            "anonymity": self.tr("Change anonymity"),
            "budget": self.tr("Change budget"),
            "resource_name": self.tr("Rename the second resource"),
            "resource_limit": self.tr("Change the second resource's limit"),
            "dissent_threshold": self.tr("Change dissent threshold"),
            "notes": self.tr("Edit workshop notes"),
            "pairwise_weights": self.tr("Change pairwise weights"),
        }
        done = self.run(
            texts[field], lambda ws, w: entities.edit(ws, "workshop", w, **{field: value})
        )
        if done is None and self._data is not None:  # refused: show what is stored again
            self._show_fields(self._data.workshop, self.workspace() is not None)

    def _commit_date(self, picked: QDate | None = None) -> None:
        chosen = picked if isinstance(picked, QDate) else self.date.date()
        self._commit("date", None if chosen == _NO_DATE else chosen.toPython())

    def _commit_start(self) -> None:
        data = self._data
        if data is not None and self.start.text().strip() != _clock(data.workshop.start_time):
            self._commit("start_time", self.start.text().strip())

    def _anonymity_chosen(self, _index: int) -> None:
        value = str(self.anonymity.currentData())
        self.anonymity_help.setText(self._explain(value))
        self._commit("anonymity", value)

    def copy_from_earlier(self) -> None:
        ws, target = self.workspace(), self.workshop_id
        if ws is None or target is None:
            return
        others = [w for w in queries.workshops(ws) if w.id != target]
        if not others:
            Messages.warn(
                self,
                self.tr("Copy from an earlier workshop"),
                self.tr("There is no other workshop to copy from yet."),
            )
            return
        answer = CopySetupDialog.ask(self, others)
        if answer is None:
            return
        source, people, criteria = answer
        title = next(w.title for w in others if w.id == source)
        done = self.run(
            self.tr("Copy set-up from “{workshop}”").format(workshop=title),
            lambda ws, w: workshop_setup.copy_setup(ws, source, w, people, criteria),
        )
        if done is not None and not done.changes:
            Messages.warn(
                self,
                self.tr("Copy from an earlier workshop"),
                self.tr(
                    "Nothing was copied: this workshop already has every name “{w}” has."
                ).format(w=title),
            )
