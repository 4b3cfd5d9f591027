"""Small widgets shared by several editors."""

from __future__ import annotations

import functools
import itertools
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QIconEngine, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QPushButton,
    QStyleOption,
    QWidget,
)


class PopupCombo(QComboBox):
    """A cell editor that opens its list as soon as it is shown: one click or Enter picks;
    Tab (or Shift+Tab) in the open list picks the highlighted entry and says so through
    `tabbed`, so the table can move on to the next (or previous) cell as it does from text."""

    tabbed = Signal(bool)
    """True for Shift+Tab: the highlighted entry is now current; move on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._popup = QTimer(self)
        self._popup.setSingleShot(True)
        self._popup.setInterval(0)
        self._popup.timeout.connect(self.showPopup)
        self.view().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view()
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            row = self.view().currentIndex().row()
            if row >= 0:
                self.setCurrentIndex(row)
            self.hidePopup()
            self.tabbed.emit(event.key() == Qt.Key.Key_Backtab)
            return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._popup.start()


class ColourIconEngine(QIconEngine):
    """A square swatch or a round dot of one colour, painted afresh for every size and device
    pixel ratio asked for: a fixed-size pixmap would blur on a high-density screen."""

    def __init__(self, colour: QColor | str, *, round_: bool = False) -> None:
        super().__init__()
        self.colour = QColor(colour)
        self.round = round_

    def clone(self) -> QIconEngine:
        return ColourIconEngine(self.colour, round_=self.round)

    def key(self) -> str:
        return "ColourIconEngine"

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, ratio))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = QPixmap(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colour)
        area = QRectF(0, 0, size.width(), size.height())
        if self.round:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            inset = min(size.width(), size.height()) / 12  # a 12 px dot keeps 1 px of room
            painter.drawEllipse(area.adjusted(inset, inset, -inset, -inset))
        else:
            painter.drawRect(area)
        painter.end()
        if mode == QIcon.Mode.Disabled:  # greyed as the style greys any other icon
            style = QApplication.style()
            if style is not None:
                pixmap = style.generatedIconPixmap(mode, pixmap, QStyleOption())
        return pixmap


def colour_icon(colour: QColor | str, *, round_: bool = False) -> QIcon:
    """A colour swatch (or a dot, `round_`) for lists and buttons, crisp at any pixel ratio."""
    return QIcon(ColourIconEngine(colour, round_=round_))


def tab_in_visual_order(first: QWidget, box: QDialogButtonBox) -> None:
    """Tab from `first` over the box's buttons left to right, as the platform placed them."""
    chain: list[QWidget] = [first]
    layout = box.layout()
    for index in range(layout.count() if layout is not None else 0):
        item = layout.itemAt(index) if layout is not None else None
        button = item.widget() if item is not None else None
        if isinstance(button, QPushButton):
            chain.append(button)
    for before, after in itertools.pairwise(chain):
        QWidget.setTabOrder(before, after)


DARK_INK = QColor("#1F2933")
LIGHT_INK = QColor("#FFFFFF")


def ink_on(background: QColor | str) -> QColor:
    """Text colour that reads on `background`: dark on light fills, white on dark ones. A cell
    with its own fill must say its text colour too, or a dark theme paints white on pastel."""
    name = background if isinstance(background, str) else background.name()
    return QColor(_ink_for(name))


@functools.lru_cache(maxsize=512)
def _ink_for(name: str) -> str:
    """`ink_on` by colour name: a grid asks for every visible cell on every repaint."""
    fill = QColor(name)

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    luminance = (
        0.2126 * linear(fill.redF())
        + 0.7152 * linear(fill.greenF())
        + 0.0722 * linear(fill.blueF())
    )
    # the fill's contrast with white against its contrast with the dark ink
    with_white = 1.05 / (luminance + 0.05)
    with_dark = (luminance + 0.05) / (0.0177 + 0.05)
    return LIGHT_INK.name() if with_white > with_dark else DARK_INK.name()


class TintedSvgEngine(QIconEngine):
    """A one-colour SVG icon drawn at the size and pixel ratio asked for (sharp on any
    screen), in its own colour on a light theme, in the palette's text colour on a dark one,
    and in the highlighted-text colour when its item is selected."""

    def __init__(self, path: str) -> None:
        super().__init__()
        from PySide6.QtSvg import QSvgRenderer

        self._path = path
        self._renderer = QSvgRenderer(path)

    def clone(self) -> QIconEngine:
        return TintedSvgEngine(self._path)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, ratio))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = QPixmap(size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(0, 0, size.width(), size.height())
        self._renderer.render(painter, area)
        tint = _tint(mode)
        if tint is not None:
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
            painter.fillRect(area, tint)
        painter.end()
        return pixmap


def _tint(mode: QIcon.Mode) -> QColor | None:
    palette = QApplication.palette()
    roles, groups = palette.ColorRole, palette.ColorGroup
    if mode == QIcon.Mode.Selected:
        return palette.color(groups.Normal, roles.HighlightedText)
    if mode == QIcon.Mode.Disabled:
        return palette.color(groups.Disabled, roles.WindowText)
    if palette.color(roles.Window).lightness() < 128:  # a dark theme
        return palette.color(groups.Normal, roles.WindowText)
    return None


def tinted_icon(path: str) -> QIcon:
    return QIcon(TintedSvgEngine(path))
