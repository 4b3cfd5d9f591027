"""Rounds and ratings: one open round at a time, one rating per cell, always inside the scale."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain.errors import NotFoundError, ValidationError
from pmo_tmo_desktop.services import entities, queries, rows, workshops
from pmo_tmo_desktop.services.changes import key_of
from tests.services.conftest import Setup
from tests.store.helpers import dump

INSERT_RATING = text(
    "INSERT INTO rating (round_id, participant_id, proposal_id, criterion_id, value, comment, "
    "entered_by, entered_at) VALUES (:r, :p, :x, :c, :v, '', 'self', '2026-10-14 10:00:00')"
)


def _cell(round_id: int, participant: int, proposal: int, criterion: int, value: float) -> dict:
    return {"r": round_id, "p": participant, "x": proposal, "c": criterion, "v": value}


def test_a_round_is_opened_rated_and_closed(setup: Setup) -> None:
    ws = setup.ws
    opened = workshops.open_round(ws, setup.workshop)
    assert opened.changes.tables == {"round", "workshop"}
    data = queries.workshop(ws, setup.workshop)
    assert data.workshop.status == "live"
    assert data.open_round is not None and data.open_round.id == opened.new_id
    assert (data.open_round.number, data.open_round.blind) == (1, True)

    outcome = workshops.rate(ws, opened.new_id, setup.ann, setup.crm, setup.fit, 7,
                             comment="fits the strategy")  # fmt: skip
    assert outcome.changes.tables == {"rating"}
    workshops.rate(ws, opened.new_id, setup.tom, setup.crm, setup.risk, 4,
                   entered_by=m.EnteredBy.FACILITATOR)  # fmt: skip
    workshops.rate(ws, opened.new_id, setup.tom, setup.erp, setup.risk, 0,
                   entered_by=m.EnteredBy.BALLOT)  # fmt: skip

    closed = workshops.close_round(ws, setup.workshop)
    assert closed.new_id == opened.new_id
    data = queries.workshop(ws, setup.workshop)
    assert data.open_round is None
    assert data.rounds[0].status == "closed" and data.rounds[0].closed is not None
    by_cell = {(r.participant_id, r.proposal_id, r.criterion_id): r for r in data.ratings}
    ann = by_cell[(setup.ann, setup.crm, setup.fit)]
    assert (ann.value, ann.comment, ann.entered_by) == (7.0, "fits the strategy", "self")
    assert isinstance(ann.entered_at, datetime)
    assert by_cell[(setup.tom, setup.crm, setup.risk)].entered_by == "facilitator"
    assert by_cell[(setup.tom, setup.erp, setup.risk)].entered_by == "ballot"
    assert by_cell[(setup.tom, setup.erp, setup.risk)].value == 0.0, "the scale's low end"


def test_rating_the_same_cell_again_replaces_the_rating(setup: Setup) -> None:
    ws = setup.ws
    round_id = workshops.open_round(ws, setup.workshop).new_id
    workshops.rate(ws, round_id, setup.ann, setup.crm, setup.fit, 3)
    before = dump(ws)
    outcome = workshops.rate(ws, round_id, setup.ann, setup.crm, setup.fit, 9, comment="rethought",
                             entered_by=m.EnteredBy.FACILITATOR)  # fmt: skip
    ratings = queries.workshop(ws, setup.workshop).ratings
    assert [(r.value, r.comment, r.entered_by) for r in ratings] == [
        (9.0, "rethought", "facilitator")
    ]
    assert outcome.changes.updated == {"rating": frozenset({key_of(id=ratings[0].id)})}
    rows.apply(ws, outcome.undo)
    assert dump(ws) == before

    withdrawn = workshops.rate(ws, round_id, setup.ann, setup.crm, setup.fit, None)
    assert queries.workshop(ws, setup.workshop).ratings == ()
    assert set(withdrawn.changes.deleted) == {"rating"}
    assert not workshops.rate(ws, round_id, setup.ann, setup.crm, setup.fit, None).changes


def test_the_database_itself_holds_one_rating_per_cell_and_round(setup: Setup) -> None:
    ws = setup.ws
    round_id = workshops.open_round(ws, setup.workshop).new_id
    workshops.rate(ws, round_id, setup.ann, setup.crm, setup.fit, 3)
    with pytest.raises(IntegrityError, match=r"(?i)unique"), ws.transaction() as conn:
        conn.execute(INSERT_RATING, _cell(round_id, setup.ann, setup.crm, setup.fit, 5.0))
    assert len(queries.workshop(ws, setup.workshop).ratings) == 1


@pytest.mark.parametrize("value", [0, 10.5, -3, 11])
def test_a_rating_outside_the_criterion_scale_is_refused(setup: Setup, value: float) -> None:
    ws = setup.ws
    round_id = workshops.open_round(ws, setup.workshop).new_id
    before = dump(ws)
    with pytest.raises(ValidationError, match=r"Strategic fit: .* is outside the scale 1–10"):
        workshops.rate(ws, round_id, setup.ann, setup.crm, setup.fit, value)
    assert dump(ws) == before


def test_the_database_trigger_refuses_a_rating_outside_the_scale(setup: Setup) -> None:
    ws = setup.ws
    round_id = workshops.open_round(ws, setup.workshop).new_id
    with pytest.raises(IntegrityError, match="outside the criterion scale"), ws.transaction() as c:
        c.execute(INSERT_RATING, _cell(round_id, setup.tom, setup.crm, setup.risk, 5.0))
    workshops.rate(ws, round_id, setup.tom, setup.crm, setup.risk, 4)
    rating_id = queries.workshop(ws, setup.workshop).ratings[0].id
    with pytest.raises(IntegrityError, match="outside the criterion scale"), ws.transaction() as c:
        c.execute(text("UPDATE rating SET value = -1 WHERE id = :id"), {"id": rating_id})
    assert [r.value for r in queries.workshop(ws, setup.workshop).ratings] == [4.0]


def test_a_rating_must_stay_inside_its_own_workshop(setup: Setup) -> None:
    ws = setup.ws
    other = entities.create(ws, "workshop", title="Another workshop").new_id
    stranger = entities.create(ws, "participant", workshop_id=other, name="Stranger").new_id
    round_id = workshops.open_round(ws, setup.workshop).new_id
    before = dump(ws)
    with pytest.raises(ValidationError, match="rating belongs to another workshop"):
        workshops.rate(ws, round_id, stranger, setup.crm, setup.fit, 5)
    assert dump(ws) == before


def test_a_closed_round_refuses_new_and_changed_ratings(setup: Setup) -> None:
    ws = setup.ws
    round_id = workshops.open_round(ws, setup.workshop).new_id
    workshops.rate(ws, round_id, setup.ann, setup.crm, setup.fit, 6)
    workshops.close_round(ws, setup.workshop)
    before = dump(ws)
    with pytest.raises(ValidationError, match="this round is closed"):
        workshops.rate(ws, round_id, setup.tom, setup.crm, setup.fit, 6)
    with pytest.raises(ValidationError, match="this round is closed"):
        workshops.rate(ws, round_id, setup.ann, setup.crm, setup.fit, 2)
    with pytest.raises(ValidationError, match="this round is closed"):
        workshops.rate(ws, round_id, setup.ann, setup.crm, setup.fit, None)
    with pytest.raises(ValidationError, match="no round is open"):
        workshops.close_round(ws, setup.workshop)
    assert dump(ws) == before


def test_only_one_round_is_open_at_a_time(setup: Setup) -> None:
    ws = setup.ws
    first = workshops.open_round(ws, setup.workshop).new_id
    before = dump(ws)
    with pytest.raises(ValidationError, match="a round is already open"):
        workshops.open_round(ws, setup.workshop)
    assert dump(ws) == before
    with pytest.raises(IntegrityError, match=r"(?i)unique"), ws.transaction() as conn:
        conn.execute(
            text(
                "INSERT INTO round (workshop_id, number, blind, status) VALUES (:w, 2, :b, 'open')"
            ),
            {"w": setup.workshop, "b": True},
        )
    workshops.close_round(ws, setup.workshop)
    second = workshops.open_round(ws, setup.workshop, blind=False)
    rounds = queries.workshop(ws, setup.workshop).rounds
    assert [(r.id, r.number, r.status, r.blind) for r in rounds] == [
        (first, 1, "closed", True),
        (second.new_id, 2, "open", False),
    ]


def test_rating_an_unknown_round_or_criterion_is_not_found(setup: Setup) -> None:
    ws = setup.ws
    round_id = workshops.open_round(ws, setup.workshop).new_id
    with pytest.raises(NotFoundError, match="no round with id 77"):
        workshops.rate(ws, 77, setup.ann, setup.crm, setup.fit, 5)
    with pytest.raises(NotFoundError, match="no criterion with id 88"):
        workshops.rate(ws, round_id, setup.ann, setup.crm, 88, 5)


def test_a_decision_is_recorded_replaced_withdrawn_and_undone(setup: Setup) -> None:
    ws = setup.ws
    first = workshops.decide(ws, setup.crm, "approve", "  strong case ", "phase it")
    assert first.changes.tables == {"decision"}
    decision = queries.workshop(ws, setup.workshop).decisions[0]
    assert (decision.kind, decision.rationale, decision.conditions) == (
        "approve", "strong case", "phase it",
    )  # fmt: skip
    workshops.decide(ws, setup.crm, "defer")
    assert [d.kind for d in queries.workshop(ws, setup.workshop).decisions] == ["defer"]
    before = dump(ws)
    with pytest.raises(ValidationError, match="approve, reject, defer or needs-information"):
        workshops.decide(ws, setup.crm, "maybe")
    assert dump(ws) == before
    withdrawn = workshops.decide(ws, setup.crm, None)
    assert queries.workshop(ws, setup.workshop).decisions == ()
    rows.apply(ws, withdrawn.undo)
    assert dump(ws) == before
