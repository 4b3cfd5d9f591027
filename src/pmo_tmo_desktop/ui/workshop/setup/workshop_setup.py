"""The workshop set-up page (its own fields and its editable lists). Every change is one
undoable service call through the context; the workshop's own fields are in setup_fields,
creating or deleting workshops in workshop_actions, the copy-from-earlier dialog in
copy_setup_dialog."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Mapping
from html import escape

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.services import entities, queries, workshop_setup
from pmo_tmo_desktop.services.changes import Outcome
from pmo_tmo_desktop.services.events import DecisionsChanged, WorkshopSetupChanged
from pmo_tmo_desktop.services.files import Workspace
from pmo_tmo_desktop.services.queries import WorkshopData
from pmo_tmo_desktop.ui.widgets.context import Context
from pmo_tmo_desktop.ui.widgets.dialogs import Messages
from pmo_tmo_desktop.ui.workshop.common.amend_dialog import closed_banner
from pmo_tmo_desktop.ui.workshop.common.workshop_feed import WorkshopFeed
from pmo_tmo_desktop.ui.workshop.setup.copy_setup_dialog import CopySetupDialog
from pmo_tmo_desktop.ui.workshop.setup.setup_fields import SetupFields
from pmo_tmo_desktop.ui.workshop.setup.setup_section import SectionTexts, SetupSection
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
)


class SetupPage(SetupFields, QWidget):
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
