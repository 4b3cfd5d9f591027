"""What a change means: the events a unit of work's changes make, and which workshops,
rounds and proposals they name (read from real units of work on a real file)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pmo_tmo_desktop.services import entities, events, methodology, queries, rows, workshops
from pmo_tmo_desktop.services.events import (
    CellsChanged,
    DecisionsChanged,
    MethodologyChanged,
    OfficesChanged,
    RatingsChanged,
    RoundsChanged,
    WorkshopListChanged,
    WorkshopSetupChanged,
)
from pmo_tmo_desktop.services.files import Workspace
from tests.services.conftest import Setup


def _kinds(found: tuple[events.Event, ...]) -> list[type[events.Event]]:
    return [type(e) for e in found]


def _second_workshop(ws: Workspace) -> int:
    other = entities.create(ws, "workshop", title="Spring intake").new_id
    entities.create(ws, "participant", workshop_id=other, name="Eve")
    return other


def test_typing_letters_names_the_cells_and_nothing_else(workspace: Workspace) -> None:
    snapshot = queries.methodology(workspace)
    a, b = snapshot.activities[0].id, snapshot.activities[1].id
    role = snapshot.roles[0].id
    done = methodology.set_letters(workspace, [(a, role, "C"), (b, role, "I")])
    assert events.of(done.changes) == (CellsChanged(tuple(sorted([(a, role), (b, role)]))),)


def test_a_role_renamed_changes_the_methodology_an_office_renamed_the_offices_too(
    workspace: Workspace,
) -> None:
    snapshot = queries.methodology(workspace)
    role = snapshot.roles[0]
    renamed = entities.edit(workspace, "role", role.id, name=role.name + " (lead)")
    assert _kinds(events.of(renamed.changes)) == [MethodologyChanged]
    office = snapshot.offices[0]
    recoloured = entities.edit(workspace, "office", office.id, name=office.name + " office")
    assert _kinds(events.of(recoloured.changes)) == [MethodologyChanged, OfficesChanged]


def test_deleting_a_role_with_letters_reads_as_a_new_structure_not_as_cells(
    workspace: Workspace,
) -> None:
    snapshot = queries.methodology(workspace)
    role = next(r for r in snapshot.roles if any(c.role_id == r.id for c in snapshot.assignments))
    done = entities.remove(workspace, "role", role.id)
    assert "assignment" in done.changes.tables  # its letters went with it
    assert _kinds(events.of(done.changes)) == [MethodologyChanged]


def test_a_rating_names_its_round_and_concerns_its_workshop_only(setup: Setup) -> None:
    ws = setup.ws
    other = _second_workshop(ws)
    round_id = workshops.open_round(ws, setup.workshop).new_id
    done = workshops.rate(ws, round_id, setup.ann, setup.crm, setup.fit, 7)
    (event,) = events.of(done.changes)
    assert isinstance(event, RatingsChanged)
    assert event.rounds == {round_id}
    assert event.concerns(queries.workshop(ws, setup.workshop))
    assert not event.concerns(queries.workshop(ws, other))
    changed = workshops.rate(ws, round_id, setup.ann, setup.crm, setup.fit, 9)  # an update
    assert events.of(changed.changes) == (event,)


def test_opening_a_round_changes_the_rounds_and_the_workshop_it_makes_live(
    setup: Setup,
) -> None:
    done = workshops.open_round(setup.ws, setup.workshop)
    found = events.of(done.changes)
    assert _kinds(found) == [WorkshopListChanged, WorkshopSetupChanged, RoundsChanged]
    for event in found[1:]:
        assert isinstance(event, events.WorkshopEvent)
        assert event.workshops == {setup.workshop}
    closed = workshops.close_round(setup.ws, setup.workshop)
    assert events.of(closed.changes) == (RoundsChanged(frozenset({setup.workshop})),)


def test_a_participant_edited_names_the_workshop_also_when_undone(setup: Setup) -> None:
    ws = setup.ws
    other = _second_workshop(ws)
    done = entities.edit(ws, "participant", setup.ann, name="Ann Lee")
    scoped = (WorkshopSetupChanged(frozenset({setup.workshop})),)
    assert events.of(done.changes) == scoped
    undone = rows.apply(ws, done.undo)
    assert events.of(undone.changes) == scoped
    (event,) = events.of(undone.changes)
    assert isinstance(event, WorkshopSetupChanged)
    assert not event.concerns(queries.workshop(ws, other))


def test_a_decision_names_its_proposal(setup: Setup) -> None:
    done = workshops.decide(setup.ws, setup.crm, "approve", "fits the plan")
    assert events.of(done.changes) == (DecisionsChanged(proposals=frozenset({setup.crm})),)
    withdrawn = workshops.decide(setup.ws, setup.crm, None)
    assert events.of(withdrawn.changes) == (DecisionsChanged(proposals=frozenset({setup.crm})),)


def test_a_workshop_deleted_takes_its_records_all_named_by_it(setup: Setup) -> None:
    ws = setup.ws
    round_id = workshops.open_round(ws, setup.workshop).new_id
    workshops.rate(ws, round_id, setup.tom, setup.erp, setup.risk, 2)
    done = entities.remove(ws, "workshop", setup.workshop)
    found = events.of(done.changes)
    assert _kinds(found) == [
        WorkshopListChanged,
        WorkshopSetupChanged,
        RoundsChanged,
        RatingsChanged,
    ]
    ratings = found[-1]
    assert isinstance(ratings, RatingsChanged) and ratings.rounds == {round_id}
    assert all(
        setup.workshop in e.workshops for e in found[1:3] if isinstance(e, events.WorkshopEvent)
    )


def test_an_office_deleted_changes_the_set_up_of_the_workshops_whose_people_it_held(
    setup: Setup,
) -> None:
    ws = setup.ws
    other = _second_workshop(ws)
    office = entities.create(ws, "office", name="Contractors").new_id
    entities.edit(ws, "participant", setup.tom, office_id=office)
    done = entities.remove(ws, "office", office)
    found = events.of(done.changes)
    assert _kinds(found) == [MethodologyChanged, OfficesChanged, WorkshopSetupChanged]
    assert found[-1] == WorkshopSetupChanged(frozenset({setup.workshop}))  # Tom's, not Eve's
    assert isinstance(found[-1], WorkshopSetupChanged)
    assert not found[-1].concerns(queries.workshop(ws, other))


def test_criteria_compared_in_pairs_mean_nothing_to_the_pages(setup: Setup) -> None:
    from pmo_tmo_desktop.services import pairwise

    done = pairwise.record_judgement(setup.ws, setup.ann, setup.fit, setup.risk, 3)
    assert done.changes  # stored...
    assert events.of(done.changes) == ()  # ...and shown by the weights dialog, which reads it


def test_held_ratings_merge_into_one_event_and_one_that_names_nothing_wins() -> None:
    first = RatingsChanged(rounds=frozenset({1}))
    second = RatingsChanged(rounds=frozenset({2}), proposals=frozenset({5}))
    assert events.merge([first, second]) == (
        RatingsChanged(rounds=frozenset({1, 2}), proposals=frozenset({5})),
    )
    assert events.merge([first, RatingsChanged()]) == (RatingsChanged(),)
    mixed = events.merge([CellsChanged(((1, 2),)), first, CellsChanged(((1, 3),))])
    assert mixed == (CellsChanged(((1, 2), (1, 3))), first)


def test_changed_rounds_compares_two_readings_round_by_round(setup: Setup) -> None:
    ws = setup.ws
    round_id = workshops.open_round(ws, setup.workshop).new_id
    before = queries.workshop(ws, setup.workshop)
    workshops.rate(ws, round_id, setup.ann, setup.crm, setup.fit, 4)
    after = replace(before, ratings=queries.ratings(ws, setup.workshop))
    assert events.changed_rounds(before, after) == {round_id}
    assert events.changed_rounds(after, after) == frozenset()
    assert after.ratings == queries.workshop(ws, setup.workshop).ratings


@pytest.mark.parametrize("kind", [RatingsChanged, WorkshopSetupChanged, DecisionsChanged])
def test_everything_names_nothing_so_it_concerns_every_workshop(setup: Setup, kind: type) -> None:
    event = next(e for e in events.EVERYTHING if isinstance(e, kind))
    assert event.concerns(queries.workshop(setup.ws, setup.workshop))


def test_a_group_renamed_moves_its_proposals_all_named_by_their_workshop(setup: Setup) -> None:
    ws = setup.ws
    for proposal in (setup.crm, setup.erp):
        entities.edit(ws, "proposal", proposal, group_name="Front")
    group = entities.create(ws, "proposal_group", workshop_id=setup.workshop, name="Front").new_id
    done = entities.edit(ws, "proposal_group", group, name="Front office")
    assert done.changes.tables == {"proposal_group", "proposal"}  # the members follow by name
    assert events.of(done.changes) == (WorkshopSetupChanged(frozenset({setup.workshop})),)
    assert {p.group_name for p in queries.workshop(ws, setup.workshop).proposals} == {
        "Front office"
    }
