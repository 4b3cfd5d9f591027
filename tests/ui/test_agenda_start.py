"""A workshop's start time turns its agenda into clock times: on the Agenda page, on the
projector, in the minutes and in the pre-read — one rule (domain.agenda) for all of them."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from pmo_tmo_desktop.domain import agenda
from pmo_tmo_desktop.domain.errors import ValidationError
from pmo_tmo_desktop.services import entities, files, pack, queries, reports
from pmo_tmo_desktop.ui.shell.main_window import MainWindow
from pmo_tmo_desktop.ui.widgets import dialogs
from pmo_tmo_desktop.ui.workshop.agenda.agenda_model import AgendaModel
from tests.ui.test_rating_page import planned_workshop


def text_of(path: Path) -> str:
    return " ".join("".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_the_rule_counts_from_the_start_or_from_the_beginning() -> None:
    assert agenda.times([10, 35, 20], time(9, 5)) == ["09:05", "09:15", "09:50"]
    assert agenda.times([10, 35, 20], None) == ["0:00", "0:10", "0:45"]
    assert agenda.times([60, 30], time(23, 30)) == ["23:30", "00:30"]  # past midnight
    assert agenda.span(545, 10, time(9, 5)) == "09:05–09:15"
    assert agenda.span(0, 10, None) == ""


def test_a_start_time_is_a_time_of_day_or_none(demo_path: Path) -> None:
    wid = planned_workshop(demo_path)
    with files.open_file(demo_path) as ws:
        entities.edit(ws, "workshop", wid, start_time="9:30")
        assert queries.workshop(ws, wid).workshop.start_time == time(9, 30)
        for wrong in ("25:00", "half past nine", "9:75"):
            with pytest.raises(ValidationError, match="must be a time of day like 09:30"):
                entities.edit(ws, "workshop", wid, start_time=wrong)
        entities.edit(ws, "workshop", wid, start_time="")
        assert queries.workshop(ws, wid).workshop.start_time is None


def test_typed_on_set_up_the_start_time_reaches_the_agenda_the_projector_and_the_documents(
    qtbot,
    window: MainWindow,
    demo_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wid = planned_workshop(demo_path)
    with files.open_file(demo_path) as ws:
        for title, minutes in (("Welcome", 10), ("Gap discussion", 35), ("Decisions", 20)):
            entities.create(
                ws, "agenda_item", workshop_id=wid, title=title, duration_minutes=minutes
            )
    warned: list[str] = []
    monkeypatch.setattr(dialogs.Messages, "warn", classmethod(lambda c, p, t, x: warned.append(x)))
    window.open_path(str(demo_path))
    window.show_area(4)
    area = window.workshops_area
    area.choose(wid)
    page, setup = window.agenda_page, window.setup_page
    model = page.model

    def starts() -> list[str]:
        return [model.index(r, AgendaModel.STARTS).data() for r in range(model.rowCount())]

    assert starts() == ["0:00", "0:10", "0:45"]
    area.pages.setCurrentWidget(setup)
    setup.start.setFocus()
    qtbot.keyClicks(setup.start, "9:05")
    qtbot.keyClick(setup.start, Qt.Key.Key_Return)
    ws = window.workspace
    assert ws is not None
    assert queries.workshop(ws, wid).workshop.start_time == time(9, 5)
    assert setup.start.text() == "09:05"
    assert starts() == ["09:05", "09:15", "09:50"]
    window.presenter_action.trigger()
    qtbot.addWidget(window.presenter)
    area.pages.setCurrentWidget(page)
    page.set_current(model.record(1).id)
    assert window.presenter is not None
    assert window.presenter.agenda.text() == "09:15–09:50 · Gap discussion"
    window.presenter.hide()
    minutes, preread = tmp_path / "minutes.pdf", tmp_path / "preread.pdf"
    reports.write_minutes(ws, wid, minutes)
    pack.write_preread(ws, wid, preread)
    assert "Starts" in text_of(minutes)
    for document in (minutes, preread):
        said = text_of(document)
        assert all(clock in said for clock in ("09:05", "09:15", "09:50")), document.name
    # a time that is none is refused, said, and the stored one shown again
    area.pages.setCurrentWidget(setup)
    setup.start.setFocus()
    setup.start.selectAll()
    qtbot.keyClicks(setup.start, "25:00")
    qtbot.keyClick(setup.start, Qt.Key.Key_Return)
    assert warned and "must be a time of day like 09:30" in warned[-1]
    assert setup.start.text() == "09:05"
    window.undo_stack.undo()  # the start time was one step
    assert queries.workshop(ws, wid).workshop.start_time is None
    assert starts() == ["0:00", "0:10", "0:45"] and setup.start.text() == ""
