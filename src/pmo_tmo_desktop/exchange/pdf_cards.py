"""Name cards for the room: one card per participant, eight to an A4 page.

`write_cards(path, content, texts)` lays out plain data (`CardsContent`, built by
services.cards) in the words of `CardsTexts` (translated by the caller). Each card carries
the workshop's title, the person's name (and office when the workshop shows it), a QR code
of their personal link, the link itself, their personal code and one line of instructions;
a light dashed border around each card is where it is cut.

The QR code is drawn as vector rectangles from segno's module matrix, inside its quiet zone
of four light modules, so it prints sharp at any size. Names and codes are drawn on the
canvas as plain text (never as Paragraph markup), with control characters removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import segno
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, PageBreak, Table, TableStyle

from pmo_tmo_desktop.exchange.pdf_base import (
    ACCENT,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    RULE,
    fit_text,
    register_fonts,
)
from pmo_tmo_desktop.exchange.pdf_document import PageTexts, PdfMeta, build_pdf

__all__ = [
    "CARD_HEIGHT",
    "CARD_WIDTH",
    "QR_SIZE",
    "QUIET_ZONE",
    "Card",
    "CardsContent",
    "CardsTexts",
    "qr_matrix",
    "write_cards",
]

COLUMNS, ROWS = 2, 4
CARD_WIDTH = 85 * mm
CARD_HEIGHT = 62 * mm
PADDING = 5 * mm
TOP_PADDING = 3.5 * mm
QR_SIZE = 30 * mm
"""The side of the QR symbol itself, its quiet zone not counted."""
QUIET_ZONE = 4
"""Light modules around the symbol, as the QR standard asks."""
QR_INK = colors.black
NAME_SIZES = (17, 16, 15, 14, 13, 12, 11)


@dataclass(frozen=True, slots=True)
class CardsTexts:
    """The words of the name cards; the defaults are the English source texts."""

    title: str = "Name cards: {title}"
    subject: str = "Name cards with the personal links of the workshop {title}"
    keywords: tuple[str, ...] = ("name cards", "workshop", "room", "QR code")
    page: str = "Page {page} of {pages}"
    footer: str = "Cut along the dashed lines."
    code: str = "Personal code"
    instructions: str = "Scan with your phone's camera, or open the address and enter the code."


@dataclass(frozen=True, slots=True)
class Card:
    """One participant's card: `office` is None where the workshop hides it."""

    name: str
    office: str | None
    link: str
    code: str


@dataclass(frozen=True, slots=True)
class CardsContent:
    title: str
    """The workshop's title."""
    cards: tuple[Card, ...]
    organisation: str = ""
    language: str = "en"


# --- the QR code ---------------------------------------------------------------------------


def qr_matrix(link: str) -> tuple[tuple[bool, ...], ...]:
    """The QR code of `link` as rows of modules (True: dark), its quiet zone included."""
    code = segno.make_qr(link)
    return tuple(tuple(bool(m) for m in row) for row in code.matrix_iter(border=QUIET_ZONE))


def _draw_qr(canvas: Any, link: str, x: float, y: float, size: float) -> None:
    """The QR code of `link` with its symbol (quiet zone not counted) `size` points wide and
    its bottom-left corner at (x, y); the quiet zone lies around it, left light."""
    matrix = qr_matrix(link)
    count = len(matrix) - 2 * QUIET_ZONE
    module = size / count
    left = x - QUIET_ZONE * module
    top = y + size + QUIET_ZONE * module
    canvas.saveState()
    canvas.setFillColor(QR_INK)
    for r, row in enumerate(matrix):
        c = 0
        while c < len(row):
            if not row[c]:
                c += 1
                continue
            start = c
            while c < len(row) and row[c]:
                c += 1
            canvas.rect(
                left + start * module,
                top - (r + 1) * module,
                (c - start) * module,
                module,
                stroke=0,
                fill=1,
            )
    canvas.restoreState()


# --- text ----------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def _plain(text: object) -> str:
    """One line of plain text: line breaks and tabs become spaces, control characters go."""
    return " ".join(_CONTROL.sub(" ", "" if text is None else str(text)).split())


def _name_lines(name: str, width: float) -> tuple[list[str], float]:
    """The name in the largest size that fits one line; else two lines at the smallest."""
    for size in NAME_SIZES:
        if pdfmetrics.stringWidth(name, FONT_BOLD, size) <= width:
            return [name], size
    size = NAME_SIZES[-1]
    lines = simpleSplit(name, FONT_BOLD, size, width)
    if len(lines) > 2:
        lines = [lines[0], fit_text(" ".join(lines[1:]), FONT_BOLD, size, width)]
    return [fit_text(line, FONT_BOLD, size, width) for line in lines], size


def _link_lines(link: str, font: str, size: float, width: float) -> list[str]:
    """The link broken into lines that fit `width`: before the earliest "/" of its path
    that lets the rest fit, else before the last "/" that fits, else anywhere."""
    lines: list[str] = []
    rest = link
    while rest:
        if pdfmetrics.stringWidth(rest, font, size) <= width:
            lines.append(rest)
            break
        end = 1
        while end < len(rest) and pdfmetrics.stringWidth(rest[: end + 1], font, size) <= width:
            end += 1
        after_scheme = rest.find("://") + 3 if "://" in rest else 1
        slashes = [i for i in range(max(after_scheme, 1), end) if rest[i] == "/"]
        fitting = [i for i in slashes if pdfmetrics.stringWidth(rest[i:], font, size) <= width]
        cut = fitting[0] if fitting else slashes[-1] if slashes else end
        lines.append(rest[:cut])
        rest = rest[cut:]
    return lines


