"""QR codes of the room's address: drawn module by module, sharp at any size and pixel ratio.

The code is always dark on a light ground with its quiet zone (phones read nothing else), on
the dark theme too.
"""

from __future__ import annotations

import segno
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET = 4
"""Light modules around the code, as the standard asks."""


def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """The modules of `text`'s QR code (True: dark), without the quiet zone."""
    code = segno.make_qr(text)  # the smallest version; the strongest error level it holds
    return tuple(tuple(bool(bit) for bit in row) for row in code.matrix)


def _image(matrix: tuple[tuple[bool, ...], ...]) -> QImage:
    """One pixel per module, the quiet zone included."""
    side = len(matrix) + 2 * QUIET
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    dark = QColor("black").rgb()
    for y, row in enumerate(matrix):
        for x, bit in enumerate(row):
            if bit:
                image.setPixel(x + QUIET, y + QUIET, dark)
    return image


def paint_code(painter: QPainter, image: QImage, area: QRectF, ratio: float) -> QRectF:
    """`image` as large as fits in `area`, each module a whole number of device pixels,
    centred; the rectangle it took."""
    modules = image.width()
    device = min(area.width(), area.height()) * ratio
    each = max(1, int(device // modules))
    side = each * modules / ratio
    target = QRectF(
        area.x() + (area.width() - side) / 2, area.y() + (area.height() - side) / 2, side, side
    )
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.drawImage(target, image)
    painter.restore()
    return target


def qr_pixmap(text: str, side: int, ratio: float = 1.0) -> QPixmap:
    """`text`'s QR code as a pixmap of `side` logical pixels at `ratio`."""
    pixmap = QPixmap(QSize(round(side * ratio), round(side * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)
    paint_code(painter, _image(qr_matrix(text)), QRectF(0, 0, side, side), ratio)
    painter.end()
    return pixmap


class QrWidget(QWidget):
    """A square QR code that grows with the space it is given."""

    def __init__(self, parent: QWidget | None = None, minimum: int = 120) -> None:
        super().__init__(parent)
        self._text = ""
        self._matrix: tuple[tuple[bool, ...], ...] = ()
        self._image: QImage | None = None
        self.setMinimumSize(minimum, minimum)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_text(self, text: str) -> None:
        self._text = text
        self._matrix = qr_matrix(text) if text else ()
        self._image = _image(self._matrix) if text else None
        self.setToolTip(text)
        self.update()

    def text(self) -> str:
        return self._text

    def matrix(self) -> tuple[tuple[bool, ...], ...]:
        """The modules shown (True: dark), without the quiet zone."""
        return self._matrix

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def sizeHint(self) -> QSize:
        return QSize(220, 220)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._image is None:
            return
        painter = QPainter(self)
        paint_code(painter, self._image, QRectF(self.rect()), self.devicePixelRatioF())
        painter.end()
