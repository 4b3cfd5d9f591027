"""The minutes' results sections: the ranking with its charts, the PMO-TMO gap view, the
budget fit. Every figure is an average: no participant is named here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import KeepTogether, PageBreak, Spacer, Table, TableStyle

from pmo_tmo_desktop.domain.figures import DISSENT_DIGITS, SCORE_DIGITS, shown
from pmo_tmo_desktop.exchange import pdf_charts as charts
from pmo_tmo_desktop.exchange.pdf_base import (
    FONT,
    FONT_BOLD,
    FRAME_WIDTH,
    INK,
    MUTED,
    Markup,
    blend,
    esc,
    ink_for,
    para,
    tag,
)
from pmo_tmo_desktop.exchange.pdf_minutes_data import ChartEntry, GapEntry, MinutesContent
from pmo_tmo_desktop.exchange.pdf_minutes_layout import FLAG_COLOUR, KIND_COLOURS, Layout
from pmo_tmo_desktop.exchange.pdf_tables import data_table, facts_table, one_line

SCORE_COLOUR = colors.HexColor("#8796AA")
BUBBLE_COLOUR = colors.HexColor("#5B6B82")
FLAG_BACKGROUND = colors.HexColor("#FDECEA")
HEAD_SIZE = 7.0
GAP_PADDING = 3.0
GAP_MIN_WIDTH = 26.0
"""Room for a signed figure with one decimal (−88.8) in the gap view's cells."""
TITLE_MIN_WIDTH = 130.0
"""The proposal column of the gap view is at least this wide; more criteria than fit beside
it continue in a second table."""
SCATTER_SIZE = 232.0


def results(lay: Layout) -> list[Any]:
    c, t, s = lay.c, lay.t, lay.s
    found: list[Any] = [PageBreak(), *lay.h1(t.results)]
    missing = lay.results_missing()
    if missing is not None:
        return [*found, missing]
    intro = t.results_intro.format(n=c.round_number, rated=c.rated, total=c.expected)
    found.append(para(intro, s.body))
    rows = []
    extra: list[tuple[Any, ...]] = []
    for index, r in enumerate(c.results, start=1):
        dissent: object = lay.n(shown(r.dissent, DISSENT_DIGITS), DISSENT_DIGITS)
        if r.flagged:
            flag = tag("font", t.flag, color=FLAG_COLOUR)
            dissent = para(Markup(f"{esc(dissent)} {flag}"), s.cell_right)
            extra.append(("BACKGROUND", (6, index), (6, index), FLAG_BACKGROUND))
        ink = lay.gap_ink(r.gap)
        if ink is not None:
            extra.append(("TEXTCOLOR", (5, index), (5, index), ink))
        rows.append(
            [
                "—" if r.rank is None else str(r.rank),
                r.title,
                lay.score(shown(r.score)),
                lay.score(shown(r.pmo)),
                lay.score(shown(r.tmo)),
                lay.n.signed(shown(r.gap), SCORE_DIGITS),
                dissent,
                lay.money(r.cost),
            ]
        )
    headers = (t.rank, t.proposal, t.score, t.pmo, t.tmo, t.gap, t.dissent, t.cost)
    found.append(
        data_table(
            headers,
            rows,
            (0.6, 4.2, 0.9, 0.9, 0.9, 0.9, 1.1, 1.3),
            s,
            numeric={0, 2, 3, 4, 5, 6, 7},
            extra=extra,
            bold={1, 2},
        )
    )
    if any(r.flagged for r in c.results):
        threshold = lay.n(c.dissent_threshold, 2)
        found.append(lay.note(t.flag_note.format(threshold=threshold)))
    if c.withheld:
        found.append(lay.note(t.withheld_note))
    return found + _bar_chart(lay) + _scatter(lay)


