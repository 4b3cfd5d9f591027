"""The projector shows the room only what it may see."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView

from pmo_tmo_desktop.services import entities, files, queries, workshops
from pmo_tmo_desktop.ui.shell.main_window import MainWindow


@pytest.fixture
def blind_round(demo_path: Path) -> tuple[Path, int]:
    with files.open_file(demo_path) as ws:
        offices = {o.name: o.id for o in queries.offices(ws)}
        wid = entities.create(ws, "workshop", title="Live", anonymity="anonymous").new_id
        people = [
            entities.create(
                ws, "participant", workshop_id=wid, name=name, office_id=offices[office]
            ).new_id
            for name, office in (("Zoë Kowalczyk", "PMO"), ("Yusuf Demir", "TMO"))
        ]
        crit = entities.create(ws, "criterion", workshop_id=wid, name="Value").new_id
        prop = entities.create(ws, "proposal", workshop_id=wid, title="Portal").new_id
        round_id = workshops.open_round(ws, wid).new_id
        workshops.rate(ws, round_id, people[0], prop, crit, 7.5)
    return demo_path, wid


def _select(window: MainWindow, workshop_id: int) -> None:
    area = window.workshops_area
    row = next(
        r for r in range(area.list_model.rowCount()) if area.list_model.record(r).id == workshop_id
    )
    area.list.selectRow(row)


def _everything_shown(window: MainWindow) -> str:
    presenter = window.presenter
    assert presenter is not None
    texts = [label.text() for label in presenter.findChildren(QLabel) if label.isVisible()]
    for view in presenter.findChildren(QTableView):
        if view.isVisible():
            model = view.model()
            texts += [
                str(model.index(r, c).data())
                for r in range(model.rowCount())
                for c in range(model.columnCount())
            ]
            texts += [
                str(model.headerData(r, view.verticalHeader().orientation()))
                for r in range(model.rowCount())
            ]
    return "\n".join(texts)


def test_during_a_blind_round_the_projector_shows_progress_and_no_value(
    qtbot, window: MainWindow, blind_round
) -> None:
    path, wid = blind_round
    window.open_path(str(path))
    _select(window, wid)
    window.presenter_action.trigger()
    qtbot.addWidget(window.presenter)
    shown = _everything_shown(window)
    assert "1 of 2 complete" in shown
    assert "7.5" not in shown and "75" not in shown  # neither the rating nor a score
    assert not re.search(r"Portal", shown)  # not even which proposal was rated
    window.presenter.hide()


def test_once_revealed_it_shows_results_but_never_a_name_when_anonymous(
    qtbot, window: MainWindow, blind_round, monkeypatch
) -> None:
    from pmo_tmo_desktop.ui.widgets.dialogs import Messages

    monkeypatch.setattr(Messages, "confirm", classmethod(lambda *a: True))
    path, wid = blind_round
    with files.open_file(path) as ws:  # Yusuf rates too: one rater's score is never shown
        data = queries.workshop(ws, wid)
        [yusuf] = [p.id for p in data.participants if p.name.startswith("Yusuf")]
        assert data.open_round is not None
        workshops.rate(
            ws, data.open_round.id, yusuf, data.proposals[0].id, data.criteria[0].id, 7.5
        )
    window.open_path(str(path))
    _select(window, wid)
    window.presenter_action.trigger()
    qtbot.addWidget(window.presenter)
    window.rating_page.close_round()
    shown = _everything_shown(window)
    assert "Portal" in shown and "72.2" in shown  # 100 × (7.5 − 1) / (10 − 1)
    assert "Zoë" not in shown and "Yusuf" not in shown
    # one PMO and one TMO rater: their offices' figures are withheld, and the room is told
    assert "withheld for privacy" in window.presenter.withheld.text()
    window.presenter.hide()


def test_the_projector_counts_complete_and_started_ballots_but_shows_no_value(
    qtbot, window: MainWindow, blind_round
) -> None:
    path, wid = blind_round
    with files.open_file(path) as ws:  # a second proposal: Zoë's ballot is now half done
        entities.create(ws, "proposal", workshop_id=wid, title="Warehouse")
    window.open_path(str(path))
    _select(window, wid)
    window.presenter_action.trigger()
    qtbot.addWidget(window.presenter)
    shown = _everything_shown(window)
    assert "0 of 2 complete, 1 started" in shown
    assert "Zoë" not in shown and "7.5" not in shown
    window.presenter.hide()


def test_f11_makes_the_presenter_full_screen_on_a_single_screen_and_esc_leaves_it(
    qtbot, window: MainWindow, blind_round
) -> None:
    from PySide6.QtGui import QGuiApplication

    path, wid = blind_round
    window.open_path(str(path))
    _select(window, wid)
    assert len(QGuiApplication.screens()) == 1  # one screen, as a mirrored projector
    window.presenter_action.trigger()
    presenter = window.presenter
    assert presenter is not None
    qtbot.addWidget(presenter)
    qtbot.waitExposed(presenter)
    assert presenter.isVisible() and not presenter.isFullScreen()
    presenter.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is presenter.windowHandle())
    qtbot.keyClick(presenter, Qt.Key.Key_F11)
    qtbot.waitUntil(presenter.isFullScreen)
    assert presenter.full_screen_action.isChecked()
    assert presenter.full_screen_action in presenter.actions()  # also in its context menu
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)  # Esc leaves full screen, keeps the view
    qtbot.waitUntil(lambda: not presenter.isFullScreen())
    assert presenter.isVisible() and not presenter.full_screen_action.isChecked()
    qtbot.keyClick(presenter, Qt.Key.Key_F11)
    qtbot.waitUntil(presenter.isFullScreen)
    qtbot.keyClick(presenter, Qt.Key.Key_F11)  # F11 again: back to a window
    qtbot.waitUntil(lambda: not presenter.isFullScreen())
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)  # and Esc on the window puts it away
    assert not presenter.isVisible()


def test_view_presenter_full_screen_opens_it_full_screen_and_toggles_back(
    qtbot, window: MainWindow, blind_round
) -> None:
    path, wid = blind_round
    window.open_path(str(path))
    _select(window, wid)
    action = window.presenter_full_action
    assert action.shortcut().toString() == "F11"
    assert action in window.menuBar().actions()[3].menu().actions()  # the View menu
    action.trigger()
    presenter = window.presenter
    assert presenter is not None
    qtbot.addWidget(presenter)
    qtbot.waitUntil(presenter.isFullScreen)
    action.trigger()
    qtbot.waitUntil(lambda: not presenter.isFullScreen())
    assert presenter.isVisible()
    presenter.close()


def test_the_large_type_grows_with_a_taller_window(qtbot) -> None:
    from pmo_tmo_desktop.ui.workshop.presenter.presenter import PresenterWindow

    presenter = PresenterWindow()
    qtbot.addWidget(presenter)
    presenter.resize(1280, 720)
    presenter.show()
    qtbot.waitExposed(presenter)
    small = presenter.progress.font().pointSizeF()
    presenter.resize(1920, 1440)
    qtbot.waitUntil(lambda: presenter.progress.font().pointSizeF() > small)
    assert presenter.progress.font().pointSizeF() == pytest.approx(small * 2, rel=0.05)
    presenter.resize(800, 600)  # never smaller than the base size
    qtbot.waitUntil(lambda: presenter.progress.font().pointSizeF() == pytest.approx(small))


def test_the_agenda_line_drops_the_presenter_in_an_anonymous_workshop(qtbot, window) -> None:
    from pmo_tmo_desktop.ui.workshop.presenter.presenter import PresenterWindow

    presenter = PresenterWindow()
    qtbot.addWidget(presenter)
    presenter.show_agenda("Gap discussion", "Priya Raman", anonymous=True)
    assert "Priya" not in presenter.agenda.text()
    presenter.show_agenda("Gap discussion", "Priya Raman", anonymous=False)
    assert "Priya Raman" in presenter.agenda.text()
    presenter.show_timer(-83)
    assert presenter.timer.text() == "+1:23"
    presenter.show_timer(95)
    assert presenter.timer.text() == "1:35"


def test_the_results_page_shows_what_moved_since_the_previous_round(
    window: MainWindow, demo_path: Path
) -> None:
    window.open_path(str(demo_path))
    window.workshops_area.list.selectRow(0)
    page = window.results_page
    model = page.table_model
    moved_column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Moved"
    )
    values = [model.index(r, moved_column).data() for r in range(model.rowCount())]
    assert all(v != "—" for v in values)  # round 2 against round 1, for every proposal
    assert any(v.startswith(("+", "−")) for v in values)
