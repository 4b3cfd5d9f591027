"""The Results page's Portfolio tab: what to fund under the workshop's rules, the efficient
frontier, what each office alone would fund, how far the weights may move, and "what if"
weight sliders that re-rank and re-select live (never stored).

The funded set (`funding.decide`) is shown at once; the analyses (`funding.analyse`, seconds
on a large workshop) and slider moves run off the GUI thread on plain data, the latest
request only; a result for an outdated round, budget or rule set is dropped.
"""

from __future__ import annotations

from functools import partial
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pmo_tmo_desktop.domain.errors import ValidationError
from pmo_tmo_desktop.domain.portfolio import Selection
from pmo_tmo_desktop.domain.portfolio_weights import Reweighed, Slider
from pmo_tmo_desktop.services import analyses_kept, funding
from pmo_tmo_desktop.services.files import Workspace
from pmo_tmo_desktop.services.results import WorkshopResults
from pmo_tmo_desktop.ui.widgets.columns import keep_titles
from pmo_tmo_desktop.ui.widgets.formatting import one, withheld_text
from pmo_tmo_desktop.ui.widgets.qt_common import RIGHT
from pmo_tmo_desktop.ui.widgets.record_model import Column, RecordTableModel
from pmo_tmo_desktop.ui.workshop.results import portfolio_rows as pr
from pmo_tmo_desktop.ui.workshop.results.frontier_chart import FrontierChart
from pmo_tmo_desktop.ui.workshop.results.latest_job import LatestJob
from pmo_tmo_desktop.ui.workshop.results.plot_base import _money
from pmo_tmo_desktop.ui.workshop.results.weight_sliders import CriterionWeight, WeightSliders

CENTRE = Qt.AlignmentFlag.AlignCenter
RESOURCE = 4
"""The funded-set table's column of the second resource (headed with its name)."""


class _Model(RecordTableModel):
    """The funded-set table: one header (the resource's) follows the workshop."""

    def __init__(self, columns: list[Column], parent: QWidget) -> None:
        super().__init__(columns, parent)
        self._headers = {i: c.header for i, c in enumerate(columns)}

    def set_header(self, section: int, text: str) -> None:
        if self._headers.get(section) != text:
            self._headers[section] = text
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, section, section)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and section in self._headers
        ):
            return self._headers[section]
        return super().headerData(section, orientation, role)