def _bar_chart(lay: Layout) -> list[Any]:
    t = lay.t
    rows = [
        charts.BarRow(
            label=r.title,
            value=r.score,
            value_text=lay.score(shown(r.score)),
            markers=(
                charts.Marker(r.pmo, lay.pmo, "circle"),
                charts.Marker(r.tmo, lay.tmo, "diamond"),
            ),
        )
        for r in lay.c.results
        if r.score is not None
    ]
    if not rows:
        return []
    legend = [
        charts.LegendItem(t.score, SCORE_COLOUR, "bar"),
        charts.LegendItem(t.pmo, lay.pmo, "circle"),
        charts.LegendItem(t.tmo, lay.tmo, "diamond"),
    ]
    drawing = charts.bar_chart(
        rows,
        legend,
        tick_text=lambda v: lay.n(v, 0),
        bar_colour=SCORE_COLOUR,
        axis_title=t.bar_axis,
    )
    return [Spacer(1, 10), KeepTogether([lay.h2(t.bar_title), drawing])]


SIDE_KEY_ROWS = 24
"""Up to this many proposals the key sits beside the scatter; more go below it."""


def _names(lay: Layout) -> dict[str, str]:
    """The words for the quantities a chart plots (services.chart_spec.Quantity)."""
    t = lay.t
    return {
        "pmo_score": t.scatter_x,
        "tmo_score": t.scatter_y,
        "score": t.score,
        "cost": t.cost,
        "benefit": t.benefit,
    }


def _not_shown(lay: Layout, chart: ChartEntry) -> str:
    t = lay.t
    if not chart.not_shown:
        return ""
    if chart.withheld:
        return t.scatter_withheld(chart.not_shown).format(withheld=chart.withheld)
    return t.scatter_not_shown(chart.not_shown)


def _scatter(lay: Layout) -> list[Any]:
    """PMO score against TMO score, drawn as `MinutesContent.office_chart` specifies it."""
    c, t, s = lay.c, lay.t, lay.s
    chart = c.office_chart
    if chart is None or (not chart.points and not chart.not_shown):
        return []
    missing = _not_shown(lay, chart)
    if not chart.points:
        return [Spacer(1, 10), lay.h2(t.scatter_title), lay.note(missing)]
    names = _names(lay)
    higher = {"pmo_score": t.pmo_higher, "tmo_score": t.tmo_higher}
    side_colour = {"pmo": lay.pmo, "tmo": lay.tmo}
    points = [
        charts.ScatterPoint(p.x, p.y, str(p.rank or ""), p.bubble, side_colour.get(p.higher))
        for p in chart.points
    ]
    sizes = sorted(p.bubble for p in chart.points if p.bubble is not None and p.bubble > 0)
    keys = [(lay.money(v), v) for v in dict.fromkeys((sizes[0], sizes[-1]))] if sizes else []
    drawing = charts.scatter_chart(
        points,
        tick_text=lambda v: lay.n(v, 0),
        colour=BUBBLE_COLOUR,
        x_title=names.get(chart.x, chart.x),
        y_title=names.get(chart.y, chart.y),
        x_range=chart.x_range,
        y_range=chart.y_range,
        diagonal=chart.diagonal,
        band=chart.band,
        above_note=higher.get(chart.y, "") if chart.diagonal else "",
        below_note=higher.get(chart.x, "") if chart.diagonal else "",
        size=SCATTER_SIZE,
    )
    key_width = FRAME_WIDTH - SCATTER_SIZE - 14
    biggest = sizes[-1] if sizes else 0.0
    legend = charts.bubble_legend(
        t.bubble_area.get(chart.bubble, ""), keys, biggest, BUBBLE_COLOUR, key_width
    )
    title_room = key_width - 16 - 52 - 4
    key_rows = [
        [
            str(p.rank or "—"),
            p.title
            if one_line(p.title, FONT, s.cell.fontSize, title_room)
            else para(p.title, s.cell),
            lay.money(p.bubble),
        ]
        for p in chart.points
    ]
    bubble_name = names.get(chart.bubble, chart.bubble)
    key = Table(
        [
            ["", para(tag("b", t.proposal), s.cell), para(tag("b", bubble_name), s.cell_right)],
            *key_rows,
        ],
        colWidths=[16, key_width - 16 - 52, 52],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, MUTED),
                ("FONTNAME", (0, 1), (-1, -1), FONT),
                ("FONTNAME", (0, 1), (0, -1), FONT_BOLD),
                ("FONTSIZE", (0, 1), (-1, -1), s.cell.fontSize),
                ("LEADING", (0, 1), (-1, -1), s.cell.leading),
                ("TEXTCOLOR", (0, 1), (-1, -1), s.cell.textColor),
                ("ALIGN", (2, 1), (2, -1), "RIGHT"),
            ]
        ),
        hAlign="LEFT",
    )
    words = t.scatter_note.format(band=lay.n(chart.band, 0))
    note = para(f"{words} {missing}".strip(), s.cell_small)
    if len(key_rows) > SIDE_KEY_ROWS:  # a long key goes below the chart, free to break pages
        key.repeatRows = 1
        return [
            Spacer(1, 10),
            KeepTogether([lay.h2(t.scatter_title), drawing, legend]),
            Spacer(1, 6),
            note,
            Spacer(1, 4),
            key,
        ]
    side = Table(
        [[drawing, [legend, Spacer(1, 6), key, Spacer(1, 8), note]]],
        colWidths=[SCATTER_SIZE + 14, key_width],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
        hAlign="LEFT",
    )
    return [Spacer(1, 10), KeepTogether([lay.h2(t.scatter_title), side])]


