"""The room: claiming names, admitting devices, and rating from a participant's own device."""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain.errors import NotFoundError, ValidationError
from pmo_tmo_desktop.domain.figures import shown as shown_figure
from pmo_tmo_desktop.services import (
    closing,
    entities,
    queries,
    results,
    room,
    room_ballot,
    room_weights,
    workshops,
)
from pmo_tmo_desktop.services.files import Workspace
from tests.services.conftest import Setup
from tests.services.helpers import office_id


@contextlib.contextmanager
def _refused(status: int, code: str) -> Iterator[None]:
    with pytest.raises(room.RoomRefused) as caught:
        yield
    assert (caught.value.status, caught.value.code) == (status, code), str(caught.value)
    assert str(caught.value), "a one-line message"


def _ratings(ws: Workspace, workshop: int) -> list[tuple[object, ...]]:
    return [
        (r.participant_id, r.proposal_id, r.criterion_id, r.value, str(r.entered_by))
        for r in queries.workshop(ws, workshop).ratings
    ]


@pytest.fixture
def live(setup: Setup) -> Setup:
    """The workshop's room open and its first round open."""
    room.open_room(setup.ws, setup.workshop)
    workshops.open_round(setup.ws, setup.workshop)
    return setup


# --- the room and its code -----------------------------------------------------------------


def test_a_workshop_has_one_room_found_by_its_code_in_any_case(setup: Setup) -> None:
    ws = setup.ws
    info = room.open_room(ws, setup.workshop)
    assert info == room.RoomInfo(setup.workshop, info.code, False, False, "Q4 review")
    assert len(info.code) == 6 and set(info.code) <= set(room.ALPHABET)
    assert room.open_room(ws, setup.workshop) == info, "opened again: the same room"
    assert room.room_by_code(ws, info.code.lower()) == info
    assert room.room_by_code(ws, f" {info.code[:3]}-{info.code[3:]} ") == info
    assert room.room_by_code(ws, "ZZZZZZ" if info.code != "ZZZZZZ" else "YYYYYY") is None
    assert room.room_by_code(ws, "") is None

    changed = room.set_room(ws, setup.workshop, codes_required=True)
    assert (changed.codes_required, changed.show_results) == (True, False)
    changed = room.set_room(ws, setup.workshop, show_results=True)
    assert (changed.codes_required, changed.show_results) == (True, True)
    assert room.room_by_code(ws, info.code) == changed


def test_an_unknown_or_closed_workshop_opens_no_room(setup: Setup) -> None:
    with pytest.raises(NotFoundError):
        room.open_room(setup.ws, 999)
    closing.close_workshop(setup.ws, setup.workshop)
    with pytest.raises(ValidationError, match="closed"):
        room.open_room(setup.ws, setup.workshop)


def test_seats_list_the_names_and_which_are_held(live: Setup) -> None:
    ws = live.ws
    assert room.seats(ws, live.workshop) == (
        room.Seat(live.ann, "Ann", "PMO", False),
        room.Seat(live.tom, "Tom", "TMO", False),
    )
    room.claim(ws, live.workshop, live.ann)
    assert [s.taken for s in room.seats(ws, live.workshop)] == [True, False]


# --- claiming, admitting, releasing --------------------------------------------------------


