"""Charts of a round's results: score against cost, and PMO score against TMO score.

Painted with QPainter (the app ships PySide6-Essentials, without Qt Charts) in the manner of
`charts.StackedBarChart`: palette-aware colours, tooltips with the exact numbers, a hit test the
tests use (`point_at`, `position_of`), and an accessible description listing every proposal.
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
from pmo_tmo_desktop.ui.charts import ink_for, mix
from pmo_tmo_desktop.ui.plot_base import (
    AGREE_BAND,
    BUBBLE_ALPHA,
    BUBBLE_COLOUR,
    Result,
    _decimals,
    _Dot,
    _Key,
    _locale,
    _money,
    _one,
    _Plot,
    _signed,
    _touches,
    nice_ticks,
    place_label,
)

PMO_FALLBACK, TMO_FALLBACK = "#2F6DB5", "#2E8B57"


class ScoreCostChart(_Plot):
    """Score (y) against estimated cost (x); bubble area proportional to the expected benefit.

    Bubbles carry their rank; short titles go beside them where they overlap nothing, else
    only the tooltip names them. Bubbles of a split room (the dissent flag) get a dashed ring.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys: list[list[tuple[QRectF, _Key]]] = []
        self._hint = QRectF()
        self._hint_text = ""

    def set_results(self, results: Sequence[Result]) -> None:
        self._set(results)
        self.unplotted = []
        for r in self.results:
            if r.score is None or r.cost is None:
                if r.score is None and r.cost is None:
                    reason = self.tr("no score, no cost")
                else:
                    reason = self.tr("no score") if r.score is None else self.tr("no cost")
                self.unplotted.append((r, reason))
        self._explain(self.tr("Nothing to plot: no proposal has both a score and a cost."))
        self._titles = (self.tr("Estimated cost"), self.tr("Score"))
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

    def _plotted(self) -> list[Result]:
        return [r for r in self.results if r.score is not None and r.cost is not None]

    def _radii(self, width: float, height: float, plotted: list[Result]) -> tuple[float, float]:
        """(least, largest) bubble radius: the least holds a two-digit rank.

        The largest grows (within reason) until the smallest benefit still gets the least
        radius, so that areas stay truly proportional.
        """
        least = QFontMetricsF(self._bold()).horizontalAdvance("88") / 2 + 4
        room = min(width, height)
        largest = max(least + 4, min(28.0, room * 0.055))
        benefits = [r.benefit for r in plotted if r.benefit is not None and r.benefit > 0]
        if benefits:
            wanted = least * math.sqrt(max(benefits) / min(benefits))
            largest = max(largest, min(wanted, 34.0, room * 0.075))
        return least, largest

    def radius_for(self, benefit: float | None, top: float, least: float, largest: float) -> float:
        """Area proportional to benefit (never smaller than `least`)."""
        if benefit is None or benefit <= 0 or top <= 0:
            return least
        return max(least, largest * math.sqrt(benefit / top))

    def _legend(self, plotted: list[Result], least: float, largest: float) -> list[_Key]:
        benefits = sorted({r.benefit for r in plotted if r.benefit is not None and r.benefit > 0})
        keys: list[_Key] = []
        if benefits:
            keys.append(_Key("", self.tr("Bubble area: expected benefit")))
            for value in dict.fromkeys((benefits[0], benefits[-1])):
                radius = self.radius_for(value, benefits[-1], least, largest)
                keys.append(_Key("bubble", _money(round(value)), radius))
        marker = QFontMetricsF(self.font()).height() / 2
        if any(r.benefit is None for r in plotted):
            keys.append(_Key("dashed", self.tr("no benefit given"), marker))
        if any(r.dissent_flag for r in plotted):
            keys.append(_Key("ring", self.tr("split room (dissent)"), marker))
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

    def _build(self) -> list[_Dot]:
        fm = QFontMetricsF(self.font())
        w, h, m = float(self.width()), float(self.height()), self.MARGIN
        plotted = self._plotted()
        least, largest = self._radii(w, h, plotted)
        self._keys, legend_h = self._wrap(self._legend(plotted, least, largest), w - 2 * m)
        for line in self._keys:
            for rect, _ in line:
                rect.translate(m, m)
        left, bottom = self._margins()
        top = m + legend_h + (10 if legend_h else 0) + max(largest, fm.height() / 2)
        costs = [r.cost for r in plotted if r.cost is not None]
        right = max(largest, fm.horizontalAdvance(_money(max(costs, default=1.0) * 1.25)) / 2) + m
        plot_w = max(40.0, w - left - right)
        top_benefit = max((r.benefit or 0.0 for r in plotted), default=0.0)
        radii = [self.radius_for(r.benefit, top_benefit, least, largest) for r in plotted]
        ticks = nice_ticks(max(costs, default=0.0), max(2, min(6, int(plot_w // 70))))
        # the axis runs on past the last tick where the costliest bubbles need the room
        span = max(
            [ticks[-1]]
            + [
                (r.cost or 0.0) * plot_w / max(1.0, plot_w - radius - (5 if r.dissent_flag else 2))
                for r, radius in zip(plotted, radii, strict=True)
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
        self._xticks = (
            [(plot.left() + t / span * plot.width(), s) for t, s in zip(ticks, labels, strict=True)]
            if plotted
            else []
        )
        self._yticks = self._score_ticks(plot.bottom(), plot.height() / 100)
        self._hint_text = self.tr("↖ better: higher score, lower cost")
        hint_w = QFontMetricsF(self._hint_font()).horizontalAdvance(self._hint_text) + 2
        self._hint = QRectF(plot.left() + 6, plot.top() + 4, hint_w, fm.height())
        accent = QColor(BUBBLE_COLOUR)
        dots = [
            _Dot(
                r,
                QPointF(
                    plot.left() + (r.cost or 0.0) / span * plot.width(),
                    plot.bottom() - (r.score or 0.0) / 100 * plot.height(),
                ),
                radius,
                accent,
            )
            for r, radius in zip(plotted, radii, strict=True)
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
        window = self.palette().window().color()
        for dot in dots:
            self._paint_bubble(
                painter,
                dot.centre,
                dot.radius,
                dashed=dot.result.benefit is None,
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

    def _paint_bubble(
        self, painter: QPainter, centre: QPointF, radius: float, *, dashed: bool, hovered: bool
    ) -> None:
        accent = QColor(BUBBLE_COLOUR)
        fill = QColor(accent)
        fill.setAlpha(BUBBLE_ALPHA // 2 if dashed else BUBBLE_ALPHA)
        light = self.palette().window().color().lightness() > 128
        edge = accent.darker(140) if light else accent.lighter(150)
        pen = QPen(self._text() if hovered else edge, 2.0 if hovered else 1.5)
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


class OfficeScoreChart(_Plot):
    """PMO score (y) against TMO score (x) on a square 0–100 plot.

    Points above the diagonal (the PMO rates the proposal higher) take the PMO colour, below it
    the TMO colour; the band of ±10 around the diagonal is shaded as agreement.
    """

    RADIUS = 6.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pmo_colour, self.tmo_colour = QColor(PMO_FALLBACK), QColor(TMO_FALLBACK)
        self._corners: list[tuple[QRectF, str, QColor]] = []

    def set_results(self, results: Sequence[Result], pmo: QColor, tmo: QColor) -> None:
        self.pmo_colour, self.tmo_colour = pmo, tmo
        self._set(results)
        self.unplotted = []
        for r in self.results:
            if r.pmo_score is None and r.tmo_score is None:
                self.unplotted.append((r, self.tr("no PMO or TMO score")))
            elif r.pmo_score is None or r.tmo_score is None:
                reason = self.tr("no PMO score") if r.pmo_score is None else self.tr("no TMO score")
                self.unplotted.append((r, reason))
        self._explain(self.tr("Nothing to plot: no proposal has both a PMO and a TMO score."))
        self._titles = (self.tr("TMO score"), self.tr("PMO score"))
        self.setAccessibleDescription(
            "\n".join(
                self.tr("Rank {rank}, {title}: PMO {pmo}, TMO {tmo}, gap {gap}.").format(
                    rank=r.rank or "—",
                    title=r.title,
                    pmo=_one(r.pmo_score),
                    tmo=_one(r.tmo_score),
                    gap=_signed(r.gap),
                )
                for r in self.results
            )
        )

    def colour_for(self, r: Result) -> QColor:
        """The PMO colour above the diagonal, the TMO colour below, grey on it."""
        gap = round((r.pmo_score or 0.0) - (r.tmo_score or 0.0), 1)
        if gap > 0:
            return QColor(self.pmo_colour)
        if gap < 0:
            return QColor(self.tmo_colour)
        return self._muted()

    def _build(self) -> list[_Dot]:
        fm = QFontMetricsF(self.font())
        m = self.MARGIN
        left, bottom = self._margins()
        top = m + fm.height() / 2
        right = m + fm.horizontalAdvance("100") / 2
        avail_w = float(self.width()) - left - right
        avail_h = float(self.height()) - top - bottom
        side = max(40.0, min(avail_w, avail_h))
        self._plot = QRectF(left + max(0.0, (avail_w - side) / 2), top, side, side)
        plot, scale = self._plot, side / 100
        self._yticks = self._score_ticks(plot.bottom(), scale)
        self._xticks = [(plot.left() + (plot.bottom() - y), s) for y, s in self._yticks]
        self._corners = []
        pad = 6.0
        for text, colour, at_top in (
            (self.tr("PMO rates higher"), self.pmo_colour, True),
            (self.tr("TMO rates higher"), self.tmo_colour, False),
        ):
            w = fm.horizontalAdvance(text) + 2
            rect = (
                QRectF(plot.left() + pad, plot.top() + pad, w, fm.height())
                if at_top
                else QRectF(
                    plot.right() - pad - w, plot.bottom() - pad - fm.height(), w, fm.height()
                )
            )
            self._corners.append((rect, text, mix(colour, self._text(), 0.25)))
        dots = [
            _Dot(
                r,
                QPointF(
                    plot.left() + (r.tmo_score or 0.0) * scale,
                    plot.bottom() - (r.pmo_score or 0.0) * scale,
                ),
                self.RADIUS,
                self.colour_for(r),
                str(r.rank) if r.rank is not None else "",
            )
            for r in self.results
            if r.pmo_score is not None and r.tmo_score is not None
        ]
        bfm = QFontMetricsF(self._bold())
        taken = [rect for rect, _t, _c in self._corners]
        circles = [(d.centre, d.radius) for d in dots]
        bounds = plot.adjusted(-m, -top + 1, m, m)
        for dot in sorted(dots, key=lambda d: (d.result.rank or 0, d.result.proposal_id)):
            size = QSizeF(bfm.horizontalAdvance(dot.label) + 2, bfm.height() - 2)
            dot.label_rect = place_label(size, dot.centre, dot.radius, bounds, taken, circles)
            if dot.label_rect is not None:
                taken.append(dot.label_rect)
        return dots

    def _at(self, tmo: float, pmo: float) -> QPointF:
        plot = self._plot
        return QPointF(
            plot.left() + tmo * plot.width() / 100, plot.bottom() - pmo * plot.height() / 100
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        dots = self._layout()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        band = AGREE_BAND
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._tint(18))
        painter.drawPolygon(
            QPolygonF(
                [
                    self._at(0, 0),
                    self._at(band, 0),
                    self._at(100, 100 - band),
                    self._at(100, 100),
                    self._at(100 - band, 100),
                    self._at(0, band),
                ]
            )
        )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        self._paint_axes(painter)
        painter.setPen(QPen(self._tint(120), 1.2, Qt.PenStyle.DashLine))
        painter.drawLine(self._at(0, 0), self._at(100, 100))
        self._paint_diagonal_text(painter)
        for rect, text, colour in self._corners:
            painter.setPen(colour)
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft, text)
        for dot in dots:
            hovered = dot.result.proposal_id == self._hover
            painter.setPen(QPen(self._text() if hovered else self.palette().base().color(), 1.5))
            painter.setBrush(dot.colour)
            painter.drawEllipse(dot.centre, dot.radius, dot.radius)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        self._paint_labels(painter, self._bold())
        self._paint_empty(painter)
        painter.end()

    def _paint_diagonal_text(self, painter: QPainter) -> None:
        """'PMO = TMO' above the line near its top end, 'agree ±10' in the band near 0."""
        fm = QFontMetricsF(self.font())
        painter.setPen(self._muted())
        for text, at, above in (
            (self.tr("PMO = TMO"), 90.0, True),
            (self.tr("agree ±{band}").format(band=round(AGREE_BAND)), 12.0, False),
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
                    "Above the diagonal the PMO rates a proposal higher, below it the TMO. "
                    "The shaded band: the offices agree within ±{band} points."
                ).format(band=round(AGREE_BAND)),
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

    def show_results(self, results: scoring.Results, pmo_colour: str, tmo_colour: str) -> None:
        pmo, tmo = QColor(pmo_colour), QColor(tmo_colour)
        pmo = pmo if pmo.isValid() else QColor(PMO_FALLBACK)
        tmo = tmo if tmo.isValid() else QColor(TMO_FALLBACK)
        shown = results.proposals
        self.bubble_chart.set_results(shown)
        self.scatter_chart.set_results(shown, pmo, tmo)
        for chart, label in (
            (self.bubble_chart, self.bubble_missing),
            (self.scatter_chart, self.scatter_missing),
        ):
            left_out = chart.unplotted
            # when nothing is plotted, the chart itself says why
            label.setVisible(bool(left_out) and chart.plotted_any())
            label.setText(
                self.tr("Not plotted: {items}").format(
                    items=", ".join(
                        self.tr("{title} ({reason})").format(title=r.title, reason=why)
                        for r, why in left_out
                    )
                )
            )
        self.setAccessibleDescription(
            "\n".join(
                (
                    self.bubble_chart.accessibleDescription(),
                    self.scatter_chart.accessibleDescription(),
                )
            )
        )
