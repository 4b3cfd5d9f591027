"""Open Room from the desktop app: the address is chosen, the Rating page and the presenter
show the QR code, the address and the room code, a phone's progress appears within two
seconds, a second device on the same name waits until it is admitted, and the server stops
with Close Room, File > Close and quitting (nothing listens afterwards)."""

from __future__ import annotations

import socket
from pathlib import Path

import httpx
import pytest
import segno
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu

from pmo_tmo_desktop.services import files, queries, workshops
from pmo_tmo_desktop.ui.shell.main_window import MainWindow
from pmo_tmo_desktop.ui.workshop.common.qr import QUIET
from pmo_tmo_desktop.ui.workshop.rating.round_status import BallotStatusModel
from pmo_tmo_desktop.ui.workshop.room.room_address import (
    EVERYWHERE,
    LOOPBACK,
    AddressChoice,
    AddressDialog,
    address_choices,
    default_choice,
)
from pmo_tmo_desktop.ui.workshop.room.room_devices import DeviceModel
from tests.ui.test_rating_page import _page, planned_workshop

LEFT = Qt.MouseButton.LeftButton
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def live(demo_path: Path) -> tuple[Path, int]:
    """The demo plus "Spring intake" (Ana, Ben, Chloé; 2 x 2 cells) with round 1 open."""
    wid = planned_workshop(demo_path)
    with files.open_file(demo_path) as ws:
        workshops.open_round(ws, wid)
    return demo_path, wid


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The address dialog answers 127.0.0.1; the hosts it offered are collected."""
    offered: list[list[str]] = []

    def ask(cls, parent, choices, error="", chosen=None):
        offered.append([c.host for c in choices])
        assert not error, error
        return LOOPBACK

    monkeypatch.setattr(AddressDialog, "ask", classmethod(ask))
    return offered


def _port_free(port: int) -> bool:
    """Nothing listens on 127.0.0.1:port: a connection is refused and the port binds again
    (as a restarted room binds it: connections of the old one may still be in TIME_WAIT)."""
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except ConnectionRefusedError:
        pass
    else:
        return False
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as again:
        again.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        again.bind(("127.0.0.1", port))
        again.listen()
    return True


def _open_from_menu(qtbot, window: MainWindow) -> None:
    """Alt+W opens the Workshop menu; H (Open Room for Phones…) opens the room."""
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_W, ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert menu is window.workshop_menu.menu
    assert window.workshop_menu.room_action.isEnabled()
    qtbot.keyClick(menu, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: window.room.is_open(), timeout=5000)


def _shown_modules(widget) -> list[list[bool]]:
    """The QR code as painted: dark or light at the centre of every module."""
    image = widget.grab().toImage()
    modules = len(widget.matrix()) + 2 * QUIET
    each = min(image.width(), image.height()) // modules
    left = (image.width() - each * modules) // 2
    top = (image.height() - each * modules) // 2
    return [
        [
            image.pixelColor(
                left + (x + QUIET) * each + each // 2, top + (y + QUIET) * each + each // 2
            ).lightness()
            < 128
            for x in range(modules - 2 * QUIET)
        ]
        for y in range(modules - 2 * QUIET)
    ]


def _rows(model: DeviceModel) -> list[tuple[str, str]]:
    return [
        (model.index(r, DeviceModel.NAME).data(), model.index(r, DeviceModel.STATE).data())
        for r in range(model.rowCount())
    ]


def _ballot_state(page, name: str) -> str:
    model = page.status_model
    for row in range(model.rowCount()):
        if model.index(row, BallotStatusModel.NAME).data().startswith(name):
            return str(model.index(row, BallotStatusModel.STATE).data())
    raise AssertionError(name)


def test_a_phone_joins_rates_and_a_second_device_waits_until_admitted(
    qtbot, window: MainWindow, live, asked
) -> None:
    path, wid = live
    page = _page(window, path, wid)
    assert not page.room_button.isHidden() and page.room_button.isEnabled()
    _open_from_menu(qtbot, window)
    assert asked and asked[0][-2:] == [LOOPBACK, EVERYWHERE]
    server = window.room.server
    assert server is not None and server.host == LOOPBACK
    url = f"http://127.0.0.1:{server.port}/r/{server.code}"
    assert server.url == url
    panel = window.room.panel
    assert panel is not None and panel.isVisible()
    assert panel.address.text() == url
    assert server.code in panel.code.text()
    assert panel.address.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert page.room_button.text() == "Close Room"
    # the QR code holds exactly the address, and it is painted module for module
    expected = [[bool(bit) for bit in row] for row in segno.make_qr(url).matrix]
    assert [list(row) for row in panel.qr.matrix()] == expected
    assert _shown_modules(panel.qr) == expected

    with files.open_file(path, read_only=True) as ws:
        data = queries.workshop(ws, wid)
    ana = data.participants[0].id
    cell = {"proposal_id": data.proposals[0].id, "criterion_id": data.criteria[0].id}
    assert _ballot_state(page, "Ana") == "Not started"
    with httpx.Client(timeout=5) as phone, httpx.Client(timeout=5) as tablet:
        answer = phone.post(f"{url}/api/claim", json={"participant_id": ana})
        assert answer.status_code == 201 and answer.json()["state"] == "admitted"
        token = answer.json()["token"]
        saved = phone.put(
            f"{url}/api/rating",
            json={**cell, "value": 7, "cant_judge": False},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert saved.status_code == 200, saved.text
        qtbot.waitUntil(lambda: _ballot_state(page, "Ana") == "Started (1 of 4)", timeout=2000)
        qtbot.waitUntil(lambda: _rows(panel.model) == [("Ana", "Joined")], timeout=2000)
        assert "7" not in page.status_model.index(0, BallotStatusModel.STATE).data()
        # a second device on the same name waits
        second = tablet.post(f"{url}/api/claim", json={"participant_id": ana})
        assert second.status_code == 201 and second.json()["state"] == "waiting"
        qtbot.waitUntil(
            lambda: _rows(panel.model) == [("Ana", "Joined"), ("Ana", "Waiting")], timeout=2000
        )
        assert "1 waiting" in panel.devices_title.text()
        view = panel.devices
        assert not panel.admit_button.isEnabled()
        row = view.visualRect(panel.model.index(1, DeviceModel.NAME)).center()
        qtbot.mouseClick(view.viewport(), LEFT, pos=row)
        assert panel.admit_button.isEnabled() and not panel.revoke_button.isEnabled()
        qtbot.mouseClick(panel.admit_button, LEFT)
        assert sorted(_rows(panel.model)) == [("Ana", "Joined"), ("Ana", "Signed out")]
        refused = phone.get(f"{url}/api/ballot", headers={"Authorization": f"Bearer {token}"})
        assert refused.status_code == 403
        admitted = tablet.get(
            f"{url}/api/ballot",
            headers={"Authorization": f"Bearer {second.json()['token']}"},
        )
        assert admitted.status_code == 200
    # Close Room on the Rating page: the server stops, the port is free again
    port = server.port
    qtbot.mouseClick(page.room_button, LEFT)
    assert not window.room.is_open() and not server.running
    assert not panel.isVisible()
    assert page.room_button.text() == "Open Room…"
    assert _port_free(port)
    with pytest.raises(httpx.TransportError), httpx.Client(timeout=2) as late:
        late.get(f"{url}/api/state")


def test_the_presenter_shows_how_to_join_while_the_room_is_open(
    qtbot, window: MainWindow, live, asked
) -> None:
    path, wid = live
    _page(window, path, wid)
    window.show_presenter()
    presenter = window.presenter
    assert presenter is not None
    assert not presenter.room.isVisible()
    qtbot.mouseClick(window.rating_page.room_button, LEFT)
    qtbot.waitUntil(window.room.is_open)
    server = window.room.server
    assert server is not None
    qtbot.waitUntil(presenter.room.isVisible)
    assert presenter.room.address.text() == server.url
    assert server.code in presenter.room.code.text()
    assert [list(r) for r in presenter.room.qr.matrix()] == [
        [bool(b) for b in row] for row in segno.make_qr(server.url).matrix
    ]
    window.room.close()
    assert not presenter.room.isVisible()
    presenter.close()


@pytest.mark.parametrize("how", ["file close", "quit", "another workshop"])
def test_the_room_stops_with_the_workspace_the_window_or_another_workshop(
    qtbot, window: MainWindow, live, asked, how: str
) -> None:
    path, wid = live
    _page(window, path, wid)
    window.room.toggle()
    server = window.room.server
    assert server is not None and server.running
    port = server.port
    if how == "file close":
        window.close_action.trigger()
    elif how == "quit":
        window.quit_action.trigger()
        assert not window.isVisible()
    else:
        area = window.workshops_area
        other = next(
            r for r in range(area.list_model.rowCount()) if area.list_model.record(r).id != wid
        )
        area.list.selectRow(other)
    assert not window.room.is_open() and not server.running
    assert _port_free(port)


def test_a_busy_port_falls_back_to_a_free_one(qtbot, window: MainWindow, live, asked) -> None:
    path, wid = live
    _page(window, path, wid)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            taken.bind(("127.0.0.1", 8765))
            taken.listen(1)
        except OSError:
            pytest.skip("port 8765 is in use here already")
        window.room.toggle()
        server = window.room.server
        assert server is not None and server.port not in (0, 8765)
        window.room.close()


def test_a_refused_address_is_said_in_one_line_and_asked_again(
    qtbot, window: MainWindow, live, monkeypatch
) -> None:
    path, wid = live
    _page(window, path, wid)
    answers = iter(["192.0.2.254", None])  # TEST-NET: not this machine's
    errors: list[str] = []

    def ask(cls, parent, choices, error="", chosen=None):
        errors.append(error)
        return next(answers)

    monkeypatch.setattr(AddressDialog, "ask", classmethod(ask))
    window.room.toggle()
    assert not window.room.is_open()
    assert errors[0] == "" and "192.0.2.254" in errors[1] and "\n" not in errors[1]


def test_addresses_offer_a_private_network_first_and_never_all_interfaces_by_default() -> None:
    found = address_choices()
    hosts = [c.host for c in found]
    assert hosts[-2:] == [LOOPBACK, EVERYWHERE]
    assert hosts[default_choice(found)] != EVERYWHERE
    made = [
        AddressChoice("203.0.113.5", "eth0", False),
        AddressChoice("192.168.1.20", "wlan0", True),
        AddressChoice(LOOPBACK, "", False),
        AddressChoice(EVERYWHERE, "", False),
    ]
    assert made[default_choice(made)].host == "192.168.1.20"
    assert made[default_choice([made[0], *made[2:]]) + 1].host == LOOPBACK


def test_the_device_model_is_a_proper_table(qtmodeltester, live) -> None:
    from datetime import datetime

    from pmo_tmo_desktop.services.room import Device

    model = DeviceModel()
    now = datetime(2026, 5, 4, 10, 30, 15)
    model.set_devices(
        [
            Device(1, 1, 1, "Ana", "PMO", "admitted", "Phone", now, now),
            Device(2, 1, 1, "Ana", "PMO", "waiting", "Tablet", now, None),
            Device(3, 1, 2, "Ben", None, "revoked", "", now, now),
        ]
    )
    qtmodeltester.check(model)
    assert _rows(model) == [("Ana", "Joined"), ("Ana", "Waiting"), ("Ben", "Signed out")]
    assert model.index(0, DeviceModel.SEEN).data() == "10:30:15"
    assert model.index(1, DeviceModel.SEEN).data() == "—"


def test_the_room_button_does_not_move_the_tab_order(window: MainWindow, live) -> None:
    path, wid = live
    page = _page(window, path, wid)
    assert page.discard_button.nextInFocusChain() is page.room_button
    assert page.room_button.nextInFocusChain() is page.open_button


def test_a_ballot_in_the_hot_seat_is_left_alone_and_catches_up_when_done(
    qtbot, window: MainWindow, live, asked
) -> None:
    path, wid = live
    page = _page(window, path, wid)
    window.room.toggle()
    server, panel = window.room.server, window.room.panel
    assert server is not None and panel is not None and panel.isVisible()
    with files.open_file(path, read_only=True) as ws:
        data = queries.workshop(ws, wid)
    ben = data.participants[1].id
    page.choose(data.participants[0].id)
    qtbot.mouseClick(page.start_button, LEFT)
    assert page.ballot_visible() and not panel.isVisible()
    qtbot.keyClicks(page.ballot, "4")  # Ana is typing in the hot seat
    with httpx.Client(timeout=5) as phone:
        token = phone.post(f"{server.url}/api/claim", json={"participant_id": ben}).json()["token"]
        phone.put(
            f"{server.url}/api/rating",
            json={
                "proposal_id": data.proposals[0].id,
                "criterion_id": data.criteria[0].id,
                "value": 3,
                "cant_judge": False,
            },
            headers={"Authorization": f"Bearer {token}"},
        )
    qtbot.wait(1200)  # two looks at the room: the ballot and its editor stay as they are
    editors = [e for e in page.ballot.findChildren(QLineEdit) if e.isVisible()]
    assert editors and editors[0].text() == "4"
    qtbot.mouseClick(page.done_button, LEFT)
    assert panel.isVisible()
    qtbot.waitUntil(lambda: _ballot_state(page, "Ben") == "Started (1 of 4)", timeout=2000)
    assert _ballot_state(page, "Ana") == "Started (1 of 4)"
    window.room.close()


def test_the_facilitator_requires_codes_and_shows_results_from_the_panel(
    qtbot, window: MainWindow, live, asked
) -> None:
    path, wid = live
    page = _page(window, path, wid)
    _open_from_menu(qtbot, window)
    server = window.room.server
    panel = window.room.panel
    assert server is not None and panel is not None
    # a new room: no codes, no results on phones
    assert not panel.codes_box.isChecked() and not panel.results_box.isChecked()
    with files.open_file(path, read_only=True) as ws:
        ana = queries.workshop(ws, wid).participants[0].id
    with httpx.Client(timeout=5) as phone:
        seats = phone.get(f"{server.url}/api/seats").json()
        assert seats["codes_required"] is False
        panel.codes_box.setFocus()
        qtbot.keyClick(panel.codes_box, Qt.Key.Key_Space)
        assert panel.codes_box.isChecked()
        assert phone.get(f"{server.url}/api/seats").json()["codes_required"] is True
        refused = phone.post(f"{server.url}/api/claim", json={"participant_id": ana})
        assert refused.status_code == 403 and refused.json()["error"] == "personal-code"
        qtbot.mouseClick(panel.results_box, LEFT)
        assert panel.results_box.isChecked()
    window.room.close()
    with files.open_file(path, read_only=True) as ws:
        from pmo_tmo_desktop.services import room as room_service

        info = room_service.room_by_code(ws, server.code)
    assert info is not None and (info.codes_required, info.show_results) == (True, True)
    # opened again, the panel shows the room's settings as stored
    _open_from_menu(qtbot, window)
    assert window.room.panel is panel
    assert panel.codes_box.isChecked() and panel.results_box.isChecked()
    assert page.room_button.text() == "Close Room"


def _rate(client: httpx.Client, url: str, token: str, cell: dict[str, int], value: int) -> int:
    answer = client.put(
        f"{url}/api/rating",
        json={**cell, "value": value},
        headers={"Authorization": f"Bearer {token}"},
    )
    return answer.status_code


def _stored(path: Path, wid: int, person: int) -> list[float | None]:
    with files.open_file(path, read_only=True) as ws:
        data = queries.workshop(ws, wid)
    return [r.value for r in data.ratings if r.participant_id == person]


def test_save_as_and_restore_backup_pause_the_room_and_phones_keep_their_address(
    qtbot, window: MainWindow, live, asked, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pmo_tmo_desktop.ui.widgets import dialogs

    path, wid = live
    _page(window, path, wid)
    _open_from_menu(qtbot, window)
    server = window.room.server
    assert server is not None
    url, port = server.url, server.port
    with files.open_file(path, read_only=True) as ws:
        data = queries.workshop(ws, wid)
    ana = data.participants[0].id
    cell = {"proposal_id": data.proposals[0].id, "criterion_id": data.criteria[0].id}
    with httpx.Client(timeout=5) as phone:
        token = phone.post(f"{url}/api/claim", json={"participant_id": ana}).json()["token"]
        assert _rate(phone, url, token, cell, 3) == 200

        # Save As: the room stops before the copy and serves the copy at the same address
        target = tmp_path / "copy.pmotmo"
        monkeypatch.setattr(dialogs.Messages, "save_file", classmethod(lambda c, p, f: str(target)))
        window.save_as_action.trigger()
        assert window.workspace is not None and window.workspace.path == target
        assert window.room.is_open() and window.room.server is not server
        assert window.room.server is not None and window.room.server.url == url
        assert window.room.server.ws is window.workspace
        assert not server.running
        assert _rate(phone, url, token, cell, 4) == 200, "the same phone, the same token"
        assert _stored(target, wid, ana) == [4.0]
        window.room.close()
        assert _stored(path, wid, ana) == [3.0], "the original kept what it had"

        # Restore Backup: the same
        window.room.toggle()
        assert window.room.server is not None and window.room.server.port == port
        window.workspace.backup("manual")
        assert _rate(phone, url, token, cell, 5) == 200
        before = window.room.server
        monkeypatch.setattr(
            dialogs.RestoreBackupDialog,
            "ask",
            classmethod(lambda cls, parent, found: found[0].path),
        )
        window.restore_action.trigger()
        assert window.room.is_open() and window.room.server is not before
        assert window.room.server is not None and window.room.server.url == url
        assert _stored(target, wid, ana) == [4.0], "the backup's value"
        assert _rate(phone, url, token, cell, 6) == 200
    window.room.close()
    assert _stored(target, wid, ana) == [6.0]


def test_a_rating_changed_on_a_phone_reaches_the_desktop_though_the_count_stays(
    qtbot, window: MainWindow, live, asked
) -> None:
    """A participant who changes a rating from a phone leaves the number of ratings as it
    was: the desktop still hears of it (its results would otherwise stay stale)."""
    from pmo_tmo_desktop.services.events import RatingsChanged

    path, wid = live
    _page(window, path, wid)

    class Ear:
        def __init__(self) -> None:
            self.heard: list[RatingsChanged] = []

        def hear(self, event: RatingsChanged) -> None:
            self.heard.append(event)

    ear = Ear()
    heard = ear.heard
    window.changes.subscribe(RatingsChanged, ear.hear)
    window.room.toggle()
    server = window.room.server
    assert server is not None
    with files.open_file(path, read_only=True) as ws:
        data = queries.workshop(ws, wid)
    ana = data.participants[0].id
    cell = {"proposal_id": data.proposals[0].id, "criterion_id": data.criteria[0].id}
    with httpx.Client(timeout=5) as phone:
        token = phone.post(f"{server.url}/api/claim", json={"participant_id": ana}).json()["token"]
        assert _rate(phone, server.url, token, cell, 7) == 200
        qtbot.waitUntil(lambda: len(heard) == 1, timeout=3000)
        assert _rate(phone, server.url, token, cell, 3) == 200  # the same cell, changed
        qtbot.waitUntil(lambda: len(heard) == 2, timeout=3000)
    assert _stored(path, wid, ana) == [3]
    assert all(wid in event.workshops for event in heard)
    window.room.close()
