"""The room on the projector: the QR code of its address, the address and the room code,
as large as the wall allows. Nothing here shows a value."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from pmo_tmo_desktop.ui.workshop.common.large_type import SELECTABLE, larger
from pmo_tmo_desktop.ui.workshop.common.qr import QrWidget


class PresenterRoom(QWidget):
    """The room on the projector: the QR code, the address and the room code, large."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenterRoom")
        self.qr = QrWidget(minimum=200)
        self.qr.setObjectName("presenterQr")
        self.qr.setAccessibleName(self.tr("QR code of the room's address"))
        self.join = QLabel(self.tr("Rate on your phone"))
        larger(self.join, 1.8)
        self.address = QLabel()
        self.address.setObjectName("presenterRoomUrl")
        self.address.setTextInteractionFlags(SELECTABLE)
        larger(self.address, 2.0, bold=True)
        self.code = QLabel()
        self.code.setObjectName("presenterRoomCode")
        larger(self.code, 1.8)
        for label in (self.join, self.address, self.code):  # sized to the window, see _fit
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        words = QVBoxLayout()
        words.addStretch(1)
        words.addWidget(self.join)
        words.addWidget(self.address)
        words.addWidget(self.code)
        words.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.qr, 2)
        row.addSpacing(32)
        row.addLayout(words, 3)

    def show_room(self, url: str, code: str) -> None:
        self.qr.set_text(url)
        self.address.setText(url)
        self.code.setText(self.tr("Room code: {code}").format(code=code))
        self.setAccessibleName(url)
        self._fit()

    def _fit(self) -> None:
        """Type as large as the wall allows: the address fills the width beside the code."""
        room = max(1.0, (self.width() - 32) * 3 / 5 * 0.95)
        pixels = max(14, min(self.height() // 7, 120))
        font = QFont(self.address.font())
        font.setPixelSize(pixels)
        wide = QFontMetrics(font).horizontalAdvance(self.address.text())
        if wide > room:
            pixels = max(12, int(pixels * room / wide))
        font.setPixelSize(pixels)
        self.address.setFont(font)
        for label in (self.join, self.code):
            smaller = QFont(label.font())
            smaller.setPixelSize(max(12, int(pixels * 0.8)))
            label.setFont(smaller)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
