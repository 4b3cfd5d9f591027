"""The efficient frontier as a vector chart (reportlab.graphics): the best total score each
budget buys as a step line, funding in rank order beside it, the workshop's budget marked.

All words arrive translated; numbers arrive formatted by the callables the caller passes.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Drawing, Group, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics

from pmo_tmo_desktop.exchange.pdf_base import (
    FONT,
    FONT_BOLD,
    FRAME_WIDTH,
    INK,
    MUTED,
    RULE,
    WHITE,
    fit_text,
    register_fonts,
)
from pmo_tmo_desktop.exchange.pdf_charts import GRID, TICK_SIZE, LegendItem, _legend

FRONTIER_COLOUR = colors.HexColor("#1F5F99")
RANKING_COLOUR = colors.HexColor("#B26A00")
BUDGET_COLOUR = colors.HexColor("#C62828")
HEIGHT = 250.0


def nice_ticks(high: float, most: int = 6) -> list[float]:
    """Round ticks from 0 to at least `high`: steps of 1, 2 or 5 times a power of ten, at
    most `most` + 1 of them."""
    if high <= 0 or not math.isfinite(high):
        return [0.0, 1.0]
    raw = high / most
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    count = math.ceil(high / step - 1e-9)
    return [i * step for i in range(count + 1)]


def _steps(points: Sequence[tuple[float, float]], right: float) -> list[tuple[float, float]]:
    """The corners of a step line: each value holds from its budget to the next point's,
    the last to `right`."""
    corners: list[tuple[float, float]] = []
    for index, (x, y) in enumerate(points):
        if corners:
            corners.append((x, corners[-1][1]))
        corners.append((x, y))
        if index == len(points) - 1:
            corners.append((max(right, x), y))
    return corners


def frontier_chart(
    frontier: Sequence[tuple[float, float]],
    ranking: Sequence[tuple[float, float]],
    *,
    budget: float | None,
    budget_label: str,
    money_text: Callable[[float], str],
    score_text: Callable[[float], str],
    x_title: str,
    y_title: str,
    frontier_label: str,
    ranking_label: str,
    width: float = FRAME_WIDTH,
    height: float = HEIGHT,
) -> Drawing:
    """Best total score against budget (step line), the rank-order curve (dashed step line)
    and the workshop's `budget` (a vertical line labelled `budget_label`), over axes from 0."""
    register_fonts()
    xs = [x for x, _ in (*frontier, *ranking)] + ([budget] if budget is not None else [])
    ys = [y for _, y in (*frontier, *ranking)]
    x_ticks = nice_ticks(max(xs, default=0.0) * 1.04)
    y_ticks = nice_ticks(max(ys, default=0.0) * 1.04, 5)
    x_high, y_high = x_ticks[-1], y_ticks[-1]
    widest_y = max(pdfmetrics.stringWidth(score_text(t), FONT, TICK_SIZE) for t in y_ticks)
    left, bottom, top, right = widest_y + 22.0, 34.0, 26.0, 12.0
    last_x = pdfmetrics.stringWidth(money_text(x_high), FONT, TICK_SIZE)
    right = max(right, last_x / 2 + 2)
    plot_w, plot_h = width - left - right, height - bottom - top
    drawing = Drawing(width, height)

    def at(x: float, y: float) -> tuple[float, float]:
        return (
            left + plot_w * max(0.0, min(x, x_high)) / x_high,
            bottom + plot_h * max(0.0, min(y, y_high)) / y_high,
        )

    drawing.add(Rect(left, bottom, plot_w, plot_h, fillColor=WHITE, strokeColor=None))
    for tick in x_ticks:
        gx, _ = at(tick, 0)
        drawing.add(Line(gx, bottom, gx, bottom + plot_h, strokeColor=GRID, strokeWidth=0.5))
        drawing.add(_text(gx, bottom - 10, money_text(tick), "middle"))
    for tick in y_ticks:
        _, gy = at(0, tick)
        drawing.add(Line(left, gy, left + plot_w, gy, strokeColor=GRID, strokeWidth=0.5))
        drawing.add(_text(left - 4, gy - 2.5, score_text(tick), "end"))
    drawing.add(Rect(left, bottom, plot_w, plot_h, fillColor=None, strokeColor=RULE))
    if ranking:
        drawing.add(_line(_steps(ranking, x_high), at, RANKING_COLOUR, dashed=True))
    if frontier:
        drawing.add(_line(_steps(frontier, x_high), at, FRONTIER_COLOUR, dashed=False))
    if budget is not None:
        bx, _ = at(budget, 0)
        drawing.add(
            Line(bx, bottom, bx, bottom + plot_h, strokeColor=BUDGET_COLOUR, strokeWidth=1.1)
        )
        room = plot_w / 2
        label = fit_text(budget_label, FONT_BOLD, TICK_SIZE, room)
        label_w = pdfmetrics.stringWidth(label, FONT_BOLD, TICK_SIZE)
        flip = bx + 3 + label_w > left + plot_w  # no room on the right: the label goes left
        drawing.add(
            String(
                bx - 3 if flip else bx + 3,
                bottom + plot_h - 10,
                label,
                fontName=FONT_BOLD,
                fontSize=TICK_SIZE,
                fillColor=BUDGET_COLOUR,
                textAnchor="end" if flip else "start",
            )
        )
    title_size = TICK_SIZE + 0.5
    drawing.add(
        String(
            left + plot_w / 2,
            4,
            fit_text(x_title, FONT, title_size, plot_w),
            fontName=FONT,
            fontSize=title_size,
            fillColor=INK,
            textAnchor="middle",
        )
    )
    turned = Group(
        String(
            0,
            0,
            fit_text(y_title, FONT, title_size, plot_h),
            fontName=FONT,
            fontSize=title_size,
            fillColor=INK,
            textAnchor="middle",
        )
    )
    turned.rotate(90)
    turned.translate(bottom + plot_h / 2, -9)
    drawing.add(turned)
    legend = [LegendItem(frontier_label, FRONTIER_COLOUR, "line")]
    if ranking:
        legend.append(LegendItem(ranking_label, RANKING_COLOUR, "line"))
    _legend(drawing, legend, left, height - 12)
    return drawing


def _text(x: float, y: float, text: str, anchor: str) -> String:
    return String(x, y, text, fontName=FONT, fontSize=TICK_SIZE, fillColor=MUTED, textAnchor=anchor)


def _line(
    corners: Sequence[tuple[float, float]],
    at: Callable[[float, float], tuple[float, float]],
    colour: colors.Color,
    *,
    dashed: bool,
) -> PolyLine:
    points: list[float] = []
    for x, y in corners:
        points += at(x, y)
    line = PolyLine(points, strokeColor=colour, strokeWidth=1.2 if dashed else 1.6)
    if dashed:
        line.strokeDashArray = [3, 2]
    return line
