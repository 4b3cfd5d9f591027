"""Plot machinery shared by the results charts: axes, ticks, dots, label placement."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QSizePolicy,
    QToolTip,
    QWidget,
)

from pmo_tmo_desktop.domain import scoring
from pmo_tmo_desktop.domain.figures import half_away
from pmo_tmo_desktop.ui.widgets.charts import mix, tooltip_html

BUBBLE_COLOUR = "#6B7C93"
"""A neutral slate: where a bubble sits and how big it is carry the meaning, not its hue."""
BUBBLE_ALPHA = 150
Result = scoring.ProposalResult


def _decimals(step: float) -> int:
    """The decimals that show ticks `step` apart exactly (250000 -> 0, 2.5 -> 1)."""
    return next((d for d in range(7) if abs(round(step, d) - step) <= 1e-9 * step), 6)


def _one(value: float | None) -> str:
    return "—" if value is None else QLocale().toString(half_away(float(value), 1), "f", 1)


def _signed(value: float | None) -> str:
    if value is None:
        return "—"
    shown = half_away(float(value), 1)
    text = QLocale().toString(abs(shown), "f", 1)
    return f"+{text}" if shown > 0 else (f"−{text}" if shown < 0 else text)


def _locale() -> QLocale:
    """The user's locale, always with group separators (the C locale omits them)."""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return locale


def _money(value: float | None) -> str:
    if value is None:
        return "—"
    return _locale().toString(float(value), "f", 0 if float(value).is_integer() else 2)


def _touches(rect: QRectF, centre: QPointF, radius: float) -> bool:
    """Whether `rect` meets the circle around `centre`."""
    dx = centre.x() - max(rect.left(), min(centre.x(), rect.right()))
    dy = centre.y() - max(rect.top(), min(centre.y(), rect.bottom()))
    return dx * dx + dy * dy < radius * radius


def place_label(
    size: QSizeF,
    centre: QPointF,
    radius: float,
    bounds: QRectF,
    taken: Sequence[QRectF],
    circles: Sequence[tuple[QPointF, float]],
) -> QRectF | None:
    """A spot beside a circle for a label of `size` that overlaps nothing, or None.

    Tries right, left, above, below (centred, then flush with either side), then the four
    diagonals; the spot must lie in `bounds` and meet no rectangle of `taken` and no circle of
    `circles`.
    """
    w, h, gap = size.width(), size.height(), 3.0
    x, y, near, diag = centre.x(), centre.y(), radius + gap, radius * 0.71 + gap
    above, below = y - near - h, y + near
    for left, top in (
        (x + near, y - h / 2),
        (x - near - w, y - h / 2),
        (x - w / 2, above),
        (x - w / 2, below),
        (x - radius, above),
        (x + radius - w, above),
        (x - radius, below),
        (x + radius - w, below),
        (x + diag, y - diag - h),
        (x + diag, y + diag),
        (x - diag - w, y - diag - h),
        (x - diag - w, y + diag),
    ):
        rect = QRectF(left, top, w, h)
        if not bounds.contains(rect) or any(rect.intersects(t) for t in taken):
            continue
        if not any(_touches(rect, c, r + 1) for c, r in circles):
            return rect
    return None


@dataclass(slots=True)
class _Dot:
    result: Result
    centre: QPointF
    radius: float
    colour: QColor
    label: str = ""  # painted beside the dot where it fits
    label_rect: QRectF | None = None


@dataclass(frozen=True, slots=True)
class _Key:
    """One legend entry: a symbol ('bubble', 'ring', 'dashed' or '' for none) and its text."""

    symbol: str
    text: str
    radius: float = 0.0