# --- the gap view -------------------------------------------------------------------------


def gaps(lay: Layout) -> list[Any]:
    c, t, s = lay.c, lay.t, lay.s
    if lay.results_missing() is not None:
        return []
    found = lay.h1(t.gap_view)
    if not any(r.gap is not None for r in c.results):
        withheld = [lay.note(t.withheld_note)] if c.withheld else []
        return [*found, lay.empty(t.no_gap), *withheld]
    found.append(para(t.gap_intro, s.body))
    chunks = _chunks(lay)
    for number, chunk in enumerate(chunks):
        found += [_heatmap(lay, chunk, overall=number == len(chunks) - 1), Spacer(1, 5)]
    found += _gap_legend(lay)
    if c.largest_gaps:
        found += [Spacer(1, 8), lay.h2(t.largest_gaps), _largest(lay, c.largest_gaps)]
    return found


def _column_width(text: str) -> float:
    """Room for a gap column: its heading's longest word, at least a signed two-digit figure."""
    words = [float(pdfmetrics.stringWidth(w, FONT, HEAD_SIZE)) for w in text.split()]
    return max([GAP_MIN_WIDTH, *words]) + 2 * GAP_PADDING + 1


def _chunks(lay: Layout) -> list[list[int]]:
    """The criteria split into tables that each fit beside a readable proposal column."""
    widths = [_column_width(x.name) for x in lay.c.criteria]
    overall = _column_width(lay.t.overall)
    chunks: list[list[int]] = [[]]
    used = 0.0
    for index, width in enumerate(widths):
        if chunks[-1] and used + width + overall > FRAME_WIDTH - TITLE_MIN_WIDTH:
            chunks.append([])
            used = 0.0
        chunks[-1].append(index)
        used += width
    return chunks


def gap_top(c: MinutesContent) -> float:
    """The gap shaded in the full office colour: the service's, else the largest printed."""
    if c.gap_top is not None:
        return c.gap_top
    printed = (v for r in c.results for v in (r.gap, *r.criterion_gaps) if v is not None)
    return max((abs(shown(v) or 0.0) for v in printed), default=0.0)


def gap_strength(value: float, top: float) -> float:
    """How strongly a gap is shaded: its size as shown against the largest (0 to 1)."""
    return 0.0 if top <= 0 else min(1.0, abs(shown(value) or 0.0) / top)


