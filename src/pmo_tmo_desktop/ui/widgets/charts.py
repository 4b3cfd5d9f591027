"""Horizontal stacked bar charts painted with QPainter (Qt Charts is not shipped with the app).

The chart knows nothing of methodologies: it paints labelled rows of coloured segments, a
legend, an optional number column at the right and group headings, from plain `Bar` records.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import NamedTuple

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

DARK_INK = QColor("#1F1F1F")
LIGHT_INK = QColor("#FFFFFF")


@dataclass(frozen=True, slots=True)
class Segment:
    """One stacked piece of a bar; `accent`, when set, paints the lower half (two-tone)."""

    value: int
    colour: QColor
    accent: QColor | None = None


@dataclass(frozen=True, slots=True)
class LegendEntry:
    label: str
    colour: QColor
    accent: QColor | None = None


@dataclass(frozen=True, slots=True)
class Bar:
    """One row of the chart."""

    label: str
    segments: tuple[Segment, ...]
    end_text: str = ""  # the number in the right-hand column
    tooltip: str = ""  # exact numbers, shown on hover
    chip: QColor | None = None  # a small colour chip before the label
    group: str = ""  # a heading is painted where this changes
    empty_text: str = ""  # written in the track when every segment is zero
    muted: bool = False  # label in the muted colour (e.g. an idle role)

    @property
    def total(self) -> int:
        return sum(s.value for s in self.segments)


class _Row(NamedTuple):
    rect: QRect  # the full-width band of the row
    bar: int  # index into bars, or -1 for a group heading
    text: str  # the heading's text


def _luminance(colour: QColor) -> float:
    """WCAG relative luminance."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.red())
        + 0.7152 * linear(colour.green())
        + 0.0722 * linear(colour.blue())
    )


def _contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)))
    return (lb + 0.05) / (la + 0.05)


def ink_for(*backgrounds: QColor) -> QColor:
    """Dark or light text, whichever keeps the better contrast on every one of `backgrounds`."""
    return max((DARK_INK, LIGHT_INK), key=lambda ink: min(_contrast(ink, b) for b in backgrounds))


