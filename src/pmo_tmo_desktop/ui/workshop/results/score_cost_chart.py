"""The chart of score against cost, one bubble per proposal, its area the expected benefit."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QWidget

from pmo_tmo_desktop.services import chart_spec
from pmo_tmo_desktop.services.chart_spec import ChartData, nice_ticks
from pmo_tmo_desktop.ui.widgets.charts import ink_for, mix
from pmo_tmo_desktop.ui.workshop.results.bubble_plot import BubblePlot, round_of
from pmo_tmo_desktop.ui.workshop.results.plot_base import (
    BUBBLE_ALPHA,
    BUBBLE_COLOUR,
    Result,
    _decimals,
    _Dot,
    _locale,
    _money,
    _one,
    _touches,
    place_label,
)


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
        self._accept(
            results, data or chart_spec.chart_data(chart_spec.SCORE_COST, round_of(results))
        )
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