def _heatmap(lay: Layout, columns: Sequence[int], overall: bool) -> Table:
    c, t, s = lay.c, lay.t, lay.s
    head_style = ParagraphStyle(
        "gap_head",
        parent=s.header,
        fontName=FONT,
        fontSize=HEAD_SIZE,
        leading=HEAD_SIZE + 1.5,
        alignment=TA_CENTER,
    )
    names = [c.criteria[i].name for i in columns] + ([t.overall] if overall else [])
    header: list[Any] = [t.proposal, *(para(n, head_style) for n in names)]
    rows: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = [
        ("VALIGN", (1, 1), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 1), (-1, -1), "CENTER"),
        ("LEFTPADDING", (1, 0), (-1, -1), GAP_PADDING),
        ("RIGHTPADDING", (1, 0), (-1, -1), GAP_PADDING),
    ]
    if overall:
        extra.append(("FONTNAME", (-1, 1), (-1, -1), FONT_BOLD))
    top = gap_top(c)
    for row, r in enumerate(c.results, start=1):
        values = [r.criterion_gaps[i] if i < len(r.criterion_gaps) else None for i in columns]
        if overall:
            values.append(r.gap)
        cells: list[Any] = [r.title]  # the figures are plain strings, coloured by the style
        inks: list[Any] = []
        for column, value in enumerate(values, start=1):
            background = (
                colors.white
                if value is None
                else blend(lay.pmo if value > 0 else lay.tmo, gap_strength(value, top))
            )
            inks.append(MUTED if value is None else ink_for(background))
            cells.append(lay.n.signed(shown(value), SCORE_DIGITS))
            extra.append(("BACKGROUND", (column, row), (column, row), background))
        # one command per run of cells in the same ink (mostly one or two a row): reportlab
        # applies each command cell by cell, again whenever the table is split at a page end
        extra += [
            ("TEXTCOLOR", (first, row), (last, row), ink) for first, last, ink in _runs(inks, 1)
        ]
        rows.append(cells)
    extra.append(("GRID", (1, 1), (-1, -1), 0.8, colors.white))
    if overall:
        extra.append(("LINEBEFORE", (-1, 1), (-1, -1), 2.5, colors.white))
    minimums = [TITLE_MIN_WIDTH, *(_column_width(n) for n in names)]
    return data_table(
        header,
        rows,
        [3.4, *([1.0] * len(names))],
        s,
        extra=extra,
        zebra=False,
        minimums=minimums,
    )


def _runs(values: Sequence[Any], start: int) -> list[tuple[int, int, Any]]:
    """(first, last, value) of each run of equal values, numbered from `start`."""
    found: list[tuple[int, int, Any]] = []
    for index, value in enumerate(values, start=start):
        if found and found[-1][2] == value:
            found[-1] = (found[-1][0], index, value)
        else:
            found.append((index, index, value))
    return found


GRADIENT_STEPS = 16
GRADIENT_WIDTH = 54.0


def _gradient(lay: Layout, colour: colors.Color, label: str, top: float) -> Drawing:
    """What the colour means, then 0, a bar from white to `colour`, and the largest gap."""
    size = 7.0
    low, high = lay.n(0, 0), lay.n(top, SCORE_DIGITS)
    low_w = pdfmetrics.stringWidth(low, FONT, size)
    high_w = pdfmetrics.stringWidth(high, FONT, size)
    label_w = pdfmetrics.stringWidth(label, FONT, size + 0.5)
    width = label_w + 6 + low_w + 3 + GRADIENT_WIDTH + 3 + high_w + 1
    drawing = Drawing(width, 11)
    drawing.add(String(0, 2.5, label, fontName=FONT, fontSize=size + 0.5, fillColor=INK))
    x = label_w + 6
    drawing.add(String(x, 2.5, low, fontName=FONT, fontSize=size, fillColor=MUTED))
    x, step = x + low_w + 3, GRADIENT_WIDTH / GRADIENT_STEPS
    for i in range(GRADIENT_STEPS):
        fill = blend(colour, (i + 0.5) / GRADIENT_STEPS)
        drawing.add(Rect(x + i * step, 1, step + 0.3, 9, fillColor=fill, strokeColor=None))
    drawing.add(Rect(x, 1, GRADIENT_WIDTH, 9, fillColor=None, strokeColor=colour, strokeWidth=0.4))
    x += GRADIENT_WIDTH + 3
    drawing.add(String(x, 2.5, high, fontName=FONT, fontSize=size, fillColor=MUTED))
    return drawing


