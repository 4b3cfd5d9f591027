"""The funding decision in the user's language: the rules that conflict, in words naming the
proposals, the group, the budget or the limit, and the words of a proposal's funding rule.

Shared by `pmo-tmo portfolio` and the results workbook: a conflict carries its kind and ids,
and the sentence is made only here, where the titles are looked up.
"""

from __future__ import annotations

from collections.abc import Callable

from pmo_tmo_desktop.domain.errors import clip
from pmo_tmo_desktop.domain.portfolio import Conflict, Kind
from pmo_tmo_desktop.domain.portfolio_problem import FundingRule, Problem
from pmo_tmo_desktop.i18n import translate

Money = Callable[[float | None], str]
"""Writes an amount as the user's language does (e.g. NumberFormat with 0 decimals)."""


def funding_word(rule: FundingRule | str) -> str:
    """A proposal's funding rule as the set-up workbook writes it."""
    return {
        FundingRule.AUTO.value: translate("PortfolioRules", "auto"),
        FundingRule.MUST.value: translate("PortfolioRules", "must fund"),
        FundingRule.MUST_NOT.value: translate("PortfolioRules", "must not fund"),
    }.get(str(rule), str(rule))


def conflict_text(conflict: Conflict, problem: Problem, money: Money) -> str:
    """One rule of a conflict, in words (no invented set: only what the rule says)."""
    candidates = {c.id: c for c in problem.candidates}

    def title(proposal_id: int) -> str:
        found = candidates.get(proposal_id)
        return clip(found.title if found is not None else str(proposal_id))

    def because(proposal_id: int) -> str:
        found = candidates.get(proposal_id)
        reason = clip(found.reason) if found is not None and found.reason.strip() else ""
        return "" if not reason else translate("Funding", " ({reason})").format(reason=reason)

    kind, ids = conflict.kind, conflict.proposal_ids
    if kind == Kind.BUDGET:
        return translate("Funding", "the budget of {budget}").format(budget=money(problem.budget))
    if kind == Kind.RESOURCE:
        resource = clip(problem.resource_name) or translate("Funding", "the second resource")
        return translate("Funding", "the limit of {limit} on {resource}").format(
            limit=money(problem.resource_limit), resource=resource
        )
    if kind == Kind.REQUIRES:
        return translate("Funding", "'{proposal}' requires '{other}'").format(
            proposal=title(ids[0]), other=title(ids[1])
        )
    if kind == Kind.MUST:
        return translate("Funding", "'{proposal}' must be funded").format(
            proposal=title(ids[0])
        ) + because(ids[0])
    if kind == Kind.MUST_NOT:
        return translate("Funding", "'{proposal}' must not be funded").format(
            proposal=title(ids[0])
        ) + because(ids[0])
    if kind == Kind.GROUP:
        limit = next((g.at_most for g in problem.groups if g.name == conflict.group), None)
        return translate(
            "Funding", "at most {limit} of group '{group}' may be funded ({titles})"
        ).format(
            limit=limit if limit is not None else "—",
            group=clip(conflict.group or ""),
            titles=", ".join(title(i) for i in ids),
        )
    return translate("Funding", "'{proposal}' has no cost, so it is funded only as a must").format(
        proposal=title(ids[0]) if ids else ""
    )


def conflicts_text(conflicts: tuple[Conflict, ...], problem: Problem, money: Money) -> list[str]:
    """Every rule of a conflict, each in words."""
    return [conflict_text(c, problem, money) for c in conflicts]


def infeasible_text() -> str:
    """What an infeasible decision means, before the rules are listed."""
    return translate(
        "Funding", "The funding rules cannot all hold, so nothing is funded. These conflict:"
    )


def unpriced_text(titles: list[str]) -> str:
    """The note beside a funded must that has no cost."""
    return translate(
        "Funding", "Funded as a must without a cost (counted as 0 in the total): {titles}"
    ).format(titles=", ".join(clip(t) for t in titles))
