"""The incremental checker: after any cell edits its report is the one `check()` would give."""

from __future__ import annotations

import dataclasses
import json
import random
from collections.abc import Callable

import pytest

from pmo_tmo_desktop.domain.model import (
    Activity,
    ActivityKind,
    Assignment,
    Methodology,
    RaciVariant,
    normalise_letters,
)
from pmo_tmo_desktop.domain.rules import (
    RULE_GATE_ONE_OFFICE,
    RULE_IDLE_ROLE,
    RULE_MANY_ACCOUNTABLE,
    RULE_MANY_CONSULTED,
    RULE_NO_ACCOUNTABLE,
    RULE_NO_RESPONSIBLE,
    RULE_OVERLOADED_ROLE,
    RULE_PMO_BLIND_SPOT,
    RULE_TECHNICAL_DELIVERABLE_WITHOUT_TMO,
    RULE_TECHNICAL_WITHOUT_TMO,
    Limits,
    check,
)
from pmo_tmo_desktop.domain.rules_checker import Checker
from pmo_tmo_desktop.resources import resource
from tests.domain.test_rules import TECHNICAL, Sketch, acme, snapshot_of_template

Cells = dict[tuple[int, int], str]

SPELLINGS = ("R", "A", "C", "I", "RA", "RC", "AC", "RI", "S", "V", "SV", "RASCI", "CI")
UNKNOWN = 999_999  # an id no activity or role of any snapshot below has


def with_letters(snapshot: Methodology, cells: Cells) -> Methodology:
    return dataclasses.replace(
        snapshot, assignments=tuple(Assignment(a, r, text) for (a, r), text in cells.items())
    )


# --- snapshots to edit --------------------------------------------------------------------------


def mixed() -> Methodology:
    """Five offices (three neither PMO nor TMO), technical work, deliverables, gates, an idle
    role, and two activities placed in phases the snapshot does not hold."""
    s = Sketch("PMO", "TMO", "Technical Office", "PMO Support", "Business")
    for name, office in [
        ("Project Manager", "PMO"),
        ("PMO Analyst", "PMO"),
        ("Architect", "TMO"),
        ("Tech Lead", "TMO"),
        ("Engineer", "Technical Office"),
        ("Planner", "PMO Support"),
        ("Owner", "Business"),
        ("Observer", "Business"),
    ]:
        s.role(name, office)
    for p, phase in enumerate(("Initiation", "Design", "Build")):
        s.phase(phase)
        for i in range(5):
            kind = TECHNICAL if (p + i) % 2 else ActivityKind.MANAGEMENT
            raci = {"Project Manager": "A", "Engineer": "R"} if i % 3 else {"Architect": "RA"}
            s.activity(f"{phase} {i}", raci, kind=kind)
        s.deliverable(f"{phase} spec", f"{phase} 1")
        s.deliverable(f"{phase} code", f"{phase} 3")
        s.gate(f"{phase} gate", ["Project Manager"] if p != 1 else ["Architect", "Planner"])
    s.gate("Design review gate", ["Owner"], activity="Design 2")
    snapshot = s.build()
    outside = tuple(
        Activity(900 + n, 77 + n, f"Unplaced {n}", "", TECHNICAL, None, 99) for n in range(2)
    )
    return dataclasses.replace(snapshot, activities=snapshot.activities + outside)


def without_tmo() -> Methodology:
    s = Sketch("PMO", "Engineering")
    s.role("Project Manager", "PMO")
    s.role("Engineer", "Engineering")
    s.role("Tester", "Engineering")
    s.activity("Plan", {"Project Manager": "RA"})
    s.activity("Build", {"Engineer": "RA"}, kind=TECHNICAL)
    s.deliverable("Software", "Build")
    s.gate("Gate", ["Project Manager"])
    return s.build()


def integrated() -> Methodology:
    with open(resource("templates", "integrated.json"), encoding="utf-8") as handle:
        return snapshot_of_template(json.load(handle))


def empty() -> Methodology:
    return Sketch(variant=RaciVariant.RACI_VS).build()