def tooltip_html(text: str) -> str:
    """Plain tooltip lines as rich text, the first line bold (names may hold `<` or `&`)."""
    first, _, rest = text.partition("\n")
    lines = [f"<b>{escape(first)}</b>", *map(escape, rest.splitlines())]
    return "<br>".join(lines)


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """`a` moved a fraction `t` of the way to `b`."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


class StackedBarChart(QWidget):
    """Rows of horizontal stacked bars.

    `normalised`: every bar fills the width (100 % stacked); otherwise bars are scaled to the
    largest total. Hovering a row shows its tooltip; `tooltip_at` and `bar_rect` expose the
    hit test.
    """

    MARGIN = 8
    GAP = 12  # between the label, bar and number columns
    RADIUS = 3.0

    def __init__(self, *, normalised: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.normalised = normalised
        self.bars: list[Bar] = []
        self.legend: list[LegendEntry] = []
        self.end_header = ""
        self.lead_floor = 0  # least width of chip + label, to line up with other charts
        self.end_floor = 0  # least width of the number column, likewise
        self._rows: list[_Row] | None = None  # layout for the current width, built lazily
        self._cols: tuple[int, int, int, int] | None = None
        self._hover = -1
        self.setMouseTracking(True)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # -- data ------------------------------------------------------------------------------

    def set_data(self, bars: list[Bar], legend: list[LegendEntry], end_header: str = "") -> None:
        self.bars = list(bars)
        self.legend = list(legend)
        self.end_header = end_header
        self._hover = -1
        self._invalidate()

    def set_floors(self, lead: int, end: int) -> None:
        """Least widths of the label and number columns, to line up with other charts."""
        self.lead_floor, self.end_floor = lead, end
        self._invalidate()

    def _invalidate(self) -> None:
        self._rows = self._cols = None
        self.updateGeometry()
        self.update()

    # -- geometry --------------------------------------------------------------------------

    def _metrics(self) -> tuple[int, int, int]:
        """(legend line height, bar height, row height) for the widget's font."""
        fm = self.fontMetrics()
        bar_h = fm.height() + 6
        return fm.height() + 4, bar_h, bar_h + 10

    def _legend_lines(self, width: int) -> list[list[tuple[int, LegendEntry]]]:
        """Legend entries wrapped into lines, each entry with its x offset."""
        fm = self.fontMetrics()
        swatch = fm.height()
        lines: list[list[tuple[int, LegendEntry]]] = [[]]
        x = 0
        for entry in self.legend:
            w = swatch + 6 + fm.horizontalAdvance(entry.label)
            if lines[-1] and x + w > width:
                lines.append([])
                x = 0
            lines[-1].append((x, entry))
            x += w + 20
        return [line for line in lines if line]

    def _layout(self, width: int) -> tuple[list[_Row], int]:
        """The rows for `width`, and the total height."""
        fm = self.fontMetrics()
        line_h, _bar_h, row_h = self._metrics()
        y = self.MARGIN + len(self._legend_lines(width - 2 * self.MARGIN)) * line_h
        y += 6 if self.legend else 0
        if self.end_header:
            y += fm.height() + 2
        rows: list[_Row] = []
        group: str | None = None
        for index, bar in enumerate(self.bars):
            if bar.group and bar.group != group:
                top = y + (8 if rows else 0)
                rows.append(_Row(QRect(0, top, width, fm.height() + 6), -1, bar.group))
                y = top + fm.height() + 6
            group = bar.group
            rows.append(_Row(QRect(0, y, width, row_h), index, ""))
            y += row_h
        return rows, y + self.MARGIN

    def _rows_now(self) -> list[_Row]:
        if self._rows is None:
            self._rows = self._layout(self.width())[0]
        return self._rows

    def lead_width(self) -> int:
        """The width the chips and labels want, before any floor or cap."""
        fm = self.fontMetrics()
        chips = any(b.chip is not None for b in self.bars)
        widest = max((fm.horizontalAdvance(b.label) for b in self.bars), default=0)
        return (fm.ascent() + 6 if chips else 0) + widest + 2

    def end_width(self) -> int:
        """The width the number column wants, its header included."""
        fm = self.fontMetrics()
        texts = [b.end_text for b in self.bars] + [self.end_header]
        return max(fm.horizontalAdvance(t) for t in texts)

    def _columns(self) -> tuple[int, int, int, int]:
        """(label x, label width, bar x, bar width) for the current width."""
        if self._cols is None:
            self._cols = self._measure_columns()
        return self._cols

    def _measure_columns(self) -> tuple[int, int, int, int]:
        fm = self.fontMetrics()
        chip_w = (fm.ascent() + 6) if any(b.chip is not None for b in self.bars) else 0
        lead = max(self.lead_width(), self.lead_floor)
        lead = max(60 + chip_w, min(lead, max(160, min(280, int(self.width() * 0.3)))))
        end_w = max(self.end_width(), self.end_floor)
        end_w = end_w + self.GAP if end_w else 0
        label_x = self.MARGIN + chip_w
        bar_x = self.MARGIN + lead + self.GAP
        bar_w = max(40, self.width() - self.MARGIN - end_w - bar_x)
        return label_x, bar_x - self.GAP - label_x, bar_x, bar_w

    def bar_rect(self, index: int) -> QRect:
        """Where bar `index` is painted (its full track), in widget coordinates."""
        for row in self._rows_now():
            if row.bar == index:
                return self._track(row)
        return QRect()

    def _track(self, row: _Row) -> QRect:
        bar_h = self._metrics()[1]
        _lx, _lw, bar_x, bar_w = self._columns()
        return QRect(bar_x, row.rect.top() + (row.rect.height() - bar_h) // 2, bar_w, bar_h)

    def bar_at(self, pos: QPoint | QPointF) -> int | None:
        """The index of the bar whose row is under `pos`, if any."""
        point = pos.toPoint() if isinstance(pos, QPointF) else pos
        for row in self._rows_now():
            if row.bar >= 0 and row.rect.contains(point):
                return row.bar
        return None

    def tooltip_at(self, pos: QPoint | QPointF) -> str:
        index = self.bar_at(pos)
        return "" if index is None else self.bars[index].tooltip

    # -- Qt sizing -------------------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._layout(width)[1]

    def sizeHint(self) -> QSize:
        return QSize(720, self.heightForWidth(720))

    def minimumSizeHint(self) -> QSize:
        return QSize(360, self.heightForWidth(360))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._rows = self._cols = None
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._invalidate()
        super().changeEvent(event)

    # -- hover -----------------------------------------------------------------------------

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
        hover = self.bar_at(event.position())
        hover = -1 if hover is None else hover
        if hover != self._hover:
            self._hover = hover
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hover != -1:
            self._hover = -1
            self.update()
        super().leaveEvent(event)

    # -- painting --------------------------------------------------------------------------

    def _muted(self) -> QColor:
        return mix(self.palette().text().color(), self.palette().window().color(), 0.45)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        text = self.palette().text().color()
        line_h = self._metrics()[0]
        label_x, label_w, bar_x, _bar_w = self._columns()

        y = self.MARGIN
        for line in self._legend_lines(self.width() - 2 * self.MARGIN):
            for x, entry in line:
                swatch = QRectF(self.MARGIN + x, y + 2, fm.height() - 4, fm.height() - 4)
                self._fill(painter, swatch, entry.colour, entry.accent)
                painter.setPen(text)
                painter.drawText(
                    QRect(int(swatch.right()) + 6, y, 10_000, fm.height()),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    entry.label,
                )
            y += line_h
        y += 6 if self.legend else 0
        if self.end_header:
            painter.setPen(self._muted())
            painter.drawText(
                QRect(0, y, self.width() - self.MARGIN, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.end_header,
            )

        scale = 1 if self.normalised else max((b.total for b in self.bars), default=0) or 1
        for row in self._rows_now():
            if row.bar < 0:
                self._paint_heading(painter, row)
                continue
            bar = self.bars[row.bar]
            if row.bar == self._hover:
                painter.fillRect(row.rect, self._tint(10))
            top, height = row.rect.top(), row.rect.height()
            if bar.chip is not None:
                side = fm.ascent() - 2
                chip = QRectF(self.MARGIN, row.rect.center().y() - side / 2 + 1, side, side)
                self._fill(painter, chip, bar.chip, None)
            painter.setPen(self._muted() if bar.muted else text)
            painter.drawText(
                QRect(label_x, top, label_w, height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_w),
            )
            track = QRectF(self._track(row))
            self._paint_bar(painter, bar, track, (bar.total if self.normalised else scale))
            if bar.end_text:
                painter.setPen(text)
                painter.drawText(
                    QRect(bar_x, top, self.width() - self.MARGIN - bar_x, height),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    bar.end_text,
                )
        painter.end()

    def _tint(self, alpha: int) -> QColor:
        colour = QColor(self.palette().text().color())
        colour.setAlpha(alpha)
        return colour

    def _paint_heading(self, painter: QPainter, row: _Row) -> None:
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        fm = QFontMetrics(font)
        painter.setPen(self.palette().text().color())
        rect = row.rect.adjusted(self.MARGIN, 0, -self.MARGIN, 0)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, row.text)
        rule_x = rect.left() + fm.horizontalAdvance(row.text) + 8
        if rule_x < rect.right():
            painter.setPen(self._tint(40))
            y = rect.center().y() + 1
            painter.drawLine(rule_x, y, rect.right(), y)
        painter.setFont(self.font())

    def _paint_bar(self, painter: QPainter, bar: Bar, track: QRectF, scale: int) -> None:
        fm = self.fontMetrics()
        painter.save()
        path = QPainterPath()
        path.addRoundedRect(track, self.RADIUS, self.RADIUS)
        painter.fillPath(path, self._tint(18))
        if not bar.total:
            painter.setPen(self._muted())
            font = QFont(self.font())
            font.setItalic(True)
            painter.setFont(font)
            painter.drawText(
                track.adjusted(8, 0, -8, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                bar.empty_text,
            )
            painter.restore()
            return
        painter.setClipPath(path)
        x = track.left()
        shown = [s for s in bar.segments if s.value > 0]
        for i, segment in enumerate(shown):
            w = track.width() * segment.value / scale
            piece = QRectF(x, track.top(), w, track.height())
            # a hairline of background between neighbours keeps equal colours apart
            body = piece.adjusted(0, 0, -1 if i < len(shown) - 1 else 0, 0)
            self._fill(painter, body, segment.colour, segment.accent, rounded=False)
            label = str(segment.value)
            if fm.horizontalAdvance(label) + 8 <= body.width():
                inks = (
                    (segment.colour,)
                    if segment.accent is None
                    else (
                        segment.colour,
                        segment.accent,
                    )
                )
                painter.setPen(ink_for(*inks))
                painter.drawText(body, Qt.AlignmentFlag.AlignCenter, label)
            x += w
        painter.restore()

    def _fill(
        self,
        painter: QPainter,
        rect: QRectF,
        colour: QColor,
        accent: QColor | None,
        *,
        rounded: bool = True,
    ) -> None:
        painter.save()
        if rounded:
            path = QPainterPath()
            path.addRoundedRect(rect, 2, 2)
            painter.setClipPath(path)
        painter.fillRect(rect, colour)
        if accent is not None:
            lower = QRectF(rect.left(), rect.center().y(), rect.width(), rect.height() / 2)
            painter.fillRect(lower, accent)
        painter.restore()


def line_up(*charts: StackedBarChart) -> None:
    """Give `charts` the same label and number columns, so their bars start and end together."""
    lead = max(c.lead_width() for c in charts)
    end = max(c.end_width() for c in charts)
    for chart in charts:
        chart.set_floors(lead, end)
