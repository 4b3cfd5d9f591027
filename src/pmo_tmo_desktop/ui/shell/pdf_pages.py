"""A PDF's pages painted onto a printer, one page image at a time, so what is printed is
exactly what the PDF says.

PDFium (through pypdfium2) draws each page to a bitmap at the printer's resolution (capped);
the bitmap is wrapped in a QImage and drawn over the whole sheet, keeping the page's aspect.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 300
"""Finer than this adds memory, not sharpness, on office printers."""
PREVIEW_DPI = 150
"""The preview keeps every page's image: enough to read at 200 %, a tenth of 300 dpi's size."""
POINTS_PER_INCH = 72


def page_sizes(path: Path | str) -> list[tuple[float, float]]:
    """Width and height (points) of every page of the PDF at `path`."""
    document = pdfium.PdfDocument(str(path))
    try:
        return [document[i].get_size() for i in range(len(document))]
    finally:
        document.close()


def layout_for(width: float, height: float) -> QPageLayout:
    """The sheet a PDF page asks for: its size (A4, Letter… when it is one) and orientation,
    no margins (the PDF carries its own)."""
    portrait = QSizeF(min(width, height), max(width, height))
    size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = (
        QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))


def _image(page: pdfium.PdfPage, dpi: int) -> QImage:
    bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True)  # RGB, 3 bytes
    try:
        wrapped = QImage(
            bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888
        )
        return wrapped.copy()  # the bitmap's memory is freed below
    finally:
        bitmap.close()


def paint(printer: QPrinter, path: Path | str, preview: bool = False) -> int:
    """Paint every page of the PDF at `path` onto `printer`; the number of pages painted.

    Each sheet takes its page's size and orientation; the image fills the sheet (full-page
    printing: the PDF's own margins are the margins)."""
    document = pdfium.PdfDocument(str(path))
    try:
        count = len(document)
        if count == 0:
            return 0
        printer.setFullPage(True)
        printer.setPageLayout(layout_for(*document[0].get_size()))
        dpi = min(printer.resolution(), PREVIEW_DPI if preview else MAX_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        try:
            for index in range(count):
                page = document[index]
                if index:
                    _next_sheet(printer, layout_for(*page.get_size()))
                image = _image(page, max(dpi, 72))
                page.close()
                sheet = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
                sheet.moveTo(0, 0)
                painter.drawImage(_fitted(sheet, image.width(), image.height()), image)
        finally:
            painter.end()
        return count
    finally:
        document.close()


def _next_sheet(printer: QPrinter, layout: QPageLayout) -> None:
    """A new sheet; its size and orientation follow the page when they differ from the last
    (the layout as a whole is fixed once painting has begun, size and orientation are not)."""
    current = printer.pageLayout()
    if not current.pageSize().isEquivalentTo(layout.pageSize()):
        printer.setPageSize(layout.pageSize())
    if current.orientation() != layout.orientation():
        printer.setPageOrientation(layout.orientation())
    printer.newPage()


def _fitted(sheet: QRectF, width: int, height: int) -> QRectF:
    """The largest rectangle of the image's aspect inside `sheet`, centred."""
    scale = min(sheet.width() / width, sheet.height() / height)
    w, h = width * scale, height * scale
    return QRectF(sheet.x() + (sheet.width() - w) / 2, sheet.y() + (sheet.height() - h) / 2, w, h)
