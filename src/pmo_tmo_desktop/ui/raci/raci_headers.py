"""The RACI grid's headers: role names under a coloured band per office across the top,
the activities' names down the side."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QHeaderView, QWidget

OfficeRole = Qt.ItemDataRole.UserRole + 10
"""headerData role: (office name, office colour) of a role column."""


class OfficeHeader(QHeaderView):
    """Role names written upwards under a coloured band per office."""

    BAND = 22

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self.setDefaultSectionSize(38)
        self.setMinimumSectionSize(30)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Bound methods, never lambdas: Qt drops a bound slot when this header goes, while a
        # lambda would still be called as the window is torn down at quit.
        self.sectionCountChanged.connect(self.fit_bands)

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self.fit_bands)
            model.headerDataChanged.connect(self.fit_bands)
        self.fit_bands()

    def fit_bands(self, *_changed: object) -> None:
        """Each office's band as wide as its name in bold: an office of one role ("Vendor")
        widens that role's column rather than show "Ve…"."""
        model = self.model()
        if model is None:
            return
        font = self.font()
        font.setBold(True)
        metrics = QFontMetrics(font)
        groups: dict[str, list[int]] = {}
        for logical in range(self.count()):
            office = (model.headerData(logical, Qt.Orientation.Horizontal, OfficeRole) or ("",))[0]
            groups.setdefault(str(office), []).append(logical)
        for name, columns in groups.items():
            needed = metrics.horizontalAdvance(name) + 14 if name else 0
            each = max(self.defaultSectionSize(), -(-needed // len(columns)))
            for logical in columns:
                if self.sectionSize(logical) != each:
                    self.resizeSection(logical, each)

    def sizeHint(self) -> QSize:
        # Its height is fixed; QHeaderView's own hint would measure every role's name to
        # learn a width the table does not use (150 columns, at every layout).
        return QSize(self.length(), self.BAND + 150)

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:
        model = self.model()
        if model is None:
            return
        painter.save()
        _name, colour = model.headerData(logical_index, Qt.Orientation.Horizontal, OfficeRole) or (
            "",
            "#808080",
        )
        painter.fillRect(rect, self.palette().button())
        painter.fillRect(QRect(rect.left(), rect.top(), rect.width(), self.BAND), QColor(colour))
        painter.setPen(self.palette().mid().color())
        painter.drawLine(rect.right(), rect.top() + self.BAND, rect.right(), rect.bottom())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        text = str(model.headerData(logical_index, Qt.Orientation.Horizontal) or "")
        painter.setPen(self.palette().buttonText().color())
        room = rect.height() - self.BAND - 8
        text = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room)
        painter.translate(
            rect.center().x() + painter.fontMetrics().ascent() / 2 - 1, rect.bottom() - 4
        )
        painter.rotate(-90)
        painter.drawText(0, 0, text)
        painter.restore()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is None or self.count() == 0:
            return
        painter = QPainter(self.viewport())
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        first = self.visualIndexAt(0)
        last = self.visualIndexAt(self.viewport().width() - 1)
        first = 0 if first < 0 else first
        last = self.count() - 1 if last < 0 else last
        start = first
        while start <= last:
            name = (
                model.headerData(self.logicalIndex(start), Qt.Orientation.Horizontal, OfficeRole)
                or ("", "")
            )[0]
            end = start
            while (
                end + 1 < self.count()
                and (
                    model.headerData(
                        self.logicalIndex(end + 1), Qt.Orientation.Horizontal, OfficeRole
                    )
                    or ("", "")
                )[0]
                == name
            ):
                end += 1
            left = self.sectionViewportPosition(self.logicalIndex(start))
            right = self.sectionViewportPosition(self.logicalIndex(end)) + self.sectionSize(
                self.logicalIndex(end)
            )
            band = QRect(left + 3, 0, right - left - 6, self.BAND)
            label = painter.fontMetrics().elidedText(
                name, Qt.TextElideMode.ElideRight, band.width()
            )
            painter.drawText(band, Qt.AlignmentFlag.AlignCenter, label)
            painter.drawLine(right - 1, 0, right - 1, self.BAND)
            start = end + 1
        painter.end()


class RowHeader(QHeaderView):
    """The activities' names down the side, in a column of fixed width."""

    WIDTH = 340

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setDefaultSectionSize(24)
        self.setFixedWidth(self.WIDTH)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def sizeHint(self) -> QSize:
        # The width is fixed: QHeaderView's own hint would measure a thousand names to learn it.
        return QSize(self.WIDTH, self.length())
