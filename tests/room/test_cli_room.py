"""`pmo-tmo room`, run as the facilitator runs it: a separate process serving until a signal."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
from pathlib import Path
from typing import Any

import httpx
import pytest

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.services import closing, files, queries, workshops
from tests.cli.test_cli import PMO_TMO, assert_refused, run
from tests.room.conftest import Room, _facts


@pytest.fixture
def room_file(room_path: Path) -> tuple[Path, Room]:
    """The workspace file with round 1 of the first workshop open, closed again for the CLI."""
    with files.open_file(room_path) as ws:
        workshops.open_round(ws, _facts(ws).workshop)
        facts = _facts(ws)
    return room_path, facts


def _serve(path: Path, workshop: int, *extra: str) -> tuple[subprocess.Popen[str], dict[str, Any]]:
    process = subprocess.Popen(
        [PMO_TMO, "room", str(path), "--workshop", str(workshop), "--port", "0", "--json", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    first = process.stdout.readline()
    if not first:
        process.wait(10)
        assert process.stderr is not None
        pytest.fail(f"no first line; exit {process.returncode}: {process.stderr.read()}")
    return process, json.loads(first)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_room_serves_until_a_signal_and_every_rating_is_in_the_file(
    room_file: tuple[Path, Room], sig: signal.Signals
) -> None:
    path, room = room_file
    process, line = _serve(path, room.workshop)
    try:
        url: str = line["url"]
        assert url.startswith("http://127.0.0.1:") and url.endswith("/r/" + line["code"])
        port = int(url.split(":")[2].split("/")[0])
        assert port != 0
        people = line["participants"]
        assert len(people) == len(room.people)
        assert all(p["link"].startswith(url + "/p/") for p in people)
        assert {p["office"] for p in people} == {"PMO", "TMO"}
        sent: dict[tuple[int, int, int], float] = {}
        with httpx.Client(timeout=10) as client:
            for index, link in enumerate(p["link"] for p in people[:3]):
                made = client.post(f"{url}/api/claim", json={"pass": link.rsplit("/", 1)[1]})
                assert made.status_code == 201, made.text
                token, who = made.json()["token"], made.json()["participant"]["id"]
                for proposal in room.proposals:
                    value = float(index + 2)
                    answer = client.put(
                        f"{url}/api/rating",
                        headers={"Authorization": f"Bearer {token}"},
                        json={
                            "proposal_id": proposal,
                            "criterion_id": room.criteria[0],
                            "value": value,
                        },
                    )
                    assert answer.status_code == 200, answer.text
                    sent[(who, proposal, room.criteria[0])] = value
        process.send_signal(sig)
        out, err = process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, err
    assert "Traceback" not in err and out == ""
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    with files.open_file(path, read_only=True) as ws:
        data = queries.workshop(ws, room.workshop)
    stored = {(r.participant_id, r.proposal_id, r.criterion_id): r for r in data.ratings}
    assert {k: r.value for k, r in stored.items()} == sent
    assert {r.entered_by for r in stored.values()} == {m.EnteredBy.ROOM}


def test_room_refuses_with_one_line(room_file: tuple[Path, Room]) -> None:
    path, room = room_file
    assert_refused(run("room", path, "--workshop", "999", "--port", "0"), "999")
    assert_refused(
        run("room", path, "--workshop", str(room.workshop), "--bind", "192.0.2.1", "--port", "0"),
        "192.0.2.1",
        "not an address of this machine",
    )
    assert_refused(run("room", path, "--workshop", str(room.workshop), "--port", "70000"), "70000")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert_refused(
            run("room", path, "--workshop", str(room.workshop), "--port", str(port)),
            f"127.0.0.1:{port}",
            "in use",
        )


def test_room_refuses_a_closed_workshop(room_file: tuple[Path, Room]) -> None:
    path, room = room_file
    with files.open_file(path) as ws:
        workshops.close_round(ws, room.workshop)
        closing.close_workshop(ws, room.workshop)
    assert_refused(run("room", path, "--workshop", str(room.workshop), "--port", "0"))


def test_room_settings_from_the_command_line_hold_until_changed(
    room_file: tuple[Path, Room],
) -> None:
    path, room = room_file
    for extra, codes in ((("--codes-required", "--show-results"), True), ((), True),
                         (("--no-codes-required",), False)):  # fmt: skip
        process, line = _serve(path, room.workshop, *extra)
        try:
            with httpx.Client(timeout=10) as client:
                seats = client.get(f"{line['url']}/api/seats").json()
                assert seats["codes_required"] is codes, extra
                claim = {"participant_id": seats["seats"][0]["id"]}
                answer = client.post(f"{line['url']}/api/claim", json=claim)
                assert answer.status_code == (403 if codes else 201), answer.text
            process.send_signal(signal.SIGTERM)
            _out, err = process.communicate(timeout=15)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        assert process.returncode == 0, err
    with files.open_file(path, read_only=True) as ws:
        from pmo_tmo_desktop.services import room as room_service

        info = room_service.room_by_code(ws, line["code"])
    assert info is not None and (info.codes_required, info.show_results) == (False, True)