def test_the_first_device_is_admitted_a_second_waits_until_admitted(live: Setup) -> None:
    ws = live.ws
    first = room.claim(ws, live.workshop, live.ann, label="Firefox on Android")
    assert (first.state, first.participant_id, first.name) == ("admitted", live.ann, "Ann")
    assert len(first.token) >= 32
    room_ballot.rate(ws, first.token, live.crm, live.fit, 7)

    second = room.claim(ws, live.workshop, live.ann, label="Safari on iPhone")
    assert second.state == "waiting" and second.token != first.token
    with _refused(403, "waiting"):
        room_ballot.ballot(ws, second.token)
    with _refused(403, "waiting"):
        room_ballot.rate(ws, second.token, live.crm, live.fit, 2)
    listed = room.devices(ws, live.workshop)
    assert [(d.id, d.state, d.label, d.name, d.office) for d in listed] == [
        (first.device_id, "admitted", "Firefox on Android", "Ann", "PMO"),
        (second.device_id, "waiting", "Safari on iPhone", "Ann", "PMO"),
    ]
    assert listed[1].seen is not None, "a waiting device that asked is seen"

    outcome = room.admit(ws, second.device_id)
    assert outcome.changes.tables == {"room_device"}
    states = {d.id: d.state for d in room.devices(ws, live.workshop)}
    assert states == {first.device_id: "revoked", second.device_id: "admitted"}
    with _refused(403, "revoked"):
        room_ballot.ballot(ws, first.token)
    with _refused(403, "revoked"):
        room_ballot.rate(ws, first.token, live.crm, live.fit, 3)
    assert room_ballot.ballot(ws, second.token)["mine"] == {f"{live.crm}:{live.fit}": 7}
    assert _ratings(ws, live.workshop) == [(live.ann, live.crm, live.fit, 7.0, "room")]


def test_release_frees_the_name_and_revoke_stops_a_token_but_no_rating_goes(live: Setup) -> None:
    ws = live.ws
    ann = room.claim(ws, live.workshop, live.ann)
    room_ballot.rate(ws, ann.token, live.crm, live.fit, 6)
    room_ballot.rate(ws, ann.token, live.crm, live.risk, None, cant_judge=True)
    ratings = _ratings(ws, live.workshop)

    released = room.release(ws, ann.device_id)
    assert set(released.changes.deleted) == {"room_device"}
    assert not room.seats(ws, live.workshop)[0].taken
    with _refused(401, "unknown-token"):
        room_ballot.ballot(ws, ann.token)
    again = room.claim(ws, live.workshop, live.ann)
    assert again.state == "admitted", "the name is free again"
    assert room_ballot.ballot(ws, again.token)["mine"] == {
        f"{live.crm}:{live.fit}": 6,
        f"{live.crm}:{live.risk}": None,
    }

    room.revoke(ws, again.device_id)
    with _refused(403, "revoked"):
        room_ballot.ballot(ws, again.token)
    assert [d.state for d in room.devices(ws, live.workshop)] == ["revoked"]
    assert not room.seats(ws, live.workshop)[0].taken
    assert room.claim(ws, live.workshop, live.ann).state == "admitted"
    assert _ratings(ws, live.workshop) == ratings, "devices come and go; ratings stay"

    with pytest.raises(NotFoundError):
        room.admit(ws, 999)
    with pytest.raises(NotFoundError):
        room.release(ws, 999)
    with pytest.raises(NotFoundError):
        room.revoke(ws, 999)


def test_a_name_takes_only_so_many_waiting_devices(live: Setup) -> None:
    room.claim(live.ws, live.workshop, live.ann)
    for _ in range(room.WAITING_PER_SEAT):
        assert room.claim(live.ws, live.workshop, live.ann).state == "waiting"
    with _refused(409, "taken"):
        room.claim(live.ws, live.workshop, live.ann)
    assert room.claim(live.ws, live.workshop, live.tom).state == "admitted"


def test_claims_name_a_participant_of_this_workshop_in_an_open_room(live: Setup) -> None:
    ws = live.ws
    other = entities.create(ws, "workshop", title="Other").new_id
    stranger = entities.create(ws, "participant", workshop_id=other, name="Sam").new_id
    with _refused(404, "unknown-participant"):
        room.claim(ws, live.workshop, stranger)
    with _refused(404, "unknown-participant"):
        room.claim(ws, live.workshop, True)
    with _refused(404, "bad-code"):  # no room was opened for that workshop
        room.claim(ws, other, stranger)
    closing.close_workshop(ws, live.workshop)
    with _refused(409, "closed-workshop"):
        room.claim(ws, live.workshop, live.ann)


