"""Workshop → Print QR Name Cards…: the PDF is written where the user chooses, its links point
to the open room (or, with no room open, where the room would listen)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pmo_tmo_desktop.room.server import address_text, lan_address
from pmo_tmo_desktop.services import room as rooms
from pmo_tmo_desktop.ui.shell import workshop_menu
from pmo_tmo_desktop.ui.shell.main_window import MainWindow
from pmo_tmo_desktop.ui.workshop.room.room_address import LOOPBACK, AddressDialog
from tests.exchange.test_pdf_cards import all_text, expected_matrix, qr_codes_drawn, squeezed
from tests.ui.test_rating_page import _page, planned_workshop


@pytest.fixture
def saved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The save dialog answers tmp_path/cards.pdf; the names it suggested are collected."""
    suggested: list[str] = []

    def save_as(cls, parent, suggestion, suffix):
        suggested.append(Path(suggestion).name)
        return str(tmp_path / "cards.pdf")

    monkeypatch.setattr(workshop_menu.Files, "save_as", classmethod(save_as))
    return suggested


def _people(window: MainWindow, workshop: int) -> tuple[str, list[tuple[str, str]]]:
    """The room code and (name, personal code) per participant, from the open workspace."""
    ws = window.workspace
    assert ws is not None
    codes = rooms.passes(ws, workshop)
    seats = rooms.seats(ws, workshop)
    return rooms.open_room(ws, workshop).code, [(s.name, codes[s.participant_id]) for s in seats]


def test_the_menu_writes_name_cards_with_the_default_address(
    window: MainWindow, demo_path: Path, tmp_path: Path, saved: list[str]
) -> None:
    workshop = planned_workshop(demo_path)
    _page(window, demo_path, workshop)
    menu = window.workshop_menu
    menu.update()
    assert menu.cards_action.isEnabled()
    menu.cards_action.trigger()
    out = tmp_path / "cards.pdf"
    assert out.exists()
    assert saved == ["Spring intake - name cards.pdf"]
    base = "http://" + address_text(lan_address(), 8765)
    assert base in window.file_notice.label.text() and window.file_notice.isVisible()
    room_code, people = _people(window, workshop)
    text = all_text(out)
    links = [f"{base}/r/{room_code}/p/{code}" for _name, code in people]
    for (name, code), link in zip(people, links, strict=True):
        assert name in text and code in text and link in squeezed(text)
    assert [qr.matrix for qr in qr_codes_drawn(out)[0]] == [expected_matrix(x) for x in links]


def test_with_the_room_open_the_links_point_to_it(
    window: MainWindow,
    demo_path: Path,
    tmp_path: Path,
    saved: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(AddressDialog, "ask", classmethod(lambda cls, *a, **k: LOOPBACK))
    workshop = planned_workshop(demo_path)
    _page(window, demo_path, workshop)
    window.room.open()
    try:
        server = window.room.server
        assert server is not None
        window.workshop_menu.update()
        window.workshop_menu.cards_action.trigger()
        text = squeezed(all_text(tmp_path / "cards.pdf"))
        ws = window.workspace
        assert ws is not None
        for code in rooms.passes(ws, workshop).values():
            assert server.link(code) in text
        assert server.base_url.startswith("http://127.0.0.1:")
    finally:
        window.room.close()


def test_a_closed_workshop_has_no_name_cards(window: MainWindow, demo_path: Path) -> None:
    window.open_path(str(demo_path))
    window.workshops_area.list.selectRow(0)  # the demo's workshop is closed
    window.workshop_menu.update()
    assert not window.workshop_menu.cards_action.isEnabled()
