"""Vector charts for the PDF documents (reportlab.graphics): labelled, scalable, printable.

Two shapes the meeting documents need: a horizontal bar chart with markers on each bar (a
proposal's score with the PMO and TMO scores on it) and a scatter of bubbles on fixed axis
ranges (PMO score across, TMO score up, bubble area for cost: services.chart_spec). All words
arrive translated; numbers arrive formatted by the `tick_text` callable the caller passes.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics

from pmo_tmo_desktop.exchange.pdf_base import (
    FONT,
    FONT_BOLD,
    FONT_ITALIC,
    FRAME_WIDTH,
    INK,
    MUTED,
    RULE,
    WHITE,
    blend,
    fit_text,
    register_fonts,
)

GRID = colors.HexColor("#E3E8EE")
LABEL_SIZE = 8.0
TICK_SIZE = 7.0


@dataclass(frozen=True, slots=True)
class Marker:
    value: float | None
    colour: colors.Color
    shape: str = "circle"
    """circle, diamond or square."""


@dataclass(frozen=True, slots=True)
class BarRow:
    label: str
    value: float | None
    value_text: str = ""
    """Printed after the bar (the formatted value)."""
    markers: tuple[Marker, ...] = ()


@dataclass(frozen=True, slots=True)
class LegendItem:
    label: str
    colour: colors.Color
    shape: str = "bar"
    """bar, circle, diamond, square or line."""


@dataclass(frozen=True, slots=True)
class ScatterPoint:
    x: float
    y: float
    label: str
    """Short (a rank number): drawn beside the bubble, clear of the other labels."""
    size: float | None = None
    """Bubble area is proportional to it (a cost); None draws the smallest bubble, dashed."""
    colour: colors.Color | None = None
    """The bubble's own colour (the office that rates higher); None: the chart's colour."""


def _symbol(drawing: Drawing, shape: str, x: float, y: float, r: float, fill: colors.Color) -> None:
    stroke = dict(strokeColor=WHITE, strokeWidth=0.8)
    if shape == "diamond":
        points = [x, y + r * 1.25, x + r * 1.25, y, x, y - r * 1.25, x - r * 1.25, y]
        drawing.add(Polygon(points, fillColor=fill, **stroke))
    elif shape == "square":
        drawing.add(Rect(x - r, y - r, 2 * r, 2 * r, fillColor=fill, **stroke))
    elif shape == "line":
        drawing.add(Line(x - r * 1.6, y, x + r * 1.6, y, strokeColor=fill, strokeWidth=1.4))
    elif shape == "bar":
        drawing.add(
            Rect(x - r * 1.6, y - r * 0.9, r * 3.2, r * 1.8, fillColor=fill, strokeColor=None)
        )
    else:
        drawing.add(Circle(x, y, r, fillColor=fill, **stroke))


def _legend(drawing: Drawing, items: Sequence[LegendItem], x: float, y: float) -> None:
    """One row of legend entries starting at (x, y) (baseline)."""
    for item in items:
        _symbol(drawing, item.shape, x + 5, y + 2.8, 3.2, item.colour)
        drawing.add(
            String(x + 13, y, item.label, fontName=FONT, fontSize=LABEL_SIZE, fillColor=INK)
        )
        x += 13 + pdfmetrics.stringWidth(item.label, FONT, LABEL_SIZE) + 16


MAX_CHART_HEIGHT = 620.0
"""Points: a chart never grows past this, so it fits the page's body frame."""