def test_with_codes_required_a_name_needs_its_personal_code(live: Setup) -> None:
    ws = live.ws
    room.set_room(ws, live.workshop, codes_required=True)
    with _refused(403, "personal-code"):
        room.claim(ws, live.workshop, live.ann)  # no pass made yet, no code given
    codes = room.passes(ws, live.workshop)
    assert list(codes) == [live.ann, live.tom]
    assert all(len(c) == 8 and set(c) <= set(room.ALPHABET) for c in codes.values())
    assert len(set(codes.values())) == 2
    assert room.passes(ws, live.workshop) == codes, "made once"

    with _refused(403, "personal-code"):
        room.claim(ws, live.workshop, live.ann)
    with _refused(403, "personal-code"):
        room.claim(ws, live.workshop, live.ann, codes[live.tom])
    with _refused(403, "personal-code"):
        room.claim(ws, live.workshop, live.ann, 12345678)  # type: ignore[arg-type]
    code = codes[live.ann].lower()
    claimed = room.claim(ws, live.workshop, live.ann, f"{code[:4]}-{code[4:]}")
    assert claimed.state == "admitted"

    room.set_room(ws, live.workshop, codes_required=False)
    assert room.claim(ws, live.workshop, live.tom).state == "admitted"


def test_a_personal_link_claims_its_name(live: Setup) -> None:
    ws = live.ws
    codes = room.passes(ws, live.workshop)
    tom = room.claim_by_pass(ws, live.workshop, codes[live.tom], label="laptop")
    assert (tom.participant_id, tom.name, tom.state) == (live.tom, "Tom", "admitted")
    assert room.claim_by_pass(ws, live.workshop, codes[live.tom]).state == "waiting"
    for wrong in ("", "ABCDEFGH", None, codes[live.tom] + "2"):
        with _refused(403, "personal-code"):
            room.claim_by_pass(ws, live.workshop, wrong)  # type: ignore[arg-type]

    other = entities.create(ws, "workshop", title="Other").new_id
    entities.create(ws, "participant", workshop_id=other, name="Sam")
    room.open_room(ws, other)
    sam = room.passes(ws, other)
    with _refused(403, "personal-code"):
        room.claim_by_pass(ws, live.workshop, next(iter(sam.values())))


# --- rating -------------------------------------------------------------------------------


def test_a_device_rates_only_its_own_participants_ballot(live: Setup) -> None:
    ws = live.ws
    ann = room.claim(ws, live.workshop, live.ann)
    tom = room.claim(ws, live.workshop, live.tom)
    saved = room_ballot.rate(ws, ann.token, live.crm, live.fit, 8)
    assert saved == {"saved": True, "progress": {"filled": 1, "cells": 4, "state": "started"}}
    room_ballot.rate(ws, tom.token, live.crm, live.fit, 9.25)
    assert _ratings(ws, live.workshop) == [
        (live.ann, live.crm, live.fit, 8.0, "room"),
        (live.tom, live.crm, live.fit, 9.25, "room"),
    ]
    mine = room_ballot.ballot(ws, ann.token)
    assert mine["mine"] == {f"{live.crm}:{live.fit}": 8}
    assert "9.25" not in json.dumps(mine), "never another participant's value"
    assert room_ballot.ballot(ws, tom.token)["mine"] == {f"{live.crm}:{live.fit}": 9.25}

    other = entities.create(ws, "workshop", title="Other").new_id
    foreign = entities.create(ws, "proposal", workshop_id=other, title="Elsewhere").new_id
    foreign_criterion = entities.create(ws, "criterion", workshop_id=other, name="Fit").new_id
    for cell in ((foreign, live.fit), (live.crm, foreign_criterion), ("1", live.fit)):
        with _refused(400, "unknown-cell"):
            room_ballot.rate(ws, ann.token, cell[0], cell[1], 5)  # type: ignore[arg-type]
    for token in ("nonsense", "", None, "x" * 5000):
        with _refused(401, "unknown-token"):
            room_ballot.rate(ws, token, live.crm, live.fit, 5)  # type: ignore[arg-type]


