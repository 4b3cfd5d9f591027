"""The room's criteria weights step over real HTTP: a participant's pairwise judgements sent
from their device (POST /api/judgement), read back with their ballot, refused as ratings are,
and never shown to anyone else."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.i18n import translate_in
from pmo_tmo_desktop.room.server import RoomServer
from pmo_tmo_desktop.services import closing, entities, room_ballot, room_weights, workshops
from pmo_tmo_desktop.services import room as room_service
from pmo_tmo_desktop.services.files import Workspace
from pmo_tmo_desktop.services.rows import table
from tests.room.conftest import Room, Serve, api, bearer, claim
from tests.room.test_http import assert_error


@pytest.fixture
def cost(room_ws: Workspace, room: Room) -> int:
    """The workshop asks for pairwise weights and has a third criterion, Cost."""
    entities.edit(room_ws, "workshop", room.workshop, pairwise_weights=True)
    made: int = entities.create(
        room_ws, "criterion", workshop_id=room.workshop, name="Cost", scale_min=1, scale_max=5
    ).new_id
    return made


def stored(ws: Workspace) -> dict[tuple[int, int, int], tuple[float, str]]:
    """(participant, criterion a, criterion b) -> (value, entered_by), as the file holds them."""
    t = table("pairwise_judgement")
    with ws.reading() as conn:
        rows = conn.execute(
            select(
                t.c.participant_id,
                t.c.criterion_a_id,
                t.c.criterion_b_id,
                t.c.value,
                t.c.entered_by,
            )
        ).all()
    return {(r[0], r[1], r[2]): (r[3], r[4]) for r in rows}


def judge(
    client: httpx.Client, server: RoomServer, token: str, a: int, b: int, value: Any, **headers: str
) -> httpx.Response:
    return client.post(
        api(server, "judgement"),
        json={"criterion_a": a, "criterion_b": b, "value": value},
        headers=bearer(token) | headers,
    )


def test_judgements_are_recorded_replaced_cleared_and_restored_with_the_ballot(
    serve: Serve, room: Room, room_ws: Workspace, cost: int
) -> None:
    fit, risk = room.criteria
    ana, ben = room.people[0], room.people[1]
    workshops.open_round(room_ws, room.workshop)
    server = serve()
    with httpx.Client(timeout=10) as client:
        token = claim(client, server, ana)
        ballot = client.get(api(server, "ballot"), headers=bearer(token)).json()
        assert ballot["weights"]["pairs"] == [[fit, risk], [fit, cost], [risk, cost]]
        assert ballot["weights"]["mine"] == {}
        assert ballot["weights"]["consistency"]["weights"] is None

        # one pair: saved at once, in the file, entered from the room; Cost is not linked yet
        answer = judge(client, server, token, fit, risk, 3)
        assert answer.status_code == 200, answer.text
        body = answer.json()
        assert body["saved"] is True and (body["answered"], body["pairs"]) == (1, 3)
        assert body["consistency"]["weights"] is None
        assert body["consistency"]["cut_off"] == [cost]
        assert stored(room_ws) == {(ana, fit, risk): (3.0, "room")}

        # the same pair asked the other way round replaces it (kept with the smaller id first)
        assert judge(client, server, token, risk, fit, 5).status_code == 200
        assert stored(room_ws) == {(ana, fit, risk): (pytest.approx(0.2), "room")}

        # every pair: weights, consistency ratio and the most inconsistent pair, for Ana only
        assert judge(client, server, token, fit, cost, 3).status_code == 200
        body = judge(client, server, token, risk, cost, 1 / 7).json()
        found = body["consistency"]
        assert body["answered"] == 3
        assert [w["id"] for w in found["weights"]] == [fit, risk, cost]
        assert sum(w["percent"] for w in found["weights"]) == pytest.approx(100, abs=1)
        assert found["ratio"] > 0.1 and found["acceptable"] is False
        assert sorted(found["worst"]) in ([fit, risk], [fit, cost], [risk, cost])

        # a reload (or a phone that reconnects) reads them back, as the pairs are listed
        again = client.get(api(server, "ballot"), headers=bearer(token)).json()["weights"]
        assert again["mine"] == {
            f"{fit}:{risk}": pytest.approx(0.2),
            f"{fit}:{cost}": 3,
            f"{risk}:{cost}": pytest.approx(1 / 7),
        }
        assert again["consistency"] == found

        # taking an answer back
        cleared = judge(client, server, token, fit, cost, None)
        assert cleared.status_code == 200 and cleared.json()["answered"] == 2
        assert (ana, fit, cost) not in stored(room_ws)
        again = client.get(api(server, "ballot"), headers=bearer(token)).json()["weights"]
        assert f"{fit}:{cost}" not in again["mine"]
        assert judge(client, server, token, fit, cost, None).status_code == 200  # twice: fine

        # office privacy: nothing of Ana's goes to Ben's device or to the room's state
        other = claim(client, server, ben)
        theirs = client.get(api(server, "ballot"), headers=bearer(other)).json()["weights"]
        assert theirs["mine"] == {} and theirs["consistency"]["weights"] is None
        assert judge(client, server, other, fit, risk, 1).status_code == 200
        state = client.get(api(server, "state")).json()
        assert set(state) == {"round", "status", "blind", "version"}
        mine = client.get(api(server, "ballot"), headers=bearer(token)).json()["weights"]
        assert mine["mine"] == {f"{fit}:{risk}": pytest.approx(0.2), f"{risk}:{cost}": 1 / 7}
    assert stored(room_ws)[(ben, fit, risk)] == (1.0, "room")


def test_no_weights_step_unless_the_workshop_asks_for_it(
    serve: Serve, room: Room, room_ws: Workspace
) -> None:
    workshops.open_round(room_ws, room.workshop)
    server = serve()
    fit, risk = room.criteria
    with httpx.Client(timeout=10) as client:
        token = claim(client, server, room.people[0])
        assert client.get(api(server, "ballot"), headers=bearer(token)).json()["weights"] is None
        assert_error(judge(client, server, token, fit, risk, 3), 409, "no-weights")
        entities.edit(room_ws, "workshop", room.workshop, pairwise_weights=True)
        assert judge(client, server, token, fit, risk, 3).status_code == 200
    assert len(stored(room_ws)) == 1


def test_judgements_are_refused_as_ratings_are(
    serve: Serve, room: Room, room_ws: Workspace, cost: int
) -> None:
    fit, risk = room.criteria
    server = serve()
    with httpx.Client(timeout=10) as client:
        token = claim(client, server, room.people[0])
        assert_error(judge(client, server, token, fit, risk, 3), 409, "no-round")
        # in the language the page speaks
        german = judge(client, server, token, fit, risk, 3, **{"Accept-Language": "de"})
        english = "No round is open yet; wait for the facilitator."
        assert german.json()["message"] == translate_in("de", "Room", english) != english
        workshops.open_round(room_ws, room.workshop)

        # the device: a token of its own, by the Authorization header only
        forged = bearer("x" * 32)
        for headers in (forged, {}, {"Authorization": f"Basic {token}"}):
            answer = client.post(
                api(server, "judgement"),
                json={"criterion_a": fit, "criterion_b": risk, "value": 3},
                headers=headers,
            )
            assert_error(answer, 401, "unknown-token")

        # the pair and the answer
        assert_error(judge(client, server, token, fit, fit, 3), 400, "unknown-pair")
        assert_error(
            judge(client, server, token, fit, room.other_criterion, 3), 400, "unknown-pair"
        )
        assert_error(judge(client, server, token, fit, 10**9, 3), 400, "unknown-pair")
        for value in (10, 0, -3, 4.5, 1 / 10, 10**400):
            assert_error(judge(client, server, token, fit, risk, value), 400, "off-scale")
        for value in ("three", True, [3], {"v": 3}):
            assert_error(judge(client, server, token, fit, risk, value), 400, "not-a-number")
        assert_error(
            client.post(
                api(server, "judgement"),
                json={"criterion_a": str(fit), "criterion_b": risk, "value": 3},
                headers=bearer(token),
            ),
            400,
            "bad-request",
        )
        assert_error(
            client.post(
                api(server, "judgement"),
                json={"criterion_a": fit, "criterion_b": risk},
                headers=bearer(token),
            ),
            400,
            "bad-request",
        )
        plain = client.post(
            api(server, "judgement"),
            content=json.dumps({"criterion_a": fit, "criterion_b": risk, "value": 3}),
            headers=bearer(token) | {"Content-Type": "text/plain"},
        )
        assert_error(plain, 415, "not-json")
        big = {"criterion_a": fit, "criterion_b": risk, "value": 3, "note": "x" * 5000}
        assert_error(client.post(api(server, "judgement"), json=big, headers=bearer(token)), 413)
        assert_error(client.get(api(server, "judgement"), headers=bearer(token)), 405)
        assert stored(room_ws) == {}

        # a revoked device
        assert judge(client, server, token, fit, risk, 3).status_code == 200
        device = room_service.device_for(room_ws, token)
        room_service.revoke(room_ws, device.id)
        assert_error(judge(client, server, token, fit, risk, 5), 403, "revoked")
        token = claim(client, server, room.people[0])

        # a closed round, then a closed workshop
        workshops.close_round(room_ws, room.workshop)
        closed = judge(client, server, token, fit, risk, 5)
        assert_error(closed, 409, "round-closed")
        assert "criteria weights" in closed.json()["message"]
        assert_error(judge(client, server, token, fit, risk, None), 409, "round-closed")
        closing.close_workshop(room_ws, room.workshop)
        assert_error(judge(client, server, token, fit, risk, 5), 409, "closed-workshop")
    assert stored(room_ws) == {(room.people[0], fit, risk): (3.0, "room")}


def test_a_token_of_another_workshops_room_judges_nothing_here(
    serve: Serve, room: Room, room_ws: Workspace, cost: int
) -> None:
    here = serve()
    there = serve(room.other_workshop)
    workshops.open_round(room_ws, room.workshop)
    somebody = entities.create(
        room_ws, "participant", workshop_id=room.other_workshop, name="Other"
    ).new_id
    fit, risk = room.criteria
    with httpx.Client(timeout=10) as client:
        token = claim(client, there, somebody)
        assert_error(judge(client, here, token, fit, risk, 3), 401, "unknown-token")
    assert stored(room_ws) == {}


def test_judgements_share_the_rate_limit(
    serve: Serve, room: Room, room_ws: Workspace, cost: int
) -> None:
    workshops.open_round(room_ws, room.workshop)
    server = serve(rate=0.5, burst=4)
    fit, risk = room.criteria
    with httpx.Client(timeout=10) as client:
        token = claim(client, server, room.people[0])
        statuses = [judge(client, server, token, fit, risk, 3).status_code for _ in range(5)]
        limited = judge(client, server, token, fit, risk, 3)
    assert statuses == [200] * 3 + [429] * 2
    assert_error(limited, 429, "too-many-requests")


def test_the_service_refuses_what_the_endpoint_does(
    room: Room, room_ws: Workspace, cost: int
) -> None:
    """room_ballot and room_weights without the server: a waiting device judges nothing."""
    workshops.open_round(room_ws, room.workshop)
    room_service.open_room(room_ws, room.workshop)
    first = room_service.claim(room_ws, room.workshop, room.people[0])
    second = room_service.claim(room_ws, room.workshop, room.people[0])
    assert second.state == m.DeviceState.WAITING.value
    fit, risk = room.criteria
    with pytest.raises(room_service.RoomRefused) as refused:
        room_weights.judge(room_ws, second.token, fit, risk, 3)
    assert refused.value.code == "waiting"
    assert room_weights.judge(room_ws, first.token, fit, risk, 3)["saved"] is True
    assert room_ballot.ballot(room_ws, first.token)["weights"]["mine"] == {f"{fit}:{risk}": 3}
