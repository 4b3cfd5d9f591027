"""Tables for the PDF documents: data tables that fit the page, key facts, contents.

A data table repeats its header row on every page, stripes its rows, right-aligns numbers,
wraps text in its cells and never breaks a heading word, a figure or a date in the middle;
its columns share the frame's width by weight. All text goes through `pdf_base.para`, so
user text is escaped.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Table, TableStyle

from pmo_tmo_desktop.exchange.pdf_base import (
    FONT,
    FONT_BOLD,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    HEADER_BG,
    MUTED,
    RULE,
    WHITE,
    ZEBRA,
    Contents,
    Styles,
    para,
    tag,
)


def contents(styles: Styles) -> Contents:
    """A table of contents of the document's headings (see `heading`), with page numbers and
    links; `build_pdf` fills it in from the story and lays the document out once."""
    toc = Contents()
    toc.levelStyles = [
        ParagraphStyle(
            "contents",
            parent=styles.body,
            fontSize=9.5,
            leading=11.5,
            spaceAfter=0,
            leftIndent=0,
            firstLineIndent=0,
        )
    ]
    toc.tableStyle = TableStyle(
        [
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1.25),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.25),
        ]
    )
    return toc


def height_of(flowables: Sequence[Any], width: float = FRAME_WIDTH) -> float:
    """The height `flowables` take in a column of `width`, spacing included."""
    total = 0.0
    for flowable in flowables:
        total += flowable.wrap(width, FRAME_HEIGHT)[1]
        total += flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


# --- tables ---------------------------------------------------------------------------------

Cell = object
"""A table cell: text (escaped), a Markup, a Flowable, or None for an empty cell."""


def fit_widths(
    weights: Sequence[float], width: float = FRAME_WIDTH, minimums: Sequence[float] = ()
) -> list[float]:
    """Column widths in points, proportional to `weights`, filling `width` exactly.

    A column is never narrower than its entry in `minimums` (as far as the width allows):
    the others give up room in proportion to their weights.
    """
    count = len(weights)
    floor = [minimums[i] if i < len(minimums) else 0.0 for i in range(count)]
    fixed: dict[int, float] = {}
    while True:
        free = [i for i in range(count) if i not in fixed]
        room = width - sum(fixed.values())
        total = sum(weights[i] for i in free) or 1.0
        widths = {i: room * weights[i] / total for i in free}
        short = [i for i in free if widths[i] < floor[i]]
        if not short or sum(floor) >= width:
            break
        for i in short:
            fixed[i] = floor[i]
    return [fixed[i] if i in fixed else widths[i] for i in range(count)]


PADDING = 4.0
"""Left and right padding of a data table's cells."""


def _longest_word(text: str, font: str, size: float) -> float:
    return max((pdfmetrics.stringWidth(w, font, size) for w in text.split()), default=0.0)


def minimum_widths(
    header: Sequence[object],
    rows: Sequence[Sequence[object]],
    numeric: Collection[int],
    styles: Styles,
) -> list[float]:
    """Per column: room for the longest word of its (text) heading, and for a numeric column
    its longest (text) figure, so neither is ever broken in the middle."""
    size = styles.header.fontSize
    found = [
        _longest_word(h, FONT_BOLD, size) + 2 * PADDING + 1 if isinstance(h, str) else 0.0
        for h in header
    ]
    for column in numeric:
        figures = [r[column] for r in rows if column < len(r) and isinstance(r[column], str)]
        widest = max(
            (pdfmetrics.stringWidth(f, FONT, styles.cell.fontSize) for f in figures), default=0.0
        )
        if column < len(found):
            found[column] = max(found[column], widest + 2 * PADDING + 1)
    return found