def test_values_must_be_finite_numbers_inside_the_scale(live: Setup) -> None:
    ws = live.ws
    ann = room.claim(ws, live.workshop, live.ann)
    for value in (11, 0, 0.999, -1, 10**400):
        with _refused(400, "off-scale"):
            room_ballot.rate(ws, ann.token, live.crm, live.fit, value)
    wrong: tuple[object, ...] = (True, False, "7", math.nan, math.inf, -math.inf, [7], {"v": 7})
    for bad in wrong:
        with _refused(400, "not-a-number"):
            room_ballot.rate(ws, ann.token, live.crm, live.fit, bad)
    with _refused(400, "not-a-number"):
        room_ballot.rate(ws, ann.token, live.crm, live.fit, 5, cant_judge=True)
    assert _ratings(ws, live.workshop) == []
    room_ballot.rate(ws, ann.token, live.crm, live.fit, 10)
    room_ballot.rate(ws, ann.token, live.crm, live.risk, 0)
    room_ballot.rate(ws, ann.token, live.erp, live.fit, 1.5)
    assert sorted(r.value or 0 for r in queries.workshop(ws, live.workshop).ratings) == [
        0.0,
        1.5,
        10.0,
    ]


def test_cant_judge_fills_a_cell_and_none_clears_it(live: Setup) -> None:
    ws = live.ws
    ann = room.claim(ws, live.workshop, live.ann)
    cells = [(p, c) for p in (live.crm, live.erp) for c in (live.fit, live.risk)]
    for p, c in cells[:3]:
        room_ballot.rate(ws, ann.token, p, c, 3)
    done = room_ballot.rate(ws, ann.token, live.erp, live.risk, None, cant_judge=True)
    assert done["progress"] == {"filled": 4, "cells": 4, "state": "complete"}
    assert room_ballot.ballot(ws, ann.token)["mine"][f"{live.erp}:{live.risk}"] is None
    assert (live.ann, live.erp, live.risk, None, "room") in _ratings(ws, live.workshop)

    cleared = room_ballot.rate(ws, ann.token, live.erp, live.risk, None)
    assert cleared["progress"] == {"filled": 3, "cells": 4, "state": "started"}
    assert f"{live.erp}:{live.risk}" not in room_ballot.ballot(ws, ann.token)["mine"]
    room_ballot.rate(ws, ann.token, live.erp, live.risk, None)  # clearing an empty cell is fine
    assert len(_ratings(ws, live.workshop)) == 3


def test_no_rating_without_an_open_round_or_in_a_closed_workshop(setup: Setup) -> None:
    ws = setup.ws
    room.open_room(ws, setup.workshop)
    ann = room.claim(ws, setup.workshop, setup.ann)
    with _refused(409, "no-round"):
        room_ballot.rate(ws, ann.token, setup.crm, setup.fit, 5)
    assert room_ballot.ballot(ws, ann.token)["round"] is None

    workshops.open_round(ws, setup.workshop)
    room_ballot.rate(ws, ann.token, setup.crm, setup.fit, 5)
    workshops.close_round(ws, setup.workshop)
    with _refused(409, "round-closed"):
        room_ballot.rate(ws, ann.token, setup.crm, setup.fit, 6)
    shown = room_ballot.ballot(ws, ann.token)
    assert shown["round"] == {"number": 1, "status": "closed", "blind": True}
    assert shown["mine"] == {f"{setup.crm}:{setup.fit}": 5}, "the latest round, read-only"

    workshops.open_round(ws, setup.workshop, blind=False)
    assert room_ballot.ballot(ws, ann.token)["mine"] == {}, "round 2 starts empty"
    closing.close_workshop(ws, setup.workshop)
    with _refused(409, "closed-workshop"):
        room_ballot.rate(ws, ann.token, setup.crm, setup.fit, 6)
    assert [r[3] for r in _ratings(ws, setup.workshop)] == [5.0]


# --- what a device sees ------------------------------------------------------------------


