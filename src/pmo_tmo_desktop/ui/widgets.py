"""Small widgets shared by several editors."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QWidget


class PopupCombo(QComboBox):
    """A cell editor that opens its list as soon as it is shown: one click or Enter picks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._popup = QTimer(self)
        self._popup.setSingleShot(True)
        self._popup.setInterval(0)
        self._popup.timeout.connect(self.showPopup)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._popup.start()
