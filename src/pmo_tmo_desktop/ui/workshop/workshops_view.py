"""The Workshops area: every workshop, and what one holds (people, proposals, rounds, outcomes)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from html import escape

from PySide6.QtCore import QItemSelection, QLocale, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.services import queries, words
from pmo_tmo_desktop.services.events import (
    DecisionsChanged,
    RoundsChanged,
    WorkshopListChanged,
    WorkshopSetupChanged,
)
from pmo_tmo_desktop.services.queries import WorkshopData
from pmo_tmo_desktop.ui.widgets.change_hub import ChangeHub
from pmo_tmo_desktop.ui.widgets.columns import keep_titles
from pmo_tmo_desktop.ui.widgets.context import Context
from pmo_tmo_desktop.ui.widgets.qt_common import RIGHT
from pmo_tmo_desktop.ui.widgets.record_model import Column, RecordTableModel
from pmo_tmo_desktop.ui.workshop.common.workshop_feed import WorkshopFeed


def _money(value: float | None) -> str:
    return "" if value is None else QLocale().toString(value, "f", 0)


def _table(model: RecordTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # arrows move between rows, Tab leaves the list
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class EmptyWorkshops(QWidget):
    """What the Workshops area shows before the first workshop: what a workshop is for, and
    the ways to make one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyWorkshops")
        title = QLabel(self.tr("No workshops yet"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "In a workshop the PMO and the TMO rate project proposals together, see where "
                "they disagree and decide. Make one here, then add its participants, criteria "
                "and proposals on its Set-up page — or fill a set-up workbook in Excel and "
                "bring it in."
            )
        )
        text.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&New Workshop…"))
        self.new_button.setDefault(True)
        self.setup_button = QPushButton(self.tr("New from a Set-up &Workbook…"))
        self.template_button = QPushButton(self.tr("Save a &Blank Set-up Workbook…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.setup_button)
        buttons.addWidget(self.template_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(title)
        column.addSpacing(8)
        column.addWidget(text)
        column.addSpacing(16)
        column.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(column, 4)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def set_writable(self, writable: bool) -> None:
        """A read-only workspace takes no new workshop; the blank workbook can still be saved."""
        self.new_button.setEnabled(writable)
        self.setup_button.setEnabled(writable)


class WorkshopsArea(QWidget):
    """Lists workshops; selecting one shows its content (the feed reads it for every page)."""

    def __init__(self, ctx: Context, feed: WorkshopFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._feed = ctx, feed
        self._chosen: int | None = None
        """The workshop chosen in the list; kept while the workspace changes hands (Save As)."""
        self._office_names: dict[int, str] = {}
        self.list_model = RecordTableModel(
            [
                Column(self.tr("Date"), lambda w: w.date.isoformat() if w.date else ""),
                Column(self.tr("Title"), lambda w: w.title),
                Column(self.tr("Status"), lambda w: self._status(w.status)),
            ],
            self,
        )
        self.list = _table(self.list_model, "workshopList")
        self.list.setAccessibleName(self.tr("Workshops"))
        self.list.horizontalHeader().setStretchLastSection(False)
        self.list.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.list.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents
        )
        keep_titles(self.list.horizontalHeader())
        self.list.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail = QLabel()
        self.detail.setObjectName("workshopDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.proposal_model = RecordTableModel(
            [
                Column(self.tr("Proposal"), lambda p: p[0].title),
                Column(self.tr("Sponsor"), lambda p: p[0].sponsor),
                Column(self.tr("Cost"), lambda p: _money(p[0].cost), RIGHT),
                Column(self.tr("Benefit"), lambda p: _money(p[0].benefit), RIGHT),
                Column(self.tr("Decision"), lambda p: self._decision(p[1])),
            ],
            self,
        )
        self.proposals = _table(self.proposal_model, "proposalTable")
        self.proposals.setAccessibleName(self.tr("Proposals of the workshop"))
        header = self.proposals.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 220)
        keep_titles(header)
        overview = QWidget()
        right_layout = QVBoxLayout(overview)
        right_layout.addWidget(self.detail)
        right_layout.addWidget(self.proposals, 1)
        self.pages = QTabWidget()
        self.pages.setObjectName("workshopPages")
        self.pages.setDocumentMode(True)
        self.pages.setAccessibleName(self.tr("Pages of the workshop"))
        self.pages.addTab(overview, self.tr("Overview"))
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 940])
        self.list.setMinimumWidth(200)
        self.empty = EmptyWorkshops()
        self.body = QStackedWidget()
        self.body.addWidget(splitter)
        self.body.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.body)
        self._list_wanted, self._hot_seat = True, False
        self.pages.currentChanged.connect(lambda _i: self._place_list())

    def _status(self, status: m.WorkshopStatus) -> str:
        return {
            m.WorkshopStatus.PLANNED: self.tr("Planned"),
            m.WorkshopStatus.LIVE: self.tr("Live"),
            m.WorkshopStatus.CLOSED: self.tr("Closed"),
        }[status]

    def _decision(self, decision: m.Decision | None) -> str:
        if decision is None:
            return self.tr("Open")
        return words.decision(decision.kind)

    # -- where the list of workshops goes ---------------------------------------------------

    ROOMY = 1300
    """Below this width the list steps aside on every page but the overview, where it is
    needed to choose a workshop: the pages get the room."""

    def show_list(self, wanted: bool) -> None:
        """View → Workshop List: whether the list is wanted beside the pages at all."""
        self._list_wanted = wanted
        self._place_list()

    def hot_seat(self, on: bool) -> None:
        """While a participant fills a ballot the list is away: only the ballot is there."""
        self._hot_seat = on
        self._place_list()

    def _place_list(self) -> None:
        roomy = self.width() >= self.ROOMY or self.pages.currentIndex() == 0
        self.list.setVisible(self._list_wanted and not self._hot_seat and roomy)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_list()

    def add_page(self, page: QWidget, title: str) -> None:
        """A tab of the selected workshop (the page follows the feed itself)."""
        self.pages.addTab(page, title)

    def follow(self, changes: ChangeHub) -> None:
        """The list follows the workshops made, deleted and renamed; the overview follows
        what the chosen workshop holds."""
        changes.subscribe(WorkshopListChanged, self._list_changed)
        self._feed.follow(
            self.show_detail,
            WorkshopSetupChanged,
            RoundsChanged,
            DecisionsChanged,
            ratings=self._ratings_changed,
            cleared=self._cleared,
        )

    def _list_changed(self, _event: WorkshopListChanged) -> None:
        ws = self._ctx.workspace
        if ws is not None:
            self.show_workshops(queries.workshops(ws))

    def show_workshops(self, workshops: tuple[m.Workshop, ...]) -> None:
        """The list; the chosen workshop stays chosen (and is not read again for it)."""
        keep = self._chosen
        self.list_model.set_records(workshops)
        listing = self.body.widget(0)
        self.body.setCurrentWidget(self.empty if not workshops or listing is None else listing)
        rows = [i for i, w in enumerate(workshops) if w.id == keep] or ([0] if workshops else [])
        if rows:
            self.list.selectRow(rows[0])
        else:
            self._chosen = None
            self._feed.clear()

    def _selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        workshop = self.list_model.record(indexes[0].row())
        self._chosen = workshop.id
        if workshop.id != self._feed.workshop_id():  # the list read again: nothing else to do
            self._feed.show(workshop.id)

    def _cleared(self) -> None:
        self.detail.clear()
        self.proposal_model.set_records(())

    def _ratings_changed(self, data: WorkshopData, _rounds: frozenset[int]) -> None:
        self._describe(data)

    def show_detail(self, data: WorkshopData, offices: Mapping[int, m.Office]) -> None:
        self._office_names = {o.id: o.name for o in offices.values()}
        self._describe(data)
        decisions = {d.proposal_id: d for d in data.decisions}
        self.proposal_model.set_records([(p, decisions.get(p.id)) for p in data.proposals])

    def _describe(self, data: WorkshopData) -> None:
        """The workshop in a few lines above its proposals."""
        w = data.workshop
        offices = Counter(p.office_id for p in data.participants)
        names = self._office_names
        no_office = self.tr("no office")
        people = ", ".join(
            f"{count} {escape(str(no_office if office is None else names.get(office, no_office)))}"
            for office, count in offices.items()
        )
        rounds = "; ".join(
            self.tr("round {n}: {status}, {ratings}").format(
                n=r.number,
                status=self.tr("open") if r.status == m.RoundStatus.OPEN else self.tr("closed"),
                ratings=words.count("rating", sum(1 for x in data.ratings if x.round_id == r.id)),
            )
            for r in data.rounds
        ) or self.tr("no rounds yet")
        lines = [
            f"<h2>{escape(w.title)}</h2>",
            self.tr(
                "<b>Date:</b> {date} · <b>Place:</b> {place} · <b>Facilitator:</b> {who}"
            ).format(
                date=w.date.isoformat() if w.date else "—",
                place=escape(w.place) or "—",
                who=escape(w.facilitator) or "—",
            ),
            self.tr("<b>Participants:</b> {n} ({people})").format(
                n=len(data.participants), people=people or "—"
            ),
            self.tr("<b>Criteria:</b> {names}").format(
                names=escape(", ".join(c.name for c in data.criteria)) or "—"
            ),
            self.tr("<b>Rounds:</b> {rounds}").format(rounds=rounds),
            self.tr("<b>Agenda:</b> {items} · <b>Actions:</b> {a} ({open} open)").format(
                items=words.count("item", len(data.agenda)),
                a=len(data.actions),
                open=sum(1 for x in data.actions if x.status != m.ActionStatus.DONE),
            ),
        ]
        if w.notes:
            lines.append(f"<p><i>{escape(w.notes)}</i></p>")
        self.detail.setText("<br>".join(lines))

    def choose(self, workshop_id: int) -> None:
        """Select the workshop with this id in the list (its pages follow)."""
        for row in range(self.list_model.rowCount()):
            if self.list_model.record(row).id == workshop_id:
                self.list.selectRow(row)
                return

    def current(self) -> WorkshopData | None:
        return self._feed.data

    def offices(self) -> dict[int, m.Office]:
        return dict(self._feed.offices)

    def current_id(self) -> int | None:
        return self._feed.workshop_id()