def test_the_ballot_has_the_published_shape(live: Setup) -> None:
    ws = live.ws
    entities.edit(ws, "proposal", live.crm, description="Replace the old CRM")
    ann = room.claim(ws, live.workshop, live.ann)
    room_ballot.rate(ws, ann.token, live.crm, live.fit, 7)
    room_ballot.rate(ws, ann.token, live.crm, live.risk, None, cant_judge=True)
    shown = room_ballot.ballot(ws, ann.token)
    json.dumps(shown, allow_nan=False)
    assert shown == {
        "participant": {"id": live.ann, "name": "Ann", "office": "PMO"},
        "workshop": {"id": live.workshop, "title": "Q4 review", "anonymity": "office-tagged"},
        "round": {"number": 1, "status": "open", "blind": True},
        "proposals": [
            {"id": live.crm, "title": "New CRM", "description": "Replace the old CRM"},
            {"id": live.erp, "title": "ERP upgrade", "description": ""},
        ],
        "criteria": [
            {
                "id": live.fit,
                "name": "Strategic fit",
                "description": "",
                "min": 1,
                "max": 10,
                "direction": "higher",
            },
            {
                "id": live.risk,
                "name": "Delivery risk",
                "description": "",
                "min": 0,
                "max": 4,
                "direction": "lower",
            },
        ],
        "mine": {f"{live.crm}:{live.fit}": 7, f"{live.crm}:{live.risk}": None},
        "progress": {"filled": 2, "cells": 4, "state": "started"},
        "results": None,
        "weights": None,
    }
    # a workshop that asks for pairwise weights: the device's own judgements and what they say
    entities.edit(ws, "workshop", live.workshop, pairwise_weights=True)
    room_weights.judge(ws, ann.token, live.risk, live.fit, 2)
    assert room_ballot.ballot(ws, ann.token)["weights"] == {
        "pairs": [[live.fit, live.risk]],
        "mine": {f"{live.fit}:{live.risk}": 0.5},
        "consistency": {
            "weights": [{"id": live.fit, "percent": 33.0}, {"id": live.risk, "percent": 67.0}],
            "ratio": None,
            "acceptable": None,
            "worst": None,
            "cut_off": [],
        },
    }


def test_an_anonymous_workshop_names_no_office(live: Setup) -> None:
    ws = live.ws
    entities.edit(ws, "workshop", live.workshop, anonymity="anonymous")
    ann = room.claim(ws, live.workshop, live.ann)
    assert [s.office for s in room.seats(ws, live.workshop)] == [None, None]
    assert room_ballot.ballot(ws, ann.token)["participant"]["office"] is None
    assert room.device_for(ws, ann.token).office is None
    assert [d.office for d in room.devices(ws, live.workshop)] == [None]
    assert "PMO" not in json.dumps(room_ballot.ballot(ws, ann.token))


def test_results_are_shown_only_when_revealed_and_the_room_shows_them(live: Setup) -> None:
    ws = live.ws
    ann = room.claim(ws, live.workshop, live.ann)
    tom = room.claim(ws, live.workshop, live.tom)
    room_ballot.rate(ws, ann.token, live.crm, live.fit, 8)
    room_ballot.rate(ws, tom.token, live.crm, live.fit, 4)
    room.set_room(ws, live.workshop, show_results=True)
    assert room_ballot.ballot(ws, ann.token)["results"] is None, "a blind round still open"
    workshops.close_round(ws, live.workshop)
    shown = room_ballot.ballot(ws, ann.token)["results"]
    assert shown["round"] == 1
    assert [p["title"] for p in shown["proposals"]] == ["New CRM", "ERP upgrade"]
    # the figures as the presenter shows them: the results view's, rounded by the one rule
    found = results.load(ws, live.workshop)
    expected = [
        (p.rank, p.title, shown_figure(p.score), shown_figure(p.pmo_score), shown_figure(p.gap))
        for p in found.results.proposals
    ]
    assert [
        (p["rank"], p["title"], p["score"], p["pmo"], p["gap"]) for p in shown["proposals"]
    ] == expected
    crm = shown["proposals"][0]
    assert crm["score"] is not None and crm["score"] == round(crm["score"], 1)
    assert crm["tmo"] is None and shown["withheld"] is True, "one TMO rater: withheld"
    # a new round opens: the presenter shows progress only, and so does every phone
    workshops.open_round(ws, live.workshop)
    assert room_ballot.ballot(ws, ann.token)["results"] is None
    workshops.close_round(ws, live.workshop)
    room.set_room(ws, live.workshop, show_results=False)
    assert room_ballot.ballot(ws, ann.token)["results"] is None