def _quiet_zone(link: str) -> float:
    """How far the QR code's quiet zone reaches beyond its symbol, in points."""
    count = len(segno.make_qr(link).matrix)
    return float(QUIET_ZONE * QR_SIZE / count)


def _lowest(first: float, lines: int, size: float, office: bool) -> float:
    """How low the name (and office) below it reach, from the first line's baseline."""
    last = first - (lines - 1) * size * 1.15
    return last - size * 0.24 - (2 + 7 + 2.5 if office else 0)


# --- a card --------------------------------------------------------------------------------


class CardFlowable(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """One name card, CARD_WIDTH by CARD_HEIGHT, drawn on the canvas."""

    def __init__(self, card: Card, title: str, texts: CardsTexts) -> None:
        super().__init__()
        self.card, self.title, self.texts = card, title, texts
        self.width, self.height = CARD_WIDTH, CARD_HEIGHT

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        card, inner = self.card, CARD_WIDTH - 2 * PADDING
        c.saveState()
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.setDash(3, 2)
        c.rect(0, 0, CARD_WIDTH, CARD_HEIGHT, stroke=1, fill=0)
        c.setDash()

        y = CARD_HEIGHT - TOP_PADDING - 6
        c.setFont(FONT, 7.5)
        c.setFillColor(MUTED)
        c.drawString(PADDING, y, fit_text(_plain(self.title), FONT, 7.5, inner))
        c.setStrokeColor(ACCENT)
        c.setLineWidth(1.2)
        c.line(PADDING, y - 2 * mm, PADDING + 12 * mm, y - 2 * mm)

        quiet_top = PADDING + QR_SIZE + _quiet_zone(card.link) + 1
        office = _plain(card.office) if card.office else ""
        lines, size = _name_lines(_plain(card.name), inner)
        first = y - 3.4 * mm - size * 0.76
        if _lowest(first, len(lines), size, bool(office)) < quiet_top:
            lines = [fit_text(" ".join(lines), FONT_BOLD, size, inner)]
        c.setFont(FONT_BOLD, size)
        c.setFillColor(INK)
        y = first
        for line in lines:
            c.drawString(PADDING, y, line)
            y -= size * 1.15
        if office:
            c.setFont(FONT, 9)
            c.setFillColor(MUTED)
            y += size * 1.15 - size * 0.24 - 2 - 7
            c.drawString(PADDING, y, fit_text(office, FONT, 9, inner))

        _draw_qr(c, card.link, PADDING, PADDING, QR_SIZE)

        left = PADDING + QR_SIZE + 5.5 * mm
        width = CARD_WIDTH - PADDING - left
        top = PADDING + QR_SIZE
        c.setFont(FONT, 7)
        c.setFillColor(MUTED)
        c.drawString(left, top - 7, fit_text(self.texts.code, FONT, 7, width))
        code = _plain(card.code)
        code_size = 15.0
        while code_size > 9 and pdfmetrics.stringWidth(code, FONT_BOLD, code_size) > width:
            code_size -= 0.5
        c.setFont(FONT_BOLD, code_size)
        c.setFillColor(ACCENT)
        c.drawString(left, top - 9 - code_size, code)

        y = top - 9 - code_size - 4 * mm
        c.setFont(FONT, 6.5)
        c.setFillColor(INK)
        for line in _link_lines(_plain(card.link), FONT, 6.5, width):
            c.drawString(left, y, line)
            y -= 8
        y -= 2.5 * mm - 8
        c.setFont(FONT, 6.5)
        c.setFillColor(MUTED)
        for line in simpleSplit(_plain(self.texts.instructions), FONT, 6.5, width)[:4]:
            y -= 8
            c.drawString(left, y, line)
        c.restoreState()


# --- the document --------------------------------------------------------------------------


def story(content: CardsContent, texts: CardsTexts) -> list[Any]:
    """A table of COLUMNS × ROWS cards per page."""
    per_page = COLUMNS * ROWS
    found: list[Any] = []
    cards = list(content.cards)
    for first in range(0, len(cards), per_page):
        page = cards[first : first + per_page]
        cells: list[Any] = [CardFlowable(card, content.title, texts) for card in page]
        cells += [""] * (-len(cells) % COLUMNS)
        rows = [cells[i : i + COLUMNS] for i in range(0, len(cells), COLUMNS)]
        table = Table(
            rows,
            colWidths=[CARD_WIDTH] * COLUMNS,
            rowHeights=[CARD_HEIGHT] * len(rows),
            hAlign="CENTER",
        )
        table.setStyle(TableStyle([("PADDING", (0, 0), (-1, -1), 0)]))
        if found:
            found.append(PageBreak())
        found.append(table)
    return found


def write_cards(path: str | Path, content: CardsContent, texts: CardsTexts | None = None) -> None:
    """Write the name cards PDF to `path`, atomically: a failure leaves no file behind."""
    texts = texts or CardsTexts()
    register_fonts()
    title = texts.title.format(title=content.title)
    meta = PdfMeta(
        title=title,
        author=content.organisation,
        subject=texts.subject.format(title=content.title),
        keywords=texts.keywords,
        organisation=content.organisation,
        language=content.language,
    )
    build_pdf(path, story(content, texts), meta, PageTexts(texts.page, texts.footer))
