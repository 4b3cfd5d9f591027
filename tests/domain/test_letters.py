"""RACI letters: one canonical spelling, and a clear refusal of letters a variant lacks."""

from __future__ import annotations

import pytest

from pmo_tmo_desktop.domain.model import ALL_LETTERS, RaciVariant, normalise_letters


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("ra", "RA"),
        ("AR", "RA"),
        ("i c r", "RCI"),
        ("R, A", "RA"),
        ("a/r;c+i", "RACI"),
        ("RRaa", "RA"),
        ("  ", ""),
        ("", ""),
        ("vsicar", "RASCIV"),
        ("\tc\n", "C"),
    ],
)
def test_letters_are_stored_upper_case_once_each_in_canonical_order(
    typed: str, stored: str
) -> None:
    assert normalise_letters(typed) == stored


def test_canonical_order_is_the_display_order_of_every_letter() -> None:
    assert ALL_LETTERS == "RASCIV"
    assert normalise_letters(ALL_LETTERS[::-1]) == ALL_LETTERS


@pytest.mark.parametrize(
    ("typed", "foreign"),
    [("RX", "X"), ("zq", "QZ"), ("R-A", "-"), ("R.", "."), ("1", "1"), ("RÄ", "Ä")],
)
def test_a_letter_no_variant_knows_is_refused_and_named(typed: str, foreign: str) -> None:
    with pytest.raises(ValueError) as refused:
        normalise_letters(typed)
    assert refused.value.args == (foreign,)


@pytest.mark.parametrize(
    ("variant", "allowed", "refused"),
    [
        (RaciVariant.RACI, "RACI", "SV"),
        (RaciVariant.RASCI, "RASCI", "V"),
        (RaciVariant.RACI_VS, "RACIVS", ""),
    ],
)
def test_each_variant_accepts_exactly_its_own_letters(
    variant: RaciVariant, allowed: str, refused: str
) -> None:
    assert variant.letters == allowed
    assert normalise_letters(allowed.lower(), variant) == normalise_letters(allowed)
    for letter in refused:
        with pytest.raises(ValueError) as error:
            normalise_letters(f"R{letter.lower()}", variant)
        assert error.value.args == (letter,)


def test_all_foreign_letters_are_named_together_in_order() -> None:
    with pytest.raises(ValueError) as refused:
        normalise_letters("rsvx", RaciVariant.RACI)
    assert refused.value.args == ("SVX",)


def test_variants_are_read_from_their_stored_names() -> None:
    assert [v.value for v in RaciVariant] == ["RACI", "RASCI", "RACI-VS"]
    assert RaciVariant("RACI-VS") is RaciVariant.RACI_VS
    with pytest.raises(ValueError):
        RaciVariant("raci")
