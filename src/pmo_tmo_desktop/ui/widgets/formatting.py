"""Figures and notes as the pages show them, shared by the results, the presenter and the
portfolio.

Figures are rounded once, half away from zero, to one decimal (`domain.figures`): the grid,
the "discuss these" list, the tables and the PDF minutes all write 62.5 as 62.5.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from pmo_tmo_desktop.domain.figures import SCORE_DIGITS, half_away, shown

MINUS = "−"


def one(value: float | None) -> str:
    """A score as shown: one decimal, halves away from zero, in the user's locale."""
    figure = shown(value, SCORE_DIGITS)
    return "—" if figure is None else QLocale().toString(figure, "f", SCORE_DIGITS)


def signed(value: float | None) -> str:
    """A gap or change as shown: +62.5, −37.5, and 0.0 for none."""
    figure = shown(value, SCORE_DIGITS)
    if figure is None:
        return "—"
    text = QLocale().toString(abs(figure), "f", SCORE_DIGITS)
    return f"+{text}" if figure > 0 else (f"{MINUS}{text}" if figure < 0 else text)


def whole(value: float | None) -> str:
    """A figure to a whole number, signed, halves away from zero (62.5 -> +63)."""
    if value is None:
        return "—"
    rounded = int(half_away(value))
    return f"+{rounded}" if rounded > 0 else (f"{MINUS}{-rounded}" if rounded < 0 else "0")


def withheld_text(offices: tuple[str, ...]) -> str:
    """Why a cell shows "—" when an office's figure is withheld for privacy."""
    if not offices:
        return ""
    return QCoreApplication.translate(
        "GapView",
        "Withheld for privacy: fewer than two participants of an office rated it; the other "
        "office's figure is withheld with it, so that neither shows one person's rating.",
    )
