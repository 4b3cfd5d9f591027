"""Copying the set-up of an earlier workshop: one step, names already there left alone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pmo_tmo_desktop.domain.errors import NotFoundError, ValidationError
from pmo_tmo_desktop.services import entities, files, queries, rows
from pmo_tmo_desktop.services.files import Workspace
from pmo_tmo_desktop.services.workshop_setup import Copied, copy_setup
from tests.store.helpers import dump


@pytest.fixture
def demo(demo_path: Path) -> Iterator[tuple[Workspace, int, int]]:
    """The demo workspace, its finished workshop, and a new empty one to set up."""
    ws = files.open_file(demo_path)
    source = queries.workshops(ws)[0].id
    target = entities.create(ws, "workshop", title="Q1 Portfolio Review").new_id
    yield ws, source, target
    ws.close()


def _people(ws: Workspace, workshop: int) -> list[tuple[str, int | None, str]]:
    return [(p.name, p.office_id, p.title) for p in queries.workshop(ws, workshop).participants]


def _measures(ws: Workspace, workshop: int) -> list[tuple[object, ...]]:
    return [
        (c.name, c.weight, c.direction, c.scale_min, c.scale_max, c.description)
        for c in queries.workshop(ws, workshop).criteria
    ]


def test_participants_and_criteria_are_copied_in_their_order_and_one_undo_removes_them(
    demo: tuple[Workspace, int, int],
) -> None:
    ws, source, target = demo
    before = dump(ws)
    outcome = copy_setup(ws, source, target, participants=True, criteria=True)
    assert outcome.value == Copied(participants=10, criteria=6, skipped=0)
    assert _people(ws, target) == _people(ws, source)
    assert _measures(ws, target) == _measures(ws, source)
    copied = queries.workshop(ws, target)
    assert [p.position for p in copied.participants] == list(range(10))
    assert not copied.proposals and not copied.ratings  # only the set-up travels
    assert outcome.changes.tables == {"participant", "criterion"}

    rows.apply(ws, outcome.undo)
    assert dump(ws) == before
    assert not queries.workshop(ws, target).participants
    assert not queries.workshop(ws, target).criteria


def test_undo_of_the_undo_brings_the_copy_back_exactly(demo: tuple[Workspace, int, int]) -> None:
    ws, source, target = demo
    outcome = copy_setup(ws, source, target, participants=True, criteria=True)
    after = dump(ws)
    undone = rows.apply(ws, outcome.undo)
    rows.apply(ws, undone.undo)
    assert dump(ws) == after


def test_only_the_criteria_are_copied_when_only_they_are_asked_for(
    demo: tuple[Workspace, int, int],
) -> None:
    ws, source, target = demo
    outcome = copy_setup(ws, source, target, participants=False, criteria=True)
    assert outcome.value == Copied(participants=0, criteria=6, skipped=0)
    assert _people(ws, target) == []
    assert len(_measures(ws, target)) == 6
    assert outcome.changes.tables == {"criterion"}


def test_names_the_workshop_already_has_are_left_as_they_are_ignoring_case(
    demo: tuple[Workspace, int, int],
) -> None:
    ws, source, target = demo
    entities.create(ws, "participant", workshop_id=target, name="priya raman", title="Guest")
    entities.create(ws, "criterion", workshop_id=target, name="Strategic Fit", weight=9)
    outcome = copy_setup(ws, source, target, participants=True, criteria=True)
    assert outcome.value == Copied(participants=9, criteria=5, skipped=2)
    people = _people(ws, target)
    assert people[0] == ("priya raman", None, "Guest")  # untouched, and still first
    assert len(people) == 10
    assert queries.workshop(ws, target).criteria[0].weight == 9


def test_copying_everything_twice_adds_nothing_the_second_time(
    demo: tuple[Workspace, int, int],
) -> None:
    ws, source, target = demo
    copy_setup(ws, source, target, participants=True, criteria=True)
    again = copy_setup(ws, source, target, participants=True, criteria=True)
    assert again.value == Copied(participants=0, criteria=0, skipped=16)
    assert not again.changes
    assert again.undo == ()


@pytest.mark.parametrize(
    ("what", "error", "message"),
    [
        ("same", ValidationError, "another workshop"),
        ("nothing", ValidationError, "participants, criteria or both"),
        ("unknown source", NotFoundError, "no workshop with id 999"),
        ("unknown target", NotFoundError, "no workshop with id 999"),
    ],
)
def test_a_copy_that_cannot_be_done_is_refused_and_nothing_changes(
    demo: tuple[Workspace, int, int], what: str, error: type[Exception], message: str
) -> None:
    ws, source, target = demo
    before = dump(ws)
    calls = {
        "same": (source, source, True, True),
        "nothing": (source, target, False, False),
        "unknown source": (999, target, True, True),
        "unknown target": (source, 999, True, True),
    }
    with pytest.raises(error, match=message):
        copy_setup(ws, *calls[what])
    assert dump(ws) == before
