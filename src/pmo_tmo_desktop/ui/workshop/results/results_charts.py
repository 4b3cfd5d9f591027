"""Charts of a round's results: score against cost, and PMO score against TMO score.

What each chart plots (its axes and their ranges, what a bubble's area stands for, which
proposals are left out and why) is decided once in `services.chart_spec`; the PDF minutes draw
the same specification. Painted with QPainter (the app ships PySide6-Essentials, without Qt
Charts) in the manner of `charts.StackedBarChart`: palette-aware colours, tooltips with the
exact numbers, a hit test the tests use (`point_at`, `position_of`), and an accessible
description listing every proposal.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import (
    QEvent,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pmo_tmo_desktop.domain import scoring
from pmo_tmo_desktop.domain.offices import PMO, PMO_COLOUR, TMO, TMO_COLOUR
from pmo_tmo_desktop.services import chart_spec
from pmo_tmo_desktop.services.chart_spec import ChartData, nice_ticks
from pmo_tmo_desktop.services.results import WorkshopResults
from pmo_tmo_desktop.ui.widgets.charts import ink_for, mix
from pmo_tmo_desktop.ui.workshop.results.bubble_plot import BubblePlot
from pmo_tmo_desktop.ui.workshop.results.plot_base import (
    BUBBLE_ALPHA,
    BUBBLE_COLOUR,
    Result,
    _decimals,
    _Dot,
    _locale,
    _money,
    _one,
    _signed,
    _touches,
    place_label,
)

__all__ = ["OfficeScoreChart", "ResultsCharts", "ScoreCostChart", "nice_ticks"]


class ScoreCostChart(BubblePlot):
    """Score (y, 0–100) against estimated cost (x, from 0); bubble area proportional to the
    expected benefit (`chart_spec.SCORE_COST`).

    Bubbles carry their rank; short titles go beside them where they overlap nothing, else
    only the tooltip names them. Bubbles of a split room (the dissent flag) get a dashed ring.
    """

    MARK_DISSENT = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hint = QRectF()
        self._hint_text = ""

    def set_results(self, results: Sequence[Result], data: ChartData | None = None) -> None:
        self._accept(results, data or chart_spec.chart_data(chart_spec.SCORE_COST, _of(results)))
        self._explain(self.tr("Nothing to plot: no proposal has both a score and a cost."))
        self.setAccessibleDescription(
            "\n".join(
                self.tr(
                    "Rank {rank}, {title}: score {score}, cost {cost}, benefit {benefit}."
                ).format(
                    rank=r.rank or "—",
                    title=r.title,
                    score=_one(r.score),
                    cost=_money(r.cost),
                    benefit=_money(r.benefit),
                )
                for r in self.results
            )
        )

    def _radii(self, width: float, height: float) -> tuple[float, float]:
        """(least, largest) bubble radius: the least holds a two-digit rank."""
        least = QFontMetricsF(self._bold()).horizontalAdvance("88") / 2 + 4
        room = min(width, height)
        largest = max(least + 4, min(28.0, room * 0.055))
        return least, self._grow(least, largest, min(34.0, room * 0.075))

    def _build(self) -> list[_Dot]:
        fm = QFontMetricsF(self.font())
        w, h, m = float(self.width()), float(self.height()), self.MARGIN
        plotted = self._points()
        least, largest = self._radii(w, h)
        legend_h = self._place_legend(least, largest)
        left, bottom = self._margins()
        top = m + legend_h + max(largest, fm.height() / 2)
        xs = [p.x for _r, p in plotted]
        right = max(largest, fm.horizontalAdvance(_money(max(xs, default=1.0) * 1.25)) / 2) + m
        plot_w = max(40.0, w - left - right)
        top_value = max((p.bubble or 0.0 for _r, p in plotted), default=0.0)
        radii = [self.radius_for(p.bubble, top_value, least, largest) for _r, p in plotted]
        ticks = nice_ticks(max(xs, default=0.0), max(2, min(6, int(plot_w // 70))))
        # the axis runs on past the last tick where the costliest bubbles need the room
        span = max(
            [ticks[-1]]
            + [
                p.x * plot_w / max(1.0, plot_w - radius - (5 if r.dissent_flag else 2))
                for (r, p), radius in zip(plotted, radii, strict=True)
            ]
        )
        decimals = _decimals(ticks[1] - ticks[0])
        labels = [_locale().toString(float(t), "f", decimals) for t in ticks]
        room = plot_w / (len(ticks) - 1)
        widest = max(fm.horizontalAdvance(t) for t in labels) + 16
        every = next(k for k in range(1, len(ticks) + 1) if widest <= room * k)
        labels = [t if i % every == 0 else "" for i, t in enumerate(labels)]
        self._plot = QRectF(left, top, plot_w, max(40.0, h - bottom - top))
        plot = self._plot
        low, high = self.data.y_range() if self.data else (0.0, 100.0)
        self._xticks = (
            [(plot.left() + t / span * plot.width(), s) for t, s in zip(ticks, labels, strict=True)]
            if plotted
            else []
        )
        self._yticks = self._score_ticks(plot.bottom(), plot.height() / (high - low))
        self._hint_text = self.tr("↖ better: higher score, lower cost")
        hint_w = QFontMetricsF(self._hint_font()).horizontalAdvance(self._hint_text) + 2
        self._hint = QRectF(plot.left() + 6, plot.top() + 4, hint_w, fm.height())
        accent = QColor(BUBBLE_COLOUR)
        dots = [
            _Dot(
                r,
                QPointF(
                    plot.left() + p.x / span * plot.width(),
                    plot.bottom() - (p.y - low) / (high - low) * plot.height(),
                ),
                radius,
                accent,
            )
            for (r, p), radius in zip(plotted, radii, strict=True)
        ]
        if any(_touches(self._hint, d.centre, d.radius) for d in dots):
            self._hint = QRectF()  # a bubble sits there: the wash alone hints
        self._place_titles(dots)
        dots.sort(key=lambda d: -d.radius)  # the small ones painted last, on top
        return dots

    def _place_titles(self, dots: list[_Dot]) -> None:
        fm = QFontMetricsF(self._title_font())
        widest = min(180.0, self._plot.width() * 0.4)
        taken = [self._hint]
        circles = [(d.centre, d.radius + (3 if d.result.dissent_flag else 0)) for d in dots]
        for dot in sorted(dots, key=lambda d: (d.result.rank or 0, d.result.proposal_id)):
            dot.label = fm.elidedText(dot.result.title, Qt.TextElideMode.ElideRight, widest)
            size = QSizeF(fm.horizontalAdvance(dot.label) + 2, fm.height())
            bounds = self._plot.adjusted(2, 2, 0, -2)
            dot.label_rect = place_label(size, dot.centre, dot.radius, bounds, taken, circles)
            if dot.label_rect is not None:
                taken.append(dot.label_rect)

    def _title_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.9))
        return small

    def _hint_font(self) -> QFont:
        italic = QFont(self.font())
        italic.setItalic(True)
        return italic

    def paintEvent(self, event: QPaintEvent) -> None:
        dots = self._layout()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self._plot
        if dots:  # a light wash towards the top-left corner: high score, low cost
            wash = QLinearGradient(plot.topLeft(), plot.center())
            wash.setColorAt(0, self._tint(22))
            wash.setColorAt(1, self._tint(0))
            painter.fillRect(plot, QBrush(wash))
        self._paint_axes(painter)
        if dots and not self._hint.isEmpty():
            painter.setFont(self._hint_font())
            painter.setPen(self._muted())
            painter.drawText(self._hint, Qt.AlignmentFlag.AlignLeft, self._hint_text)
            painter.setFont(self.font())
        bubbles = {p.proposal_id: p.bubble for _r, p in self._points()}
        window = self.palette().window().color()
        for dot in dots:
            self._paint_bubble(
                painter,
                dot.centre,
                dot.radius,
                dashed=bubbles.get(dot.result.proposal_id) is None,
                hovered=dot.result.proposal_id == self._hover,
            )
            if dot.result.dissent_flag:
                self._paint_ring(painter, dot.centre, dot.radius + 3)
        painter.setFont(self._bold())
        fm, written = QFontMetricsF(self._bold()), list[QRectF]()
        for dot in reversed(dots):  # the top-most first; a rank that would overlap one is left out
            rank = "" if dot.result.rank is None else str(dot.result.rank)
            box = QRectF(0, 0, fm.horizontalAdvance(rank), fm.ascent())
            box.moveCenter(dot.centre)
            if rank and not any(box.intersects(other) for other in written):
                written.append(box)
                painter.setPen(ink_for(mix(window, dot.colour, BUBBLE_ALPHA / 255)))
                painter.drawText(box.adjusted(-4, -4, 4, 4), Qt.AlignmentFlag.AlignCenter, rank)
        self._paint_labels(painter, self._title_font())
        self._paint_legend(painter)
        self._paint_empty(painter)
        painter.end()


class OfficeScoreChart(BubblePlot):
    """PMO score (x) against TMO score (y) on a square 0–100 plot; bubble area proportional to
    the cost (`chart_spec.OFFICE_SCORES`).

    Bubbles above the diagonal (the TMO rates the proposal higher) take the TMO colour, below
    it the PMO colour; the band of agreement around the diagonal is shaded.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pmo_colour, self.tmo_colour = QColor(PMO_COLOUR), QColor(TMO_COLOUR)
        self._corners: list[tuple[QRectF, str, QColor]] = []

    def set_results(
        self,
        results: Sequence[Result],
        pmo: QColor,
        tmo: QColor,
        data: ChartData | None = None,
    ) -> None:
        self.pmo_colour, self.tmo_colour = pmo, tmo
        self._accept(results, data or chart_spec.chart_data(chart_spec.OFFICE_SCORES, _of(results)))
        self._explain(self.tr("Nothing to plot: no proposal has both a PMO and a TMO score."))
        self.setAccessibleDescription(
            "\n".join(
                self.tr("Rank {rank}, {title}: PMO {pmo}, TMO {tmo}, gap {gap}.").format(
                    rank=r.rank or "—",
                    title=r.title,
                    pmo=_one(r.pmo_score),
                    tmo=_one(r.tmo_score),
                    gap=_signed(r.gap),
                )
                + " "
                + self.tr("Cost {cost}.").format(cost=_money(r.cost))
                for r in self.results
            )
        )

    def _office_colour(self, office: str) -> QColor:
        if office == PMO:
            return QColor(self.pmo_colour)
        if office == TMO:
            return QColor(self.tmo_colour)
        return self._muted()

    def colour_for(self, r: Result) -> QColor:
        """The colour of the office that rates the proposal higher (grey when they agree)."""
        return self._office_colour(chart_spec.higher(r.pmo_score, r.tmo_score))

    def _spec(self) -> chart_spec.ChartSpec:
        return self.data.spec if self.data else chart_spec.OFFICE_SCORES

    def _ranges(self) -> tuple[tuple[float, float], tuple[float, float]]:
        if self.data is None:
            return (0.0, 100.0), (0.0, 100.0)
        return self.data.x_range(), self.data.y_range()

    def _build(self) -> list[_Dot]:
        fm = QFontMetricsF(self.font())
        m = self.MARGIN
        w, h = float(self.width()), float(self.height())
        least = 4.0
        largest = max(least + 4, min(20.0, min(w, h) * 0.045))
        largest = self._grow(least, largest, min(26.0, min(w, h) * 0.06))
        legend_h = self._place_legend(least, largest)
        left, bottom = self._margins()
        top = m + legend_h + fm.height() / 2
        right = m + fm.horizontalAdvance("100") / 2
        avail_w = w - left - right
        avail_h = h - top - bottom
        side = max(40.0, min(avail_w, avail_h))
        self._plot = QRectF(left + max(0.0, (avail_w - side) / 2), top, side, side)
        plot = self._plot
        (x_low, x_high), (y_low, y_high) = self._ranges()
        self._yticks = self._score_ticks(plot.bottom(), side / (y_high - y_low))
        along = self._score_ticks(0.0, side / (x_high - x_low))  # 0 at 0, values going negative
        self._xticks = [(plot.left() - x, s) for x, s in along]
        self._corners = []
        pad = 6.0
        spec = self._spec()
        above = chart_spec.OFFICE_OF.get(spec.y.quantity, "")
        below = chart_spec.OFFICE_OF.get(spec.x.quantity, "")
        words = {"pmo": self.tr("PMO rates higher"), "tmo": self.tr("TMO rates higher")}
        for office, at_top in ((above, True), (below, False)):
            if not office:
                continue
            text = words[office]
            tw = fm.horizontalAdvance(text) + 2
            rect = (
                QRectF(plot.left() + pad, plot.top() + pad, tw, fm.height())
                if at_top
                else QRectF(
                    plot.right() - pad - tw, plot.bottom() - pad - fm.height(), tw, fm.height()
                )
            )
            colour = self._office_colour(office)
            self._corners.append((rect, text, mix(colour, self._text(), 0.25)))
        plotted = self._points()
        top_value = self.data.largest_bubble if self.data else 0.0
        dots = [
            _Dot(
                r,
                self._at(p.x, p.y),
                self.radius_for(p.bubble, top_value, least, largest),
                self._office_colour(p.higher),
                str(r.rank) if r.rank is not None else "",
            )
            for r, p in plotted
        ]
        bfm = QFontMetricsF(self._bold())
        taken = [rect for rect, _t, _c in self._corners]
        circles = [(d.centre, d.radius) for d in dots]
        bounds = plot.adjusted(-m, -fm.height() / 2 + 1, m, m)
        ordered = sorted(dots, key=lambda d: (d.result.rank or 0, d.result.proposal_id))
        for dot in ordered:
            size = QSizeF(bfm.horizontalAdvance(dot.label) + 2, bfm.height() - 2)
            dot.label_rect = place_label(size, dot.centre, dot.radius, bounds, taken, circles)
            if dot.label_rect is not None:
                taken.append(dot.label_rect)
        for dot in ordered:  # a bubble inside a larger one: its label goes outside that one
            if dot.label_rect is not None:
                continue
            centre = _xy(dot.centre)
            reach = max(
                (
                    other.radius + math.dist(centre, _xy(other.centre))
                    for other in dots
                    if other is not dot and math.dist(centre, _xy(other.centre)) < other.radius
                ),
                default=0.0,
            )
            if reach > dot.radius:
                size = QSizeF(bfm.horizontalAdvance(dot.label) + 2, bfm.height() - 2)
                dot.label_rect = place_label(size, dot.centre, reach, bounds, taken, circles)
                if dot.label_rect is not None:
                    taken.append(dot.label_rect)
        dots.sort(key=lambda d: -d.radius)  # the small ones painted last, on top
        return dots

    def _at(self, x: float, y: float) -> QPointF:
        """Where data coordinates (x along the x axis, y up the y axis) lie on the widget."""
        plot = self._plot
        (x_low, x_high), (y_low, y_high) = self._ranges()
        return QPointF(
            plot.left() + (x - x_low) * plot.width() / (x_high - x_low),
            plot.bottom() - (y - y_low) * plot.height() / (y_high - y_low),
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        dots = self._layout()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        spec = self._spec()
        (low, high), _ = self._ranges()
        band = spec.band
        if spec.diagonal and band > 0:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._tint(18))
            painter.drawPolygon(
                QPolygonF(
                    [
                        self._at(low, low),
                        self._at(low + band, low),
                        self._at(high, high - band),
                        self._at(high, high),
                        self._at(high - band, high),
                        self._at(low, low + band),
                    ]
                )
            )
            painter.setBrush(Qt.BrushStyle.NoBrush)
        self._paint_axes(painter)
        if spec.diagonal:
            painter.setPen(QPen(self._tint(120), 1.2, Qt.PenStyle.DashLine))
            painter.drawLine(self._at(low, low), self._at(high, high))
            self._paint_diagonal_text(painter, band)
        for rect, text, colour in self._corners:
            painter.setPen(colour)
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft, text)
        bubbles = {p.proposal_id: p.bubble for _r, p in self._points()}
        for dot in dots:
            self._paint_bubble(
                painter,
                dot.centre,
                dot.radius,
                dashed=bubbles.get(dot.result.proposal_id) is None,
                hovered=dot.result.proposal_id == self._hover,
                colour=dot.colour,
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._text())  # the exact spot, whatever the bubble's size
            painter.drawEllipse(dot.centre, 1.5, 1.5)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        self._paint_labels(painter, self._bold())
        self._paint_legend(painter)
        self._paint_empty(painter)
        painter.end()

    def _paint_diagonal_text(self, painter: QPainter, band: float) -> None:
        """'PMO = TMO' above the line near its top end, 'agree ±10' in the band near 0."""
        fm = QFontMetricsF(self.font())
        painter.setPen(self._muted())
        for text, at, above in (
            (self.tr("PMO = TMO"), 90.0, True),
            (self.tr("agree ±{band}").format(band=round(band)), 12.0, False),
        ):
            w = fm.horizontalAdvance(text) + 4
            if w > self._plot.width() * 0.5:
                continue
            painter.save()
            painter.translate(self._at(at, at))
            painter.rotate(-45)
            top = -fm.height() - 1 if above else 1.0
            painter.drawText(
                QRectF(-w / 2, top, w, fm.height()), Qt.AlignmentFlag.AlignCenter, text
            )
            painter.restore()


def _xy(point: QPointF) -> tuple[float, float]:
    return point.x(), point.y()


def _of(results: Sequence[Result]) -> scoring.Results:
    """Proposal results wrapped as a round's results (for a chart given results alone)."""
    return scoring.Results(None, tuple(results), 0, 0)


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
