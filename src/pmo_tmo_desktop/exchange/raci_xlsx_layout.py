"""Where a hand-made RACI matrix has its header, activities, roles, offices and ids.

The header is the row holding the role names (or the letters R, A, C, I... of the layout
with one column per letter), not simply the first row: a title above it is passed over, and
an office band above it (PMO over two roles, TMO over two, merged or repeated) gives those
roles their office. An id column before the activity names ("ID", "WBS", or values like 1,
1.1, 2.3.1) is the activities' reference, never their name. Only values decide, so both
readers of xlsx_read give the same layout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

from pmo_tmo_desktop.exchange.raci_xlsx_model import (
    ACTIVITY_WORDS,
    DETAIL_WORDS,
    ID_WORDS,
    LETTER_HEADS,
    OFFICE_WORDS,
    PHASE_WORDS,
)
from pmo_tmo_desktop.exchange.raci_xlsx_sheet import Grid, is_letters, is_none, text

HEADER_SEARCH = 40
"""How far down a hand-made sheet the row of role names may be."""
SAMPLE = 200
"""How many rows below a candidate header are looked at to find the activity column."""

_ID = re.compile(r"\d{1,6}(\.\d{1,6})*\.?")


@dataclass
class Layout:
    kind: Literal["ours", "hand-made"]
    header: int
    phase: int | None
    activity: int
    roles: list[int]
    ignored: list[int] = field(default_factory=list)
    """Columns without a role name: letters there are refused, other text ignored."""
    band: int | None = None
    """The row of office names above the role names (our export's row 1, or a hand-made band)."""
    ident: int | None = None
    """The id column before the activity names."""
    transposed: bool = False
    """One column per letter (`letters`), role names in the cells."""
    phase_rows: bool = True
    """Rows with a name and no letters may start a phase (hand-made, no phase column)."""
    letters: dict[int, str] = field(default_factory=dict)
    """Letter column → its letter, when `transposed`."""


def is_ident(value: Any) -> bool:
    """A value that reads as an id: a whole number or dotted numbers (1, 1.1, 2.3.1)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    if isinstance(value, float):
        return value > 0 and len(repr(value)) <= 8
    return isinstance(value, str) and _ID.fullmatch(value.strip()) is not None


def letter_heads(grid: Grid, layout: Layout) -> dict[int, str] | None:
    """Letter column → letter, when every role header is a distinct letter (R, A, C, I...)."""
    found: dict[int, str] = {}
    for column in layout.roles:
        letter = LETTER_HEADS.get(text(_at(grid, layout.header, column)).casefold())
        if letter is None or letter in found.values():
            return None
        found[column] = letter
    return found


def hand_made_layout(grid: Grid) -> Layout | None:
    """The layout of a hand-made matrix, or None when the sheet has none."""
    band: int | None = None
    for row in range(min(len(grid), HEADER_SEARCH)):
        layout = _candidate(grid, row)
        if layout is None:
            continue
        below = _candidate(grid, row + 1)
        if below is not None and _is_band(grid, row, below):
            band = row
            continue
        if band is not None and band == row - 1:
            layout.band = band
        return layout
    return None


def _at(grid: Grid, row: int, column: int) -> Any:
    if row >= len(grid) or column >= len(grid[row]):
        return None
    return grid[row][column]


def _candidate(grid: Grid, row: int) -> Layout | None:
    """The layout if `row` were the header, or None when it cannot be."""
    if row >= len(grid):
        return None
    heads = [text(v) for v in grid[row]]
    if sum(1 for h in heads if h) < 2:
        return None
    folded = [h.casefold() for h in heads]
    phase = next((c for c, h in enumerate(folded) if h in PHASE_WORDS), None)
    activity = next((c for c, h in enumerate(folded) if h in ACTIVITY_WORDS), None)
    idents = _ident_columns(grid, row, folded, activity)
    if activity is None:
        activity = _names_column(grid, row, skip={phase, *idents})
    if activity is None:
        return None
    ident = max((c for c in idents if c < activity and c != phase), default=None)
    roles = [
        c
        for c in range(activity + 1, len(heads))
        if c != phase and heads[c] and folded[c] not in DETAIL_WORDS
    ]
    if len(roles) < 2:
        return None
    width = max((len(r) for r in grid[row:]), default=0)
    detail = {c for c in range(len(heads)) if folded[c] in DETAIL_WORDS}
    ignored = [
        c for c in range(activity + 1, width) if c not in roles and c != phase and c not in detail
    ]
    return Layout("hand-made", row, phase, activity, roles, ignored, ident=ident)


def _is_band(grid: Grid, row: int, below: Layout) -> bool:
    """Whether `row` names offices over the role names of the row below it."""
    roles = set(below.roles)
    named = [c for c, v in enumerate(grid[row]) if text(v)]
    if not named or any(is_letters(grid[row][c]) for c in named):
        return False
    for column in named:
        if column in roles:
            continue
        if column > below.activity or text(grid[row][column]).casefold() not in OFFICE_WORDS:
            return False
    if not any(c in roles for c in named):
        return False
    return not any(
        is_letters(_at(grid, below.header, c)) or is_none(_at(grid, below.header, c))
        for c in below.roles
    )


def _ident_columns(grid: Grid, header: int, folded: list[str], stop: int | None) -> set[int]:
    """Columns headed as ids, or, left of the names (or of column `stop`), whose values
    below `header` are mostly ids."""
    found = {c for c, h in enumerate(folded) if h in ID_WORDS}
    sample = grid[header + 1 : header + 1 + SAMPLE]
    width = max((len(r) for r in sample), default=0)
    for column in range(width if stop is None else min(width, stop)):
        values = [r[column] for r in sample if column < len(r) and text(r[column])]
        ids = sum(1 for v in values if is_ident(v))
        if values and ids * 2 > len(values):
            found.add(column)
        elif any(not is_letters(v) and not is_none(v) for v in values):
            break  # the names: ids stand before them
    return found


def _names_column(grid: Grid, header: int, skip: set[int | None]) -> int | None:
    """The leftmost column whose cells below `header` hold names rather than letters."""
    sample = grid[header + 1 : header + 1 + SAMPLE]
    width = max((len(r) for r in sample), default=0)
    for column in range(width):
        if column in skip:
            continue
        for row in sample:
            value = row[column] if column < len(row) else None
            if text(value) and not is_letters(value) and not is_none(value):
                return column
    return None
