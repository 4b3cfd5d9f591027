"""Charts of a round's results: score against cost (score_cost_chart), and PMO score against
TMO score (office_score_chart), side by side with their titles, captions and what was left out.

What each chart plots (its axes and their ranges, what a bubble's area stands for, which
proposals are left out and why) is decided once in `services.chart_spec`; the PDF minutes draw
the same specification. Painted with QPainter (the app ships PySide6-Essentials, without Qt
Charts) in the manner of `charts.StackedBarChart`: palette-aware colours, tooltips with the
exact numbers, a hit test the tests use (`point_at`, `position_of`), and an accessible
description listing every proposal.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from pmo_tmo_desktop.domain import scoring
from pmo_tmo_desktop.domain.offices import PMO_COLOUR, TMO_COLOUR
from pmo_tmo_desktop.services import chart_spec
from pmo_tmo_desktop.services.chart_spec import nice_ticks
from pmo_tmo_desktop.services.results import WorkshopResults
from pmo_tmo_desktop.ui.widgets.charts import mix
from pmo_tmo_desktop.ui.workshop.results.office_score_chart import OfficeScoreChart
from pmo_tmo_desktop.ui.workshop.results.score_cost_chart import ScoreCostChart

__all__ = ["OfficeScoreChart", "ResultsCharts", "ScoreCostChart", "nice_ticks"]


class ResultsCharts(QWidget):
    """The two charts of a round's results, side by side, or stacked when the room is narrow."""

    NARROW = 860

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Results charts"))
        self._muted_labels: list[QLabel] = []
        self.bubble_chart = ScoreCostChart()
        self.bubble_chart.setObjectName("scoreCostChart")
        self.bubble_chart.setAccessibleName(self.tr("Score against cost"))
        self.scatter_chart = OfficeScoreChart()
        self.scatter_chart.setObjectName("pmoTmoChart")
        self.scatter_chart.setAccessibleName(self.tr("PMO score against TMO score"))
        self.bubble_missing = self._note("scoreCostNotPlotted")
        self.scatter_missing = self._note("pmoTmoNotPlotted")
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.row.setSpacing(24)
        for title, caption, chart, missing in (
            (
                self.tr("Score against cost"),
                self.tr(
                    "Bubble area shows the expected benefit; the number is the rank. "
                    "Top left: high score at low cost."
                ),
                self.bubble_chart,
                self.bubble_missing,
            ),
            (
                self.tr("PMO score against TMO score"),
                self.tr(
                    "Bubble area shows the cost. Above the diagonal the TMO rates a proposal "
                    "higher, below it the PMO. The shaded band: the offices agree within "
                    "±{band} points."
                ).format(band=round(chart_spec.OFFICE_SCORES.band)),
                self.scatter_chart,
                self.scatter_missing,
            ),
        ):
            panel = QVBoxLayout()
            panel.setSpacing(4)
            panel.addWidget(self._title(title))
            panel.addWidget(self._note("", caption))
            panel.addWidget(chart, 1)
            panel.addWidget(missing)
            self.row.addLayout(panel, 1)
        content = QWidget()
        content.setLayout(self.row)
        self.row.setContentsMargins(12, 8, 12, 8)
        self.scroller = QScrollArea()
        self.scroller.setAccessibleName(self.tr("Results charts"))
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroller)

    def _title(self, text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        label.setFont(font)
        return label

    def _note(self, name: str, text: str = "") -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        self._muted_labels.append(label)
        self._tint_muted()
        return label

    def _tint_muted(self) -> None:
        """Secondary text: the palette's text part-way to the background, light or dark."""
        palette = self.palette()
        colour = mix(palette.text().color(), palette.window().color(), 0.4)
        for label in self._muted_labels:
            own = label.palette()
            own.setColor(QPalette.ColorRole.WindowText, colour)
            label.setPalette(own)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._tint_muted()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        narrow = event.size().width() < self.NARROW
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self.row.direction() != direction:
            self.row.setDirection(direction)
        super().resizeEvent(event)

    # -- showing ---------------------------------------------------------------------------

    def show_results(
        self, found: WorkshopResults | scoring.Results, pmo_colour: str, tmo_colour: str
    ) -> None:
        pmo, tmo = QColor(pmo_colour), QColor(tmo_colour)
        pmo = pmo if pmo.isValid() else QColor(PMO_COLOUR)
        tmo = tmo if tmo.isValid() else QColor(TMO_COLOUR)
        results = found.results if isinstance(found, WorkshopResults) else found
        shown = results.proposals
        self.bubble_chart.set_results(shown, chart_spec.score_cost(results))
        office = chart_spec.office_scores(results)
        self.scatter_chart.set_results(shown, pmo, tmo, office)
        for chart, label in (
            (self.bubble_chart, self.bubble_missing),
            (self.scatter_chart, self.scatter_missing),
        ):
            left_out = chart.unplotted
            # when nothing is plotted, the chart itself says why
            label.setVisible(bool(left_out) and chart.plotted_any())
            text = self.tr("Not plotted: {items}").format(
                items=", ".join(
                    self.tr("{title} ({reason})").format(title=r.title, reason=why)
                    for r, why in left_out
                )
            )
            data = chart.data
            if data is not None and any(x.withheld for x in data.left_out):
                text += " " + self.tr(
                    "A withheld score is kept back for privacy: fewer than two of that "
                    "office's participants rated the proposal."
                )
            label.setText(text)
        self.setAccessibleDescription(
            "\n".join(
                (
                    self.bubble_chart.accessibleDescription(),
                    self.scatter_chart.accessibleDescription(),
                )
            )
        )
