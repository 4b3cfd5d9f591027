"""The minutes' results sections: the ranking with its charts, the PMO-TMO gap view, the
budget fit. Every figure is an average: no participant is named here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import KeepTogether, PageBreak, Spacer, Table, TableStyle

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
from pmo_tmo_desktop.exchange.pdf_minutes_data import GapEntry
from pmo_tmo_desktop.exchange.pdf_minutes_layout import FLAG_COLOUR, KIND_COLOURS, Layout
from pmo_tmo_desktop.exchange.pdf_tables import data_table, facts_table, one_line

SCORE_COLOUR = colors.HexColor("#8796AA")
BUBBLE_COLOUR = colors.HexColor("#5B6B82")
FLAG_BACKGROUND = colors.HexColor("#FDECEA")
GAP_FULL = 40.0
"""A gap of this many points (or more) is shaded in the office's full colour."""
HEAD_SIZE = 7.0
GAP_PADDING = 3.0
GAP_MIN_WIDTH = 22.0
TITLE_MIN_WIDTH = 130.0
"""The proposal column of the gap view is at least this wide; more criteria than fit beside
it continue in a second table."""
AGREE_BAND = 10.0
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
        dissent: object = lay.n(r.dissent, 2)
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
                lay.score(r.score),
                lay.score(r.pmo),
                lay.score(r.tmo),
                lay.n.signed(r.gap, 1),
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
    return found + _bar_chart(lay) + _scatter(lay)


def _bar_chart(lay: Layout) -> list[Any]:
    t = lay.t
    rows = [
        charts.BarRow(
            label=r.title,
            value=r.score,
            value_text=lay.score(r.score),
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


def _scatter(lay: Layout) -> list[Any]:
    c, t, s = lay.c, lay.t, lay.s
    shown = [r for r in c.results if r.pmo is not None and r.tmo is not None]
    if not shown:
        return []
    points = [
        charts.ScatterPoint(r.pmo or 0.0, r.tmo or 0.0, str(r.rank or ""), r.cost) for r in shown
    ]
    drawing = charts.scatter_chart(
        points,
        tick_text=lambda v: lay.n(v, 0),
        colour=BUBBLE_COLOUR,
        x_title=t.scatter_x,
        y_title=t.scatter_y,
        above_note=t.scatter_above,
        below_note=t.scatter_below,
        size=SCATTER_SIZE,
        band=AGREE_BAND,
    )
    key_width = FRAME_WIDTH - SCATTER_SIZE - 14
    title_room = key_width - 16 - 52 - 4
    key_rows = [
        [
            str(r.rank or "—"),
            r.title
            if one_line(r.title, FONT, s.cell.fontSize, title_room)
            else para(r.title, s.cell),
            lay.money(r.cost),
        ]
        for r in shown
    ]
    key = Table(
        [["", para(tag("b", t.proposal), s.cell), para(tag("b", t.cost), s.cell_right)], *key_rows],
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
    note = para(t.scatter_note.format(band=lay.n(AGREE_BAND, 0)), s.cell_small)
    if len(key_rows) > SIDE_KEY_ROWS:  # a long key goes below the chart, free to break pages
        key.repeatRows = 1
        return [
            Spacer(1, 10),
            KeepTogether([lay.h2(t.scatter_title), drawing]),
            Spacer(1, 6),
            note,
            Spacer(1, 4),
            key,
        ]
    side = Table(
        [[drawing, [key, Spacer(1, 8), note]]],
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
        return [*found, lay.empty(t.no_gap)]
    found.append(para(t.gap_intro, s.body))
    chunks = _chunks(lay)
    for number, chunk in enumerate(chunks):
        found += [_heatmap(lay, chunk, overall=number == len(chunks) - 1), Spacer(1, 5)]
    found.append(_gap_legend(lay))
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
    for row, r in enumerate(c.results, start=1):
        values = [r.criterion_gaps[i] if i < len(r.criterion_gaps) else None for i in columns]
        if overall:
            values.append(r.gap)
        cells: list[Any] = [r.title]  # the figures are plain strings, coloured by the style
        for column, value in enumerate(values, start=1):
            background = (
                colors.white
                if value is None
                else blend(lay.pmo if value > 0 else lay.tmo, abs(value) / GAP_FULL)
            )
            ink = MUTED if value is None else ink_for(background)
            cells.append(lay.n.signed(value, 0))
            extra.append(("BACKGROUND", (column, row), (column, row), background))
            extra.append(("TEXTCOLOR", (column, row), (column, row), ink))
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


def _gap_legend(lay: Layout) -> Table:
    t, s = lay.t, lay.s
    label_width = 95.0
    cells: list[Any] = []
    for label in (t.pmo_higher, t.tmo_higher):
        cells += ["", para(label, s.cell_small)]
    cells.append(para(t.gap_legend, s.cell_small))
    return Table(
        [cells],
        colWidths=[9, label_width, 9, label_width, FRAME_WIDTH - 18 - 2 * label_width],
        rowHeights=[12],
        style=TableStyle(
            [
                ("BACKGROUND", (0, 0), (0, 0), lay.pmo),
                ("BACKGROUND", (2, 0), (2, 0), lay.tmo),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
        hAlign="LEFT",
    )


def _largest(lay: Layout, found: Sequence[GapEntry]) -> Table:
    t, s = lay.t, lay.s
    rows = [
        [
            str(index),
            g.proposal,
            g.criterion or t.overall,
            lay.n.signed(g.gap, 1),
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
    if c.fit is None or lay.results_missing() is not None:
        return []
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
                    t.fit_summary.format(
                        n=len(f.chosen),
                        cost=lay.money(f.total_cost),
                        budget=lay.money(f.budget),
                        share=share,
                        left=lay.money(f.budget - f.total_cost),
                    ),
                ),
                (t.total_score, lay.score(f.total_score)),
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
                lay.score(score),
                lay.money(cost),
                lay.kind(kind) if kind else "",
            ]
        )
        if kind:
            ink = colors.HexColor(KIND_COLOURS.get(kind, "#1F2933"))
            inks.append(("TEXTCOLOR", (4, row), (4, row), ink))
    rows.append(["", t.total, lay.score(f.total_score), lay.money(f.total_cost), ""])
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
