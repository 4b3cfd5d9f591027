"""What a funding decision is asked: the proposals with their scores and costs, and the rules
that bind the choice (a budget, a second resource, requirements, must / must-not, groups).

Plain records, shared by the set-up (which stores and checks the rules), the selection and
its analyses (which solve them) and the outputs (which show them).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class FundingRule(enum.StrEnum):
    """How a proposal enters the selection."""

    AUTO = "auto"
    """The selection decides."""
    MUST = "must"
    """Funded whatever its score (e.g. a legal obligation); the reason says why."""
    MUST_NOT = "must_not"
    """Never funded (e.g. withdrawn, or already funded elsewhere); the reason says why."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """One proposal as the selection sees it."""

    id: int
    title: str
    score: float | None
    """The score (0–100) the selection maximises the sum of; None: not rated."""
    cost: float | None
    """Money, taken at the decimal value it prints as; None: no cost given."""
    resource: float | None = None
    """Its use of the second resource (e.g. people); None counts as 0."""
    rule: FundingRule = FundingRule.AUTO
    reason: str = ""
    requires: tuple[int, ...] = ()
    """Ids of the proposals it depends on: funded only if all of them are."""
    group: str | None = None
    """The name of the group of alternatives it belongs to, if any."""


@dataclass(frozen=True, slots=True)
class Group:
    """Alternatives that exclude each other: at most `at_most` of the members are funded."""

    name: str
    at_most: int


@dataclass(frozen=True, slots=True)
class Problem:
    """Everything the selection needs. A limit of None does not bind."""

    candidates: tuple[Candidate, ...]
    budget: float | None = None
    resource_name: str = ""
    resource_limit: float | None = None
    groups: tuple[Group, ...] = ()
