"""Large type for the room's address and code, on the laptop and on the projector."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | (
    Qt.TextInteractionFlag.TextSelectableByKeyboard
)
"""The address and the code can be selected and copied, by mouse or keyboard."""


def larger(widget: QWidget, factor: float, bold: bool = False) -> None:
    """The widget's type `factor` times its size (never from below 9 points), bold if asked."""
    font = QFont(widget.font())
    font.setPointSizeF(max(font.pointSizeF(), 9) * factor)
    font.setBold(bold)
    widget.setFont(font)
