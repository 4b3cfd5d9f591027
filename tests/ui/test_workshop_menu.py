"""Set-up workbooks and ballots through the Workshop menu."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from pmo_tmo_desktop.services import files, queries
from pmo_tmo_desktop.ui.shell import workshop_menu
from pmo_tmo_desktop.ui.shell.main_window import MainWindow
from pmo_tmo_desktop.ui.widgets.dialogs import Messages


def _fill_setup(path: Path) -> None:
    book = openpyxl.load_workbook(path)
    sheet = book["Workshop"]
    for row in sheet.iter_rows(min_row=1):
        if row[0].value == "Title":
            row[1].value = "Autumn intake"
    book["Participants"].append(["Ana Lima", "PMO", "Portfolio lead"])
    book["Participants"].append(["Bo Chen", "TMO", "Architect"])
    book["Criteria"].append(["Value", 3, "higher is better", 1, 10, ""])
    book["Proposals"].append(["CRM renewal", "Sales", "", 100000, 250000, 6])
    book.save(path)


def test_a_workshop_made_from_a_filled_set_up_workbook_then_ballots_out_and_in(
    window: MainWindow, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_path(str(demo_path))
    setup = tmp_path / "setup.xlsx"
    Files = workshop_menu.Files
    monkeypatch.setattr(Files, "setup_out", classmethod(lambda c, p, f: str(setup)))
    window.workshop_menu.template_action.trigger()
    assert setup.exists()
    _fill_setup(setup)
    monkeypatch.setattr(Files, "setup_in", classmethod(lambda c, p, f: str(setup)))
    window.workshop_menu.setup_action.trigger()
    with files.open_file(demo_path, read_only=True) as ws:
        made = next(w for w in queries.workshops(ws) if w.title == "Autumn intake")
    area = window.workshops_area
    row = next(
        r for r in range(area.list_model.rowCount()) if area.list_model.record(r).id == made.id
    )
    area.list.selectRow(row)
    ballots = tmp_path / "ballots"
    ballots.mkdir()
    monkeypatch.setattr(Files, "folder", classmethod(lambda c, p, f: str(ballots)))
    window.workshop_menu.export_action.trigger()
    written = sorted(ballots.glob("*.xlsx"))
    assert len(written) == 2
    book = openpyxl.load_workbook(written[0])
    sheet = book["Ballot"]
    target = next(c for row in sheet.iter_rows() for c in row if c.protection.locked is False)
    target.value = 8
    book.save(written[0])
    monkeypatch.setattr(Files, "ballots_in", classmethod(lambda c, p, f: [str(written[0])]))
    told: list[str] = []
    monkeypatch.setattr(
        Messages, "inform", classmethod(lambda c, p, title, text: told.append(text))
    )
    window.workshop_menu.import_action.trigger()
    with files.open_file(demo_path, read_only=True) as ws:
        data = queries.workshop(ws, made.id)
    assert [r.value for r in data.ratings] == [8.0]
    assert data.open_round is not None and data.open_round.number == 1
    # the summary says what arrived and whose ballot is still incomplete; no undo step
    assert told == [  # the words of the command line, one ballot, one cell
        "Imported 1 ballot into round 1: 1 rating written, 0 can't judge, 0 removed; "
        "1 complete, 0 incomplete (the round was opened for them)"
    ]
    assert not window.undo_stack.canUndo() or window.undo_stack.undoText() != "Import ballots"


def test_minutes_and_results_workbook_from_the_menu(
    window: MainWindow, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PdfReader

    window.open_path(str(demo_path))
    window.workshops_area.list.selectRow(0)
    chosen: list[str] = []

    def save_as(cls, parent, suggestion, suffix):
        chosen.append(Path(suggestion).name)
        return str(tmp_path / f"out{suffix}")

    monkeypatch.setattr(workshop_menu.Files, "save_as", classmethod(save_as))
    window.workshop_menu.update()
    window.workshop_menu.minutes_action.trigger()
    window.workshop_menu.results_action.trigger()
    assert chosen[0].startswith("2026-10-14 Q4 Portfolio Review") and chosen[0].endswith(".pdf")
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "out.pdf").pages)
    assert "Customer self-service portal" in text
    assert "Results" in openpyxl.load_workbook(tmp_path / "out.xlsx").sheetnames


def test_the_meeting_pack_writes_the_chosen_documents_with_progress(
    qtbot, window: MainWindow, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pmo_tmo_desktop.ui.shell import pack_dialog

    window.open_path(str(demo_path))
    window.workshops_area.list.selectRow(0)
    out = tmp_path / "pack"
    out.mkdir()
    monkeypatch.setattr(
        pack_dialog.PackDialog,
        "ask",
        classmethod(lambda cls, parent, folder: (out, ["preread", "minutes", "results"])),
    )
    window.workshop_menu.update()
    window.workshop_menu.pack_action.trigger()
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 3
    assert any(n.endswith("pre-read.pdf") for n in names)
    assert any(n.endswith("minutes.pdf") for n in names)
    assert any(n.endswith("results.xlsx") for n in names)


def test_the_pack_dialog_offers_every_document(qtbot) -> None:
    from pmo_tmo_desktop.ui.shell.pack_dialog import PackDialog

    dialog = PackDialog("/tmp")
    qtbot.addWidget(dialog)
    dialog.boxes["handbook"].setChecked(False)
    folder, sections = dialog.choice()
    assert sections == ["preread", "minutes", "methodology", "results"]
    assert str(folder) == "/tmp"


def test_a_workshop_just_made_is_shown_on_its_set_up_tab_with_a_word_of_what_came(
    qtbot, window: MainWindow, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pmo_tmo_desktop.ui.shell.workshop_actions import NewWorkshopDialog

    window.open_path(str(demo_path))
    window.show_area(0)  # the user is on Methodology
    setup = tmp_path / "setup.xlsx"
    Files = workshop_menu.Files
    monkeypatch.setattr(Files, "setup_out", classmethod(lambda c, p, f: str(setup)))
    window.workshop_menu.template_action.trigger()
    sheet = openpyxl.load_workbook(setup)["Workshop"]
    told = " ".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value)
    assert "Workshop → New Workshop from Set-up Workbook…" in told, "the menu, not only the CLI"
    _fill_setup(setup)
    monkeypatch.setattr(Files, "setup_in", classmethod(lambda c, p, f: str(setup)))
    window.workshop_menu.setup_action.trigger()
    area = window.workshops_area
    assert window.areas.currentWidget() is area
    assert area.current() is not None and area.current().workshop.title == "Autumn intake"
    assert area.pages.currentWidget() is window.setup_page
    assert window.statusBar().currentMessage() == (
        "Created the workshop “Autumn intake” from setup.xlsx: 2 participants, 1 criterion, "
        "1 proposal"
    )
    # New Workshop too: chosen, on Set-up, whatever tab was current
    area.pages.setCurrentIndex(area.pages.indexOf(window.rating_page))
    monkeypatch.setattr(NewWorkshopDialog, "ask", classmethod(lambda c, p: "Spring intake"))
    window.workshop_menu.new_action.trigger()
    assert area.current() is not None and area.current().workshop.title == "Spring intake"
    assert area.pages.currentWidget() is window.setup_page
