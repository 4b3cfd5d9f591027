"""Which office is the PMO and which the TMO, and the colours offices are drawn in.

The PMO and the TMO are recognised by office *name*: "PMO" and "TMO", case and surrounding
spaces ignored. Every analysis (the RACI alignment rules, the office figures of scoring and
of the pairwise weights) and every output that compares or colours the two offices asks this
module, so they all agree on what counts as the PMO.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

PMO = "pmo"
TMO = "tmo"
"""The two offices' keys: the office of a rater in the figures, the offices withheld for
privacy, the side an office chart leans to, and the keys of the figures in JSON output."""

PMO_COLOUR = "#2F6DB5"
TMO_COLOUR = "#2E8B57"
"""The PMO's and the TMO's colour wherever the office itself gives none (no such office, or
a colour that cannot be read)."""

NEW_OFFICE_COLOURS = (
    "#B23A48",
    "#1F8A99",
    "#8A6D3B",
    "#5C6770",
    PMO_COLOUR,
    TMO_COLOUR,
    "#C77C1E",
    "#7D5BA6",
)
"""The colours offered to a new office, the first not taken by another office first."""


class ColouredOffice(Protocol):
    """An office as `colours` reads it (domain.model.Office fits)."""

    @property
    def name(self) -> str: ...

    @property
    def colour(self) -> str: ...


def key_of(name: str | None) -> str | None:
    """PMO or TMO for the office called `name`, None for any other office (or none)."""
    if name is None:
        return None
    folded = name.strip().casefold()
    return folded if folded in (PMO, TMO) else None


def is_pmo(name: str | None) -> bool:
    return key_of(name) == PMO


def is_tmo(name: str | None) -> bool:
    return key_of(name) == TMO


def colour_of(offices: Iterable[ColouredOffice], key: str) -> str | None:
    """The colour of the office that is `key` (PMO or TMO), as stored; None without one."""
    for office in offices:
        if key_of(office.name) == key:
            return office.colour
    return None


def colours(offices: Iterable[ColouredOffice]) -> tuple[str, str]:
    """The PMO's and the TMO's colour, as stored, each PMO_COLOUR / TMO_COLOUR where there is
    no such office."""
    found = tuple(offices)
    pmo, tmo = colour_of(found, PMO), colour_of(found, TMO)
    return PMO_COLOUR if pmo is None else pmo, TMO_COLOUR if tmo is None else tmo
