"""A message quotes a user's value on one line and cut to a readable length."""

from __future__ import annotations

from pmo_tmo_desktop.domain.errors import QUOTE_LIMIT, clip


def test_a_short_value_is_quoted_as_it_is() -> None:
    assert clip("Strategic fit") == "Strategic fit"


def test_a_huge_value_is_cut_with_an_ellipsis() -> None:
    shown = clip("x" * 1_000_000)
    assert len(shown) == QUOTE_LIMIT and shown.endswith("…")


def test_a_value_with_line_breaks_stays_on_one_line() -> None:
    assert clip("first\nsecond\r\n\tthird") == "first second third"


def test_a_301_digit_number_is_cut_too() -> None:
    assert len(clip(str(int(1e300)))) == QUOTE_LIMIT