def test_state_carries_no_value_and_its_version_follows_the_round(setup: Setup) -> None:
    ws = setup.ws
    room.open_room(ws, setup.workshop)
    before = room_ballot.state(ws, setup.workshop)
    assert before == {"round": None, "status": None, "blind": None, "version": before["version"]}
    assert room_ballot.state(ws, setup.workshop) == before, "nothing changed, same version"

    workshops.open_round(ws, setup.workshop)
    opened = room_ballot.state(ws, setup.workshop)
    assert (opened["round"], opened["status"], opened["blind"]) == (1, "open", True)
    ann = room.claim(ws, setup.workshop, setup.ann)
    room_ballot.rate(ws, ann.token, setup.crm, setup.fit, 7)
    assert room_ballot.state(ws, setup.workshop) == opened, "a rating is no news"

    workshops.close_round(ws, setup.workshop)
    closed = room_ballot.state(ws, setup.workshop)
    assert (closed["round"], closed["status"]) == (1, "closed")
    workshops.open_round(ws, setup.workshop, blind=False)
    second = room_ballot.state(ws, setup.workshop)
    assert (second["round"], second["status"], second["blind"]) == (2, "open", False)
    versions = {before["version"], opened["version"], closed["version"], second["version"]}
    assert len(versions) == 4
    assert all(isinstance(v, int) for v in versions)
    with pytest.raises(NotFoundError):
        room_ballot.state(ws, 999)


def test_seen_is_written_only_when_it_is_old(live: Setup) -> None:
    ws = live.ws
    ann = room.claim(ws, live.workshop, live.ann)
    assert room.devices(ws, live.workshop)[0].seen is None
    first = room.device_for(ws, ann.token)
    assert first.seen is not None and first.state == "admitted"
    writes = ws.generation
    for _ in range(5):
        assert room.device_for(ws, ann.token).seen == first.seen
        room_ballot.ballot(ws, ann.token)
    assert ws.generation == writes, "reading again at once writes nothing"
    with _refused(401, "unknown-token"):
        room.device_for(ws, "not-a-token")


# --- what the file holds ---------------------------------------------------------------------


@pytest.mark.file_only  # reads the file's bytes
def test_tokens_are_never_stored_in_clear(live: Setup) -> None:
    ws = live.ws
    tokens = [room.claim(ws, live.workshop, p).token for p in (live.ann, live.tom, live.ann)]
    path = Path(ws.path)
    ws.close()  # folds the WAL into the file
    con = sqlite3.connect(path)
    try:
        dumped = "\n".join(con.iterdump())
        hashes = {r[0] for r in con.execute("SELECT token_hash FROM room_device")}
    finally:
        con.close()
    raw = path.read_bytes()
    for token in tokens:
        assert token not in dumped and token.encode() not in raw
    assert hashes == {hashlib.sha256(t.encode()).hexdigest() for t in tokens}


def test_thirty_devices_rating_at_once_all_commit(setup: Setup) -> None:
    ws = setup.ws
    pmo = office_id(ws, "PMO")
    people = [
        entities.create(ws, "participant", workshop_id=setup.workshop, name=f"P{i:02}",
                        office_id=pmo).new_id
        for i in range(30)
    ]  # fmt: skip
    room.open_room(ws, setup.workshop)
    workshops.open_round(ws, setup.workshop)
    tokens = [room.claim(ws, setup.workshop, p).token for p in people]
    start = threading.Barrier(len(tokens))
    failures: list[BaseException] = []

    def rate_all(token: str, value: int) -> None:
        try:
            start.wait()
            for proposal in (setup.crm, setup.erp):
                room_ballot.rate(ws, token, proposal, setup.fit, value)
        except BaseException as error:  # reported below
            failures.append(error)

    threads = [
        threading.Thread(target=rate_all, args=(t, 1 + i % 10)) for i, t in enumerate(tokens)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert failures == []
    given = [r for r in queries.workshop(ws, setup.workshop).ratings]
    assert len(given) == 60
    assert {r.entered_by for r in given} == {m.EnteredBy.ROOM}
    by_person = {(r.participant_id, r.proposal_id): r.value for r in given}
    assert all(by_person[(p, setup.crm)] == 1 + i % 10 for i, p in enumerate(people))