def bar_chart(
    rows: Sequence[BarRow],
    legend: Sequence[LegendItem],
    *,
    tick_text: Callable[[float], str],
    bar_colour: colors.Color,
    width: float = FRAME_WIDTH,
    high: float = 100.0,
    step: float = 20.0,
    axis_title: str = "",
) -> Drawing:
    """Horizontal bars from 0 to `high`, one row per item, with markers drawn on the bars."""
    register_fonts()
    top_band, bottom_band = 20.0, 30.0 if axis_title else 18.0
    # Rows get closer as they multiply, so the chart always fits on one page.
    room = MAX_CHART_HEIGHT - top_band - bottom_band
    pitch = max(5.0, min(17.0, room / max(1, len(rows))))
    bar = pitch * 0.56
    height = top_band + pitch * max(1, len(rows)) + bottom_band
    drawing = Drawing(width, height)
    widest = max((pdfmetrics.stringWidth(r.label, FONT, LABEL_SIZE) for r in rows), default=0)
    label_width = min(widest + 8, width * 0.36)
    values_width = max(
        (pdfmetrics.stringWidth(r.value_text, FONT_BOLD, TICK_SIZE) for r in rows), default=0
    )
    x0 = label_width + 4
    plot = width - x0 - values_width - 14
    y_axis = bottom_band

    def x_of(value: float) -> float:
        return x0 + plot * max(0.0, min(value, high)) / high

    ticks = [i * step for i in range(math.floor(high / step + 1e-9) + 1)]
    for tick in ticks:
        gx = x_of(tick)
        drawing.add(Line(gx, y_axis, gx, height - top_band + 2, strokeColor=GRID, strokeWidth=0.5))
        drawing.add(
            String(
                gx,
                y_axis - 10,
                tick_text(tick),
                fontName=FONT,
                fontSize=TICK_SIZE,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    drawing.add(Line(x0, y_axis, x0 + plot, y_axis, strokeColor=RULE, strokeWidth=0.8))
    if axis_title:
        drawing.add(
            String(
                x0 + plot / 2,
                4,
                axis_title,
                fontName=FONT,
                fontSize=TICK_SIZE,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    for index, row in enumerate(rows):
        centre = height - top_band - pitch * index - pitch / 2
        label = fit_text(row.label, FONT, LABEL_SIZE, label_width - 4)
        drawing.add(
            String(
                label_width,
                centre - 2.8,
                label,
                fontName=FONT,
                fontSize=LABEL_SIZE,
                fillColor=INK,
                textAnchor="end",
            )
        )
        if row.value is not None:
            end = x_of(row.value)
            drawing.add(
                Rect(
                    x0,
                    centre - bar / 2,
                    max(end - x0, 0.5),
                    bar,
                    fillColor=bar_colour,
                    strokeColor=None,
                    strokeWidth=0,
                )
            )
        drawing.add(
            String(
                width,
                centre - 2.6,
                row.value_text,
                fontName=FONT_BOLD,
                fontSize=TICK_SIZE,
                fillColor=INK,
                textAnchor="end",
            )
        )
        for marker in row.markers:
            if marker.value is not None:
                _symbol(drawing, marker.shape, x_of(marker.value), centre, 3.4, marker.colour)
    _legend(drawing, legend, x0, height - 12)
    return drawing


def bubble_radius(value: float | None, top: float, least: float, largest: float) -> float:
    """A bubble's radius: area proportional to `value`, never smaller than `least`."""
    if value is None or value <= 0 or top <= 0:
        return least
    return max(least, largest * math.sqrt(value / top))


LEAST_BUBBLE = 3.5
LARGEST_BUBBLE = 13.0


def _ticks(low: float, high: float) -> list[float]:
    """Round ticks from `low` to `high`: steps of 10 on a short axis, 20 on a long one."""
    step = 10.0 if high - low <= 60 else 20.0
    tick, found = math.ceil(low / step) * step, []
    while tick <= high + 1e-9:
        found.append(tick)
        tick += step
    return found


def scatter_chart(
    points: Sequence[ScatterPoint],
    *,
    tick_text: Callable[[float], str],
    colour: colors.Color,
    x_title: str,
    y_title: str,
    size: float = 250.0,
    x_range: tuple[float, float] = (0.0, 100.0),
    y_range: tuple[float, float] = (0.0, 100.0),
    diagonal: bool = True,
    band: float = 10.0,
    above_note: str = "",
    below_note: str = "",
) -> Drawing:
    """A square scatter of bubbles over the given axis ranges (never narrowed to the data), with
    the diagonal x = y and a band of ±`band` around it (agreement) when `diagonal`, and notes
    in the corners above and below the diagonal. Bubble area is proportional to the points'
    size (`bubble_legend` draws the matching legend).
    """
    register_fonts()
    left, bottom, pad = 34.0, 30.0, 8.0
    side = size - left - pad
    drawing = Drawing(size, side + bottom + pad)
    (x_low, x_high), (y_low, y_high) = x_range, y_range
    x_span, y_span = (x_high - x_low) or 1.0, (y_high - y_low) or 1.0

    def at_x(value: float) -> float:
        return side * (max(x_low, min(value, x_high)) - x_low) / x_span

    def at_y(value: float) -> float:
        return side * (max(y_low, min(value, y_high)) - y_low) / y_span

    x0, y0 = left, bottom
    drawing.add(Rect(x0, y0, side, side, fillColor=WHITE, strokeColor=RULE, strokeWidth=0.8))
    if diagonal and band > 0:  # the band of agreement around the diagonal, clipped to the plot
        low, high = max(x_low, y_low), min(x_high, y_high)
        corners = []
        for u, v in (
            (low, low + band),
            (high - band, high),
            (high, high),
            (high, high - band),
            (low + band, low),
            (low, low),
        ):
            corners += [x0 + at_x(u), y0 + at_y(v)]
        drawing.add(Polygon(corners, fillColor=blend(colour, 0.12), strokeColor=None))
    for tick in _ticks(x_low, x_high):
        g = at_x(tick)
        drawing.add(Line(x0 + g, y0, x0 + g, y0 + side, strokeColor=GRID, strokeWidth=0.5))
        drawing.add(
            String(
                x0 + g,
                y0 - 10,
                tick_text(tick),
                fontName=FONT,
                fontSize=TICK_SIZE,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    for tick in _ticks(y_low, y_high):
        g = at_y(tick)
        drawing.add(Line(x0, y0 + g, x0 + side, y0 + g, strokeColor=GRID, strokeWidth=0.5))
        drawing.add(
            String(
                x0 - 4,
                y0 + g - 2.5,
                tick_text(tick),
                fontName=FONT,
                fontSize=TICK_SIZE,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    if diagonal:
        low, high = max(x_low, y_low), min(x_high, y_high)
        drawing.add(
            Line(
                x0 + at_x(low),
                y0 + at_y(low),
                x0 + at_x(high),
                y0 + at_y(high),
                strokeColor=MUTED,
                strokeWidth=0.7,
                strokeDashArray=[3, 2],
            )
        )
    drawing.add(Rect(x0, y0, side, side, fillColor=None, strokeColor=RULE, strokeWidth=0.8))
    drawing.add(
        String(
            x0 + side / 2,
            4,
            fit_text(x_title, FONT, TICK_SIZE + 0.5, side),
            fontName=FONT,
            fontSize=TICK_SIZE + 0.5,
            fillColor=INK,
            textAnchor="middle",
        )
    )
    y_label = String(
        0,
        0,
        fit_text(y_title, FONT, TICK_SIZE + 0.5, side),
        fontName=FONT,
        fontSize=TICK_SIZE + 0.5,
        fillColor=INK,
        textAnchor="middle",
    )
    turned = Group(y_label)
    turned.rotate(90)
    turned.translate(y0 + side / 2, -9)
    drawing.add(turned)
    note_size = TICK_SIZE
    if above_note:
        drawing.add(
            String(
                x0 + 5,
                y0 + side - 11,
                fit_text(above_note, FONT_ITALIC, note_size, side / 2),
                fontName=FONT_ITALIC,
                fontSize=note_size,
                fillColor=MUTED,
            )
        )
    if below_note:
        drawing.add(
            String(
                x0 + side - 5,
                y0 + 6,
                fit_text(below_note, FONT_ITALIC, note_size, side / 2),
                fontName=FONT_ITALIC,
                fontSize=note_size,
                fillColor=MUTED,
                textAnchor="end",
            )
        )

    biggest = max((p.size for p in points if p.size and p.size > 0), default=0.0)
    placed: list[tuple[float, float, float]] = []  # (x, y, radius) of each bubble
    # the largest bubbles first, so a small one is never hidden under a large one
    ordered = sorted(points, key=lambda p: -(p.size or 0.0))
    for point in ordered:
        radius = bubble_radius(point.size, biggest, LEAST_BUBBLE, LARGEST_BUBBLE)
        cx, cy = x0 + at_x(point.x), y0 + at_y(point.y)
        _bubble(drawing, cx, cy, radius, point.colour or colour, dashed=point.size is None)
        placed.append((cx, cy, radius))
    boxes: list[tuple[float, float, float, float]] = []
    for point, (cx, cy, radius) in zip(ordered, placed, strict=True):
        others = [c for c in placed if c != (cx, cy, radius)]
        inside = (x0, y0, x0 + side, y0 + side)
        box = _label_box(point.label, cx, cy, radius, boxes, inside, others)
        boxes.append(box)
        drawing.add(
            String(
                box[0] + 1,
                box[1] + 1.6,
                point.label,
                fontName=FONT_BOLD,
                fontSize=7.5,
                fillColor=INK,
            )
        )
    return drawing


def _bubble(
    drawing: Drawing, cx: float, cy: float, radius: float, colour: colors.Color, *, dashed: bool
) -> None:
    """A translucent bubble with a dot at its centre; dashed outline: its value is not given."""
    fill = colors.Color(colour.red, colour.green, colour.blue, alpha=0.35 if dashed else 0.6)
    circle = Circle(cx, cy, radius, fillColor=fill, strokeColor=WHITE, strokeWidth=0.9)
    if dashed:
        circle.strokeColor, circle.strokeDashArray = colour, [2, 1.5]
    drawing.add(circle)
    drawing.add(Circle(cx, cy, 1.1, fillColor=INK, strokeColor=None))


def bubble_legend(
    title: str,
    keys: Sequence[tuple[str, float]],
    biggest: float,
    colour: colors.Color,
    width: float,
) -> Drawing:
    """What a scatter's bubble area means: `title`, then a sample bubble for each (text, value)
    of `keys`, sized as `scatter_chart` sizes a bubble of that value (`biggest` the largest)."""
    register_fonts()
    drawing = Drawing(width, 2 * LARGEST_BUBBLE + 2)
    middle = LARGEST_BUBBLE + 1
    drawing.add(String(0, middle - 2.8, title, fontName=FONT, fontSize=LABEL_SIZE, fillColor=INK))
    x = pdfmetrics.stringWidth(title, FONT, LABEL_SIZE) + 8
    fill = colors.Color(colour.red, colour.green, colour.blue, alpha=0.6)
    for text, value in keys:
        radius = bubble_radius(value, biggest, LEAST_BUBBLE, LARGEST_BUBBLE)
        drawing.add(
            Circle(x + radius, middle, radius, fillColor=fill, strokeColor=WHITE, strokeWidth=0.9)
        )
        x += 2 * radius + 3
        drawing.add(String(x, middle - 2.5, text, fontName=FONT, fontSize=TICK_SIZE, fillColor=INK))
        x += pdfmetrics.stringWidth(text, FONT, TICK_SIZE) + 8
    return drawing


def _touches(box: tuple[float, float, float, float], circle: tuple[float, float, float]) -> bool:
    """Whether a label's box meets a bubble."""
    cx, cy, radius = circle
    dx = cx - max(box[0], min(cx, box[2]))
    dy = cy - max(box[1], min(cy, box[3]))
    return dx * dx + dy * dy < radius * radius


def _label_box(
    label: str,
    cx: float,
    cy: float,
    radius: float,
    taken: Sequence[tuple[float, float, float, float]],
    inside: tuple[float, float, float, float],
    bubbles: Sequence[tuple[float, float, float]] = (),
) -> tuple[float, float, float, float]:
    """Where a bubble's label goes: the first spot around it inside the plot clear of the
    labels placed so far and of the other `bubbles` (x, y, radius); failing that, clear of the
    labels only; right of the bubble when every spot is taken."""
    w, h = pdfmetrics.stringWidth(label, FONT_BOLD, 7.5) + 2, 8.5
    spots = []
    for distance in (radius + 1.5, radius + 9, radius + 17, radius + 25):
        for dx, dy in _DIRECTIONS:
            x = cx + dx * distance - (w if dx < -0.1 else (w / 2 if abs(dx) <= 0.1 else 0))
            y = cy + dy * distance - (h if dy < -0.1 else (h / 2 if abs(dy) <= 0.1 else 0))
            spots.append((x, y, x + w, y + h))
    left, bottom, right, top = inside
    # which spots lie inside and overlap no label placed so far (written out: a chart tries
    # thousands of spots against dozens of labels)
    free = [
        left <= x0 and bottom <= y0 and x1 <= right and y1 <= top
        and not any(x0 < b2 and b0 < x1 and y0 < b3 and b1 < y1 for b0, b1, b2, b3 in taken)
        for x0, y0, x1, y1 in spots
    ]  # fmt: skip
    for box, clear in zip(spots, free, strict=True):
        if clear and not any(_touches(box, b) for b in bubbles):
            return box
    return next((box for box, clear in zip(spots, free, strict=True) if clear), spots[0])


_DIRECTIONS = tuple(
    (math.cos(math.radians(angle)), math.sin(math.radians(angle)))
    for angle in (0, 180, 90, 270, 45, 315, 135, 225)
)
"""The directions a label may sit in around its bubble, in order of preference."""
