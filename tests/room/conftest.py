"""Room fixtures: a workspace with a workshop of many participants (built once, copied per
test), and room servers started for real on 127.0.0.1 and stopped afterwards."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from pmo_tmo_desktop.room.server import RoomServer
from pmo_tmo_desktop.services import entities, files, queries
from pmo_tmo_desktop.services.files import Workspace

PEOPLE = 32
_BUILT: dict[str, bytes] = {}


@dataclass(frozen=True)
class Room:
    path: Path
    workshop: int
    people: tuple[int, ...]
    proposals: tuple[int, ...]
    criteria: tuple[int, ...]
    other_workshop: int
    other_proposal: int
    other_criterion: int


def _office(ws: Workspace, name: str) -> int:
    return next(o.id for o in queries.offices(ws) if o.name == name)


def _build(path: Path) -> None:
    ws = files.new(path, "empty")
    try:
        pmo, tmo = _office(ws, "PMO"), _office(ws, "TMO")
        workshop = entities.create(ws, "workshop", title="Portfolio day").new_id
        for i in range(PEOPLE):
            entities.create(ws, "participant", workshop_id=workshop, name=f"Person {i:02d}",
                            office_id=pmo if i % 2 else tmo)  # fmt: skip
        entities.create(ws, "criterion", workshop_id=workshop, name="Fit", weight=2,
                        scale_min=1, scale_max=10)  # fmt: skip
        entities.create(ws, "criterion", workshop_id=workshop, name="Risk", weight=1,
                        direction="lower", scale_min=0, scale_max=4)  # fmt: skip
        entities.create(ws, "proposal", workshop_id=workshop, title="New CRM")
        entities.create(ws, "proposal", workshop_id=workshop, title="ERP upgrade")
        other = entities.create(ws, "workshop", title="Another day").new_id
        entities.create(ws, "participant", workshop_id=other, name="Somebody", office_id=pmo)
        entities.create(ws, "criterion", workshop_id=other, name="Value", scale_min=1,
                        scale_max=5)  # fmt: skip
        entities.create(ws, "proposal", workshop_id=other, title="Data lake")
    finally:
        ws.close()


def _facts(ws: Workspace) -> Room:
    first, second = sorted(w.id for w in queries.workshops(ws))
    data, other = queries.workshop(ws, first), queries.workshop(ws, second)
    return Room(
        path=ws.path,
        workshop=first,
        people=tuple(p.id for p in data.participants),
        proposals=tuple(p.id for p in data.proposals),
        criteria=tuple(c.id for c in data.criteria),
        other_workshop=second,
        other_proposal=other.proposals[0].id,
        other_criterion=other.criteria[0].id,
    )


@pytest.fixture
def room_path(tmp_path: Path) -> Path:
    """A closed workspace file holding the two workshops (no round yet)."""
    if "room" not in _BUILT:
        build = tmp_path / "build" / "room.pmotmo"
        build.parent.mkdir()
        _build(build)
        _BUILT["room"] = build.read_bytes()
    path = tmp_path / "room.pmotmo"
    path.write_bytes(_BUILT["room"])
    return path


@pytest.fixture
def room_ws(room_path: Path) -> Iterator[Workspace]:
    ws = files.open_file(room_path)
    yield ws
    ws.close()


@pytest.fixture
def room(room_ws: Workspace) -> Room:
    return _facts(room_ws)


def port_is_free(port: int) -> bool:
    """Nothing listens on 127.0.0.1:port: a connection is refused and the port binds again."""
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except ConnectionRefusedError:
        pass
    else:
        return False
    with socket.socket() as again:
        again.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        again.bind(("127.0.0.1", port))
        again.listen()
    return True


Serve = Callable[..., RoomServer]


@pytest.fixture
def serve(room_ws: Workspace, room: Room) -> Iterator[Serve]:
    """Start a room server for the first workshop (options go to make_app); every server is
    stopped at the end and its port must be free again."""
    started: list[RoomServer] = []

    def start(workshop: int | None = None, **options: Any) -> RoomServer:
        server = RoomServer(room_ws, workshop or room.workshop, **options)
        server.start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()
        assert not server.running
        assert port_is_free(server.port)


def api(server: RoomServer, name: str) -> str:
    return f"{server.url}/api/{name}"


def claim(client: httpx.Client, server: RoomServer, participant: int) -> str:
    answer = client.post(api(server, "claim"), json={"participant_id": participant})
    assert answer.status_code == 201, answer.text
    assert answer.json()["state"] == "admitted"
    token: str = answer.json()["token"]
    return token


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}