def _gap_legend(lay: Layout) -> list[Any]:
    """The colour scale: from 0 (white) to the largest gap shown (the office's full colour)."""
    c, t, s = lay.c, lay.t, lay.s
    top = gap_top(c)
    pmo, tmo = (
        _gradient(lay, lay.pmo, t.pmo_higher, top),
        _gradient(lay, lay.tmo, t.tmo_higher, top),
    )
    scale = Table(
        [[pmo, tmo]],
        colWidths=[pmo.width + 24, tmo.width],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
        hAlign="LEFT",
    )
    words = f"{t.gap_legend} {t.gap_span.format(top=lay.n(top, SCORE_DIGITS))}"
    if c.withheld:
        words += f" {t.withheld_note}"
    return [scale, Spacer(1, 2), para(words, s.cell_small)]


def _largest(lay: Layout, found: Sequence[GapEntry]) -> Table:
    t, s = lay.t, lay.s
    rows = [
        [
            str(index),
            g.proposal,
            g.criterion or t.overall,
            lay.n.signed(shown(g.gap), SCORE_DIGITS),
            t.pmo if g.gap > 0 else t.tmo,
        ]
        for index, g in enumerate(found, start=1)
    ]
    inks = [
        ("TEXTCOLOR", (3, row), (3, row), ink)
        for row, g in enumerate(found, start=1)
        if (ink := lay.gap_ink(g.gap)) is not None
    ]
    return data_table(
        (t.number_sign, t.proposal, t.criterion, t.gap, t.higher_rated_by),
        rows,
        (0.45, 4, 2.6, 0.9, 1.4),
        s,
        numeric={0, 3},
        bold={1},
        extra=inks,
    )


# --- the budget fit -----------------------------------------------------------------------


def fit(lay: Layout) -> list[Any]:
    c, t, s = lay.c, lay.t, lay.s
    if c.fit is None or c.portfolio is not None or lay.results_missing() is not None:
        return []  # with a portfolio section, the funded set is shown there
    f = c.fit
    found = lay.h1(t.fit, room=90 * mm)
    share = lay.n(100 * f.total_cost / f.budget, 1) + " %" if f.budget > 0 else "—"
    found.append(para(t.fit_intro, s.body))
    found.append(
        facts_table(
            [
                (t.budget, lay.money(f.budget)),
                (
                    t.chosen,
                    t.fit_summary(len(f.chosen)).format(
                        cost=lay.money(f.total_cost),
                        budget=lay.money(f.budget),
                        share=share,
                        left=lay.money(f.budget - f.total_cost),
                    ),
                ),
                (t.total_score, lay.score(shown(f.total_score))),
            ],
            s,
        )
    )
    rows: list[list[Any]] = []
    inks: list[tuple[Any, ...]] = [
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
        ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD),
    ]
    for row, (title, rank, score, cost, kind) in enumerate(f.chosen, start=1):
        rows.append(
            [
                "—" if rank is None else str(rank),
                title,
                lay.score(shown(score)),
                lay.money(cost),
                lay.kind(kind) if kind else "",
            ]
        )
        if kind:
            ink = colors.HexColor(KIND_COLOURS.get(kind, "#1F2933"))
            inks.append(("TEXTCOLOR", (4, row), (4, row), ink))
    rows.append(["", t.total, lay.score(shown(f.total_score)), lay.money(f.total_cost), ""])
    found += [
        Spacer(1, 8),
        data_table(
            (t.rank, t.proposal, t.score, t.cost, t.decision),
            rows,
            (0.6, 4.6, 1, 1.3, 1.7),
            s,
            numeric={0, 2, 3},
            bold={1},
            extra=inks,
        ),
    ]
    return found