class _Plot(QWidget):
    """What both charts share: axes, hit test, tooltips, hover and sizing.

    Its strings name their context ("ResultsCharts"): PySide's `self.tr` would look them up
    under the subclass's name, while lupdate files them under this class.
    """

    MARGIN = 8.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.results: tuple[Result, ...] = ()
        self.unplotted: list[tuple[Result, str]] = []
        """Proposals left out, each with the reason."""
        self.empty_text = ""
        self._dots: list[_Dot] | None = None  # layout for the current size, built lazily
        self._plot = QRectF()
        self._xticks: list[tuple[float, str]] = []  # (pixel x, label)
        self._yticks: list[tuple[float, str]] = []
        self._titles = ("", "")  # x axis, y axis
        self._hover: int | None = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # -- data and layout -------------------------------------------------------------------

    def _set(self, results: Sequence[Result]) -> None:
        self.results = tuple(results)
        self._hover = None
        self._invalidate()

    def plotted_any(self) -> bool:
        return len(self.unplotted) < len(self.results)

    def _explain(self, nothing: str) -> None:
        """The text the empty plot shows: nothing to plot, or no proposals at all."""
        if self.plotted_any():
            self.empty_text = ""
        else:
            self.empty_text = (
                nothing
                if self.results
                else QCoreApplication.translate("ResultsCharts", "No proposals to plot.")
            )

    def _invalidate(self) -> None:
        self._dots = None
        self.update()

    def _layout(self) -> list[_Dot]:
        if self._dots is None:
            self._dots = self._build()
        return self._dots

    def _build(self) -> list[_Dot]:
        raise NotImplementedError

    def dots(self) -> list[_Dot]:
        """The plotted points, in painting order."""
        return list(self._layout())

    def plot_rect(self) -> QRectF:
        """The data area, in widget coordinates."""
        self._layout()
        return QRectF(self._plot)

    def position_of(self, proposal_id: int) -> QPointF | None:
        """The centre of the proposal's point, or None when it is not plotted."""
        found = next((d for d in self._layout() if d.result.proposal_id == proposal_id), None)
        return None if found is None else QPointF(found.centre)

    def points_at(self, pos: QPoint | QPointF) -> list[int]:
        """The proposals whose points are under `pos`, the top-most (or nearest) first."""
        p = QPointF(pos)
        hits = []
        for order, dot in enumerate(self._layout()):
            distance = math.hypot(p.x() - dot.centre.x(), p.y() - dot.centre.y())
            if distance <= dot.radius + 3:
                hits.append((distance / (dot.radius + 3), -order, dot.result.proposal_id))
        return [pid for *_key, pid in sorted(hits)]

    def point_at(self, pos: QPoint | QPointF) -> int | None:
        """The proposal whose point is under `pos`, if any."""
        return next(iter(self.points_at(pos)), None)

    def tooltip_at(self, pos: QPoint | QPointF) -> str:
        """The exact numbers of every proposal under `pos`, blank-line separated."""
        by_id = {r.proposal_id: r for r in self.results}
        return "\n\n".join(self.tooltip(by_id[pid]) for pid in self.points_at(pos))

    def tooltip(self, r: Result) -> str:
        lines = [
            r.title,
            QCoreApplication.translate("ResultsCharts", "Score: {score} (rank {rank})").format(
                score=_one(r.score), rank=r.rank or "—"
            ),
            QCoreApplication.translate(
                "ResultsCharts", "PMO: {pmo} · TMO: {tmo} · Gap: {gap}"
            ).format(pmo=_one(r.pmo_score), tmo=_one(r.tmo_score), gap=_signed(r.gap)),
            QCoreApplication.translate("ResultsCharts", "Cost: {cost}").format(cost=_money(r.cost)),
            QCoreApplication.translate("ResultsCharts", "Expected benefit: {benefit}").format(
                benefit=_money(r.benefit)
            ),
        ]
        if r.dissent_flag and r.dissent is not None:
            lines.append(
                QCoreApplication.translate(
                    "ResultsCharts", "⚑ Split room: dissent {dissent}"
                ).format(dissent=QLocale().toString(float(r.dissent), "f", 2))
            )
        return "\n".join(lines)

    def _margins(self) -> tuple[float, float]:
        """(left, bottom): room for the y labels and title, the x labels and title."""
        fm = QFontMetricsF(self.font())
        left = self.MARGIN + fm.height() + 6 + fm.horizontalAdvance("100") + 6
        return left, fm.height() * 2 + 10 + self.MARGIN

    def _score_ticks(self, to_y: float, scale: float) -> list[tuple[float, str]]:
        """0, 20 … 100 for a 0–100 axis starting at pixel `to_y` with `scale` pixels a point."""
        step = 20 if scale * 20 >= QFontMetricsF(self.font()).height() * 1.6 else 50
        return [(to_y - v * scale, QLocale().toString(v)) for v in range(0, 101, step)]

    # -- Qt plumbing -----------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(480, 320)

    def minimumSizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        return QSize(300, round(12 * line + 60))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._dots = None
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._invalidate()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                html = "<br><br>".join(tooltip_html(part) for part in text.split("\n\n"))
                QToolTip.showText(event.globalPos(), html, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hover = self.point_at(event.position())
        if hover != self._hover:
            self._hover = hover
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hover is not None:
            self._hover = None
            self.update()
        super().leaveEvent(event)

    # -- painting helpers ------------------------------------------------------------------

    def _text(self) -> QColor:
        return self.palette().text().color()

    def _bold(self) -> QFont:
        bold = QFont(self.font())
        bold.setBold(True)
        return bold

    def _muted(self) -> QColor:
        return mix(self._text(), self.palette().window().color(), 0.45)

    def _tint(self, alpha: int) -> QColor:
        colour = QColor(self._text())
        colour.setAlpha(alpha)
        return colour

    def _paint_axes(self, painter: QPainter) -> None:
        """Gridlines, the axis lines, tick labels and axis titles around the plot."""
        plot, fm = self._plot, QFontMetricsF(self.font())
        painter.setPen(QPen(self._tint(28), 0))
        for x, _ in self._xticks:
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        for y, _ in self._yticks:
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QPen(self._tint(110), 0))
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
        painter.setPen(self._text())
        x_title, y_title = self._titles
        below = QRectF(plot.left(), plot.bottom() + fm.height() + 6, plot.width(), fm.height())
        painter.drawText(below, centre, x_title)
        painter.save()
        widest = max((fm.horizontalAdvance(t) for _, t in self._yticks), default=0.0)
        painter.translate(plot.left() - 6 - widest - 6 - fm.height(), plot.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), fm.height()), centre, y_title)
        painter.restore()

    def _paint_empty(self, painter: QPainter) -> None:
        if self.empty_text:
            painter.setPen(self._muted())
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(self._plot.adjusted(12, 12, -12, -12), flags, self.empty_text)

    def _paint_labels(self, painter: QPainter, font: QFont) -> None:
        painter.setFont(font)
        painter.setPen(self._text())
        for dot in self._layout():
            if dot.label_rect is not None:
                painter.drawText(dot.label_rect, Qt.AlignmentFlag.AlignCenter, dot.label)
        painter.setFont(self.font())