SNAPSHOTS: dict[str, Callable[[], Methodology]] = {
    "mixed": mixed,
    "without-tmo": without_tmo,
    "integrated": integrated,
    "acme": lambda: acme().build(),
    "empty": empty,
}
TIGHT = Limits(overload_per_phase=2, max_consulted=1)


# --- random edits against the reference ---------------------------------------------------------


def random_batch(rng: random.Random, snapshot: Methodology, cells: Cells, size: int) -> Cells:
    """`size` edits: set letters, add an A, clear; now and then a cell outside the snapshot."""
    activity_ids = [a.id for a in snapshot.activities] + [UNKNOWN]
    role_ids = [r.id for r in snapshot.roles] + [UNKNOWN]
    batch: Cells = {}
    for _ in range(size):
        if cells and rng.random() < 0.4:
            cell = rng.choice(list(cells))
        else:
            cell = (rng.choice(activity_ids), rng.choice(role_ids))
        old = batch.get(cell, cells.get(cell, ""))
        move = rng.random()
        if move < 0.5:
            batch[cell] = rng.choice(SPELLINGS)
        elif move < 0.75:
            batch[cell] = normalise_letters(old + "A")
        elif move < 0.95:
            batch[cell] = ""
        else:
            batch[cell] = old  # no change at all
    return batch


@pytest.mark.parametrize("limits", [Limits(), TIGHT], ids=["default-limits", "tight-limits"])
@pytest.mark.parametrize("name", list(SNAPSHOTS))
def test_after_every_batch_of_random_edits_the_report_is_the_one_check_gives(
    name: str, limits: Limits
) -> None:
    snapshot = SNAPSHOTS[name]()
    rng = random.Random(f"{name}-{limits.overload_per_phase}")
    cells: Cells = {(a.activity_id, a.role_id): a.letters for a in snapshot.assignments}
    checker = Checker(snapshot, limits)
    assert checker.report == check(snapshot, limits)
    assert dict(checker.letters) == {cell: text for cell, text in cells.items() if text}

    seen: set[str] = set()
    changes = 0
    while changes < 300:
        size = min(300 - changes, rng.choice((1, 1, 1, 2, 3, 5, 8, 40)))
        batch = random_batch(rng, snapshot, cells, size)
        changes += size
        cells.update(batch)
        cells = {cell: text for cell, text in cells.items() if text}

        report = checker.set_cells(batch)

        assert report is checker.report
        assert dict(checker.letters) == cells
        assert report == check(with_letters(snapshot, cells), limits)
        seen.update(f.rule for f in report.findings)

    if name == "mixed":  # the edits reach every rule
        assert {
            RULE_NO_ACCOUNTABLE,
            RULE_MANY_ACCOUNTABLE,
            RULE_NO_RESPONSIBLE,
            RULE_IDLE_ROLE,
            RULE_TECHNICAL_WITHOUT_TMO,
            RULE_PMO_BLIND_SPOT,
            RULE_GATE_ONE_OFFICE,
            RULE_TECHNICAL_DELIVERABLE_WITHOUT_TMO,
        } <= seen
    if limits is TIGHT and name in ("mixed", "integrated"):
        assert {RULE_OVERLOADED_ROLE, RULE_MANY_CONSULTED} <= seen


def test_a_role_overloaded_in_two_phases_outside_the_snapshot_is_reported_the_same_way() -> None:
    snapshot = mixed()  # activities 900 and 901 are in phases 77 and 78, which it does not hold
    owner = next(r.id for r in snapshot.roles if r.name == "Owner")
    limits = Limits(overload_per_phase=0)
    checker = Checker(snapshot, limits)
    report = checker.set_cells({(901, owner): "A", (900, owner): "R"})

    assert report == check(with_letters(snapshot, dict(checker.letters)), limits)
    overloads = [f for f in report.findings if f.rule == RULE_OVERLOADED_ROLE]
    assert [f.phase_id for f in overloads if f.role_id == owner] == [77, 78]


# --- cells outside the snapshot, and edits that change nothing ----------------------------------