def data_table(
    header: Sequence[Cell],
    rows: Sequence[Sequence[Cell]],
    weights: Sequence[float],
    styles: Styles,
    *,
    numeric: Collection[int] = (),
    whole: Collection[int] = (),
    width: float = FRAME_WIDTH,
    extra: Sequence[tuple[Any, ...]] = (),
    zebra: bool = True,
    minimums: Sequence[float] | None = None,
    bold: Collection[int] = (),
) -> Table:
    """A data table that fits the frame: a header row repeated on every page, zebra rows,
    numbers right-aligned, text wrapped in its cell, a row too tall for a page split inside.

    Cells (and headings) are text (escaped), Markup, a Flowable or a list of them, or None.
    Columns share `width` by `weights`, each at least as wide as its longest heading word and
    (numeric and `whole` columns: dates, codes) its longest text, or `minimums` when given.
    Text in `bold` columns is set in bold.
    A row is split across pages only when it is too tall to move whole to the next page.
    """

    if minimums is None:
        minimums = minimum_widths(header, rows, {*numeric, *whole}, styles)
    widths = fit_widths(weights, width, minimums)
    cell = styles.cell

    def wrap(value: Cell, column: int, head: bool = False) -> Any:
        if value is None:
            return ""
        if isinstance(value, str):
            if head:
                return para(value, styles.header_right if column in numeric else styles.header)
            font = FONT_BOLD if column in bold else cell.fontName
            if one_line(value, font, cell.fontSize, widths[column] - 2 * PADDING):
                return value  # drawn as it is: no markup to read, nothing to wrap
            if column in bold:
                value = tag("b", value)
            return para(value, styles.cell_right if column in numeric else styles.cell)
        return value

    body = [[wrap(h, i, head=True) for i, h in enumerate(header)]]
    body += [[wrap(v, i) for i, v in enumerate(row)] for row in rows]
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
        # plain-text cells look like the Paragraph cells around them
        ("FONTNAME", (0, 1), (-1, -1), cell.fontName),
        ("FONTSIZE", (0, 1), (-1, -1), cell.fontSize),
        ("LEADING", (0, 1), (-1, -1), cell.leading),
        ("TEXTCOLOR", (0, 1), (-1, -1), cell.textColor),
        *(("ALIGN", (c, 1), (c, -1), "RIGHT") for c in numeric),
        *(("FONTNAME", (c, 1), (c, -1), FONT_BOLD) for c in bold),
    ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [WHITE, ZEBRA]))
    commands += list(extra)

    def make(split_rows: bool) -> Table:
        return Table(
            body,
            colWidths=widths,
            repeatRows=1,
            splitInRow=1 if split_rows else 0,
            style=TableStyle(commands),
            hAlign="LEFT",
        )

    table = make(False)
    table.wrap(width, FRAME_HEIGHT)
    if max(table._rowHeights, default=0) > FRAME_HEIGHT * TALL_ROW:
        table = make(True)
    return table


def one_line(text: str, font: str, size: float, room: float) -> bool:
    """Whether `text` can go into a cell as a plain string: it is not markup (a `Markup`
    holds tags), has no line break and fits on one line. Such a cell skips the Paragraph
    machinery (parsing, wrapping), which is most of a long table's layout time."""
    return (
        type(text) is str and "\n" not in text and pdfmetrics.stringWidth(text, font, size) <= room
    )


TALL_ROW = 0.4
"""A table row taller than this share of the page's frame may be split across pages."""


def facts_table(
    pairs: Sequence[tuple[str, Cell]], styles: Styles, width: float = FRAME_WIDTH
) -> Table:
    """Label / value rows (a cover's key facts): labels muted, a hairline between rows."""
    label = ParagraphStyle("fact_label", parent=styles.cell, textColor=MUTED, fontSize=9)
    value = ParagraphStyle("fact_value", parent=styles.cell, fontSize=10, leading=13)
    rows = [[para(k, label), v if not isinstance(v, str) else para(v, value)] for k, v in pairs]
    return Table(
        rows,
        colWidths=fit_widths((1, 3.2), width),
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        ),
        hAlign="LEFT",
    )
