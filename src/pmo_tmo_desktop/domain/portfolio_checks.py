"""Whether the rules of a funding decision can hold together, before anything is solved.

`check_constraints` looks at a Problem's candidates and groups and returns findings that carry
their values (ids, group names, numbers); the set-up page, the set-up workbook and the command
line render them in the user's language, naming the field, or the sheet, row and column.

A group named by a proposal but given no limit allows at most one of its members: a group of
alternatives is, unless told otherwise, a choice of one. That finding is a note, not an error.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from pmo_tmo_desktop.domain.portfolio_problem import Candidate, FundingRule, Group

DEFAULT_AT_MOST = 1
"""How many members of a group without a limit may be funded."""


class ConstraintKind(enum.StrEnum):
    UNKNOWN_REQUIREMENT = "unknown_requirement"
    """`proposal` requires `others[0]`, which is not a proposal of the workshop."""
    REQUIRES_ITSELF = "requires_itself"
    CYCLE = "cycle"
    """The proposals of `others` require each other in a circle (the first again closes it)."""
    MUST_REQUIRES_MUST_NOT = "must_requires_must_not"
    """`proposal` must be funded but requires, through the chain `others`, the last of them,
    which must not be."""
    MUSTS_OVER_GROUP = "musts_over_group"
    """Group `group` allows `value` members, but more of them (`others`) must be funded."""
    BAD_GROUP_LIMIT = "bad_group_limit"
    """Group `group`'s limit `value` is not a whole number of 1 or more."""
    GROUP_WITHOUT_LIMIT = "group_without_limit"
    """Group `group` is named by `proposal` but has no limit: at most one (a note)."""
    NEGATIVE_RESOURCE = "negative_resource"
    """`proposal` uses a negative amount `value` of the second resource."""


NOTES = frozenset({ConstraintKind.GROUP_WITHOUT_LIMIT})


@dataclass(frozen=True, slots=True)
class ConstraintFinding:
    kind: ConstraintKind
    proposal: int | None = None
    """The id of the proposal the finding is about (None: a group's)."""
    others: tuple[int, ...] = ()
    group: str | None = None
    value: float | None = None

    @property
    def blocking(self) -> bool:
        """Whether the rules cannot be kept as they are (a note is only said)."""
        return self.kind not in NOTES


@dataclass(frozen=True, slots=True)
class GroupLimit:
    """A group's limit as given, before it is known to be a whole number (a workbook cell)."""

    name: str
    at_most: float


def check_constraints(
    candidates: Sequence[Candidate], groups: Iterable[Group | GroupLimit] = ()
) -> tuple[ConstraintFinding, ...]:
    """Every problem of the rules, errors before notes; each cycle and each group once."""
    by_id = {c.id: c for c in candidates}
    found: list[ConstraintFinding] = []
    for c in candidates:
        if c.resource is not None and c.resource < 0:
            found.append(
                ConstraintFinding(ConstraintKind.NEGATIVE_RESOURCE, c.id, value=c.resource)
            )
        for required in c.requires:
            if required == c.id:
                found.append(ConstraintFinding(ConstraintKind.REQUIRES_ITSELF, c.id, (c.id,)))
            elif required not in by_id:
                found.append(
                    ConstraintFinding(ConstraintKind.UNKNOWN_REQUIREMENT, c.id, (required,))
                )
    graph = {c.id: tuple(r for r in c.requires if r in by_id and r != c.id) for c in candidates}
    found.extend(
        ConstraintFinding(ConstraintKind.CYCLE, cycle[0], cycle) for cycle in _cycles(graph)
    )
    for c in candidates:
        if c.rule == FundingRule.MUST:
            chain = _path_to(c.id, graph, lambda i: by_id[i].rule == FundingRule.MUST_NOT)
            if chain:
                found.append(ConstraintFinding(ConstraintKind.MUST_REQUIRES_MUST_NOT, c.id, chain))
    limits: dict[str, float] = {}
    for g in groups:
        limits.setdefault(g.name, g.at_most)
        if not is_group_limit(g.at_most):
            found.append(
                ConstraintFinding(ConstraintKind.BAD_GROUP_LIMIT, group=g.name, value=g.at_most)
            )
    members: dict[str, list[Candidate]] = {}
    for c in candidates:
        if c.group:
            members.setdefault(c.group, []).append(c)
    notes = []
    for name, group in members.items():
        if name not in limits:
            notes.append(
                ConstraintFinding(
                    ConstraintKind.GROUP_WITHOUT_LIMIT,
                    group[0].id,
                    group=name,
                    value=DEFAULT_AT_MOST,
                )
            )
        allowed = limits.get(name, DEFAULT_AT_MOST)
        musts = tuple(c.id for c in group if c.rule == FundingRule.MUST)
        if math.isfinite(allowed) and len(musts) > allowed >= 1:
            found.append(
                ConstraintFinding(
                    ConstraintKind.MUSTS_OVER_GROUP, musts[0], musts, group=name, value=allowed
                )
            )
    return (*found, *notes)


def is_group_limit(value: object) -> bool:
    """Whether `value` is a group's limit: a whole number, 1 or more."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return math.isfinite(value) and value >= 1 and value == int(value)


def _cycles(graph: Mapping[int, Sequence[int]]) -> list[tuple[int, ...]]:
    """One cycle per circle of requirements found by a depth-first walk, each starting at its
    smallest id (so the same circle is named the same way whatever the order given)."""
    state: dict[int, int] = {}  # 1: on the current path, 2: done
    cycles: dict[frozenset[int], tuple[int, ...]] = {}
    for start in graph:
        if start in state:
            continue
        path: list[int] = [start]
        stack = [iter(graph[start])]
        state[start] = 1
        while stack:
            step = next(stack[-1], None)
            if step is None:
                state[path.pop()] = 2
                stack.pop()
                continue
            if state.get(step) == 1:
                circle = path[path.index(step) :]
                first = circle.index(min(circle))
                cycles.setdefault(frozenset(circle), (*circle[first:], *circle[:first]))
            elif step not in state:
                state[step] = 1
                path.append(step)
                stack.append(iter(graph[step]))
    return list(cycles.values())


def _path_to(
    start: int, graph: Mapping[int, Sequence[int]], goal: Callable[[int], bool]
) -> tuple[int, ...]:
    """The shortest chain of requirements from `start` to a proposal `goal(id)` holds for (the
    chain without `start`), or () when there is none."""
    came: dict[int, int] = {start: start}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for step in graph.get(node, ()):
                if step in came:
                    continue
                came[step] = node
                if goal(step):
                    chain = [step]
                    while came[chain[-1]] != start:
                        chain.append(came[chain[-1]])
                    return tuple(reversed(chain))
                following.append(step)
        frontier = following
    return ()
