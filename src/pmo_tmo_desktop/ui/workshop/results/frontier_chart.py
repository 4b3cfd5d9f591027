"""The efficient frontier: the best total score at every budget (a step line), funding strictly
in rank order beside it (dashed), and the budget in force as a vertical marker.

Painted with QPainter in the manner of the results charts: palette-aware colours, a tooltip
that names the set funded at a point, a hit test the tests use (`point_at`, `position_of`)
and an accessible description listing every step.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from pmo_tmo_desktop.domain.portfolio_frontier import FrontierPoint
from pmo_tmo_desktop.services.chart_spec import nice_ticks
from pmo_tmo_desktop.ui.widgets.charts import mix, tooltip_html
from pmo_tmo_desktop.ui.widgets.formatting import one
from pmo_tmo_desktop.ui.workshop.results.plot_base import _decimals, _locale, _money

FRONTIER, RANKING = "frontier", "ranking"
LISTED = 12
"""Titles a tooltip lists before it says how many more."""


@dataclass(frozen=True, slots=True)
class _Spot:
    kind: str
    index: int
    centre: QPointF


class FrontierChart(QWidget):
    """Total score (y) against budget (x)."""

    MARGIN = 8.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frontier: tuple[FrontierPoint, ...] = ()
        self.ranking: tuple[FrontierPoint, ...] = ()
        self.budget: float | None = None
        self.empty_text = ""
        self._title_of: Callable[[int], str] = str
        self._spots: list[_Spot] | None = None
        self._plot = QRectF()
        self._span = (1.0, 1.0)  # the axes' top values: budget, score
        self._xticks: list[tuple[float, str]] = []
        self._yticks: list[tuple[float, str]] = []
        self._hover: _Spot | None = None
        self._legend: list[tuple[QPen, str, QRectF]] = []
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(
        self,
        frontier: Sequence[FrontierPoint],
        ranking: Sequence[FrontierPoint],
        budget: float | None,
        title_of: Callable[[int], str],
        empty_text: str = "",
    ) -> None:
        """The steps to draw; `empty_text` is shown when there are none."""
        self.frontier, self.ranking = tuple(frontier), tuple(ranking)
        self.budget, self._title_of = budget, title_of
        self.empty_text = "" if self.frontier else empty_text
        self._hover = None
        lines = [
            self.tr("From a budget of {budget}: total score {score}, {count} funded.").format(
                budget=_money(p.budget), score=one(p.total_score), count=len(p.funded)
            )
            for p in self.frontier
        ]
        self.setAccessibleDescription("\n".join(lines) or self.empty_text)
        self._invalidate()

    # -- layout and hit test ---------------------------------------------------------------

    def _invalidate(self) -> None:
        self._spots = None
        self.update()

    def _layout(self) -> list[_Spot]:
        if self._spots is None:
            self._spots = self._build()
        return self._spots

    def _build(self) -> list[_Spot]:
        fm = QFontMetricsF(self.font())
        w, h, m = float(self.width()), float(self.height()), self.MARGIN
        budgets = [p.budget for p in (*self.frontier, *self.ranking)]
        if self.budget is not None:
            budgets.append(self.budget)
        scores = [p.total_score for p in (*self.frontier, *self.ranking)]
        y_ticks = nice_ticks(max(scores, default=0.0), 5)
        y_labels = [_locale().toString(float(t), "f", _decimals(y_ticks[1])) for t in y_ticks]
        left = m + fm.height() + 6 + max(fm.horizontalAdvance(t) for t in y_labels) + 6
        top = m + self._place_legend(w) + 6
        bottom = fm.height() * 2 + 10 + m
        right = m + fm.horizontalAdvance(_money(max(budgets, default=0.0))) / 2
        plot_w, plot_h = max(40.0, w - left - right), max(40.0, h - top - bottom)
        self._plot = QRectF(left, top, plot_w, plot_h)
        widest = fm.horizontalAdvance(_money(max(budgets, default=1.0) * 1.1)) + 16
        x_ticks = nice_ticks(max(budgets, default=0.0) * 1.04, max(2, min(6, int(plot_w // 80))))
        x_labels = [_locale().toString(float(t), "f", _decimals(x_ticks[1])) for t in x_ticks]
        room = plot_w / (len(x_ticks) - 1)
        every = next(k for k in range(1, len(x_ticks) + 1) if widest <= room * k)
        self._span = (x_ticks[-1], y_ticks[-1])
        self._xticks = [
            (self._x(t), s if i % every == 0 else "")
            for i, (t, s) in enumerate(zip(x_ticks, x_labels, strict=True))
        ]
        self._yticks = [(self._y(t), s) for t, s in zip(y_ticks, y_labels, strict=True)]
        spots = [
            _Spot(RANKING, i, QPointF(self._x(p.budget), self._y(p.total_score)))
            for i, p in enumerate(self.ranking)
        ]
        spots += [
            _Spot(FRONTIER, i, QPointF(self._x(p.budget), self._y(p.total_score)))
            for i, p in enumerate(self.frontier)
        ]
        return spots  # frontier last: painted on top, found first

    def _x(self, budget: float) -> float:
        return self._plot.left() + budget / self._span[0] * self._plot.width()

    def _y(self, score: float) -> float:
        return self._plot.bottom() - score / self._span[1] * self._plot.height()

    def plot_rect(self) -> QRectF:
        self._layout()
        return QRectF(self._plot)

    def position_of(self, kind: str, index: int) -> QPointF:
        """The centre of a point of the frontier or of the ranking curve."""
        return QPointF(next(s.centre for s in self._layout() if (s.kind, s.index) == (kind, index)))

    def budget_x(self) -> float | None:
        """Where the budget marker stands, or None when there is no budget."""
        self._layout()
        return None if self.budget is None else self._x(self.budget)

    def point_at(self, pos: QPoint | QPointF) -> tuple[str, int] | None:
        """(kind, index) of the point under `pos`: the nearest, the frontier's on a tie."""
        p = QPointF(pos)
        near = [
            (math.hypot(p.x() - s.centre.x(), p.y() - s.centre.y()), s.kind != FRONTIER, s)
            for s in self._layout()
        ]
        hits = sorted((d, k, s.kind, s.index) for d, k, s in near if d <= 7)
        return (hits[0][2], hits[0][3]) if hits else None

    def tooltip_at(self, pos: QPoint | QPointF) -> str:
        found = self.point_at(pos)
        if found is None:
            return ""
        kind, index = found
        point = (self.frontier if kind == FRONTIER else self.ranking)[index]
        if kind == FRONTIER:
            head = self.tr("Best set from a budget of {budget}: total score {score}").format(
                budget=_money(point.budget), score=one(point.total_score)
            )
        else:
            head = self.tr("In rank order, cost {budget}: total score {score}").format(
                budget=_money(point.budget), score=one(point.total_score)
            )
        titles = [self._title_of(i) for i in point.funded]
        lines = [head, *titles[:LISTED]]
        if len(titles) > LISTED:
            lines.append(self.tr("… and %n more", "", len(titles) - LISTED))
        if not titles:
            lines.append(self.tr("Nothing funded"))
        return "\n".join(lines)

    # -- Qt plumbing -----------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(480, 320)

    def minimumSizeHint(self) -> QSize:
        return QSize(280, 200)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._spots = None
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._invalidate()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), tooltip_html(text), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        found = self.point_at(event.position())
        hover = (
            None if found is None else next(s for s in self._layout() if (s.kind, s.index) == found)
        )
        if hover != self._hover:
            self._hover = hover
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hover is not None:
            self._hover = None
            self.update()
        super().leaveEvent(event)

    # -- painting --------------------------------------------------------------------------

    def _ink(self) -> QColor:
        return self.palette().text().color()

    def _muted(self) -> QColor:
        return mix(self._ink(), self.palette().window().color(), 0.45)

    def _accent(self) -> QColor:
        """The frontier's colour: the palette's highlight, readable on light and dark."""
        return self.palette().highlight().color()

    def _marker(self) -> QColor:
        return mix(QColor("#C2571A"), self._ink(), 0.15)

    def _steps(self, points: Sequence[FrontierPoint]) -> QPolygonF:
        """Each point's score held from its budget to the next point's, then on to the axis'
        end (more money buys nothing more)."""
        line = QPolygonF()
        for i, p in enumerate(points):
            line.append(QPointF(self._x(p.budget), self._y(p.total_score)))
            until = points[i + 1].budget if i + 1 < len(points) else self._span[0]
            line.append(QPointF(self._x(until), self._y(p.total_score)))
        return line

    def paintEvent(self, event: QPaintEvent) -> None:
        spots = self._layout()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_axes(painter)
        plot = self._plot
        if self.empty_text:
            painter.setPen(self._muted())
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(plot.adjusted(12, 12, -12, -12), flags, self.empty_text)
        if self.ranking:
            pen = QPen(self._muted(), 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawPolyline(self._steps(self.ranking))
        if self.frontier:
            painter.setPen(QPen(self._accent(), 2.2))
            painter.drawPolyline(self._steps(self.frontier))
        if self.budget is not None:
            x = self._x(self.budget)
            painter.setPen(QPen(self._marker(), 1.6))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        in_force = self._in_force()
        for spot in spots:
            accent = self._accent() if spot.kind == FRONTIER else self._muted()
            radius = 3.2 if spot.kind == FRONTIER else 2.4
            if spot.kind == FRONTIER and spot.index == in_force:
                radius = 5.0
            if spot == self._hover:
                radius += 2.0
            painter.setPen(QPen(self.palette().base().color(), 1.2))
            painter.setBrush(accent)
            painter.drawEllipse(spot.centre, radius, radius)
        self._paint_legend(painter)

    def _in_force(self) -> int | None:
        """The frontier step the budget falls on (None without a budget, or below the
        cheapest allowed set)."""
        if self.budget is None:
            return None
        within = [i for i, p in enumerate(self.frontier) if p.budget <= self.budget + 1e-9]
        return within[-1] if within else None

    def _paint_axes(self, painter: QPainter) -> None:
        plot, fm = self._plot, QFontMetricsF(self.font())
        grid = QColor(self._ink())
        grid.setAlpha(28)
        painter.setPen(QPen(grid, 0))
        for x, _ in self._xticks:
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        for y, _ in self._yticks:
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        axis = QColor(self._ink())
        axis.setAlpha(110)
        painter.setPen(QPen(axis, 0))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        painter.setPen(self._muted())
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for y, text in self._yticks:
            painter.drawText(
                QRectF(0, y - fm.height() / 2, plot.left() - 6, fm.height()), right, text
            )
        centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        for x, text in self._xticks:
            painter.drawText(QRectF(x - 100, plot.bottom() + 4, 200, fm.height()), centre, text)
        painter.setPen(self._ink())
        below = QRectF(plot.left(), plot.bottom() + fm.height() + 6, plot.width(), fm.height())
        painter.drawText(below, centre, self.tr("Budget"))
        painter.save()
        painter.translate(self.MARGIN, plot.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-plot.height() / 2, 0, plot.height(), fm.height()),
            centre,
            self.tr("Total score"),
        )
        painter.restore()

    def _legend_entries(self) -> list[tuple[QPen, str]]:
        entries = [
            (QPen(self._accent(), 2.2), self.tr("Best set for each budget")),
            (QPen(self._muted(), 1.5, Qt.PenStyle.DashLine), self.tr("Funding in rank order")),
        ]
        if self.budget is not None:
            entries.append(
                (
                    QPen(self._marker(), 1.6),
                    self.tr("Budget {budget}").format(budget=_money(self.budget)),
                )
            )
        return entries

    def _place_legend(self, width: float) -> float:
        """Lays the legend out in lines across `width`; returns its height."""
        fm = QFontMetricsF(self.font())
        x, y, self._legend = self.MARGIN, self.MARGIN, []
        for pen, text in self._legend_entries():
            size = 28 + fm.horizontalAdvance(text) + 2
            if x > self.MARGIN and x + size > width - self.MARGIN:
                x, y = self.MARGIN, y + fm.height() + 4
            self._legend.append((pen, text, QRectF(x, y, size, fm.height())))
            x += size + 18
        return y + fm.height() - self.MARGIN

    def _paint_legend(self, painter: QPainter) -> None:
        for pen, text, rect in self._legend:
            middle = rect.center().y()
            painter.setPen(pen)
            painter.drawLine(QPointF(rect.left(), middle), QPointF(rect.left() + 22, middle))
            painter.setPen(self._ink())
            painter.drawText(rect.adjusted(28, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, text)
