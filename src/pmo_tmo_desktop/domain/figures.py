"""How figures are rounded for people: one rule for every page, document and command.

Python's round() rounds half to even (62.5 -> 62, 37.5 -> 38), which reads as an error
beside a list that shows 62.5. Every shown figure is rounded half away from zero instead, on
the decimal value a person would write down.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

SCORE_DIGITS = 1
"""Scores, office scores, gaps and movement are shown to one decimal."""
DISSENT_DIGITS = 2


_UNITS = tuple(Decimal(1).scaleb(-digits) for digits in range(7))
"""1, 0.1, 0.01 ...: what a figure is rounded to (made once: documents round thousands)."""


def half_away(value: float, digits: int = 0) -> float:
    """`value` rounded to `digits` decimals, halves away from zero (2.5 -> 3, -2.5 -> -3)."""
    exponent = _UNITS[digits] if 0 <= digits < len(_UNITS) else Decimal(1).scaleb(-digits)
    # float() first: a numpy float's repr is "np.float64(…)", which Decimal cannot read
    return float(Decimal(repr(float(value))).quantize(exponent, rounding=ROUND_HALF_UP))


def shown(value: float | None, digits: int = SCORE_DIGITS) -> float | None:
    """A figure as it is shown (None stays None: nothing to show, or withheld)."""
    return None if value is None else half_away(value, digits)
