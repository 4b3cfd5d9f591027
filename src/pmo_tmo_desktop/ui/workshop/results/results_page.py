"""Results of a round: rank and scores, the PMO-vs-TMO gap view, what to discuss, budget fit.

A blind round shows nothing until it is closed: the facilitator's screen is often the room's.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from PySide6.QtCore import QAbstractTableModel, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain import scoring
from pmo_tmo_desktop.domain.offices import colours as office_colours
from pmo_tmo_desktop.services import entities, results
from pmo_tmo_desktop.services.events import RoundsChanged, WorkshopSetupChanged
from pmo_tmo_desktop.services.queries import WorkshopData
from pmo_tmo_desktop.ui.widgets.columns import keep_titles
from pmo_tmo_desktop.ui.widgets.context import Context
from pmo_tmo_desktop.ui.widgets.formatting import one, signed, withheld_text
from pmo_tmo_desktop.ui.widgets.qt_common import RIGHT
from pmo_tmo_desktop.ui.widgets.record_model import Column, RecordTableModel
from pmo_tmo_desktop.ui.workshop.common.gap_view import GapModel
from pmo_tmo_desktop.ui.workshop.common.workshop_feed import WorkshopFeed
from pmo_tmo_desktop.ui.workshop.results.portfolio_tab import PortfolioTab
from pmo_tmo_desktop.ui.workshop.results.results_charts import ResultsCharts


def _view(model: QAbstractTableModel, name: str, accessible: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # arrows move within the table, Tab leaves it
    view.setWordWrap(False)
    return view


class ResultsPage(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._data: WorkshopData | None = None
        self._offices: Mapping[int, m.Office] = {}
        self.found: results.WorkshopResults | None = None
        self.round = QComboBox()
        self.round.setAccessibleName(self.tr("Round"))
        self.round.activated.connect(lambda _i: self._recompute())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        caption = QLabel(self.tr("&Round:"))
        caption.setBuddy(self.round)
        top.addWidget(caption)
        top.addWidget(self.round)
        top.addWidget(self.summary, 1)
        self.budget_row = QHBoxLayout()  # drives the budget fit and the portfolio tab alike
        top.addLayout(self.budget_row)
        self.weights_button = QPushButton(self.tr("Criteria Weights…"))
        self.weights_button.setObjectName("criteriaWeights")
        self.weights_button.setToolTip(
            self.tr("The weights the participants' pairwise comparisons give; adopt them or not")
        )
        self.weights_button.clicked.connect(self.show_weights)
        top.addWidget(self.weights_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hidden = QLabel()
        self.hidden.setObjectName("resultsHidden")
        self.hidden.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hidden.setWordWrap(True)
        self.table_model = RecordTableModel(
            [
                Column(self.tr("Rank"), lambda p: p.rank or "—", RIGHT),
                Column(self.tr("Proposal"), lambda p: p.title),
                Column(self.tr("Score"), lambda p: one(p.score), RIGHT),
                Column(self.tr("PMO"), lambda p: one(p.pmo_score), RIGHT, tooltip=self._why),
                Column(self.tr("TMO"), lambda p: one(p.tmo_score), RIGHT, tooltip=self._why),
                Column(self.tr("Gap"), lambda p: signed(p.gap), RIGHT, tooltip=self._why),
                Column(
                    self.tr("Dissent"),
                    lambda p: (
                        ("⚑ " if p.dissent_flag else "")
                        + ("—" if p.dissent is None else QLocale().toString(p.dissent, "f", 2))
                    ),
                    RIGHT,
                    tooltip=lambda p: self.tr(
                        "Spread of opinion: 0 = full agreement, 1 = "
                        "maximal split. ⚑ marks a split room."
                    ),
                ),
                Column(self.tr("Median"), lambda p: one(p.median), RIGHT),
                Column(
                    self.tr("Min–max"),
                    lambda p: (
                        "—"
                        if p.minimum is None or p.maximum is None
                        else f"{one(p.minimum)}–{one(p.maximum)}"
                    ),
                    RIGHT,
                    tooltip=self._why,
                ),
                Column(
                    self.tr("Moved"),
                    lambda p: signed(self._moved(p.proposal_id)),
                    RIGHT,
                    tooltip=lambda p: self.tr("Change of the score since the previous round"),
                ),
                Column(self.tr("Raters"), lambda p: p.participants, RIGHT),
                Column(
                    self.tr("Cost"),
                    lambda p: "" if p.cost is None else QLocale().toString(p.cost, "f", 0),
                    RIGHT,
                ),
            ],
            self,
        )
        self.table = _view(self.table_model, "resultsTable", self.tr("Results by proposal"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        keep_titles(self.table.horizontalHeader())
        self.table.verticalHeader().hide()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_breakdown())
        self.breakdown_model = RecordTableModel(
            [
                Column(self.tr("Criterion"), lambda c: c.name),
                Column(self.tr("All"), lambda c: one(c.score), RIGHT),
                Column(self.tr("PMO"), lambda c: one(c.pmo), RIGHT, tooltip=self._why),
                Column(self.tr("TMO"), lambda c: one(c.tmo), RIGHT, tooltip=self._why),
                Column(self.tr("Gap"), lambda c: signed(c.gap), RIGHT, tooltip=self._why),
                Column(self.tr("Raters"), lambda c: c.raters, RIGHT),
            ],
            self,
        )
        self.breakdown = _view(
            self.breakdown_model,
            "breakdownTable",
            self.tr("Scores per criterion of the selected proposal"),
        )
        self.breakdown.verticalHeader().hide()
        self.breakdown.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.breakdown.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.breakdown.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        keep_titles(self.breakdown.horizontalHeader())
        self.gap_model = GapModel(self)
        self.gaps = _view(self.gap_model, "gapHeatmap", self.tr("PMO versus TMO gap by criterion"))
        self.gaps.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        keep_titles(self.gaps.horizontalHeader())
        self.gaps.horizontalHeader().setMinimumHeight(44)
        self.gaps.verticalHeader().setMaximumWidth(220)
        self.gaps.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.gaps.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.gap_legend = QLabel()
        self.gap_legend.setWordWrap(True)
        self.discuss = QLabel()
        self.discuss.setObjectName("discussThese")
        self.discuss.setWordWrap(True)
        self.discuss.setTextFormat(Qt.TextFormat.RichText)
        self.discuss.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.budget = QDoubleSpinBox()
        self.budget.setAccessibleName(self.tr("Budget"))
        self.budget.setRange(0, 1e12)
        self.budget.setDecimals(0)
        self.budget.setGroupSeparatorShown(True)
        self.budget.setSingleStep(10000)
        self.budget.editingFinished.connect(self._budget_changed)
        self.fit = QLabel()
        self.fit.setObjectName("budgetFit")
        self.fit.setWordWrap(True)
        self.fit.setTextFormat(Qt.TextFormat.RichText)
        self.save_budget = QPushButton(self.tr("Keep as the workshop's &budget"))
        self.save_budget.clicked.connect(self._store_budget)
        budget_caption = QLabel(self.tr("B&udget:"))
        budget_caption.setBuddy(self.budget)
        self.budget_row.addWidget(budget_caption)
        self.budget_row.addWidget(self.budget)
        self.budget_row.addWidget(self.save_budget)
        # layout: the ranking on top; below, the gap view beside what to discuss, and tabs
        gap_box = QWidget()
        gap_layout = QVBoxLayout(gap_box)
        gap_layout.setContentsMargins(0, 0, 0, 0)
        gap_title = QLabel(
            self.tr("<b>Where PMO and TMO disagree</b> (PMO score − TMO score, per criterion)")
        )
        gap_title.setWordWrap(True)
        gap_layout.addWidget(gap_title)
        gap_layout.addWidget(self.gaps, 1)
        gap_layout.addWidget(self.gap_legend)
        gap_split = QSplitter(Qt.Orientation.Horizontal)
        gap_split.addWidget(gap_box)
        discuss_scroll = QScrollArea()  # a long list of gaps scrolls rather than being cut off
        discuss_scroll.setWidgetResizable(True)
        discuss_scroll.setFrameShape(QFrame.Shape.NoFrame)
        discuss_scroll.setWidget(self.discuss)
        discuss_scroll.setMinimumWidth(260)
        discuss_scroll.setAccessibleName(self.tr("Largest gaps to discuss"))
        gap_split.addWidget(discuss_scroll)
        gap_split.setStretchFactor(0, 2)
        gap_split.setStretchFactor(1, 1)
        fit_box = QWidget()
        fit_layout = QVBoxLayout(fit_box)
        fit_layout.addWidget(self.fit)
        fit_layout.addStretch(1)  # the result right under the budget, not mid-page
        self.detail_tabs = QTabWidget()
        self.detail_tabs.setDocumentMode(True)
        self.detail_tabs.setAccessibleName(self.tr("Result details"))
        self.detail_tabs.addTab(gap_split, self.tr("&Gap view"))
        self.detail_tabs.addTab(self.breakdown, self.tr("Per &criterion"))
        self.detail_tabs.addTab(fit_box, self.tr("Budget fi&t"))
        self.charts = ResultsCharts()
        self.detail_tabs.addTab(self.charts, self.tr("Ch&arts"))
        self.portfolio = PortfolioTab()
        self.detail_tabs.addTab(self.portfolio, self.tr("Portfo&lio"))
        shown = QSplitter(Qt.Orientation.Vertical)
        shown.addWidget(self.table)
        shown.addWidget(self.detail_tabs)
        shown.setStretchFactor(0, 2)
        shown.setStretchFactor(1, 3)
        self.content = QStackedWidget()
        self.content.addWidget(self.hidden)
        self.content.addWidget(shown)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.content, 1)

    # -- showing ---------------------------------------------------------------------------

    def show_workshop(self, data: WorkshopData, offices: Mapping[int, m.Office]) -> None:
        same = self._data is not None and self._data.workshop.id == data.workshop.id
        chosen = self.round.currentData() if same else None
        self._data, self._offices = data, offices
        self.round.clear()
        self.round.addItem(self.tr("Latest closed round"), None)
        for r in data.rounds:
            self.round.addItem(self.tr("Round {n}").format(n=r.number), r.number)
        self.round.setCurrentIndex(max(0, self.round.findData(chosen)))
        w = data.workshop
        self.weights_button.setVisible(w.pairwise_weights or w.weights_in_force == "group")
        if not same or not self.budget.hasFocus():
            self.budget.setValue(data.workshop.budget or 0)
        self._recompute()

    def follow(self, feed: WorkshopFeed) -> None:
        """The results follow the workshop's set-up and rounds, and its ratings."""
        feed.follow(
            self.show_workshop, WorkshopSetupChanged, RoundsChanged, ratings=self.ratings_changed
        )

    def ratings_changed(self, data: WorkshopData, rounds: frozenset[int]) -> None:
        """Ratings of `rounds` changed: scored again only when the round shown (or the one it
        is compared with) is among them; the earlier round is not scored again unless its
        own ratings changed."""
        self._data = data
        found = self.found
        if found is None or results.shows_ratings_of(found, rounds):
            self._recompute(results.unchanged_previous(found, rounds) if found else None)

    def _colours(self) -> tuple[str, str]:
        return office_colours(self._offices.values())

    def chosen_round(self) -> int | None:
        """The round picked in the Round box (None: the default, the latest closed round);
        the minutes and the results workbook from the menu follow it."""
        number = self.round.currentData()
        return None if number is None else int(number)

    def visible_round(self) -> int | None:
        """The round the page would show, or None when nothing may be shown yet."""
        found = self.found
        return found.round_number if found is not None and found.revealed else None

    def _moved(self, proposal_id: int) -> float | None:
        return self.found.movement.get(proposal_id) if self.found is not None else None

    def _why(self, record: object) -> str:
        """The tooltip of an office figure: why it is withheld, when it is."""
        withheld = getattr(record, "withheld", ())
        if not withheld:
            return ""
        return withheld_text(tuple(withheld))

    def _recompute(self, previous: scoring.Results | None = None) -> None:
        data = self._data
        if data is None:
            return
        names = {i: o.name for i, o in self._offices.items()}
        budget = self.budget.value() or None
        self.found = results.compute(
            data, names, self.chosen_round(), budget=budget, previous=previous
        )
        view = self.found
        found = view.results
        if found.round_number is None:
            self.hidden.setText(
                self.tr(
                    "No closed round with ratings yet. Results appear here once a round is "
                    "closed; pick an open round in the Round box to follow it."
                )
            )
            self.content.setCurrentIndex(0)
            self.summary.clear()
            self.portfolio.clear()
            return
        if not view.revealed:
            self.hidden.setText(
                self.tr(
                    "<h2>Round {n} is blind and still open</h2>{rated} of {total} ballots "
                    "complete, {partial} started. Results are shown when the round is closed."
                ).format(
                    n=found.round_number,
                    rated=found.rated,
                    total=found.expected,
                    partial=found.partial,
                )
            )
            self.content.setCurrentIndex(0)
            self.summary.clear()
            self.portfolio.clear()
            return
        self.content.setCurrentIndex(1)
        summary = self.tr(
            "Round {n}: {rated} of {total} ballots complete, {partial} started. Dissent is "
            "flagged at {threshold} (this workshop's threshold)."
        ).format(
            n=found.round_number,
            rated=found.rated,
            total=found.expected,
            partial=found.partial,
            threshold=QLocale().toString(view.threshold, "f", 2),
        )
        if view.round is not None and view.round.status == m.RoundStatus.OPEN:
            summary += " " + self.tr("The round is still open: figures change as ratings come.")
        if data.workshop.weights_in_force == "group":
            summary += " " + self.tr(
                "Criterion weights: the group's, from the pairwise comparisons (AHP)."
            )
        if view.any_withheld:
            summary += " " + self.tr(
                "— withheld for privacy: fewer than two participants of an office rated it."
            )
        self.summary.setText(summary)
        keep = self.table.currentIndex().row()
        self.table_model.set_records(found.proposals)
        if found.proposals:
            self.table.selectRow(max(0, min(keep, len(found.proposals) - 1)))
        self.gap_model.set_results(found, tuple(c.name for c in data.criteria), self._colours())
        self.charts.show_results(found, *self._colours())
        self.gap_legend.setText(self.gap_model.legend())
        self._show_discuss(found)
        self._show_fit()
        self.portfolio.show_funding(view, budget, self._ctx.workspace)

    def _show_breakdown(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.found is None:
            self.breakdown_model.set_records(())
            return
        self.breakdown_model.set_records(self.table_model.record(rows[0].row()).criteria)

    def _show_discuss(self, found: scoring.Results) -> None:
        titles = {p.proposal_id: p.title for p in found.proposals}
        criteria = {c.id: c.name for c in self._data.criteria} if self._data else {}
        items = []
        for gap in found.largest_gaps(5):
            where = criteria.get(gap.criterion_id, "") if gap.criterion_id else self.tr("overall")
            side = self.tr("PMO higher") if gap.gap > 0 else self.tr("TMO higher")
            items.append(
                f"<li><b>{escape(titles.get(gap.proposal_id, ''))}</b> — "
                f"{escape(where)}: {signed(gap.gap)} ({side})</li>"
            )
        if not items:  # no PMO and TMO figures side by side (none given, or withheld)
            self.discuss.setText(
                self.tr(
                    "<b>Discuss these</b> — no gap can be shown: it needs figures from both "
                    "the PMO and the TMO."
                )
            )
            return
        self.discuss.setText(
            self.tr("<b>Discuss these</b> — the largest gaps between the offices:")
            + "<ol>"
            + "".join(items)
            + "</ol>"
        )

    def _show_fit(self) -> None:
        found = self.found
        if found is None or found.fit is None:
            self.fit.setText(
                self.tr(
                    "Enter a budget to see which proposals give the highest total score within it."
                )
            )
            return
        titles = {p.proposal_id: p.title for p in found.results.proposals}
        chosen = "".join(f"<li>{escape(titles.get(i, ''))}</li>" for i in found.fit.chosen)
        locale = QLocale()
        self.fit.setText(
            self.tr(
                "<b>Best use of the budget</b> (exact): total score {score}, cost {cost} of "
                "{budget}<ul>{items}</ul>"
            ).format(
                score=one(found.fit.total_score),
                cost=locale.toString(found.fit.total_cost, "f", 0),
                budget=locale.toString(found.fit.budget, "f", 0),
                items=chosen or "<li>—</li>",
            )
        )

    def show_weights(self) -> None:
        """Criteria weights…: the pairwise comparisons' weights, to adopt or not."""
        from pmo_tmo_desktop.ui.workshop.results.weights_dialog import WeightsDialog

        if self._data is not None:
            WeightsDialog.ask(self._ctx, self._data.workshop, self)

    def _budget_changed(self) -> None:
        self._recompute()

    def _store_budget(self) -> None:
        ws, data = self._ctx.workspace, self._data
        if ws is None or data is None:
            return
        value = self.budget.value() or None
        self._ctx.run(
            self.tr("Set budget"),
            lambda: entities.edit(ws, "workshop", data.workshop.id, budget=value),
        )