def _table(model: RecordTableModel, name: str, accessible: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    keep_titles(header)
    return view


class _SliderHolder:
    """The slider of one funding decision, made on first use (on the worker's thread)."""

    def __init__(self, decided: funding.Funding) -> None:
        self.decided = decided
        self.slider: Slider | None = None

    def move(self, weights: dict[int, float]) -> Reweighed:
        if self.slider is None:
            self.slider = funding.slider(self.decided)
        return self.slider.move(weights)


class PortfolioTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.decided: funding.Funding | None = None
        self.analyses: funding.Analyses | None = None
        self.moved: Reweighed | None = None
        self._key: tuple[object, ...] | None = None
        self._analysed: tuple[object, ...] | None = None
        self._holder: _SliderHolder | None = None
        self._workspace: Workspace | None = None
        self._analysis = LatestJob(self)
        self._analysis.finished.connect(self._analysed_arrived)
        self._moves = LatestJob(self)
        self._moves.finished.connect(self._move_arrived)

        self.status = QLabel()
        self.status.setObjectName("portfolioStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.what_if = QLabel()
        self.what_if.setObjectName("portfolioWhatIf")
        self.what_if.setWordWrap(True)
        self.what_if.setTextFormat(Qt.TextFormat.RichText)
        self.what_if.hide()
        self.model = _Model(
            [
                Column(self.tr("Rank"), pr.rank_text, RIGHT),
                Column(self.tr("Proposal"), lambda r: r.title),
                Column(self.tr("Score"), lambda r: one(r.score), RIGHT),
                Column(self.tr("Cost"), lambda r: _money(r.cost), RIGHT),
                Column(self.tr("Resource"), lambda r: pr.amount(r.resource), RIGHT),
                Column(self.tr("Funded"), pr.funded_text, tooltip=pr.funded_tooltip),
                Column(
                    self.tr("Chance\nfunded"),
                    lambda r: pr.percent(r.chance),
                    RIGHT,
                    tooltip=self._chance_tip,
                ),
            ],
            self,
        )
        self.table = _table(self.model, "portfolioTable", self.tr("Proposals and the funded set"))
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.totals = QLabel()
        self.totals.setObjectName("portfolioTotals")
        self.totals.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.what_if)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.totals)

        self.sliders = WeightSliders()
        self.sliders.moved.connect(self._slid)
        self.reset = QPushButton(self.tr("Reset to set weights"))
        self.reset.setObjectName("resetWeights")
        self.reset.clicked.connect(self.sliders.reset)
        self.reset.setEnabled(False)
        slider_box = QWidget()
        slider_layout = QVBoxLayout(slider_box)
        explain = QLabel(
            self.tr(
                "Move a criterion's weight to see how the ranking and the funded set would "
                "change. Only this view changes: the workshop's weights stay as set."
            )
        )
        explain.setWordWrap(True)
        slider_layout.addWidget(explain)
        slider_layout.addWidget(self.sliders)
        reset_row = QHBoxLayout()
        reset_row.addWidget(self.reset)
        reset_row.addStretch(1)
        slider_layout.addLayout(reset_row)
        slider_layout.addStretch(1)
        slider_scroll = QScrollArea()
        slider_scroll.setWidgetResizable(True)
        slider_scroll.setWidget(slider_box)

        self.chart = FrontierChart()
        self.chart.setAccessibleName(self.tr("Efficient frontier"))
        self.office_model = RecordTableModel(
            [
                Column(self.tr("Proposal"), lambda r: r.title),
                Column(self.tr("Joint"), lambda r: r.joint, CENTRE),
                Column(self.tr("PMO alone"), lambda r: r.pmo, CENTRE, tooltip=self._office_tip),
                Column(self.tr("TMO alone"), lambda r: r.tmo, CENTRE, tooltip=self._office_tip),
                Column(self.tr("Differs"), lambda r: r.note),
            ],
            self,
        )
        self.offices = _table(
            self.office_model, "officeSets", self.tr("What the joint, PMO and TMO scores fund")
        )
        self.offices.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.office_note = QLabel()
        self.office_note.setObjectName("officeNote")
        self.office_note.setWordWrap(True)
        office_box = QWidget()
        office_layout = QVBoxLayout(office_box)
        office_layout.addWidget(self.offices, 1)
        office_layout.addWidget(self.office_note)

        self.sensitivity_model = RecordTableModel(
            [
                Column(self.tr("Criterion"), lambda b: self._criterion(b.criterion_id)),
                Column(self.tr("Weight\nnow"), lambda b: pr.weight_text(b.weight), RIGHT),
                Column(
                    self.tr("Top stays\nwithin"),
                    lambda b: pr.bounds_text(b.top),
                    RIGHT,
                    tooltip=pr.sensitivity_tooltip,
                ),
                Column(
                    self.tr("Funded set\nstays within"), lambda b: pr.bounds_text(b.funded), RIGHT
                ),
            ],
            self,
        )
        self.sensitivity = _table(
            self.sensitivity_model, "sensitivityTable", self.tr("How far each weight may move")
        )
        self.sensitivity.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.sensitivity_note = QLabel()
        self.sensitivity_note.setWordWrap(True)
        sensitivity_box = QWidget()
        sensitivity_layout = QVBoxLayout(sensitivity_box)
        sensitivity_layout.addWidget(self.sensitivity_note)
        sensitivity_layout.addWidget(self.sensitivity, 1)

        self.views = QTabWidget()
        self.views.setDocumentMode(True)
        self.views.setAccessibleName(self.tr("Portfolio views"))
        self.views.addTab(slider_scroll, self.tr("What if"))
        self.views.addTab(self.chart, self.tr("Fro&ntier"))
        self.views.addTab(office_box, self.tr("P&MO · TMO · joint"))
        self.views.addTab(sensitivity_box, self.tr("Sensitivit&y"))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.views)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        # at 1280 x 800: the views' four tab captions whole in German, French and Spanish too
        split.setSizes([500, 520])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        self.clear()

    # -- showing ---------------------------------------------------------------------------

    def clear(self) -> None:
        """Nothing to decide (no revealed round): drop what was shown and what is coming."""
        self.decided, self.analyses, self.moved = None, None, None
        self._key = self._analysed = None
        self._analysis.cancel_waiting()
        self._moves.cancel_waiting()
        self.status.setText(self.tr("No revealed round to decide on."))
        self.model.set_records(())
        self.office_model.set_records(())
        self.sensitivity_model.set_records(())
        self.totals.clear()
        self.office_note.clear()
        self.what_if.hide()
        self.chart.set_data((), (), None, str, "")

    def show_funding(
        self, found: WorkshopResults, budget: float | None, ws: Workspace | None = None
    ) -> None:
        """Decide what to fund in the round `found` shows (at once), then analyse it (off the
        GUI thread, unless the workspace `ws` kept its analyses) and follow the sliders."""
        self._workspace = ws
        try:
            decided = funding.decide(found, budget)
        except ValidationError as exc:
            self.clear()
            self.status.setText(escape(str(exc)))
            return
        criteria = sorted(found.prepared.criteria, key=lambda c: (c.position, c.id))
        # The question the analyses answer (rules, scores, the round's ratings, weights): a
        # rating that moves no score still asks a new one, and an answer is kept only under
        # the question it answers.
        key = (found.data.workshop.id, found.round_number, analyses_kept.digest(decided))
        self.decided = decided
        self._holder = _SliderHolder(decided)
        self.sliders.set_criteria([CriterionWeight(c.id, c.name, c.weight) for c in criteria])
        problem = decided.problem
        uses = problem.resource_name or problem.resource_limit is not None
        self.model.set_header(RESOURCE, problem.resource_name or self.tr("Resource"))
        self.table.setColumnHidden(RESOURCE, not uses)
        if key != self._key:
            self._key = key
            self.analyses = None
            self._analysed = None
            kept = analyses_kept.known(ws, decided)
            if kept is None:
                self._analysis.submit(key, partial(funding.analyse, decided))
            else:
                self.analyses, self._analysed = kept, key
        self.moved = None
        self._show()
        if self.sliders.is_moved():
            self._slid(self.sliders.weights())

    def _show(self) -> None:
        decided = self.decided
        if decided is None:
            return
        chance = self.analyses.probability if self.analyses is not None else None
        keep = self.table.currentIndex().row()
        self.model.set_records(pr.rows(decided, self.moved, chance))
        if keep >= 0 and self.model.rowCount():
            self.table.selectRow(min(keep, self.model.rowCount() - 1))
        selection = self._selection()
        self._show_status(decided, selection)
        self.totals.setText("" if not selection.feasible else pr.totals_text(decided, selection))
        self.reset.setEnabled(self.sliders.is_moved())
        if self.moved is not None:
            self.what_if.setText(
                self.tr(
                    "<b>What if:</b> ranks and the funded set under the moved weights. "
                    "Nothing is stored; “Reset to set weights” shows the decision again."
                )
            )
        self.what_if.setVisible(self.moved is not None)
        self.office_model.set_records(pr.office_rows(decided))
        note = pr.offices_summary(decided)
        if pr.any_withheld(decided):
            note += "\n— " + withheld_text(("withheld",))
        self.office_note.setText(note)
        self._show_analyses()

    def _selection(self) -> Selection:
        assert self.decided is not None
        if self.moved is not None and self.moved.selection is not None:
            return self.moved.selection
        return self.decided.selection

    def _show_status(self, decided: funding.Funding, selection: Selection) -> None:
        busy = self.analyses is None
        analysing = (" " + self.tr("Analysing…")) if busy else ""
        if not selection.feasible:
            items = "".join(f"<li>{escape(t)}</li>" for t in pr.conflicts(decided, selection))
            self.status.setText(
                self.tr(
                    "<b>No set can be funded:</b> these rules cannot all hold together"
                    "<ul>{items}</ul>Change one of them on the Set-up page, or the budget."
                ).format(items=items)
                + escape(analysing)
            )
            return
        self.status.setText(
            self.tr(
                "<b>Funded under the workshop's rules</b> (round {n}, the best total score "
                "within the budget and every rule)."
            ).format(n=decided.round_number)
            + escape(analysing)
        )

    def _show_analyses(self) -> None:
        decided, analyses = self.decided, self.analyses
        if decided is None:
            return
        title = pr.title_of(decided)
        if analyses is None:
            self.chart.set_data((), (), decided.budget, title, self.tr("Analysing…"))
            self.sensitivity_model.set_records(())
            self.sensitivity_note.setText(self.tr("Analysing…"))
            return
        self.chart.set_data(
            analyses.frontier,
            analyses.ranking,
            decided.budget,
            title,
            self.tr("No set satisfies the rules at any budget."),
        )
        self.sensitivity_model.set_records(analyses.sensitivity)
        self.sensitivity_note.setText(
            self.tr(
                "How far each criterion's weight may move, the others held, before the top "
                "proposal or the funded set changes."
            )
        )

    # -- the worker's results --------------------------------------------------------------

    def _analysed_arrived(self, token: object, result: object) -> None:
        if token != self._key:
            return  # for a round, budget or rule set no longer shown
        if isinstance(result, Exception):
            self.status.setText(
                self.tr("The analysis could not be completed: {error}").format(
                    error=escape(str(result))
                )
            )
            return
        assert isinstance(result, funding.Analyses)
        self.analyses = result
        self._analysed = token
        if self.decided is not None:  # for the minutes, the pack and later sessions
            analyses_kept.keep(self._workspace, self.decided, result)
        self._show()

    def _slid(self, weights: dict[int, float]) -> None:
        if self._holder is None or self._key is None:
            return
        if not self.sliders.is_moved():
            self._moves.cancel_waiting()
            self.moved = None
            self._show()
            return
        self.reset.setEnabled(True)
        self._moves.submit(
            (self._key, tuple(sorted(weights.items()))), partial(self._holder.move, weights)
        )

    def _move_arrived(self, token: object, result: object) -> None:
        assert isinstance(token, tuple)
        if token[0] != self._key or not self.sliders.is_moved():
            return
        if isinstance(result, Exception):
            self.what_if.setText(escape(str(result)))
            self.what_if.show()
            return
        assert isinstance(result, Reweighed)
        self.moved = result
        self._show()

    def idle(self) -> bool:
        """No analysis or slider move still running or waiting."""
        return self._analysis.idle() and self._moves.idle()

    # -- cell helpers ----------------------------------------------------------------------

    def _criterion(self, criterion_id: int) -> str:
        return next(
            (c.name for c in self.sliders.criteria if c.id == criterion_id), str(criterion_id)
        )

    def _chance_tip(self, row: pr.Row) -> str:
        draws = self.analyses.draws if self.analyses is not None else 0
        return self.tr(
            "Share of %n random weightings (each weight wobbling around its set value) "
            "under which it is funded",
            "",
            draws,
        )

    def _office_tip(self, row: pr.OfficeRow) -> str:
        return withheld_text(("withheld",)) if row.withheld else ""
