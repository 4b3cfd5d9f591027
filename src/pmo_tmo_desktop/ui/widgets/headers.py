"""A table heading that wraps long names onto more lines instead of cutting them off."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QWidget

_WRAP = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap


class WrappingHeader(QHeaderView):
    """A horizontal header whose headings wrap at word boundaries onto as many lines as the
    section's width needs, and grows in height to show them all. No section becomes narrower
    than the longest word of any heading, so a word is never cut in the middle (the table
    scrolls sideways instead). Headings are measured in bold, the face Qt uses for the
    current column's heading.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(_WRAP)
        self.setSectionsClickable(True)
        self.sectionResized.connect(self._refit)
        self.sectionCountChanged.connect(self._refit)

    def _metrics(self) -> QFontMetrics:
        font = QFont(self.font())
        font.setBold(True)
        return QFontMetrics(font)

    def _margin(self) -> int:
        return 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self) + 4

    def _text(self, section: int) -> str:
        model = self.model()
        if model is None:
            return ""
        value = model.headerData(section, self.orientation(), Qt.ItemDataRole.DisplayRole)
        return "" if value is None else str(value)

    def longest_word(self) -> int:
        """The width the widest single word of all headings needs, margins included."""
        metrics = self._metrics()
        widest = 0
        for section in range(self.count()):
            for word in self._text(section).split():
                widest = max(widest, metrics.horizontalAdvance(word))
        return widest + self._margin()

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        size = super().sectionSizeFromContents(logicalIndex)
        text = self._text(logicalIndex)
        if not text:
            return size
        metrics, margin = self._metrics(), self._margin()
        room = max(self.sectionSize(logicalIndex), self.longest_word()) - margin
        lines = metrics.boundingRect(QRect(0, 0, max(room, 1), 10_000), int(_WRAP), text)
        # as wide as its longest word (it wraps), as tall as its lines at the present width
        words = max(metrics.horizontalAdvance(w) for w in text.split()) + margin
        return QSize(words, max(size.height(), lines.height() + margin))

    def _refit(self, *_args: object) -> None:
        """Widths changed: the tallest wrapped heading may have changed too."""
        floor = self.longest_word()
        if self.minimumSectionSize() != floor and floor > 0:
            self.setMinimumSectionSize(floor)
        self.headerDataChanged(self.orientation(), 0, max(self.count() - 1, 0))
