"""Stretched columns give way to a scroll bar before their titles are cut, and stretch again."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

from pmo_tmo_desktop.ui.widgets.columns import keep_titles

STRETCH = QHeaderView.ResizeMode.Stretch


def _table(qtbot, titles: list[str]) -> QTableView:
    model = QStandardItemModel(2, len(titles))
    model.setHorizontalHeaderLabels(titles)
    view = QTableView()
    view.setModel(model)
    model.setParent(view)
    view.horizontalHeader().setSectionResizeMode(STRETCH)
    keep_titles(view.horizontalHeader())
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def _sizes(view: QTableView, width: int) -> list[int]:
    view.resize(width, 200)
    for _ in range(3):
        QApplication.processEvents()
    header = view.horizontalHeader()
    return [header.sectionSize(i) for i in range(header.count())]


def test_a_narrow_table_keeps_every_title_whole_and_a_wide_one_stretches_again(qtbot) -> None:
    view = _table(qtbot, ["Technische Komplexität", "Risiko", "Gesamt"])
    header = view.horizontalHeader()
    hints = [header.sectionSizeHint(i) for i in range(3)]
    narrow = _sizes(view, 150)
    assert narrow == hints  # each as wide as its title; the table scrolls sideways
    assert view.horizontalScrollBar().maximum() > 0
    roomy = _sizes(view, sum(hints) + 120)
    assert all(s >= h for s, h in zip(roomy, hints, strict=True))  # the room is shared out
    assert sum(roomy) == header.width()
    wide = _sizes(view, 3 * max(hints) + 60)
    assert [header.sectionResizeMode(i) for i in range(3)] == [STRETCH] * 3
    assert max(wide) - min(wide) <= 1  # equal shares once every title fits in one
