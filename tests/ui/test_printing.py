"""File → Print…: the chooser offers what the state allows, the preview shows the document
the services write, and the printed pages are that document's pages, each with ink."""

from __future__ import annotations

import shutil
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog

from pmo_tmo_desktop.services import files
from pmo_tmo_desktop.ui.shell import printing
from pmo_tmo_desktop.ui.shell.main_window import MainWindow

WORKSHOPS, RACI = 4, 1


def _ink(path: Path) -> list[int]:
    """Per page of the PDF at `path`: how many pixels are not (nearly) white."""
    document = pdfium.PdfDocument(str(path))
    counts = []
    for index in range(len(document)):
        bitmap = document[index].render(scale=0.5, grayscale=True)
        counts.append(sum(1 for value in bytes(bitmap.buffer) if value < 200))
    document.close()
    return counts


def _sizes(path: Path) -> list[tuple[int, int]]:
    document = pdfium.PdfDocument(str(path))
    sizes = [tuple(round(v) for v in document[i].get_size()) for i in range(len(document))]
    document.close()
    return sizes  # type: ignore[return-value]


@pytest.fixture
def printed(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """Answer the chooser as a user would (click the document, click Preview…), keep a copy
    of the PDF the preview shows, and press the preview's Print with the printer set to write
    a PDF file (no printer in CI)."""
    seen: dict[str, object] = {}
    choose: list[str] = []
    seen["choose"] = choose

    def ask(cls, parent, offer):
        dialog = cls(offer, parent)
        qtbot.addWidget(dialog)
        seen["offered"], seen["first"] = offer.offered(), offer.first
        seen["enabled"] = [k for k, b in dialog.buttons.items() if b.isEnabled()]
        if choose:
            qtbot.mouseClick(dialog.buttons[choose[0]], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        return dialog.chosen() if dialog.result() == QDialog.DialogCode.Accepted else None

    make = printing.Preview.make.__func__  # type: ignore[attr-defined]

    def record(cls, parent, pdf, title):
        shutil.copy(pdf, tmp_path / "source.pdf")
        seen["title"] = title
        return make(cls, parent, pdf, title)

    def run(cls, dialog: QPrintPreviewDialog) -> None:
        qtbot.addWidget(dialog)
        dialog.resize(1280, 800)
        dialog.show()
        qtbot.waitExposed(dialog)
        preview = dialog.findChild(QPrintPreviewWidget)
        seen["preview_pages"] = preview.pageCount()
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        preview.print()  # what the preview's Print button does once a printer is chosen
        dialog.close()

    monkeypatch.setattr(printing.PrintChooser, "ask", classmethod(ask))
    monkeypatch.setattr(printing.Preview, "make", classmethod(record))
    monkeypatch.setattr(printing.Preview, "run", classmethod(run))
    return seen


def test_the_minutes_print_from_the_shortcut_page_for_page_each_with_ink(
    qtbot, window: MainWindow, demo_path: Path, tmp_path: Path, printed: dict[str, object]
) -> None:
    window.open_path(str(demo_path))
    window.show_area(WORKSHOPS)
    window.workshops_area.list.selectRow(0)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed["first"] == printing.MINUTES  # the Workshops area: its minutes first
    assert printed["offered"] == [printing.MINUTES, printing.PREREAD, printing.HANDBOOK]
    assert printed["title"] == "Minutes — Q4 Portfolio Review – Joint PMO/TMO Assessment"
    source, out = tmp_path / "source.pdf", tmp_path / "printed.pdf"
    pages = len(_sizes(source))
    assert pages >= 2 and printed["preview_pages"] == pages
    assert _sizes(out) == _sizes(source)  # the same sheets, A4 portrait as the PDF says
    assert all(count > 500 for count in _ink(out))


def test_the_pre_read_chosen_in_the_chooser_is_what_is_printed(
    window: MainWindow, demo_path: Path, tmp_path: Path, printed: dict[str, object]
) -> None:
    window.open_path(str(demo_path))
    window.show_area(WORKSHOPS)
    window.workshops_area.list.selectRow(0)
    printed["choose"].append(printing.PREREAD)  # type: ignore[attr-defined]
    window.printing.action.trigger()
    from pypdf import PdfReader

    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "source.pdf").pages)
    assert "Agenda" in text and "Customer self-service portal" in text
    out = tmp_path / "printed.pdf"
    assert len(_sizes(out)) == len(_sizes(tmp_path / "source.pdf"))
    assert all(count > 500 for count in _ink(out))


def test_the_chooser_offers_only_what_the_state_allows(
    window: MainWindow, demo_path: Path, tmp_path: Path, printed: dict[str, object]
) -> None:
    action = window.printing.action
    assert not action.isEnabled() and "Open a workspace" in action.statusTip()
    empty = tmp_path / "empty.pmotmo"
    files.new(empty, "integrated").close()
    window.open_path(str(empty))
    assert action.isEnabled() and "preview" in action.statusTip()
    offer = window.printing.offer()  # no workshop yet: only the role handbook
    assert offer.offered() == [printing.HANDBOOK] and offer.first == printing.HANDBOOK
    assert "Choose a workshop" in (offer.reasons[printing.MINUTES] or "")
    printed["choose"].append(printing.MINUTES)  # type: ignore[attr-defined]
    action.trigger()
    assert printed["enabled"] == [printing.HANDBOOK]  # greyed out: a click cannot choose it
    assert printed["title"] == "Role handbook"
    window.close_workspace()
    assert not action.isEnabled()
    window.open_path(str(demo_path))
    window.show_area(RACI)  # a workshop is chosen, but the RACI matrix is shown
    offer = window.printing.offer()
    assert offer.offered() == list(printing.DOCUMENTS) and offer.first == printing.HANDBOOK


def test_print_is_not_a_key_a_text_field_takes(window: MainWindow) -> None:
    from tests.ui.test_first_use import editing_keys

    keys = {s.toString() for s in window.printing.action.shortcuts()}
    assert keys and not keys & editing_keys()
