"""The chart of PMO score against TMO score, one bubble per proposal, its area the cost, with the
band where the two offices agree."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from pmo_tmo_desktop.domain.offices import PMO, PMO_COLOUR, TMO, TMO_COLOUR
from pmo_tmo_desktop.services import chart_spec
from pmo_tmo_desktop.services.chart_spec import ChartData
from pmo_tmo_desktop.ui.widgets.charts import mix
from pmo_tmo_desktop.ui.workshop.results.bubble_plot import BubblePlot, round_of
from pmo_tmo_desktop.ui.workshop.results.plot_base import (
    Result,
    _Dot,
    _money,
    _one,
    _signed,
    place_label,
)


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
        self._accept(
            results, data or chart_spec.chart_data(chart_spec.OFFICE_SCORES, round_of(results))
        )
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
