"""Bubble charts of a round's results: the points a `services.chart_spec.ChartData` gives,
bubbles whose area follows its bubble quantity, the legend that says so, and the words for
the quantities plotted and for proposals left out."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QWidget

from pmo_tmo_desktop.domain import scoring
from pmo_tmo_desktop.services import chart_spec
from pmo_tmo_desktop.services.chart_spec import ChartData, LeftOut, Quantity
from pmo_tmo_desktop.ui.workshop.results.plot_base import (
    BUBBLE_ALPHA,
    BUBBLE_COLOUR,
    Result,
    _Key,
    _money,
    _Plot,
)


def axis_title(quantity: Quantity) -> str:
    """The words for what an axis shows."""
    return {
        Quantity.PMO_SCORE: QCoreApplication.translate("ResultsCharts", "PMO score"),
        Quantity.TMO_SCORE: QCoreApplication.translate("ResultsCharts", "TMO score"),
        Quantity.SCORE: QCoreApplication.translate("ResultsCharts", "Score"),
        Quantity.COST: QCoreApplication.translate("ResultsCharts", "Estimated cost"),
        Quantity.BENEFIT: QCoreApplication.translate("ResultsCharts", "Expected benefit"),
    }[quantity]


def bubble_caption(quantity: Quantity) -> str:
    """The legend's words for what a bubble's area shows."""
    return {
        Quantity.COST: QCoreApplication.translate("ResultsCharts", "Bubble area: cost"),
        Quantity.BENEFIT: QCoreApplication.translate(
            "ResultsCharts", "Bubble area: expected benefit"
        ),
    }.get(quantity, axis_title(quantity))


def _not_given(quantity: Quantity) -> str:
    return {
        Quantity.COST: QCoreApplication.translate("ResultsCharts", "no cost given"),
        Quantity.BENEFIT: QCoreApplication.translate("ResultsCharts", "no benefit given"),
    }.get(quantity, "")


def missing_reason(left: LeftOut) -> str:
    """Why a proposal is not plotted, in a few words ("no cost", "TMO score withheld")."""
    offices = {Quantity.PMO_SCORE, Quantity.TMO_SCORE}
    if set(left.missing) == offices and not left.withheld:
        return QCoreApplication.translate("ResultsCharts", "no PMO or TMO score")
    parts = []
    for quantity in left.missing:
        if quantity in left.withheld:
            parts.append(
                QCoreApplication.translate("ResultsCharts", "PMO score withheld")
                if quantity == Quantity.PMO_SCORE
                else QCoreApplication.translate("ResultsCharts", "TMO score withheld")
            )
            continue
        parts.append(
            {
                Quantity.PMO_SCORE: QCoreApplication.translate("ResultsCharts", "no PMO score"),
                Quantity.TMO_SCORE: QCoreApplication.translate("ResultsCharts", "no TMO score"),
                Quantity.SCORE: QCoreApplication.translate("ResultsCharts", "no score"),
                Quantity.COST: QCoreApplication.translate("ResultsCharts", "no cost"),
                Quantity.BENEFIT: QCoreApplication.translate("ResultsCharts", "no benefit"),
            }[quantity]
        )
    return ", ".join(parts)


class BubblePlot(_Plot):
    """What both charts share: the points of a `ChartData`, bubbles whose area follows its
    bubble quantity, and the legend that says so, on top of the plot."""

    MARK_DISSENT = False
    """Whether a split room (the dissent flag) rings its bubble."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: ChartData | None = None
        self._keys: list[list[tuple[QRectF, _Key]]] = []

    def _accept(self, results: Sequence[Result], data: ChartData) -> None:
        self.data = data
        self._set(results)
        by_id = {r.proposal_id: r for r in self.results}
        self.unplotted = [
            (by_id[left.proposal_id], missing_reason(left))
            for left in data.left_out
            if left.proposal_id in by_id
        ]
        self._titles = (axis_title(data.spec.x.quantity), axis_title(data.spec.y.quantity))

    def _points(self) -> list[tuple[Result, chart_spec.Point]]:
        """(result, point) of every plotted proposal."""
        if self.data is None:
            return []
        by_id = {r.proposal_id: r for r in self.results}
        return [(by_id[p.proposal_id], p) for p in self.data.points if p.proposal_id in by_id]

    def radius_for(self, value: float | None, top: float, least: float, largest: float) -> float:
        """Area proportional to the bubble's value (never smaller than `least`)."""
        return chart_spec.bubble_radius(value, top, least, largest)

    def _grow(self, least: float, largest: float, cap: float) -> float:
        """The largest radius, grown (up to `cap`) until the smallest value still gets more
        than `least`: areas stay truly proportional."""
        values = [p.bubble for _r, p in self._points() if p.bubble is not None and p.bubble > 0]
        if values:
            wanted = least * (max(values) / min(values)) ** 0.5
            largest = max(largest, min(wanted, cap))
        return largest

    def _legend(self, least: float, largest: float) -> list[_Key]:
        plotted = self._points()
        quantity = self.data.spec.bubble if self.data else Quantity.COST
        values = sorted({p.bubble for _r, p in plotted if p.bubble is not None and p.bubble > 0})
        keys: list[_Key] = []
        if values:
            keys.append(_Key("", bubble_caption(quantity)))
            for value in dict.fromkeys((values[0], values[-1])):
                radius = self.radius_for(value, values[-1], least, largest)
                keys.append(_Key("bubble", _money(round(value)), radius))
        marker = QFontMetricsF(self.font()).height() / 2
        if any(p.bubble is None for _r, p in plotted):
            keys.append(_Key("dashed", _not_given(quantity), marker))
        if self.MARK_DISSENT and any(r.dissent_flag for r, _p in plotted):
            keys.append(
                _Key(
                    "ring",
                    QCoreApplication.translate("ResultsCharts", "split room (dissent)"),
                    marker,
                )
            )
        return keys

    def _wrap(
        self, keys: list[_Key], width: float
    ) -> tuple[list[list[tuple[QRectF, _Key]]], float]:
        """Legend entries in lines no wider than `width`, and the height they take."""
        fm = QFontMetricsF(self.font())
        lines: list[list[tuple[QRectF, _Key]]] = [[]]
        x = y = line_h = 0.0
        for key in keys:
            w = fm.horizontalAdvance(key.text) + (2 * key.radius + 6 if key.symbol else 0)
            h = max(fm.height(), 2 * key.radius + 4)
            if lines[-1] and x + w > width:
                lines.append([])
                x, y, line_h = 0.0, y + line_h + 4, 0.0
            lines[-1].append((QRectF(x, y, w, h), key))
            x, line_h = x + w + 18, max(line_h, h)
        for line in lines:  # centre each entry vertically in its line
            tallest = max((r.height() for r, _ in line), default=0.0)
            for rect, _ in line:
                rect.translate(0, (tallest - rect.height()) / 2)
        return [line for line in lines if line], (y + line_h if keys else 0.0)

    def _place_legend(self, least: float, largest: float) -> float:
        """Lay the legend out along the top; the height it takes (with the gap below it)."""
        m = self.MARGIN
        self._keys, height = self._wrap(self._legend(least, largest), self.width() - 2 * m)
        for line in self._keys:
            for rect, _ in line:
                rect.translate(m, m)
        return height + (10 if height else 0)

    def _paint_bubble(
        self,
        painter: QPainter,
        centre: QPointF,
        radius: float,
        *,
        dashed: bool,
        hovered: bool,
        colour: QColor | None = None,
    ) -> None:
        """A translucent bubble; with a `colour` of its own, outlined in that colour."""
        accent = QColor(colour if colour is not None else BUBBLE_COLOUR)
        fill = QColor(accent)
        fill.setAlpha(BUBBLE_ALPHA // 2 if dashed else BUBBLE_ALPHA)
        light = self.palette().window().color().lightness() > 128
        edge = accent.darker(140) if light else accent.lighter(150)
        if colour is not None:
            edge = accent
        pen = QPen(self._text() if hovered else edge, 2.0 if hovered or colour is not None else 1.5)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawEllipse(centre, radius, radius)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_ring(self, painter: QPainter, centre: QPointF, radius: float) -> None:
        painter.setPen(QPen(self._text(), 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, radius, radius)

    def _paint_legend(self, painter: QPainter) -> None:
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for line in self._keys:
            for rect, key in line:
                text_x = rect.left()
                if key.symbol:
                    centre = QPointF(rect.left() + key.radius, rect.center().y())
                    if key.symbol == "ring":
                        self._paint_ring(painter, centre, key.radius - 2)
                    else:
                        dashed = key.symbol == "dashed"
                        self._paint_bubble(
                            painter, centre, key.radius, dashed=dashed, hovered=False
                        )
                    text_x += 2 * key.radius + 6
                painter.setPen(self._text())
                text = QRectF(text_x, rect.top(), rect.right() - text_x + 2, rect.height())
                painter.drawText(text, left, key.text)


def round_of(results: Sequence[Result]) -> scoring.Results:
    """Proposal results wrapped as a round's results (for a chart given results alone)."""
    return scoring.Results(None, tuple(results), 0, 0)
