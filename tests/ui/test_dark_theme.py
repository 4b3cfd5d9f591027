"""On a dark theme everything stays readable: coloured cells say their own text colour, and
the areas' icons turn light."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from pmo_tmo_desktop.ui.shell.main_window import MainWindow
from pmo_tmo_desktop.ui.shell.preferences import apply_theme


def _luminance(colour: QColor) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[None]:
    apply_theme("dark")
    try:
        yield
    finally:
        apply_theme("system")


def _text_colour(model, index) -> QColor:
    """What the view paints the text with: the cell's own colour, else the palette's."""
    brush = model.data(index, Qt.ItemDataRole.ForegroundRole)
    if brush is None:
        return QApplication.palette().text().color()
    return brush.color() if hasattr(brush, "color") else QColor(brush)


def _check_cells(model) -> int:
    checked = 0
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            fill = model.data(index, Qt.ItemDataRole.BackgroundRole)
            if fill is None:
                continue
            fill = fill.color() if hasattr(fill, "color") else QColor(fill)
            ratio = contrast(_text_colour(model, index), fill)
            assert ratio >= 4.5, (row, column, model.data(index), ratio)
            checked += 1
    return checked


def test_raci_letters_and_phase_rows_read_on_a_dark_theme(
    dark, window: MainWindow, demo_path: Path
) -> None:
    assert window.open_path(str(demo_path))
    window.show_area(1)
    model = window.raci_area.model
    assert _check_cells(model) > 200
    for row in range(model.rowCount()):
        fill = model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.BackgroundRole)
        if fill is not None:
            ink = model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.ForegroundRole)
            assert ink is not None and contrast(ink.color(), fill.color()) >= 4.5


def test_the_gap_heat_map_reads_on_a_dark_theme(dark, window: MainWindow, demo_path: Path) -> None:
    assert window.open_path(str(demo_path))
    window.show_area(4)
    window.workshops_area.list.selectRow(0)
    page = window.results_page
    window.workshops_area.pages.setCurrentWidget(page)
    assert _check_cells(page.gap_model) >= 40


def test_the_areas_icons_turn_light_on_a_dark_theme(qapp, window: MainWindow) -> None:
    def ink(theme: str) -> int:
        apply_theme(theme)
        image = window.nav.item(0).icon().pixmap(QSize(28, 28), 2.0).toImage()
        drawn = [
            image.pixelColor(x, y)
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).alpha() > 200
        ]
        assert drawn
        return max(c.lightness() for c in drawn)

    try:
        assert ink("dark") > 180
        assert ink("light") < 140  # the icon's own colour on a light theme
    finally:
        apply_theme("system")