def test_cells_of_unknown_activities_or_roles_are_kept_but_ignored_like_check_does() -> None:
    s = acme()
    busy = s.activities["Keep everyone busy"].id
    manager = s.roles["Project Manager"].id
    s.assignments += [Assignment(busy, UNKNOWN, "A"), Assignment(UNKNOWN, manager, "R")]
    observer = s.role("Observer", "Business")
    s.assignments.append(Assignment(busy, observer, ""))  # an empty cell
    snapshot = s.build()
    checker = Checker(snapshot)
    before = checker.report
    assert before == check(snapshot)
    assert (busy, UNKNOWN) in checker.letters
    assert (busy, observer) not in checker.letters

    after = checker.set_cells(
        {(busy, UNKNOWN): "RA", (UNKNOWN, UNKNOWN): "A", (UNKNOWN, manager): ""}
    )
    assert after is before  # nothing the report reads has changed
    assert checker.letters[busy, UNKNOWN] == "RA"
    assert checker.letters[UNKNOWN, UNKNOWN] == "A"
    assert (UNKNOWN, manager) not in checker.letters
    assert after == check(with_letters(snapshot, dict(checker.letters)))


def test_setting_cells_to_the_letters_they_hold_changes_nothing() -> None:
    snapshot = integrated()
    checker = Checker(snapshot)
    before = checker.report
    assert checker.set_cells(checker.letters) is before
    assert checker.set_cells({}) is before


def test_an_edit_updates_the_findings_and_metrics_it_touches() -> None:
    s = acme()
    # nobody accountable; the TMO is informed
    s.activity("Write the charter", {"Project Manager": "R", "Technical Manager": "I"})
    snapshot = s.build()
    charter = s.activities["Write the charter"].id
    analyst = s.roles["PMO Analyst"].id
    checker = Checker(snapshot)
    assert [f.rule for f in checker.report.findings] == [RULE_NO_ACCOUNTABLE]

    report = checker.set_cells({(charter, analyst): "A"})
    assert report.findings == ()
    assert report.metrics.roles[1].accountable == 1
    assert report.metrics.phases[0].joint == 2  # acme's own activity and the charter

    report = checker.set_cells({(charter, analyst): ""})
    assert [f.activity_id for f in report.findings] == [charter]
    assert report.metrics.roles[1].accountable == 0


# --- scale --------------------------------------------------------------------------------------


def test_a_large_matrix_stays_equal_to_check_through_edits() -> None:
    """2,000 activities x 150 roles with 60,000 cells, then single edits and one big paste."""
    offices = ("PMO", "TMO", "Business")
    s = Sketch(*offices)
    for i in range(150):
        s.role(f"Role {i}", offices[i % 3])
    for p in range(10):
        s.phase(f"Phase {p}")
    role_ids = [r.id for r in s.roles.values()]
    phase_ids = [ph.id for ph in s.phases.values()]
    kinds = (ActivityKind.MANAGEMENT, TECHNICAL)
    activities = tuple(
        Activity(n + 1, phase_ids[n // 200], f"Activity {n}", "", kinds[n % 2], None, n)
        for n in range(2000)
    )
    cells: Cells = {}
    for n in range(2000):
        for k in range(30):
            letters = "A" if k == 0 else "R" if k == 1 else "C" if k < 6 else "I"
            cells[n + 1, role_ids[(n + 5 * k) % 150]] = letters
    snapshot = dataclasses.replace(s.build(), activities=activities)
    assert len(cells) == 60_000

    limits = Limits(overload_per_phase=12, max_consulted=4)
    checker = Checker(with_letters(snapshot, cells), limits)
    rng = random.Random(60_000)
    for _ in range(20):
        batch = {(rng.randint(1, 2000), rng.choice(role_ids)): rng.choice(SPELLINGS)}
        checker.set_cells(batch)
        cells.update(batch)
    paste = {
        (rng.randint(1, 2000), rng.choice(role_ids)): rng.choice(("R", "")) for _ in range(500)
    }
    checker.set_cells(paste)
    cells = {cell: text for cell, text in (cells | paste).items() if text}
    assert checker.report == check(with_letters(snapshot, cells), limits)
