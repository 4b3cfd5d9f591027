"""Shared PDF machinery for every document the app prints (minutes, pre-read pack, handbook).

reportlab platypus on A4 portrait with the bundled DejaVu Sans family, so any language the
participants write in renders. The rules every document follows:

- user text reaches a Paragraph only through `esc` (or the helpers that call it): a plain
  `str` is always escaped, only a `Markup` (our own tags around escaped text) passes as is;
- the page, its running header and footer, the metadata and the atomic write are
  `pdf_document`'s (`build_pdf`);
- plain text in a data table's cell goes in as a plain string (pdf_tables.one_line), never
  as markup, so it needs no escaping.

Charts live in `pdf_charts`; this module is pure data in, file out: no Qt, no database.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

from pmo_tmo_desktop.domain.figures import half_away
from pmo_tmo_desktop.resources import resource

rl_config.shapeChecking = 0
"""reportlab validates every attribute of a chart's shapes each time one is set, a check its
settings describe as slowing shapes down to help while developing a drawing; ours are made
by tested code, so charts are built without it (a fifth of a results section's layout time;
the pages are the same)."""

# --- page geometry -------------------------------------------------------------------------

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

# --- fonts ----------------------------------------------------------------------------------

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
_font_lock = threading.Lock()


def register_fonts(folder: Path | None = None) -> None:
    """Register the DejaVu Sans family once, as a family so <b> and <i> pick the right face."""
    with _font_lock:
        if FONT in pdfmetrics.getRegisteredFontNames():
            return
        where = folder if folder is not None else resource("fonts")
        for name, file in _FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(where / file)))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
        )


# --- colours --------------------------------------------------------------------------------

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#5F6B7A")
ACCENT = colors.HexColor("#1F3A5F")
RULE = colors.HexColor("#C9D1DB")
ZEBRA = colors.HexColor("#F2F5F8")
HEADER_BG = ACCENT
HEADER_FG = colors.white
WHITE = colors.white


def colour(value: str, fallback: str = "#6B7C93") -> colors.Color:
    """A colour from '#RRGGBB' text (the workspace's office colours); `fallback` if unusable."""
    text = value.strip() if isinstance(value, str) else ""
    if re.fullmatch(r"#[0-9A-Fa-f]{6}", text):
        return colors.HexColor(text)
    return colors.HexColor(fallback)


def blend(base: colors.Color, strength: float) -> colors.Color:
    """`base` faded towards white: 0 is white, 1 the full colour."""
    s = max(0.0, min(1.0, strength))
    return colors.Color(1 + (base.red - 1) * s, 1 + (base.green - 1) * s, 1 + (base.blue - 1) * s)


def ink_for(background: colors.Color) -> colors.Color:
    """Dark or white text, whichever reads better on `background` (WCAG relative luminance)."""

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else float(((c + 0.055) / 1.055) ** 2.4)

    lum = (
        0.2126 * linear(background.red)
        + 0.7152 * linear(background.green)
        + 0.0722 * linear(background.blue)
    )
    return INK if lum > 0.36 else WHITE


def hex_of(value: colors.Color) -> str:
    return "#" + str(value.hexval())[2:].upper()


# --- safe text ------------------------------------------------------------------------------


class Markup(str):
    """Text that is already Paragraph markup: escaped user text inside our own tags."""

    __slots__ = ()


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def esc(text: object) -> Markup:
    """User text made safe for a Paragraph: & < > escaped, line breaks kept as <br/>.

    A `Markup` is returned unchanged; None is empty text. Control characters an XML parser
    refuses are dropped, tabs become spaces.
    """
    if isinstance(text, Markup):
        return text
    plain = "" if text is None else str(text)
    plain = _CONTROL.sub("", plain).replace("\r\n", "\n").replace("\r", "\n")
    plain = plain.replace("\t", " ")
    escaped = escape(plain, {'"': "&quot;"})
    return Markup("<br/>".join(escaped.split("\n")))


def markup(template: str, **values: object) -> Markup:
    """Our own markup template filled with escaped values ({name} placeholders)."""
    return Markup(template.format(**{k: esc(v) for k, v in values.items()}))


def tag(name: str, text: object, **attributes: str) -> Markup:
    """`text` escaped inside one tag: tag("b", title), tag("font", x, color="#C00")."""
    attrs = "".join(f' {k}="{escape(v, {chr(34): "&quot;"})}"' for k, v in attributes.items())
    return Markup(f"<{name}{attrs}>{esc(text)}</{name}>")


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """`text` shortened with an ellipsis so that it fits `width` points (canvas drawing)."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    ellipsis = "…"
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if pdfmetrics.stringWidth(text[:middle].rstrip() + ellipsis, font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ellipsis if low else ""


# --- styles ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Styles:
    kicker: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    bullet: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_small: ParagraphStyle
    header: ParagraphStyle
    header_right: ParagraphStyle


def make_styles() -> Styles:
    register_fonts()
    base = ParagraphStyle(
        "base", fontName=FONT, fontSize=9.5, leading=13.5, textColor=INK, spaceAfter=5
    )

    def derive(name: str, **changes: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    cell = derive("cell", fontSize=8.5, leading=11, spaceAfter=0)
    header = derive(
        "header",
        fontName=FONT_BOLD,
        fontSize=8.5,
        leading=10.5,
        textColor=HEADER_FG,
        spaceAfter=0,
    )
    return Styles(
        kicker=derive(
            "kicker",
            fontName=FONT_BOLD,
            fontSize=11,
            leading=14,
            textColor=MUTED,
            spaceAfter=6,
        ),
        title=derive(
            "title",
            fontName=FONT_BOLD,
            fontSize=24,
            leading=30,
            textColor=ACCENT,
            spaceAfter=10,
        ),
        subtitle=derive("subtitle", fontSize=12, leading=16, textColor=MUTED, spaceAfter=14),
        h1=derive(
            "h1",
            fontName=FONT_BOLD,
            fontSize=15,
            leading=19,
            textColor=ACCENT,
            spaceBefore=16,
            spaceAfter=6,
            keepWithNext=1,
        ),
        h2=derive(
            "h2",
            fontName=FONT_BOLD,
            fontSize=11,
            leading=14.5,
            textColor=INK,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,
        ),
        body=base,
        small=derive("small", fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=3),
        note=derive("note", fontSize=8, leading=10.5, textColor=MUTED, spaceBefore=3),
        bullet=derive("bullet", leftIndent=12, bulletIndent=2, spaceAfter=3, bulletFontName=FONT),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_small=ParagraphStyle(
            "cell_small", parent=cell, fontSize=7.5, leading=9.5, textColor=MUTED
        ),
        header=header,
        header_right=ParagraphStyle("header_right", parent=header, alignment=TA_RIGHT),
    )


class Para(Paragraph):  # type: ignore[misc]  # reportlab is untyped
    """A Paragraph that remembers how it broke its lines at each width.

    A table asks every cell for its height several times — to size its rows, again for each
    part when it splits across pages, and once more to draw — and breaking lines is most of
    a long document's layout time. A paragraph never changes once made, so the lines found
    for a width stay right for that width.
    """

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        state = self.__dict__
        known = state.setdefault("_known_wraps", {})
        found = known.get(availWidth)
        if found is None:
            size: tuple[float, float] = super().wrap(availWidth, availHeight)
            if "blPara" in state:
                known[availWidth] = (size, state["blPara"], state["_wrapWidths"])
            return size
        size, state["blPara"], state["_wrapWidths"] = found
        self.width, self.height = size
        return size


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of `text`: plain text is escaped, a `Markup` is taken as it is."""
    return Para(esc(text), style)


def heading(
    text: str, style: ParagraphStyle, key: str, level: int = 0, outline: str | None = None
) -> Paragraph:
    """A heading that also becomes an entry of the PDF's outline (bookmarks).

    `outline` is the entry's plain text when `text` is markup.
    """
    found = para(text, style)
    found.outline = (key, outline if outline is not None else str(text), level)
    return found


# --- numbers --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NumberFormat:
    """Numbers as the reader's language writes them (separators translated by the caller)."""

    decimal: str = "."
    group: str = ","
    minus: str = "−"
    unknown: str = "—"

    def __call__(self, value: float | None, decimals: int = 0) -> str:
        if value is None:
            return self.unknown
        value = half_away(value, decimals)  # 62.5 -> 63 as people round, not 62
        text = f"{abs(value):,.{decimals}f}"
        whole, _, fraction = text.partition(".")
        whole = whole.replace(",", self.group)
        body = f"{whole}{self.decimal}{fraction}" if fraction else whole
        negative = value < 0 and any(ch not in "0.," for ch in text)
        return f"{self.minus}{body}" if negative else body

    def signed(self, value: float | None, decimals: int = 0) -> str:
        """With a sign: +12, −3, and 0 for nothing to tell."""
        if value is None:
            return self.unknown
        body = self(abs(value), decimals)
        if all(ch in "0" + self.decimal + self.group for ch in body):
            return body
        return f"+{body}" if value > 0 else f"{self.minus}{body}"
