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
    Markup,
    Styles,
    esc,
    hex_of,
    para,
    tag,
)
from pmo_tmo_desktop.exchange.pdf_document import Contents


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
    bold: Collection[int] = (),
) -> list[float]:
    """Per column: room for the longest word of its (text) heading and of its text cells,
    and for a numeric column its longest (text) figure, so none is ever broken in the middle
    ("Abgeschl-ossen"). A word longer than a third of the frame (a web address) may still
    wrap: it would squeeze every other column."""
    size = styles.header.fontSize
    found = [
        _longest_word(h, FONT_BOLD, size) + 2 * PADDING + 1 if isinstance(h, str) else 0.0
        for h in header
    ]
    seen: set[tuple[int, str]] = set()
    for row in rows:
        for column, value in enumerate(row[: len(found)]):
            if not isinstance(value, str) or isinstance(value, Markup):
                continue
            if column in numeric or (column, value) in seen:
                continue
            seen.add((column, value))
            face = FONT_BOLD if column in bold else FONT
            word = _longest_word(value, face, styles.cell.fontSize) + 2 * PADDING + 1
            found[column] = max(found[column], min(word, FRAME_WIDTH / 3))
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
        minimums = minimum_widths(header, rows, {*numeric, *whole}, styles, bold)
    widths = fit_widths(weights, width, minimums)
    cell = styles.cell
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
    styles_of = _TextStyles(commands, len(header), len(rows) + 1)

    def wrap(value: Cell, column: int, row: int) -> Any:
        if value is None:
            return ""
        if not isinstance(value, str):
            return value
        if row == 0:
            return para(value, styles.header_right if column in numeric else styles.header)
        font, ink = styles_of.of(column, row)
        if one_line(value, font, cell.fontSize, widths[column] - 2 * PADDING):
            return value  # drawn as it is: no markup to read, nothing to wrap
        # too long for one line: a Paragraph, in the face and colour the table gives the cell
        marked = esc(value)
        if font == FONT_BOLD:
            marked = Markup(f"<b>{marked}</b>")
        if ink is not None and hex_of(ink) != hex_of(cell.textColor):
            marked = tag("font", marked, color=hex_of(ink))
        return para(marked, styles.cell_right if column in numeric else styles.cell)

    body = [[wrap(h, i, 0) for i, h in enumerate(header)]]
    body += [[wrap(v, i, r) for i, v in enumerate(values)] for r, values in enumerate(rows, 1)]

    def make(split_rows: bool) -> Table:
        return (Table if split_rows else _MeasuredOnce)(
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


class _MeasuredOnce(Table):  # type: ignore[misc]  # reportlab is untyped
    """A data table measures its cells once.

    Its columns have fixed widths and it spans no cells, so its rows' heights do not depend on
    the room it is offered; reportlab measures every cell again at each wrap nonetheless (when
    the table is checked for tall rows, placed in a frame, split at a page's end). The parts
    of a split are new tables, given the row heights found here. (A table split inside a
    row is left to reportlab as it is.)
    """

    def _calc(self, availWidth: float, availHeight: float) -> None:
        if self.__dict__.get("_measured"):
            return
        super()._calc(availWidth, availHeight)
        self._measured = not self._spanCmds


class _TextStyles:
    """The font name and text colour a table's style commands give each cell (the last
    command that covers a cell wins, as in reportlab). Single-cell commands are looked up,
    not scanned: a heat map carries one per cell."""

    def __init__(self, commands: Sequence[tuple[Any, ...]], columns: int, rows: int) -> None:
        self._rows: dict[int, list[tuple[int, str, int, int, Any]]] = {}
        """Per row, the range commands that cover it: (order, name, first column, last
        column, value) — a heat map's colour runs are many, each on one row."""
        self._cells: dict[tuple[int, int, str], tuple[int, Any]] = {}
        for order, command in enumerate(commands):
            if command[0] not in ("FONTNAME", "TEXTCOLOR"):
                continue
            (c0, r0), (c1, r1) = command[1], command[2]
            c0, c1 = (c if c >= 0 else columns + c for c in (c0, c1))
            r0, r1 = (r if r >= 0 else rows + r for r in (r0, r1))
            if (c0, r0) == (c1, r1):
                self._cells[(c0, r0, command[0])] = (order, command[3])
            else:
                entry = (order, command[0], c0, c1, command[3])
                for r in range(max(r0, 0), min(r1, rows - 1) + 1):
                    self._rows.setdefault(r, []).append(entry)

    def _last(self, name: str, column: int, row: int) -> Any:
        found = self._cells.get((column, row, name), (-1, None))
        for order, kind, c0, c1, value in self._rows.get(row, ()):
            if kind == name and order > found[0] and c0 <= column <= c1:
                found = (order, value)
        return found[1]

    def of(self, column: int, row: int) -> tuple[str, Any]:
        return self._last("FONTNAME", column, row) or FONT, self._last("TEXTCOLOR", column, row)


def one_line(text: str, font: str, size: float, room: float) -> bool:
    """Whether `text` can go into a cell as a plain string: it is not markup (a `Markup`
    holds tags), has no line break, tab or control character, no run of spaces and no space
    at either end (a Paragraph would fold those, so a plain cell must not differ), and fits
    on one line. Such a cell skips the Paragraph machinery (parsing, wrapping), which is
    most of a long table's layout time."""
    return (
        type(text) is str
        and text.isprintable()
        and "  " not in text
        and text == text.strip()
        and pdfmetrics.stringWidth(text, font, size) <= room
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
