"""`pmo-tmo-desktop --smoke-room`: prove that a built bundle carries the whole room.

The room loads parts of itself by name (uvicorn's protocols and loops, anyio's backend) and
reads its page from the bundled resources, so a bundle can start and still fail the moment
the facilitator opens a room. This check opens a room for a small workshop of the open
workspace on this machine, fetches the page as a phone would, joins, rates one cell through
the page's API, checks that the rating is in the file, and closes the room again.
"""

from __future__ import annotations

import json
import urllib.request
from typing import Any

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain.offices import is_pmo
from pmo_tmo_desktop.room.server import RoomServer
from pmo_tmo_desktop.services import entities, queries, workshops
from pmo_tmo_desktop.services.files import Workspace
from pmo_tmo_desktop.ui.workshop.common.qr import QrWidget
from pmo_tmo_desktop.ui.workshop.room.room_address import LOOPBACK, address_choices


def _call(
    url: str, method: str = "GET", body: dict[str, Any] | None = None, token: str = ""
) -> Any:
    """One request as the page makes it; JSON answers decoded, files as bytes."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method)
    if body is not None:
        request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(request, timeout=10) as answer:
        content = answer.read()
        kind = answer.headers.get("Content-Type", "")
    return json.loads(content) if kind.startswith("application/json") else content


def check_room(ws: Workspace) -> str:
    """Open, use and close a room on 127.0.0.1; a one-line summary, or RuntimeError."""
    hosts = [c.host for c in address_choices()]
    if LOOPBACK not in hosts:
        raise RuntimeError(f"no loopback address among {hosts}")
    workshop = entities.create(ws, "workshop", title="Room check").new_id
    pmo = next((o.id for o in queries.offices(ws) if is_pmo(o.name)), None)
    person = entities.create(
        ws, "participant", workshop_id=workshop, name="Check", office_id=pmo
    ).new_id
    criterion = entities.create(
        ws, "criterion", workshop_id=workshop, name="Fit", weight=1, scale_min=1, scale_max=5
    ).new_id
    proposal = entities.create(ws, "proposal", workshop_id=workshop, title="Check").new_id
    workshops.open_round(ws, workshop)
    server = RoomServer(ws, workshop, LOOPBACK, port=0)
    server.start()
    try:
        QrWidget().set_text(server.url)
        page = _call(server.url)
        texts = _call(f"{server.base_url}/assets/texts.js")
        script = _call(f"{server.base_url}/assets/room.js")
        if b"/assets/room.js" not in page or b"ROOM_TEXTS" not in texts or not script:
            raise RuntimeError("the room's page is not served whole")
        seats = _call(f"{server.url}/api/seats")
        if [s["id"] for s in seats["seats"]] != [person]:
            raise RuntimeError(f"unexpected seats: {seats}")
        joined = _call(f"{server.url}/api/claim", "POST", {"participant_id": person})
        cell = {"proposal_id": proposal, "criterion_id": criterion, "value": 4}
        _call(f"{server.url}/api/rating", "PUT", cell, token=joined["token"])
    finally:
        server.stop()
    stored = [
        (r.value, r.entered_by)
        for r in queries.workshop(ws, workshop).ratings
        if r.participant_id == person
    ]
    if stored != [(4.0, m.EnteredBy.ROOM)]:
        raise RuntimeError(f"the rating sent through the room is not in the file: {stored}")
    return f"room: served, joined and rated at {server.url}; stopped"
