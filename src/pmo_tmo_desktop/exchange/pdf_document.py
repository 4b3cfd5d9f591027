"""The document every PDF the app prints is laid out into (see `pdf_base` for the shared rules).

- a running header (document title, organisation) and a footer with "Page x of y", whose
  words the caller passes in translated (`PageTexts`); the first page can be a cover;
- title, author, subject, keywords, creator and language go into the document metadata;
- the file is written to a temporary file beside the target, flushed and moved into place,
  so a failure leaves the previous file (or no file) and no temporary behind;
- a document is laid out once: what is unknown while pages are drawn (the page count, the
  contents' page numbers) is a PDF form the canvas fills in when the file is saved.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
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

from pmo_tmo_desktop import fileio
from pmo_tmo_desktop.domain.errors import UserError
from pmo_tmo_desktop.exchange.pdf_base import (
    ACCENT,
    FONT,
    FONT_BOLD,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    esc,
    fit_text,
    register_fonts,
)

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


class FormCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
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


class Contents(TableOfContents):  # type: ignore[misc]  # reportlab is untyped
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


class DocTemplate(BaseDocTemplate):  # type: ignore[misc]  # reportlab is untyped
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
    try:
        with fileio.atomic_file(path) as temporary:
            document = DocTemplate(str(temporary), meta, texts, cover)
            headings = _headings(story)
            for flowable in _reached(story):
                if isinstance(flowable, Contents):
                    flowable.set_entries(headings)
            document.build(list(story), canvasmaker=_canvas_for(texts))
    except OSError as exc:
        raise PdfError(path, f"cannot be written ({exc.strerror or exc})") from exc
    except LayoutError as exc:  # a piece of content too large for a page
        raise PdfError(path, "some content does not fit on a page; nothing was written") from exc
