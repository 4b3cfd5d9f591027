"""Shared PDF machinery for every document the app prints (minutes, pre-read pack, handbook).

reportlab platypus on A4 portrait with the bundled DejaVu Sans family, so any language the
participants write in renders. The rules every document follows:

- user text reaches a Paragraph only through `esc` (or the helpers that call it): a plain
  `str` is always escaped, only a `Markup` (our own tags around escaped text) passes as is;
- a running header (document title, organisation) and a footer with "Page x of y", whose
  words the caller passes in translated (`PageTexts`); the first page can be a cover;
- title, author, subject, keywords, creator and language go into the document metadata;
- the file is written to a temporary file beside the target, flushed and moved into place,
  so a failure leaves the previous file (or no file) and no temporary behind;
- a document is laid out once: what is unknown while pages are drawn (the page count, the
  contents' page numbers) is a PDF form the canvas fills in when the file is saved;
- plain text in a data table's cell goes in as a plain string (pdf_tables.one_line), never
  as markup, so it needs no escaping.

Charts live in `pdf_charts`; this module is pure data in, file out: no Qt, no database.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import tempfile
import threading
from collections.abc import Iterator, Sequence
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
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.doctemplate import LayoutError
from reportlab.platypus.tableofcontents import TableOfContents

from pmo_tmo_desktop.domain.errors import UserError
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


class Para(Paragraph):  # type: ignore[misc]
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


# --- the document ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PdfMeta:
    """What the PDF says about itself; `organisation` also heads every page."""

    title: str
    author: str = ""
    subject: str = ""
    keywords: tuple[str, ...] = ()
    creator: str = "PMO–TMO Desktop"
    organisation: str = ""
    language: str = "en"


@dataclass(frozen=True, slots=True)
class PageTexts:
    """The words on every page, translated by the caller."""

    page: str = "Page {page} of {pages}"
    footer: str = ""
    """Left of the page number (e.g. 'Minutes · 2026-10-14'); may be empty."""


class PdfError(UserError):
    """A PDF cannot be written; the message names the file."""

    def __init__(self, file: str | Path, detail: str) -> None:
        self.file = Path(file).name
        self.detail = detail
        super().__init__(f"{self.file}: {detail}")


def _page_form(page: int) -> str:
    return f"PageOf{page}"


class FormCanvas(Canvas):  # type: ignore[misc]
    """A canvas whose numbers nobody knows while the pages are drawn — "Page x of y" and the
    contents' page numbers — are form XObjects, referenced where they appear and filled in by
    `save`, once the layout is over. So a document is laid out once, even with contents.
    """

    texts = PageTexts()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.heading_pages: dict[str, int] = {}
        """The page each heading (by its bookmark key) landed on; set by the doc template."""
        self._contents_forms: dict[str, tuple[str, str, float, Any]] = {}

    def page_number_mark(self) -> None:
        """Where "Page x of y" goes on this page (drawn in page coordinates)."""
        self.doForm(_page_form(self._pageNumber))

    def contents_page_mark(self, key: str, font: str, size: float, colour: Any) -> None:
        """The page number of the heading `key`, right-aligned at the current origin."""
        name = self._contents_forms.get(key, (f"Toc{len(self._contents_forms)}",))[0]
        self._contents_forms[key] = (name, font, size, colour)
        self.doForm(name)

    def save(self) -> None:
        if self._code:
            self.showPage()
        total = self._pageNumber - 1
        for page in range(1, total + 1):
            self.beginForm(_page_form(page))
            self.setFont(FONT, 8)
            self.setFillColor(MUTED)
            text = self.texts.page.format(page=page, pages=total)
            self.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, 12 * mm, text)
            self.endForm()
        for key, (name, font, size, colour) in self._contents_forms.items():
            self.beginForm(name, lowerx=-PAGE_WIDTH, lowery=-size, upperx=0, uppery=2 * size)
            self.setFont(font, size)
            self.setFillColor(colour)
            landed = self.heading_pages.get(key)
            self.drawRightString(0, 0, str(landed) if landed is not None else "")
            self.endForm()
        super().save()


def _canvas_for(texts: PageTexts) -> type[FormCanvas]:
    return type("DocumentCanvas", (FormCanvas,), {"texts": texts})


class Contents(TableOfContents):  # type: ignore[misc]
    """A table of contents laid out in the same single pass as the rest of the document.

    Its entries are the story's headings, collected before the layout (`build_pdf` hands them
    in), so its size is known from the start; each entry ends in a dot leader and its page
    number, a form the canvas fills in on save, and the number links to the heading.
    """

    def __init__(self) -> None:
        super().__init__(dotsMinLevel=0)

    def isIndexing(self) -> int:
        return 0

    def isSatisfied(self) -> bool:
        return True

    def notify(self, kind: str, stuff: Any) -> None:
        """Entries come from the story up front, not from the layout."""

    def set_entries(self, entries: Sequence[tuple[int, str, str]]) -> None:
        """(level, plain text, bookmark key) per heading, in reading order."""
        self._lastEntries = [(level, text, 0, key) for level, text, key in entries]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        def entry_end(canvas: FormCanvas, _kind: str, label: str) -> None:
            level, key = label.split(",", 1)
            style = self.getLevelStyle(int(level))
            x, y = canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"]
            number = pdfmetrics.stringWidth("  888", style.fontName, style.fontSize)
            dot = " . "
            dots = int(
                (availWidth - x - number)
                / pdfmetrics.stringWidth(dot, style.fontName, style.fontSize)
            )
            canvas.saveState()
            canvas.setFont(style.fontName, style.fontSize)
            canvas.setFillColor(style.textColor)
            if dots > 0:
                width = dots * pdfmetrics.stringWidth(dot, style.fontName, style.fontSize)
                canvas.drawString(availWidth - number - width, y, dot * dots)
            canvas.translate(availWidth, y)
            canvas.contents_page_mark(key, style.fontName, style.fontSize, style.textColor)
            canvas.restoreState()
            canvas.linkRect(
                "", key, (availWidth - number, y, availWidth, y + style.leading), relative=1
            )

        self.canv.setNamedCB("contentsEntryEnd", entry_end)
        rows: list[list[Any]] = []
        for level, text, _page, key in self._lastEntries:
            style = self.getLevelStyle(level)
            if style.spaceBefore:
                rows.append([Spacer(1, style.spaceBefore)])
            target = escape(key, {'"': "&quot;"})
            end = f'<onDraw name="contentsEntryEnd" label="{level},{target}"/>'
            body = f'<a href="#{target}">{esc(text)}</a>{end}'
            rows.append([Paragraph(body, style)])
        self._table = Table(rows or [[""]], colWidths=(availWidth,), style=self.tableStyle)
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height


def _reached(story: Sequence[Any]) -> Iterator[Any]:
    """Every flowable the doc template itself handles, in reading order: the story's, and
    those a KeepTogether hands back to it (a KeepInFrame or a table cell draws its own
    content, so the template never sees a heading there)."""
    for flowable in story:
        yield flowable
        if isinstance(flowable, KeepTogether):
            yield from _reached(flowable._content)


def _headings(story: Sequence[Any]) -> list[tuple[int, str, str]]:
    """(level, text, key) of every heading the layout will reach, in reading order."""
    found: list[tuple[int, str, str]] = []
    for flowable in _reached(story):
        outline = getattr(flowable, "outline", None)
        if outline:
            key, text, level = outline
            found.append((level, text, key))
    return found


class DocTemplate(BaseDocTemplate):  # type: ignore[misc]
    """A4 portrait; a cover page without the running header, then normal pages."""

    def __init__(self, target: str, meta: PdfMeta, texts: PageTexts, cover: bool) -> None:
        register_fonts()
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=meta.title,
            author=meta.author,
            subject=meta.subject,
            keywords=list(meta.keywords),
            creator=meta.creator,
            producer=meta.creator,
            lang=meta.language,
            displayDocTitle=1,
            initialFontName=FONT,
        )
        self.meta, self.texts = meta, texts
        frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            FRAME_WIDTH,
            FRAME_HEIGHT,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        normal = PageTemplate(id="normal", frames=[frame], onPage=self._decorate)
        first = PageTemplate(
            id="cover", frames=[frame], onPage=self._footer, autoNextPageTemplate="normal"
        )
        self.addPageTemplates([first, normal] if cover else [normal])

    def _footer(self, canvas: FormCanvas, _doc: Any) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_LEFT, 16 * mm, PAGE_WIDTH - MARGIN_RIGHT, 16 * mm)
        if self.texts.footer:
            canvas.setFont(FONT, 8)
            canvas.setFillColor(MUTED)
            canvas.drawString(
                MARGIN_LEFT, 12 * mm, fit_text(self.texts.footer, FONT, 8, FRAME_WIDTH * 0.7)
            )
        canvas.restoreState()
        canvas.page_number_mark()

    def _decorate(self, canvas: FormCanvas, doc: Any) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - 14 * mm
        organisation = fit_text(self.meta.organisation, FONT_BOLD, 8, FRAME_WIDTH * 0.35)
        used = pdfmetrics.stringWidth(organisation, FONT_BOLD, 8) + (12 if organisation else 0)
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_LEFT, top, fit_text(self.meta.title, FONT, 8, FRAME_WIDTH - used))
        canvas.setFont(FONT_BOLD, 8)
        canvas.setFillColor(ACCENT)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, top, organisation)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_LEFT, top - 2.5 * mm, PAGE_WIDTH - MARGIN_RIGHT, top - 2.5 * mm)
        canvas.restoreState()
        self._footer(canvas, doc)

    def afterFlowable(self, flowable: Any) -> None:
        outline = getattr(flowable, "outline", None)
        if outline:
            key, text, level = outline
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=False)
            self.canv.heading_pages[key] = self.page


Story = Sequence[Any]


def build_pdf(
    path: str | Path,
    story: Story,
    meta: PdfMeta,
    texts: PageTexts | None = None,
    *,
    cover: bool = False,
) -> None:
    """Lay out `story` into the PDF at `path`, atomically (see the module's rules)."""
    path = Path(path)
    texts = texts or PageTexts()
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise PdfError(path, f"cannot be written ({exc.strerror or exc})") from exc
    os.close(handle)
    try:
        os.chmod(temporary, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        document = DocTemplate(temporary, meta, texts, cover)
        headings = _headings(story)
        for flowable in _reached(story):
            if isinstance(flowable, Contents):
                flowable.set_entries(headings)
        document.build(list(story), canvasmaker=_canvas_for(texts))
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(temporary, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, OSError):
            raise PdfError(path, f"cannot be written ({exc.strerror or exc})") from exc
        if isinstance(exc, LayoutError):  # a piece of content too large for a page
            raise PdfError(
                path, "some content does not fit on a page; nothing was written"
            ) from exc
        raise
    _fsync_directory(folder)


def _fsync_directory(folder: Path) -> None:
    """Make the rename durable (a no-op where directories cannot be opened)."""
    if sys.platform == "win32":  # pragma: no cover
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


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
