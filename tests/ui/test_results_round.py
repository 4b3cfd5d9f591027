"""The Results page shows what every other output shows, and the menu prints its round."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from pmo_tmo_desktop.services import files
from pmo_tmo_desktop.ui.shell import workshop_menu
from pmo_tmo_desktop.ui.shell.main_window import MainWindow
from tests.cli.test_cli import run
from tests.exchange.test_pdf_minutes import flat, pdf_pages
from tests.services.test_one_truth import build_live


@pytest.fixture
def live_path(tmp_path: Path) -> Path:
    path = tmp_path / "live.pmotmo"
    ws = files.new(path, "empty")
    try:
        build_live(ws)
    finally:
        ws.close()
    return path


def _open_results(window: MainWindow, path: Path) -> None:
    window.open_path(str(path))
    area = window.workshops_area
    area.list.selectRow(0)
    area.pages.setCurrentWidget(window.results_page)


def _column(window: MainWindow, title: str) -> list[str]:
    model = window.results_page.table_model
    col = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == title
    )
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_the_page_shows_the_latest_closed_round_not_the_open_one(
    window: MainWindow, live_path: Path
) -> None:
    _open_results(window, live_path)
    page = window.results_page
    assert page.round.currentData() is None
    assert page.summary.text().startswith("Round 2: 4 of 4 ballots complete, 0 started.")
    assert page.visible_round() == 2


def test_minutes_from_the_menu_print_the_round_chosen_on_the_page(
    qtbot, window: MainWindow, live_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _open_results(window, live_path)
    page = window.results_page
    page.round.setFocus()
    qtbot.keyClick(page.round, Qt.Key.Key_Down)  # "Latest closed round" -> "Round 1"
    assert page.round.currentData() == 1
    assert page.summary.text().startswith("Round 1:")
    monkeypatch.setattr(
        workshop_menu.Files,
        "save_as",
        classmethod(lambda cls, parent, suggestion, suffix: str(tmp_path / f"out{suffix}")),
    )
    window.workshop_menu.update()
    window.workshop_menu.minutes_action.trigger()
    text = flat(" ".join(pdf_pages(tmp_path / "out.pdf")))
    assert "Results of round 1: 4 of 4 ballots complete." in text
    assert "The results are from round 1, chosen for these minutes." in text


def test_the_page_and_the_cli_agree_on_flags_and_withheld_figures(
    window: MainWindow, live_path: Path
) -> None:
    _open_results(window, live_path)
    shown = json.loads(run("results", live_path, "--workshop", "1", "--json").stdout)
    assert _column(window, "Proposal") == [p["title"] for p in shown["proposals"]]
    assert _column(window, "PMO") == ["—" for _ in shown["proposals"]]  # a lone PMO rater
    flags = ["⚑" in text for text in _column(window, "Dissent")]
    assert flags == [p["dissent_flag"] for p in shown["proposals"]] and any(flags)
    # the TMO figure goes with the lone PMO rater's (else score and TMO would give it away)
    assert _column(window, "TMO") == ["—" for _ in shown["proposals"]]
    assert _column(window, "Min–max") == ["—" for _ in shown["proposals"]]
    assert all(p["tmo_score"] is None and p["min"] is None for p in shown["proposals"])
    assert _column(window, "Score") == [f"{p['score']:.1f}" for p in shown["proposals"]]
    page = window.results_page
    assert "withheld" in page.summary.text()
    assert "no gap can be shown" in page.discuss.text()
    why = page.table_model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert why.startswith("Withheld for privacy: fewer than two participants of an office")
