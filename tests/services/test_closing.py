"""Closing a workshop freezes it; corrections after that are amendments, on the record."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain.errors import NotFoundError, ValidationError
from pmo_tmo_desktop.services import (
    closing,
    entities,
    files,
    queries,
    rows,
    workshop_setup,
    workshops,
)
from pmo_tmo_desktop.services.files import Workspace
from tests.services.conftest import Setup
from tests.store.helpers import dump

FROZEN = "workshop 'Q4 review' is closed; record an amendment instead"


@pytest.fixture
def closed(setup: Setup) -> Setup:
    """The set-up workshop rated in one round, decided, with one action, then closed."""
    ws = setup.ws
    round_id = workshops.open_round(ws, setup.workshop).new_id
    workshops.rate(ws, round_id, setup.ann, setup.crm, setup.fit, 8)
    workshops.rate(ws, round_id, setup.tom, setup.crm, setup.fit, 4)
    workshops.rate(ws, round_id, setup.tom, setup.crm, setup.risk, 3)
    workshops.decide(ws, setup.crm, "approve", "strong case", "phase it")
    entities.create(ws, "action_item", workshop_id=setup.workshop, text="Draft the charter",
                    owner="Ann", proposal_id=setup.crm)  # fmt: skip
    closing.close_workshop(ws, setup.workshop)
    return setup


def _rating(ws: Workspace, workshop_id: int, participant: int, criterion: int) -> m.Rating:
    data = queries.workshop(ws, workshop_id)
    return next(
        r for r in data.ratings if (r.participant_id, r.criterion_id) == (participant, criterion)
    )


# -- closing ------------------------------------------------------------------------------------


def test_closing_closes_the_open_round_and_the_workshop_and_undo_reopens(setup: Setup) -> None:
    ws = setup.ws
    round_id = workshops.open_round(ws, setup.workshop).new_id
    workshops.rate(ws, round_id, setup.ann, setup.crm, setup.fit, 8)
    before = dump(ws)

    outcome = closing.close_workshop(ws, setup.workshop)
    assert outcome.value == setup.workshop
    data = queries.workshop(ws, setup.workshop)
    assert data.workshop.status == m.WorkshopStatus.CLOSED
    assert [(r.number, r.status) for r in data.rounds] == [(1, m.RoundStatus.CLOSED)]
    assert data.rounds[0].closed is not None
    assert outcome.changes.touches("workshop", "round")

    rows.apply(ws, outcome.undo)
    assert dump(ws) == before


def test_a_workshop_with_no_open_round_closes_too(setup: Setup) -> None:
    closing.close_workshop(setup.ws, setup.workshop)
    data = queries.workshop(setup.ws, setup.workshop)
    assert data.workshop.status == m.WorkshopStatus.CLOSED and data.rounds == ()


def test_closing_twice_or_an_unknown_workshop_is_refused(closed: Setup) -> None:
    with pytest.raises(ValidationError, match="already closed"):
        closing.close_workshop(closed.ws, closed.workshop)
    with pytest.raises(NotFoundError):
        closing.close_workshop(closed.ws, 999)


# -- the freeze ---------------------------------------------------------------------------------


def test_every_normal_change_to_a_closed_workshop_is_refused_and_changes_nothing(
    closed: Setup,
) -> None:
    ws = closed.ws
    data = queries.workshop(ws, closed.workshop)
    round_id = data.rounds[0].id
    action = data.actions[0].id
    before = dump(ws)
    refused = {
        "rate": lambda: workshops.rate(ws, round_id, closed.ann, closed.crm, closed.fit, 2),
        "rate a new cell": lambda: workshops.rate(
            ws, round_id, closed.ann, closed.erp, closed.fit, 2
        ),
        "withdraw a rating": lambda: workshops.rate(
            ws, round_id, closed.ann, closed.crm, closed.fit, None
        ),
        "decide": lambda: workshops.decide(ws, closed.crm, "reject", "changed our minds"),
        "decide a new one": lambda: workshops.decide(ws, closed.erp, "defer"),
        "withdraw a decision": lambda: workshops.decide(ws, closed.crm, None),
        "add an action": lambda: entities.create(
            ws, "action_item", workshop_id=closed.workshop, text="One more thing"
        ),
        "edit an action": lambda: entities.edit(ws, "action_item", action, status="done"),
        "remove an action": lambda: entities.remove(ws, "action_item", action),
    }
    for what, change in refused.items():
        with pytest.raises(ValidationError) as error:
            change()
        assert str(error.value) == FROZEN, what
        assert dump(ws) == before, what


def test_a_closed_workshop_is_not_reopened_by_editing_its_status(closed: Setup) -> None:
    ws = closed.ws
    for status in ("live", "planned", "Live"):
        with pytest.raises(ValidationError, match="closed; it cannot be reopened"):
            entities.edit(ws, "workshop", closed.workshop, status=status)
    # Other fields of the workshop, and its agenda (with the minutes), can still be put right.
    entities.edit(ws, "workshop", closed.workshop, notes="Minutes sent", status="closed")
    item = entities.create(ws, "agenda_item", workshop_id=closed.workshop, title="Intro").new_id
    entities.edit(ws, "agenda_item", item, minutes="Ann opened; Tom presented the CRM case")
    second = entities.create(ws, "agenda_item", workshop_id=closed.workshop, title="CRM").new_id
    entities.move(ws, "agenda_item", second, 0)
    entities.reorder(ws, "agenda_item", [item, second])
    data = queries.workshop(ws, closed.workshop)
    assert data.workshop.notes == "Minutes sent"
    assert data.workshop.status == m.WorkshopStatus.CLOSED
    assert [(a.title, a.minutes) for a in data.agenda] == [
        ("Intro", "Ann opened; Tom presented the CRM case"),
        ("CRM", ""),
    ]
    entities.remove(ws, "agenda_item", second)


def test_a_closed_workshops_set_up_and_rounds_are_frozen(closed: Setup) -> None:
    ws = closed.ws
    other = entities.create(ws, "workshop", title="Q1 review").new_id
    elsewhere = entities.create(ws, "participant", workshop_id=other, name="Ivy").new_id
    before = dump(ws)
    w = closed.workshop
    refused = {
        "open a round": lambda: workshops.open_round(ws, w),
        "add a participant": lambda: entities.create(ws, "participant", workshop_id=w, name="Eve"),
        "rename a participant": lambda: entities.edit(ws, "participant", closed.ann, name="Anne"),
        "remove a participant": lambda: entities.remove(ws, "participant", closed.tom),
        "move a participant": lambda: entities.move(ws, "participant", closed.tom, 0),
        "move one in": lambda: entities.move(ws, "participant", elsewhere, 0, workshop_id=w),
        "edit one into it": lambda: entities.edit(ws, "participant", elsewhere, workshop_id=w),
        "reorder participants": lambda: entities.reorder(
            ws, "participant", [closed.tom, closed.ann]
        ),
        "add a criterion": lambda: entities.create(ws, "criterion", workshop_id=w, name="ROI"),
        "reweigh a criterion": lambda: entities.edit(ws, "criterion", closed.fit, weight=5),
        "remove a criterion": lambda: entities.remove(ws, "criterion", closed.risk),
        "reorder criteria": lambda: entities.reorder(ws, "criterion", [closed.risk, closed.fit]),
        "add a proposal": lambda: entities.create(ws, "proposal", workshop_id=w, title="BI"),
        "retitle a proposal": lambda: entities.edit(ws, "proposal", closed.crm, title="CRM 2"),
        "remove a proposal": lambda: entities.remove(ws, "proposal", closed.erp),
        "move a proposal": lambda: entities.move(ws, "proposal", closed.erp, 0),
        "copy a set-up in": lambda: workshop_setup.copy_setup(ws, other, w, True, True),
    }
    for what, change in refused.items():
        with pytest.raises(ValidationError) as error:
            change()
        assert str(error.value) == FROZEN, what
        assert dump(ws) == before, what


def test_other_workshops_are_not_frozen(closed: Setup) -> None:
    ws = closed.ws
    other = entities.create(ws, "workshop", title="Q1 review").new_id
    action = entities.create(ws, "action_item", workshop_id=other, text="Book a room").new_id
    entities.edit(ws, "action_item", action, status="done")
    entities.remove(ws, "action_item", action)


# -- amendments ---------------------------------------------------------------------------------


def test_amending_a_rating_changes_it_and_records_what_why_when_and_who(closed: Setup) -> None:
    ws = closed.ws
    rating = _rating(ws, closed.workshop, closed.tom, closed.fit)
    before = dump(ws)
    started = datetime.now().replace(microsecond=0)

    outcome = closing.amend_rating(ws, rating.id, 6, "typed 4 for 6 from the paper", "Priya")

    data = queries.workshop(ws, closed.workshop)
    assert _rating(ws, closed.workshop, closed.tom, closed.fit).value == 6
    [amendment] = data.amendments
    assert outcome.value == amendment.id
    # office-tagged (the default): the record names the office, never the person
    assert amendment.what == (
        "Rating by a TMO participant of 'New CRM' on 'Strategic fit' (round 1): 4 → 6"
    )
    assert (amendment.why, amendment.made_by) == ("typed 4 for 6 from the paper", "Priya")
    assert (amendment.entity, amendment.entity_id) == ("rating", rating.id)
    assert started <= amendment.made_at <= datetime.now()
    assert json.loads(amendment.before)["value"] == 4
    assert json.loads(amendment.after)["value"] == 6
    assert json.loads(amendment.after)["participant_id"] == closed.tom
    assert outcome.changes.touches("rating", "amendment")

    undone = rows.apply(ws, outcome.undo)
    assert dump(ws) == before, "undo restores the rating and takes the amendment away"
    rows.apply(ws, undone.undo)  # redo
    assert _rating(ws, closed.workshop, closed.tom, closed.fit).value == 6
    assert len(queries.workshop(ws, closed.workshop).amendments) == 1


def test_a_rating_amendment_keeps_to_the_scale_and_must_change_something(
    closed: Setup,
) -> None:
    ws = closed.ws
    rating = _rating(ws, closed.workshop, closed.tom, closed.risk)
    before = dump(ws)
    with pytest.raises(ValidationError, match="outside the scale 0–4"):
        closing.amend_rating(ws, rating.id, 5, "why not", "Priya")
    with pytest.raises(ValidationError, match="changes nothing"):
        closing.amend_rating(ws, rating.id, 3, "no change", "Priya")
    with pytest.raises(ValidationError, match="needs a reason"):
        closing.amend_rating(ws, rating.id, 2, "  ", "Priya")
    with pytest.raises(NotFoundError):
        closing.amend_rating(ws, 999, 2, "lost", "Priya")
    assert dump(ws) == before


def test_an_anonymous_workshops_amendment_names_nobody(closed: Setup) -> None:
    ws = closed.ws
    entities.edit(ws, "workshop", closed.workshop, anonymity="anonymous")
    rating = _rating(ws, closed.workshop, closed.ann, closed.fit)
    closing.amend_rating(ws, rating.id, 9, "misread", "Facilitator")
    [amendment] = queries.workshop(ws, closed.workshop).amendments
    assert "Ann" not in amendment.what
    assert amendment.what == "Rating of 'New CRM' on 'Strategic fit' (round 1): 8 → 9"


def test_amending_a_decision_changes_it_on_the_record_and_undo_restores_both(
    closed: Setup,
) -> None:
    ws = closed.ws
    before = dump(ws)
    old = queries.workshop(ws, closed.workshop).decisions[0]

    changed = closing.amend_decision(
        ws, closed.crm, "defer", "budget frozen", "resubmit in Q1", "board ruling", "Priya"
    )
    data = queries.workshop(ws, closed.workshop)
    [decision] = data.decisions
    assert (decision.kind, decision.rationale, decision.conditions) == (
        "defer", "budget frozen", "resubmit in Q1",
    )  # fmt: skip
    assert decision.decided_at == old.decided_at, "when it was decided stays"
    [amendment] = data.amendments
    assert amendment.what == "Decision on 'New CRM': approve → defer"
    assert (amendment.entity, amendment.entity_id) == ("decision", decision.id)
    assert json.loads(amendment.before)["kind"] == "approve"
    assert json.loads(amendment.after)["rationale"] == "budget frozen"

    reworded = closing.amend_decision(
        ws, closed.crm, "defer", "budget frozen until March", "resubmit in Q1", "typo", ""
    )
    assert queries.workshop(ws, closed.workshop).amendments[-1].what == (
        "Decision on 'New CRM' (defer): rationale changed"
    )

    rows.apply(ws, reworded.undo)
    rows.apply(ws, changed.undo)
    assert dump(ws) == before


def test_a_decision_can_be_added_or_withdrawn_by_amendment(closed: Setup) -> None:
    ws = closed.ws
    added = closing.amend_decision(ws, closed.erp, "reject", "", "", "forgotten in the room", "")
    withdrawn = closing.amend_decision(ws, closed.crm, None, why="not ours to decide", by="Ann")
    data = queries.workshop(ws, closed.workshop)
    assert [(d.proposal_id, d.kind) for d in data.decisions] == [(closed.erp, "reject")]
    assert data.decisions[0].decided_at is not None
    first, second = data.amendments
    assert first.what == "Decision on 'ERP upgrade': none → reject"
    assert first.before == "null" and json.loads(first.after)["kind"] == "reject"
    assert second.what == "Decision on 'New CRM': approve → none"
    assert second.after == "null" and second.made_by == "Ann"
    assert added.value == first.id and withdrawn.value == second.id

    with pytest.raises(ValidationError, match="changes nothing"):
        closing.amend_decision(ws, closed.crm, None, why="again", by="Ann")
    with pytest.raises(ValidationError, match="must be approve"):
        closing.amend_decision(ws, closed.crm, "maybe", why="?", by="Ann")
    with pytest.raises(NotFoundError):
        closing.amend_decision(ws, 999, "approve", why="?", by="Ann")


def test_amending_an_action_changes_its_fields_on_the_record(closed: Setup) -> None:
    ws = closed.ws
    before = dump(ws)
    action = queries.workshop(ws, closed.workshop).actions[0]

    outcome = closing.amend_action(
        ws, action.id, "done after the meeting", "Priya", status="done", due="2026-11-30",
        proposal_id=closed.erp,
    )  # fmt: skip
    data = queries.workshop(ws, closed.workshop)
    [changed] = data.actions
    assert (changed.status, changed.due, changed.proposal_id) == (
        "done", date(2026, 11, 30), closed.erp,
    )  # fmt: skip
    [amendment] = data.amendments
    assert amendment.what == (
        "Action item 'Draft the charter': status: open → done; due: — → 2026-11-30; "
        "proposal_id: 'New CRM' → 'ERP upgrade'"
    )
    assert json.loads(amendment.after)["due"] == "2026-11-30"
    assert json.loads(amendment.before)["due"] is None

    rows.apply(ws, outcome.undo)
    assert dump(ws) == before


def test_an_action_amendment_is_checked_like_an_edit(closed: Setup) -> None:
    ws = closed.ws
    action = queries.workshop(ws, closed.workshop).actions[0].id
    before = dump(ws)
    for fields, message in (
        ({"status": "someday"}, "must be one of"),
        ({"text": "  "}, "must not be empty"),
        ({"workshop_id": 5}, "unknown field workshop_id"),
        ({"colour": "red"}, "unknown field colour"),
        ({"owner": "Ann"}, "changes nothing"),
        ({}, "changes nothing"),
        ({"proposal_id": 999}, "refers to something missing"),
    ):
        with pytest.raises(ValidationError, match=message):
            closing.amend_action(ws, action, "because", "Priya", **fields)
    with pytest.raises(NotFoundError):
        closing.amend_action(ws, 999, "because", "Priya", owner="Tom")
    assert dump(ws) == before


def test_the_amendment_table_refuses_blank_what_or_why(closed: Setup) -> None:
    with closed.ws.transaction() as conn, pytest.raises(Exception, match=r"(?i)check constraint"):
        conn.exec_driver_sql(
            "INSERT INTO amendment (workshop_id, made_at, made_by, what, why, entity, before, "
            f"after) VALUES ({closed.workshop}, '2026-01-01', '', 'x', ' ', 'rating', "
            "'null', 'null')"
        )


def test_deleting_a_workshop_takes_its_amendments_and_undo_brings_them_back(
    closed: Setup,
) -> None:
    ws = closed.ws
    closing.amend_action(
        ws, queries.workshop(ws, closed.workshop).actions[0].id, "x", "", owner="Tom"
    )
    before = dump(ws)
    outcome = entities.remove(ws, "workshop", closed.workshop)
    assert dump(ws)["amendment"] == []
    rows.apply(ws, outcome.undo)
    assert dump(ws) == before


# -- the demo -----------------------------------------------------------------------------------


def test_the_demo_is_built_closed_frozen_and_amendable(demo_path: Path) -> None:
    with files.open_file(demo_path) as ws:
        [workshop] = queries.workshops(ws)
        data = queries.workshop(ws, workshop.id)
        assert workshop.status == m.WorkshopStatus.CLOSED and data.amendments == ()
        with pytest.raises(ValidationError, match="is closed; record an amendment instead"):
            workshops.decide(ws, data.proposals[0].id, "approve")
        closing.amend_decision(
            ws, data.proposals[0].id, "approve", "assessment received", "", "new facts", "Priya"
        )
        assert len(queries.workshop(ws, workshop.id).amendments) == 1


def test_the_demo_command_still_makes_the_demo(tmp_path: Path) -> None:
    path = tmp_path / "demo.pmotmo"
    done = subprocess.run(
        [str(Path(sys.executable).with_name("pmo-tmo")), "demo", str(path)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    with files.open_file(path, read_only=True) as ws:
        assert queries.workshops(ws)[0].status == m.WorkshopStatus.CLOSED
