"""The room over real HTTP: a RoomServer on 127.0.0.1, a real SQLite workspace, httpx clients
(and a raw socket where a client library would tidy the request up)."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain.errors import NotFoundError
from pmo_tmo_desktop.room.app import MAX_BODY, make_app
from pmo_tmo_desktop.room.server import RoomAddressError, RoomServer
from pmo_tmo_desktop.services import queries, workshops
from pmo_tmo_desktop.services.files import Workspace
from tests.room.conftest import Room, Serve, api, bearer, claim, port_is_free

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
)


def assert_secured(answer: httpx.Response) -> None:
    assert answer.headers["content-security-policy"] == CSP
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert answer.headers["referrer-policy"] == "no-referrer"
    assert answer.headers["x-frame-options"] == "DENY"
    if "/api/" in answer.request.url.path:
        assert answer.headers["cache-control"] == "no-store"


def assert_error(answer: httpx.Response, status: int, code: str | None = None) -> None:
    assert answer.status_code == status, answer.text
    body = answer.json()
    assert set(body) == {"error", "message"}
    assert "\n" not in body["message"] and "Traceback" not in answer.text
    if code is not None:
        assert body["error"] == code, body
    assert_secured(answer)


def raw_get(port: int, target: str) -> tuple[int, bytes]:
    """GET `target` exactly as written (no client normalises `..` or decodes `%2e`)."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(
            f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode()
        )
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), body


