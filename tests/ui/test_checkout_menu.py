"""A team library opened in the window by its URL, and one of its workshops checked out for
the room and checked in again through the Workshop menu."""

from __future__ import annotations

from pathlib import Path

import pytest

from pmo_tmo_desktop.services import checkout, demo, files
from pmo_tmo_desktop.ui.shell import checkout_menu
from pmo_tmo_desktop.ui.shell.main_window import MainWindow
from pmo_tmo_desktop.ui.widgets.dialogs import Messages
from tests import pg_server as pg


@pytest.fixture
def team(libraries: pg.Libraries) -> str:
    """A library holding the demo (its workshop 1)."""
    return libraries.url_from("template_demo", lambda url: demo.create_demo(url).close())


def test_a_library_opens_by_its_url_and_a_workshop_goes_out_and_back(
    window: MainWindow, team: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(Messages, "inform", classmethod(lambda c, p, t, x: said.append(x)))
    monkeypatch.setattr(Messages, "warn", classmethod(lambda c, p, t, x: said.append(x)))
    assert window.open_path(team)
    ws = window.workspace
    assert ws is not None and ws.is_library
    assert ws.label in window.windowTitle() and "pmo_admin" in window.windowTitle()
    assert team not in window.settings.recent_files()

    room = tmp_path / "room.pmotmo"
    RoomFiles = checkout_menu.RoomFiles
    monkeypatch.setattr(RoomFiles, "checkout_to", classmethod(lambda c, p, s: str(room)))
    offline = window.workshop_menu.offline
    window.workshop_menu.update()
    assert offline.checkout_action.isEnabled()
    offline.checkout_action.trigger()
    assert room.exists() and "read-only here until it is checked in" in said[-1]
    assert list(checkout.marks(ws)) == [1]

    monkeypatch.setattr(RoomFiles, "checkin_from", classmethod(lambda c, p, f: str(room)))
    offline.checkin_action.trigger()
    assert "may be changed here again" in said[-1]
    assert checkout.marks(ws) == {}
    offline.checkin_action.trigger()  # the same file twice: refused, said in one line
    assert "already checked in" in said[-1] and "\n" not in said[-1]


def test_a_reader_opens_the_library_read_only_and_is_told(
    window: MainWindow, team: str, pg_server: pg.Server
) -> None:
    from pmo_tmo_desktop.store import library

    database = str(library.parse(team).database)
    with pg_server.admin(database) as conn:
        conn.execute(
            "DO $$ BEGIN CREATE ROLE pmo_viewer LOGIN; "
            "EXCEPTION WHEN duplicate_object THEN NULL; END $$"
        )
        conn.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO pmo_viewer")
    reader = team.replace(f"{pg.ADMIN}@", "pmo_viewer@")
    assert window.open_path(reader)
    assert window.workspace is not None and window.workspace.read_only
    assert "(read-only)" in window.windowTitle()
    assert "you may read this library but not change it" in window.statusBar().currentMessage()
    assert not window.workshop_menu.offline.checkin_action.isEnabled()
    with files.open_file(reader, read_only=True) as again:
        assert again.read_only
