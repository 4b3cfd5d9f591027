"""The results workbook's funding sheets as a use case: the funding decision of the round the
workbook shows (services.funding, the same funded set as the results view's budget fit), its
analyses, and the words of the sheets in the user's language."""

from __future__ import annotations

from pmo_tmo_desktop.domain.portfolio_problem import FundingRule
from pmo_tmo_desktop.exchange import funding_texts
from pmo_tmo_desktop.exchange.portfolio_texts import field_caption
from pmo_tmo_desktop.exchange.results_xlsx_portfolio import (
    OfficeFunding,
    PortfolioContent,
    PortfolioTexts,
)
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.services import analyses_kept, funding, reports_texts
from pmo_tmo_desktop.services.results import WorkshopResults
from pmo_tmo_desktop.store.workspace import Workspace

__all__ = ["portfolio_content", "portfolio_texts"]


def portfolio_content(
    found: WorkshopResults, draws: int = funding.DRAWS, ws: Workspace | None = None
) -> PortfolioContent | None:
    """The funding decision of the round `found` shows, analysed once (read back from, or
    kept in, the workspace `ws` where given); None without a round."""
    if found.round_number is None:
        return None
    decided = funding.decide(found)
    analyses = analyses_kept.analysed(ws, decided, draws)
    number = reports_texts.number_format()
    shown = found.results.proposals
    return PortfolioContent(
        problem=decided.problem,
        selection=decided.selection,
        offices=tuple(OfficeFunding(o.office, o.selection, o.withheld) for o in decided.offices),
        only_pmo=decided.only_pmo,
        only_tmo=decided.only_tmo,
        ranked=tuple(p.proposal_id for p in shown),
        ranks={p.proposal_id: p.rank for p in shown},
        scores={p.proposal_id: p.score for p in shown},
        conflicts=tuple(
            funding_texts.conflicts_text(
                decided.selection.conflicts, decided.problem, lambda v: number(v, 0)
            )
        ),
        frontier=analyses.frontier,
        ranking=analyses.ranking,
        sensitivity=analyses.sensitivity,
        criteria={c.id: c.name for c in found.data.criteria},
        probability=analyses.probability,
        draws=analyses.draws,
    )


def portfolio_texts() -> PortfolioTexts:
    """The funding sheets' words, translated (every literal is visible to lupdate)."""
    return PortfolioTexts(
        portfolio_sheet=translate("ResultsWorkbook", "Portfolio"),
        frontier_sheet=translate("ResultsWorkbook", "Frontier"),
        sensitivity_sheet=translate("ResultsWorkbook", "Sensitivity"),
        rank=translate("ResultsWorkbook", "Rank"),
        proposal=translate("ResultsWorkbook", "Proposal"),
        score=translate("ResultsWorkbook", "Score"),
        cost=translate("ResultsWorkbook", "Cost"),
        resource_use=field_caption("resource_use"),
        resource_used=translate("PortfolioRules", "{resource} used"),
        resource_limit=translate("ResultsWorkbook", "Limit on {resource}"),
        second_resource=translate("Funding", "the second resource"),
        funding=field_caption("funding"),
        reason=field_caption("reason"),
        requires=field_caption("requires"),
        group=field_caption("group_name"),
        joint=translate("ResultsWorkbook", "Joint"),
        pmo=translate("ResultsWorkbook", "PMO"),
        tmo=translate("ResultsWorkbook", "TMO"),
        one_office=translate("ResultsWorkbook", "One office alone"),
        only_pmo=translate("ResultsWorkbook", "only PMO"),
        only_tmo=translate("ResultsWorkbook", "only TMO"),
        funded_mark=translate("ResultsWorkbook", "funded"),
        funding_words={rule.value: funding_texts.funding_word(rule) for rule in FundingRule},
        set_=translate("ResultsWorkbook", "Set"),
        funded_count=translate("ResultsWorkbook", "Proposals funded"),
        total_score=translate("ResultsWorkbook", "Total score"),
        total_cost=translate("ResultsWorkbook", "Total cost"),
        total_resource=translate("ResultsWorkbook", "Total resource use"),
        budget=translate("ResultsWorkbook", "Budget"),
        no_budget=translate("ResultsWorkbook", "none"),
        left=translate("ResultsWorkbook", "Left of the budget"),
        infeasible=funding_texts.infeasible_text(),
        unpriced=translate(
            "Funding", "Funded as a must without a cost (counted as 0 in the total): {titles}"
        ),
        withheld_note=translate(
            "ResultsWorkbook",
            "— withheld: fewer than two participants of an office rated it; such a figure "
            "counts as not rated in that office's set, and an office with no figure shown has "
            "no set",
        ),
        best_score=translate("ResultsWorkbook", "Best total score"),
        funded_set=translate("ResultsWorkbook", "Proposals funded"),
        change=translate("ResultsWorkbook", "Change"),
        rank_budget=translate("ResultsWorkbook", "Budget (rank order)"),
        rank_score=translate("ResultsWorkbook", "Total score (rank order)"),
        added=translate("ResultsWorkbook", "Proposal added"),
        frontier_chart=translate("ResultsWorkbook", "Best total score at each budget"),
        frontier_series=translate("ResultsWorkbook", "Best set"),
        rank_series=translate("ResultsWorkbook", "In rank order"),
        frontier_note=translate(
            "ResultsWorkbook",
            "Each row: from this budget on, up to the next row's, the best set under the "
            "funding rules. Beside it: funding strictly in rank order, skipping nothing, "
            "without the rules.",
        ),
        no_frontier=translate("ResultsWorkbook", "The funding rules cannot hold at any budget."),
        criterion=translate("ResultsWorkbook", "Criterion"),
        weight=translate("ResultsWorkbook", "Weight"),
        top_lo=translate("ResultsWorkbook", "Top-ranked stays from"),
        top_hi=translate("ResultsWorkbook", "Top-ranked stays up to"),
        funded_lo=translate("ResultsWorkbook", "Funded set stays from"),
        funded_hi=translate("ResultsWorkbook", "Funded set stays up to"),
        no_limit=translate("ResultsWorkbook", "no limit"),
        sensitivity_note=translate(
            "ResultsWorkbook",
            "The weights within which each criterion leaves the decision as it is, the other "
            "weights unchanged; 0: it holds down to a weight of 0; no limit: for any higher "
            "weight; —: no funded set, the rules cannot hold.",
        ),
        funded_now=translate("ResultsWorkbook", "Funded now"),
        probability=translate("ResultsWorkbook", "Probability funded"),
        probability_note=translate(
            "ResultsWorkbook",
            "How often each proposal is funded in {n} random draws of the weights around the "
            "agreed ones (the same draws every time).",
        ),
    )