def test_many_participants_rate_at_once_and_every_rating_is_committed(
    serve: Serve, room: Room, room_ws: Workspace
) -> None:
    workshops.open_round(room_ws, room.workshop)
    server = serve(rate=10_000, burst=10_000)
    cells = [(p, c) for p in room.proposals for c in room.criteria]
    fit = room.criteria[0]

    def sent(index: int, criterion: int) -> float:
        return float(1 + index % 10) if criterion == fit else float(index % 5)

    start = threading.Barrier(len(room.people))
    problems: list[str] = []

    def participant(index: int, person: int) -> None:
        try:
            with httpx.Client(timeout=30) as client:
                start.wait(timeout=30)
                token = claim(client, server, person)
                for proposal, criterion in cells:
                    answer = client.put(
                        api(server, "rating"),
                        headers=bearer(token),
                        json={
                            "proposal_id": proposal,
                            "criterion_id": criterion,
                            "value": sent(index, criterion),
                        },
                    )
                    assert answer.status_code == 200, answer.text
                    assert answer.json()["saved"] is True
                mine = client.get(api(server, "ballot"), headers=bearer(token)).json()["mine"]
                assert mine == {f"{p}:{c}": sent(index, c) for p, c in cells}
        except BaseException as exc:  # collected: an assertion in a thread would be lost
            problems.append(f"{person}: {exc!r}")

    threads = [
        threading.Thread(target=participant, args=(i, person))
        for i, person in enumerate(room.people)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert problems == []

    data = queries.workshop(room_ws, room.workshop)
    stored = {(r.participant_id, r.proposal_id, r.criterion_id): r for r in data.ratings}
    assert len(stored) == len(room.people) * len(cells) >= 30 * 4
    for index, person in enumerate(room.people):
        for proposal, criterion in cells:
            rating = stored[(person, proposal, criterion)]
            assert rating.value == sent(index, criterion)
            assert rating.entered_by == m.EnteredBy.ROOM


def test_refusals_answer_json_with_their_status(
    serve: Serve, room: Room, room_ws: Workspace
) -> None:
    server = serve()
    proposal, criterion = room.proposals[0], room.criteria[0]  # Fit, 1..10
    cell = {"proposal_id": proposal, "criterion_id": criterion}
    with httpx.Client(timeout=10) as client:
        token = claim(client, server, room.people[0])

        def put(body: Any, **headers: str) -> httpx.Response:
            return client.put(api(server, "rating"), json=body, headers=bearer(token) | headers)

        assert_error(put(cell | {"value": 5}), 409, "no-round")
        workshops.open_round(room_ws, room.workshop)
        assert put(cell | {"value": 5}).status_code == 200

        forged = {"Authorization": "Bearer " + "x" * 32}
        assert_error(client.get(api(server, "ballot"), headers=forged), 401, "unknown-token")
        assert_error(
            client.put(api(server, "rating"), json=cell | {"value": 6}, headers=forged),
            401,
            "unknown-token",
        )
        assert_error(client.put(api(server, "rating"), json=cell | {"value": 6}), 401)
        cookie_only = client.put(
            api(server, "rating"), json=cell | {"value": 6}, headers={"Cookie": f"token={token}"}
        )
        assert_error(cookie_only, 401)
        basic = client.put(
            api(server, "rating"),
            json=cell | {"value": 6},
            headers={"Authorization": f"Basic {token}"},
        )
        assert_error(basic, 401)

        other = {"proposal_id": room.other_proposal, "criterion_id": room.other_criterion}
        assert_error(put(other | {"value": 3}), 400, "unknown-cell")
        assert_error(put(cell | {"criterion_id": room.other_criterion, "value": 3}), 400)
        assert_error(put(cell | {"value": 11}), 400, "off-scale")
        assert_error(put(cell | {"value": 0}), 400, "off-scale")
        assert_error(put(cell | {"value": "seven"}), 400, "not-a-number")
        assert_error(put(cell | {"value": True}), 400)
        assert_error(put(cell | {"value": [5]}), 400)
        assert_error(put({"proposal_id": "1", "criterion_id": criterion, "value": 5}), 400)
        assert_error(put(cell | {"value": 5, "cant_judge": "yes"}), 400)
        text = client.put(
            api(server, "rating"),
            content=b'{"value": NaN',
            headers=bearer(token) | {"Content-Type": "application/json"},
        )
        assert_error(text, 400)
        plain = client.put(
            api(server, "rating"),
            content=json.dumps(cell | {"value": 5}),
            headers=bearer(token) | {"Content-Type": "text/plain"},
        )
        assert_error(plain, 415, "not-json")

        filler = cell | {"value": 5, "note": "x" * MAX_BODY}
        assert_error(put(filler), 413, "too-large")

        def chunks() -> Any:  # no Content-Length: chunked, read with a cap all the same
            yield b'{"value": 5, "note": "'
            for _ in range(64):
                yield b"y" * 256
            yield b'"}'

        chunked = client.put(
            api(server, "rating"),
            content=chunks(),
            headers=bearer(token) | {"Content-Type": "application/json"},
        )
        assert_error(chunked, 413, "too-large")

        assert_error(client.post(api(server, "claim"), json={"participant_id": 10**9}), 404)
        assert_error(client.post(api(server, "claim"), json={"participant_id": "me"}), 400)
        assert_error(client.get(f"{server.base_url}/r/ZZZZZZ/api/seats"), 404, "unknown-room")

        assert put(cell | {"value": 7}).status_code == 200
        workshops.close_round(room_ws, room.workshop)
        assert_error(put(cell | {"value": 8}), 409, "round-closed")

    data = queries.workshop(room_ws, room.workshop)
    assert [(r.participant_id, r.value) for r in data.ratings] == [(room.people[0], 7.0)]


def test_a_token_of_another_workshops_room_is_unknown_here(
    serve: Serve, room: Room, room_ws: Workspace
) -> None:
    here = serve()
    there = serve(room.other_workshop)
    workshops.open_round(room_ws, room.other_workshop)
    with httpx.Client(timeout=10) as client:
        token = claim(client, there, _other_person(room_ws, room))
        assert client.get(api(there, "ballot"), headers=bearer(token)).status_code == 200
        assert_error(client.get(api(here, "ballot"), headers=bearer(token)), 401)
        # each server serves its own room only
        assert_error(client.get(f"{here.base_url}/r/{there.code}/api/seats"), 404)


def _other_person(ws: Workspace, room: Room) -> int:
    return queries.workshop(ws, room.other_workshop).participants[0].id


def test_seats_state_and_security_headers(serve: Serve, room: Room, room_ws: Workspace) -> None:
    server = serve()
    with httpx.Client(timeout=10) as client:
        seats = client.get(api(server, "seats"))
        assert seats.status_code == 200
        assert_secured(seats)
        body = seats.json()
        assert body["workshop"]["id"] == room.workshop
        assert body["codes_required"] is False
        assert [s["id"] for s in body["seats"]] == list(room.people)
        assert not any(s["taken"] for s in body["seats"])
        claim(client, server, room.people[3])
        taken = client.get(api(server, "seats")).json()["seats"]
        assert [s["id"] for s in taken if s["taken"]] == [room.people[3]]

        state = client.get(api(server, "state"))
        assert_secured(state)
        assert state.json()["round"] is None
        lower = client.get(api(server, "state").replace(server.code, server.code.lower()))
        assert lower.status_code == 200

        for answer in (
            client.get(f"{server.base_url}/assets/nothing.js"),
            client.get(f"{server.base_url}/"),
            client.delete(api(server, "seats")),
        ):
            assert answer.status_code in (404, 405)
            assert_secured(answer)
            assert "error" in answer.json()


def test_rate_limit_per_address(serve: Serve) -> None:
    server = serve(rate=0.5, burst=5)
    with httpx.Client(timeout=10) as client:
        statuses = [client.get(api(server, "state")).status_code for _ in range(8)]
        assert statuses[:5] == [200] * 5
        assert statuses[5:] == [429] * 3
        limited = client.get(api(server, "state"))
    assert_error(limited, 429, "too-many-requests")
    assert int(limited.headers["retry-after"]) >= 1


@pytest.fixture
def page_folder(tmp_path: Path) -> Path:
    """A stand-in for resources/room/, with files beside it that must never be served."""
    folder = tmp_path / "page"
    folder.mkdir()
    (folder / "index.html").write_text("<!doctype html><title>room</title>")
    (folder / "room.js").write_text("'use strict';")
    (folder / "room.css").write_text("body{}")
    (folder / "notes.txt").write_text("not for participants")
    (tmp_path / "secret.txt").write_text("secret")
    return folder


def test_static_files_only_from_the_whitelist(serve: Serve, page_folder: Path) -> None:
    server = serve(assets=lambda: page_folder)
    port, code = server.port, server.code
    with httpx.Client(timeout=10) as client:
        for name, kind in (
            ("room.js", "text/javascript; charset=utf-8"),
            ("room.css", "text/css; charset=utf-8"),
        ):
            answer = client.get(f"{server.base_url}/assets/{name}")
            assert answer.status_code == 200
            assert answer.headers["content-type"] == kind
            assert answer.text == (page_folder / name).read_text()
            assert_secured(answer)
        for page in (server.url, f"{server.url}/p/ABCDEFGH", server.url.lower()):
            answer = client.get(page)
            assert answer.status_code == 200, page
            assert answer.headers["content-type"] == "text/html; charset=utf-8"
            assert "room" in answer.text
            assert_secured(answer)
        assert_error(client.get(f"{server.base_url}/r/ZZZZZZ"), 404)
    for target in (
        "/assets/notes.txt",
        "/assets/../secret.txt",
        "/assets/../../pyproject.toml",
        "/assets/%2e%2e/secret.txt",
        "/assets/%2e%2e%2fsecret.txt",
        "/assets/..%2F..%2Fpyproject.toml",
        "/assets/%2E%2E",
        "/assets/..",
        "/assets/.",
        "/assets/",
        "/assets",
        "/assets//etc/passwd",
        "/assets/%2Fetc%2Fpasswd",
        f"/assets/{page_folder.parent / 'secret.txt'}",
        "/assets/room.js%00.txt",
        "/assets/ROOM.JS",
        f"/r/{code}/../../secret.txt",
        f"/r/{code}/%2e%2e/%2e%2e/secret.txt",
        "/secret.txt",
    ):
        status, body = raw_get(port, target)
        assert status == 404, target
        assert b"secret" not in body and b"not for participants" not in body, target


def test_the_real_page_is_served_once_it_exists(serve: Serve) -> None:
    from pmo_tmo_desktop.resources import resource

    folder = resource("room")
    present = [n for n in ("index.html", "room.js", "room.css") if (folder / n).is_file()]
    if not present:
        pytest.skip("resources/room/ holds no page yet")
    server = serve()
    with httpx.Client(timeout=10) as client:
        for name in present:
            target = server.url if name == "index.html" else f"{server.base_url}/assets/{name}"
            assert client.get(target).status_code == 200, name


def test_the_page_and_its_messages_speak_the_participants_language(
    serve: Serve, room: Room, room_ws: Workspace
) -> None:
    """The page's words come from the application's translations; every refusal comes in the
    language the page asks for, whatever language the laptop speaks."""
    from pmo_tmo_desktop.i18n import translate_in

    server = serve()
    with httpx.Client(timeout=10) as client:
        script = client.get(f"{server.base_url}/assets/texts.js")
        assert script.status_code == 200
        assert script.headers["content-type"] == "text/javascript; charset=utf-8"
        assert_secured(script)
        prefix = "window.ROOM_TEXTS = "
        assert script.text.startswith(prefix)
        table = json.loads(script.text[len(prefix) :].rstrip().rstrip(";"))
        assert [code for code, _ in table["languages"]] == ["en", "de", "fr", "es"]
        assert table["texts"]["de"]["can't judge"] == "nicht beurteilbar"
        assert table["texts"]["en"]["can't judge"] == "can't judge"

        token = claim(client, server, room.people[0])
        cell = {"proposal_id": room.proposals[0], "criterion_id": room.criteria[0], "value": 5}
        english = "No round is open yet; wait for the facilitator."
        for wanted, header in (("de", "de-CH,de;q=0.9"), ("fr", "it, fr;q=0.8"), ("es", "es")):
            answer = client.put(
                api(server, "rating"),
                json=cell,
                headers=bearer(token) | {"Accept-Language": header},
            )
            assert_error(answer, 409, "no-round")
            message = answer.json()["message"]
            assert message == translate_in(wanted, "Room", english) != english, message
            unknown = client.get(
                f"{server.base_url}/r/ZZZZZZ/api/seats", headers={"Accept-Language": header}
            )
            assert unknown.json()["message"] == translate_in(
                wanted, "Room", "There is no room with this code."
            )
        plain = client.put(
            api(server, "rating"), json=cell, headers=bearer(token) | {"Accept-Language": "ja"}
        )
        assert plain.json()["message"] == english


def test_events_announce_a_round_that_opens(serve: Serve, room: Room, room_ws: Workspace) -> None:
    server = serve(poll=0.1)
    events: list[dict[str, Any]] = []
    timeout = httpx.Timeout(5.0)
    with (
        httpx.Client(timeout=timeout) as client,
        client.stream("GET", api(server, "events")) as stream,
    ):
        assert stream.status_code == 200
        assert stream.headers["content-type"].startswith("text/event-stream")
        assert_secured(stream)
        kind = None
        for line in stream.iter_lines():
            if line.startswith("event:"):
                kind = line.split(":", 1)[1].strip()
            elif line.startswith("data:") and kind == "state":
                events.append(json.loads(line.split(":", 1)[1]))
                if len(events) == 1:
                    assert events[0]["round"] is None
                    workshops.open_round(room_ws, room.workshop)
                else:
                    break
    assert events[1]["round"] == 1 and events[1]["status"] == "open"
    assert events[1]["version"] != events[0]["version"]
    assert set(events[1]) >= {"round", "status", "blind", "version"}


def test_stop_ends_open_event_streams_and_frees_the_port(serve: Serve) -> None:
    server = serve(poll=0.1)
    port = server.port
    lines: list[str] = []

    def listen() -> None:
        with (
            httpx.Client(timeout=10) as client,
            client.stream("GET", api(server, "events")) as stream,
        ):
            lines.extend(stream.iter_lines())

    reader = threading.Thread(target=listen)
    reader.start()
    time.sleep(0.3)
    began = time.monotonic()
    server.stop()
    reader.join(5)
    assert not reader.is_alive()
    assert time.monotonic() - began < 3
    assert any(line.startswith("event: state") for line in lines)
    assert port_is_free(port)


def test_start_refuses_an_address_in_use_or_not_of_this_machine(
    serve: Serve, room: Room, room_ws: Workspace
) -> None:
    first = serve()
    with pytest.raises(RoomAddressError, match=rf"127\.0\.0\.1:{first.port}: .*in use"):
        RoomServer(room_ws, room.workshop, port=first.port).start()
    with pytest.raises(RoomAddressError, match=r"192\.0\.2\.1:0: not an address of this"):
        RoomServer(room_ws, room.workshop, host="192.0.2.1").start()
    with pytest.raises(NotFoundError):
        RoomServer(room_ws, 999).start()
    with httpx.Client(timeout=10) as client:  # the first one serves on
        assert client.get(api(first, "state")).status_code == 200


def test_an_unexpected_error_is_logged_never_shown(caplog: pytest.LogCaptureFixture) -> None:
    def broken() -> Workspace:
        raise RuntimeError("secret detail of the laptop")

    async def ask() -> httpx.Response:
        transport = httpx.ASGITransport(app=make_app(broken))
        async with httpx.AsyncClient(transport=transport, base_url="http://room") as client:
            return await client.get("/r/ABCDEF/api/seats")

    with caplog.at_level(logging.ERROR, "pmo_tmo_desktop.room"):
        answer = asyncio.run(ask())
    assert answer.status_code == 500
    assert answer.json()["error"] == "internal"
    assert "secret" not in answer.text and "Traceback" not in answer.text
    assert answer.headers["cache-control"] == "no-store"
    assert "secret detail of the laptop" in caplog.text
