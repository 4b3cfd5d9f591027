"""Bookkeeping for `rules_checker.Checker`: values kept in key order, and tallies of RACI rows.

Knows nothing of the rules themselves (stdlib only, no import of `rules`), so that `rules`
can build on it. Cells are kept as rows: activity id -> {role id: letters}.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence, Set
from itertools import chain
from operator import itemgetter
from typing import Generic, NamedTuple, TypeVar

Key = tuple[int, ...]
V = TypeVar("V")


class SortedByKey(Generic[V]):
    """Values under unique keys, handed out in key order.

    The keys and values are also kept as two lists in key order: replacing a few values
    shifts them by bisection, replacing many sorts them anew, and handing the values out is
    a copy of a list.
    """

    _RESORT = 32  # above this many keys gone or added, sorting anew beats shifting the lists

    def __init__(self, items: Iterable[tuple[Key, V]] = ()) -> None:
        self._values = dict(items)
        self._sort()

    def _sort(self) -> None:
        items = sorted(self._values.items(), key=itemgetter(0))
        self._keys = [key for key, _ in items]
        self._ordered = [value for _, value in items]

    def replace(self, gone: Sequence[Key], added: Sequence[tuple[Key, V]]) -> None:
        """Drop the values under `gone` keys (present ones), then put in the `added` ones."""
        values, keys, ordered = self._values, self._keys, self._ordered
        for key in gone:
            del values[key]
        values.update(added)
        if len(gone) + len(added) > self._RESORT:
            self._sort()
            return
        for key in gone:
            at = bisect_left(keys, key)
            del keys[at], ordered[at]
        for key, value in added:
            at = bisect_left(keys, key)
            keys.insert(at, key)
            ordered.insert(at, value)

    def values(self) -> tuple[V, ...]:
        return tuple(self._ordered)


class RowTallies(NamedTuple):
    """What one activity's row of cells says to the rules."""

    accountable: list[int]  # roles holding A, in row order
    responsible: bool  # some role holds R
    consulted: int  # roles holding C
    pmo: int  # PMO roles holding any letter
    tmo: int  # TMO roles holding any letter
    tmo_ra: bool  # some TMO role holds R or A
    tmo_r: bool  # some TMO role holds R


def row_tallies(row: Mapping[int, str], pmo_roles: Set[int], tmo_roles: Set[int]) -> RowTallies:
    """The tallies of one activity's row (role -> letters, non-empty)."""
    accountable: list[int] = []
    responsible = tmo_ra = tmo_r = False
    consulted = pmo = tmo = 0
    for role, text in row.items():
        if "A" in text:
            accountable.append(role)
        responsible = responsible or "R" in text
        consulted += "C" in text
        if role in pmo_roles:
            pmo += 1
        elif role in tmo_roles:
            tmo += 1
            tmo_r = tmo_r or "R" in text
            tmo_ra = tmo_ra or "R" in text or "A" in text
    return RowTallies(accountable, responsible, consulted, pmo, tmo, tmo_ra, tmo_r)


class RoleTallies(NamedTuple):
    """Per role over all rows: activities where it holds R, A, any letter; per (role, phase):
    activities of the phase where it holds R or A."""

    responsible: Counter[int]
    accountable: Counter[int]
    any: Counter[int]
    load: Counter[tuple[int, int]]


def role_tallies(rows: Mapping[int, Mapping[int, str]], phase_of: Mapping[int, int]) -> RoleTallies:
    """The role tallies of all `rows`, each row's activity in phase `phase_of[activity]`."""
    t = RoleTallies(Counter(), Counter(), Counter(chain.from_iterable(rows.values())), Counter())
    for activity, row in rows.items():
        phase = phase_of[activity]
        for role, text in row.items():
            r, a = "R" in text, "A" in text
            if r or a:
                t.load[role, phase] += 1
                t.responsible[role] += r
                t.accountable[role] += a
    return t
