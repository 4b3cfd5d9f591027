"""Setting a workshop up: its dissent threshold (given when it is made, from a set-up
workbook or changed later), and copying the set-up of an earlier workshop in one step, names
already there left alone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pmo_tmo_desktop.domain.errors import NotFoundError, ValidationError
from pmo_tmo_desktop.exchange.workshop_setup_xlsx import write_setup_template
from pmo_tmo_desktop.services import entities, files, queries, rows, workshop_files
from pmo_tmo_desktop.services.files import Workspace
from pmo_tmo_desktop.services.workshop_setup import Copied, copy_setup
from tests.exchange.test_workshop_xlsx import edit_cells, fill_setup
from tests.store.helpers import dump


@pytest.fixture
def demo(demo_path: Path) -> Iterator[tuple[Workspace, int, int]]:
    """The demo workspace, its finished workshop, and a new empty one to set up."""
    ws = files.open_file(demo_path)
    source = queries.workshops(ws)[0].id
    target = entities.create(ws, "workshop", title="Q1 Portfolio Review").new_id
    yield ws, source, target
    ws.close()


# -- the dissent threshold -----------------------------------------------------------------


def _threshold(ws: Workspace, workshop: int) -> float:
    return queries.workshop(ws, workshop).workshop.dissent_threshold


def test_a_new_workshop_flags_from_0_3_unless_it_is_given_a_threshold(
    workspace: Workspace,
) -> None:
    plain = entities.create(workspace, "workshop", title="Plain").new_id
    given = entities.create(workspace, "workshop", title="Given", dissent_threshold=0.45).new_id
    assert _threshold(workspace, plain) == 0.3
    assert _threshold(workspace, given) == 0.45


def test_the_threshold_is_changed_in_one_undoable_step(workspace: Workspace) -> None:
    workshop = entities.create(workspace, "workshop", title="Q1").new_id
    outcome = entities.edit(workspace, "workshop", workshop, dissent_threshold="0.25")
    assert _threshold(workspace, workshop) == 0.25
    assert outcome.changes.tables == {"workshop"}
    rows.apply(workspace, outcome.undo)
    assert _threshold(workspace, workshop) == 0.3
    entities.edit(workspace, "workshop", workshop, dissent_threshold=1)
    assert _threshold(workspace, workshop) == 1


@pytest.mark.parametrize("value", [0, -0.2, 1.01, 7, "high", "", None, float("nan"), True])
def test_a_threshold_outside_0_to_1_is_refused_naming_the_field(
    workspace: Workspace, value: object
) -> None:
    workshop = entities.create(workspace, "workshop", title="Q1").new_id
    before = dump(workspace)
    with pytest.raises(ValidationError) as caught:
        entities.edit(workspace, "workshop", workshop, dissent_threshold=value)
    message = str(caught.value)
    assert message.startswith("Dissent threshold: ") and "from 0.05 to 1" in message
    assert "\n" not in message
    assert dump(workspace) == before
    with pytest.raises(ValidationError, match=r"^Dissent threshold: "):
        entities.create(workspace, "workshop", title="Q2", dissent_threshold=value)
    assert dump(workspace) == before


def test_a_set_up_workbook_gives_its_threshold_or_leaves_the_choice_to_the_caller(
    workspace: Workspace, tmp_path: Path
) -> None:
    template = tmp_path / "template.xlsx"
    write_setup_template(template)
    filled = fill_setup(template, tmp_path / "setup.xlsx")
    given = edit_cells(filled, "Workshop", {"B10": 0.55}, tmp_path / "given.xlsx")
    made = workshop_files.create_from_setup(workspace, given, dissent_threshold=0.8).new_id
    assert _threshold(workspace, made) == 0.55  # the workbook's value wins
    older = edit_cells(
        filled,
        "Workshop",
        {"A10": None, "B10": None, "C10": None, "B3": "Older"},
        tmp_path / "older.xlsx",
    )
    assert _threshold(workspace, workshop_files.create_from_setup(workspace, older).new_id) == 0.3
    emptied = edit_cells(filled, "Workshop", {"B10": None, "B3": "Emptied"}, tmp_path / "e.xlsx")
    chosen = workshop_files.create_from_setup(workspace, emptied, dissent_threshold=0.8).new_id
    assert _threshold(workspace, chosen) == 0.8


# -- copying from an earlier workshop ------------------------------------------------------


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
