"""What the minutes' portfolio section prints: plain data (`PortfolioContent`) and its words
(`PortfolioTexts`, English by default; the service translates them).

Numbers stay numbers and are written by the minutes' number format; the conflicting rules
arrive as sentences (exchange.portfolio_texts says them).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RuleEntry:
    """A proposal the workshop's rules name."""

    title: str
    funding: str
    """"must", "must_not" or "" (the selection decides)."""
    reason: str = ""
    requires: tuple[str, ...] = ()
    group: str = ""
    group_limit: int | None = None
    """At most this many of the group are funded (None: no group)."""


@dataclass(frozen=True, slots=True)
class FundedEntry:
    title: str
    rank: int | None
    score: float | None
    cost: float | None
    resource: float | None
    must: bool
    """Funded because it must be."""
    decision: str = ""
    """The decision recorded for it (approve, reject, …) or ""."""


@dataclass(frozen=True, slots=True)
class OfficeRow:
    """One proposal funded by at least one of the three sets."""

    title: str
    joint: bool
    pmo: bool | None
    """None: withheld (the office's figure for it, or all of its figures)."""
    tmo: bool | None
    only: str = ""
    """"pmo" or "tmo": funded on that office's scores and not on the other's."""


@dataclass(frozen=True, slots=True)
class BoundsEntry:
    """How far one criterion's weight may move before the decision changes."""

    criterion: str
    weight: float
    top: tuple[float | None, float | None]
    """None: open (0 below, no limit above)."""
    funded: tuple[float | None, float | None] | None
    """None: not computed (the rules cannot hold)."""


@dataclass(frozen=True, slots=True)
class PortfolioContent:
    budget: float | None
    resource_name: str = ""
    resource_limit: float | None = None
    rules: tuple[RuleEntry, ...] = ()
    feasible: bool = True
    funded: tuple[FundedEntry, ...] = ()
    """In rank order."""
    total_cost: float = 0.0
    total_score: float = 0.0
    total_resource: float = 0.0
    conflicts: tuple[str, ...] = ()
    """When not feasible: the rules that cannot hold together, in words."""
    unpriced: tuple[str, ...] = ()
    """Funded musts without a cost (counted as 0)."""
    frontier: tuple[tuple[float, float], ...] = ()
    """(budget, best total score) from each budget on."""
    ranking: tuple[tuple[float, float], ...] = ()
    """(cumulative cost, cumulative score) funding strictly in rank order."""
    offices: tuple[OfficeRow, ...] = ()
    pmo_withheld: bool = False
    """The PMO's figures are withheld altogether: no set of its own is shown."""
    tmo_withheld: bool = False
    some_withheld: bool = False
    """Some office figures of single proposals are withheld (counted as not rated)."""
    bounds: tuple[BoundsEntry, ...] = ()
    probability: tuple[tuple[str, float], ...] = ()
    """(title, share of the weight draws that fund it), in rank order."""
    draws: int = 0
    spread: float = 0.25
    sampled: int = 0
    """0: the frontier is exact; else it is the best set at this many budgets."""


@dataclass(frozen=True, slots=True)
class PortfolioTexts:
    """Every word of the portfolio section. Placeholders in {braces}."""

    title: str = "Portfolio"
    intro: str = (
        "The set of proposals with the highest total score that the workshop's rules allow "
        "(computed exactly). It informs the decisions; it does not take them."
    )
    rules: str = "The rules"
    budget: str = "Budget"
    no_budget: str = "No budget set"
    resource: str = "Resource"
    resource_limit: str = "at most {limit}"
    no_rules: str = "No proposal has a rule of its own."
    funding: str = "Funding"
    must: str = "Must fund"
    must_not: str = "Must not fund"
    requires: str = "Requires"
    group: str = "Group"
    group_at_most: str = "{group} (at most {limit})"
    funded_set: str = "The funded set"
    proposal: str = "Proposal"
    rank: str = "Rank"
    score: str = "Score"
    cost: str = "Cost"
    decision: str = "Decision"
    total: str = "Total"
    must_mark: str = "must"
    must_note: str = "must: funded because the rules say it must be."
    totals: str = "Cost {cost} of {budget}."
    totals_no_budget: str = "Cost {cost} (no budget set)."
    resource_totals: str = "{resource} {used} of {limit}."
    nothing_funded: str = "No proposal can be funded under these rules."
    conflict: str = "These rules cannot all hold together, so no set is proposed:"
    unpriced: str = "Funded as a must without a cost (counted as 0): {titles}."
    frontier_title: str = "The efficient frontier"
    frontier_intro: str = (
        "The best total score each budget can buy under the rules, beside funding strictly "
        "in rank order until the money runs out."
    )
    frontier_sampled: str = (
        "With this many proposals the frontier is drawn from the best set at {n} budgets, "
        "each exact; a change between two of them may not show."
    )
    frontier_line: str = "Best set for the budget"
    ranking_line: str = "In rank order"
    budget_line: str = "Budget {budget}"
    axis_budget: str = "Budget"
    axis_score: str = "Total score"
    no_frontier: str = "No frontier can be drawn: no proposal has both a score and a cost."
    offices_title: str = "What each office alone would fund"
    pmo: str = "PMO"
    tmo: str = "TMO"
    joint: str = "Joint"
    funded_mark: str = "✓"
    only_pmo: str = "only PMO"
    only_tmo: str = "only TMO"
    offices_intro: str = (
        "Each column is the set the same rules fund on that office's scores alone; the joint "
        "set is the one above. Proposals no set funds are left out."
    )
    withheld_note: str = (
        "— withheld: fewer than two participants of an office rated it, so its figure is not "
        "used (the proposal counts as not rated by that office)."
    )
    office_withheld_note: str = (
        "— withheld: the office's figures are withheld for privacy, so no set of its own is shown."
    )
    no_office_sets: str = "No proposal is funded by any set."
    sensitivity_title: str = "How far the weights may move"
    sensitivity_intro: str = (
        "Per criterion, its weight now and the weights between which the top-ranked proposal "
        "and the funded set stay the same, the other weights held."
    )
    criterion: str = "Criterion"
    weight: str = "Weight"
    top_holds: str = "Same top proposal"
    set_holds: str = "Same funded set"
    interval: str = "{low} to {high}"
    zero: str = "0"
    no_limit: str = "no limit"
    probability_title: str = "How often each proposal is funded"
    probability_share: str = "Funded in"
    probability_intro: str = (
        "Share of the {draws} random weight draws under which each proposal is funded. Each "
        "draw multiplies every criterion's weight by its own random factor (log-normal, median "
        "1, spread {spread}); the draws are seeded, so the same workshop always gives the same "
        "shares."
    )
