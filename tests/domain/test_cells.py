"""A snapshot's cells as one dict: the same cells as records, the same findings."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain import rules, rules_checker
from tests.domain.test_rules import acme


def test_cells_are_the_records_they_hold_in_activity_and_role_order() -> None:
    cells = m.Cells({(1, 2): "RA", (1, 5): "C", (3, 2): "I"})
    records = (m.Assignment(1, 2, "RA"), m.Assignment(1, 5, "C"), m.Assignment(3, 2, "I"))
    assert len(cells) == 3
    assert tuple(cells) == records
    assert cells == records
    assert cells[1] == records[1]
    assert cells[:2] == records[:2]
    assert m.letters_of(cells) == {(1, 2): "RA", (1, 5): "C", (3, 2): "I"}
    assert m.letters_of(records) == m.letters_of(cells)


def test_the_check_of_cells_equals_the_check_of_records() -> None:
    snapshot = acme().build()
    as_cells = replace(snapshot, assignments=m.Cells(dict(m.letters_of(snapshot.assignments))))
    assert rules.check(as_cells) == rules.check(snapshot)
    assert rules_checker.Checker(as_cells).report == rules.check(snapshot)


def test_a_first_look_at_some_rows_counts_the_whole_matrix_and_is_never_judged() -> None:
    snapshot = acme().build()
    letters = m.letters_of(snapshot.assignments)
    first = next(iter(letters))
    partial = m.Cells({first: letters[first]}, complete=False, filled=len(letters))
    assert partial.filled == len(letters) == m.Cells(dict(letters)).filled
    as_first_look = replace(snapshot, assignments=partial)
    for judge in (rules.check, rules_checker.Checker):
        with pytest.raises(ValueError, match="read the whole matrix first"):
            judge(as_first_look)
