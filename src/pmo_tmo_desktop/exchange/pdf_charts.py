"""Vector charts for the PDF documents (reportlab.graphics): labelled, scalable, printable.

Two shapes the meeting documents need: a horizontal bar chart with markers on each bar (a
proposal's score with the PMO and TMO scores on it) and a scatter of bubbles (PMO against
TMO score, bubble area for cost). All words arrive translated; numbers arrive formatted by
the `tick_text` callable the caller passes.
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
    """Bubble area is proportional to it (a cost); None draws the smallest bubble."""


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


def _nice_range(values: Sequence[float], low: float, high: float) -> tuple[float, float]:
    """A round range holding every value, at least 30 wide, within [low, high]."""
    if not values:
        return low, high
    start = max(low, math.floor((min(values) - 5) / 10) * 10)
    end = min(high, math.ceil((max(values) + 5) / 10) * 10)
    while end - start < 30:
        start, end = max(low, start - 5), min(high, end + 5)
        if start == low and end == high:
            break
    return start, end


def scatter_chart(
    points: Sequence[ScatterPoint],
    *,
    tick_text: Callable[[float], str],
    colour: colors.Color,
    x_title: str,
    y_title: str,
    size: float = 250.0,
    low: float = 0.0,
    high: float = 100.0,
    band: float = 10.0,
    above_note: str = "",
    below_note: str = "",
) -> Drawing:
    """A square scatter of bubbles on equal axes, with the diagonal x = y and a band of
    ±`band` around it (agreement), notes in the corners above and below the diagonal.
    """
    register_fonts()
    left, bottom, pad = 34.0, 30.0, 8.0
    side = size - left - pad
    drawing = Drawing(size, side + bottom + pad)
    start, end = _nice_range([v for p in points for v in (p.x, p.y)], low, high)
    span = end - start

    def at(value: float) -> float:
        return side * (max(start, min(value, end)) - start) / span

    x0, y0 = left, bottom
    drawing.add(Rect(x0, y0, side, side, fillColor=WHITE, strokeColor=RULE, strokeWidth=0.8))
    # the band of agreement around the diagonal, clipped to the plot
    corners = []
    for u, v in (
        (start, start + band),
        (end - band, end),
        (end, end),
        (end, end - band),
        (start + band, start),
        (start, start),
    ):
        corners += [x0 + at(u), y0 + at(v)]
    drawing.add(Polygon(corners, fillColor=blend(colour, 0.12), strokeColor=None))
    step = 10.0 if span <= 60 else 20.0
    tick = math.ceil(start / step) * step
    while tick <= end + 1e-9:
        g = at(tick)
        drawing.add(Line(x0 + g, y0, x0 + g, y0 + side, strokeColor=GRID, strokeWidth=0.5))
        drawing.add(Line(x0, y0 + g, x0 + side, y0 + g, strokeColor=GRID, strokeWidth=0.5))
        text = tick_text(tick)
        drawing.add(
            String(
                x0 + g,
                y0 - 10,
                text,
                fontName=FONT,
                fontSize=TICK_SIZE,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
        drawing.add(
            String(
                x0 - 4,
                y0 + g - 2.5,
                text,
                fontName=FONT,
                fontSize=TICK_SIZE,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
        tick += step
    drawing.add(
        Line(
            x0, y0, x0 + side, y0 + side, strokeColor=MUTED, strokeWidth=0.7, strokeDashArray=[3, 2]
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
    fill = colors.Color(colour.red, colour.green, colour.blue, alpha=0.55)
    placed: list[tuple[float, float, float]] = []  # (x, y, radius) of each bubble
    # the largest bubbles first, so a small one is never hidden under a large one
    for point in sorted(points, key=lambda p: -(p.size or 0.0)):
        share = math.sqrt(point.size / biggest) if biggest and point.size else 0.0
        radius = 4.0 + 9.0 * share
        cx, cy = x0 + at(point.x), y0 + at(point.y)
        drawing.add(Circle(cx, cy, radius, fillColor=fill, strokeColor=WHITE, strokeWidth=0.9))
        drawing.add(Circle(cx, cy, 1.1, fillColor=INK, strokeColor=None))
        placed.append((cx, cy, radius))
    boxes: list[tuple[float, float, float, float]] = []
    for point, (cx, cy, radius) in zip(
        sorted(points, key=lambda p: -(p.size or 0.0)), placed, strict=True
    ):
        box = _label_box(point.label, cx, cy, radius, boxes, (x0, y0, x0 + side, y0 + side))
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


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _label_box(
    label: str,
    cx: float,
    cy: float,
    radius: float,
    taken: Sequence[tuple[float, float, float, float]],
    inside: tuple[float, float, float, float],
) -> tuple[float, float, float, float]:
    """Where a bubble's label goes: the first spot around it clear of the labels placed so
    far and inside the plot; right of the bubble when every spot is taken."""
    w, h = pdfmetrics.stringWidth(label, FONT_BOLD, 7.5) + 2, 8.5
    spots = []
    for distance in (radius + 1.5, radius + 9, radius + 17):
        for angle in (0, 180, 90, 270, 45, 315, 135, 225):
            dx, dy = math.cos(math.radians(angle)), math.sin(math.radians(angle))
            x = cx + dx * distance - (w if dx < -0.1 else (w / 2 if abs(dx) <= 0.1 else 0))
            y = cy + dy * distance - (h if dy < -0.1 else (h / 2 if abs(dy) <= 0.1 else 0))
            spots.append((x, y, x + w, y + h))
    for box in spots:
        within = (
            box[0] >= inside[0]
            and box[1] >= inside[1]
            and box[2] <= inside[2]
            and box[3] <= inside[3]
        )
        if within and not any(_overlap(box, other) for other in taken):
            return box
    return spots[0]
