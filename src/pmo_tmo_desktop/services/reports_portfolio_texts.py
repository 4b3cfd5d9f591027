"""The words of the minutes' portfolio section, translated: every source text is a literal,
for lupdate."""

from __future__ import annotations

from pmo_tmo_desktop.exchange.pdf_portfolio_data import PortfolioTexts
from pmo_tmo_desktop.i18n import translate


def portfolio_texts() -> PortfolioTexts:
    """Every word of the minutes' portfolio section in the user's language."""
    return PortfolioTexts(
        title=translate("Minutes", "Portfolio"),
        intro=translate(
            "Minutes",
            "The set of proposals with the highest total score that the workshop's rules allow "
            "(computed exactly). It informs the decisions; it does not take them.",
        ),
        rules=translate("Minutes", "The rules"),
        budget=translate("Minutes", "Budget"),
        no_budget=translate("Minutes", "No budget set"),
        resource=translate("Minutes", "Resource"),
        resource_limit=translate("Minutes", "at most {limit}"),
        no_rules=translate("Minutes", "No proposal has a rule of its own."),
        funding=translate("Minutes", "Funding"),
        must=translate("Minutes", "Must fund"),
        must_not=translate("Minutes", "Must not fund"),
        requires=translate("Minutes", "Requires"),
        group=translate("Minutes", "Group"),
        group_at_most=translate("Minutes", "{group} (at most {limit})"),
        funded_set=translate("Minutes", "The funded set"),
        proposal=translate("Minutes", "Proposal"),
        rank=translate("Minutes", "Rank"),
        score=translate("Minutes", "Score"),
        cost=translate("Minutes", "Cost"),
        decision=translate("Minutes", "Decision"),
        total=translate("Minutes", "Total"),
        must_mark=translate("Minutes", "must"),
        must_note=translate("Minutes", "must: funded because the rules say it must be."),
        totals=translate("Minutes", "Cost {cost} of {budget}."),
        totals_no_budget=translate("Minutes", "Cost {cost} (no budget set)."),
        resource_totals=translate("Minutes", "{resource} {used} of {limit}."),
        nothing_funded=translate("Minutes", "No proposal can be funded under these rules."),
        conflict=translate(
            "Minutes", "These rules cannot all hold together, so no set is proposed:"
        ),
        unpriced=translate("Minutes", "Funded as a must without a cost (counted as 0): {titles}."),
        frontier_title=translate("Minutes", "The efficient frontier"),
        frontier_intro=translate(
            "Minutes",
            "The best total score each budget can buy under the rules, beside funding strictly "
            "in rank order until the money runs out.",
        ),
        frontier_sampled=translate(
            "Minutes",
            "With this many proposals the frontier is drawn from the best set at {n} budgets, "
            "each exact; a change between two of them may not show.",
        ),
        frontier_line=translate("Minutes", "Best set for the budget"),
        ranking_line=translate("Minutes", "In rank order"),
        budget_line=translate("Minutes", "Budget {budget}"),
        axis_budget=translate("Minutes", "Budget"),
        axis_score=translate("Minutes", "Total score"),
        no_frontier=translate(
            "Minutes", "No frontier can be drawn: no proposal has both a score and a cost."
        ),
        offices_title=translate("Minutes", "What each office alone would fund"),
        pmo=translate("Minutes", "PMO"),
        tmo=translate("Minutes", "TMO"),
        joint=translate("Minutes", "Joint"),
        funded_mark=translate("Minutes", "✓"),
        only_pmo=translate("Minutes", "only PMO"),
        only_tmo=translate("Minutes", "only TMO"),
        offices_intro=translate(
            "Minutes",
            "Each column is the set the same rules fund on that office's scores alone; the joint "
            "set is the one above. Proposals no set funds are left out.",
        ),
        withheld_note=translate(
            "Minutes",
            "— withheld: fewer than two participants of an office rated it, so its figure is not "
            "used (the proposal counts as not rated by that office).",
        ),
        office_withheld_note=translate(
            "Minutes",
            "— withheld: the office's figures are withheld for privacy, so no set of its own is "
            "shown.",
        ),
        no_office_sets=translate("Minutes", "No proposal is funded by any set."),
        sensitivity_title=translate("Minutes", "How far the weights may move"),
        sensitivity_intro=translate(
            "Minutes",
            "Per criterion, its weight now and the weights between which the top-ranked proposal "
            "and the funded set stay the same, the other weights held.",
        ),
        criterion=translate("Minutes", "Criterion"),
        weight=translate("Minutes", "Weight"),
        top_holds=translate("Minutes", "Same top proposal"),
        set_holds=translate("Minutes", "Same funded set"),
        interval=translate("Minutes", "{low} to {high}"),
        zero=translate("Minutes", "0"),
        no_limit=translate("Minutes", "no limit"),
        probability_title=translate("Minutes", "How often each proposal is funded"),
        probability_share=translate("Minutes", "Funded in"),
        probability_intro=translate(
            "Minutes",
            "Share of the {draws} random weight draws under which each proposal is funded. "
            "Each draw multiplies every criterion's weight by its own random factor (log-"
            "normal, median 1, spread {spread}); the draws are seeded, so the same workshop "
            "always gives the same shares.",
        ),
    )
