"""The PMO and the TMO are recognised by name, case and surrounding spaces ignored; an office
without a colour of its own is drawn in the fallback colour."""

from __future__ import annotations

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain import offices


def test_the_pmo_and_the_tmo_are_recognised_by_name_whatever_the_case() -> None:
    assert [offices.key_of(n) for n in ("PMO", " pmo ", "Tmo", "Business", "", None)] == [
        offices.PMO,
        offices.PMO,
        offices.TMO,
        None,
        None,
        None,
    ]
    assert offices.is_pmo("pMo") and not offices.is_pmo("TMO")
    assert offices.is_tmo(" TMO") and not offices.is_tmo("PMO office")


def test_each_office_keeps_its_own_colour_and_a_missing_one_falls_back() -> None:
    own = [m.Office(1, "Business", "#111111", "", 0), m.Office(2, " tmo", "#222222", "", 1)]
    assert offices.colours(own) == (offices.PMO_COLOUR, "#222222")
    assert offices.colours([]) == (offices.PMO_COLOUR, offices.TMO_COLOUR)
    assert offices.colour_of(own, offices.PMO) is None


def test_a_new_office_is_offered_colours_other_than_the_two_offices_first() -> None:
    first = offices.NEW_OFFICE_COLOURS[:4]
    assert offices.PMO_COLOUR not in first and offices.TMO_COLOUR not in first
    assert len(set(offices.NEW_OFFICE_COLOURS)) == len(offices.NEW_OFFICE_COLOURS)
