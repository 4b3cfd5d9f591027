"""The results workbook as a use case: a workshop's scored results and the funding decision of
the round it shows, in the user's language."""

from __future__ import annotations

from pathlib import Path

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain import scoring
from pmo_tmo_desktop.exchange.results_xlsx import write_results
from pmo_tmo_desktop.exchange.results_xlsx_data import ResultsContent, ResultsTexts
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.services import results
from pmo_tmo_desktop.services.funding_workbook import portfolio_content, portfolio_texts
from pmo_tmo_desktop.store.workspace import Workspace

__all__ = ["content", "texts", "write_results_workbook"]


def texts() -> ResultsTexts:
    """The workbook's words, translated (every literal is visible to lupdate)."""
    return ResultsTexts(
        portfolio=portfolio_texts(),
        results_sheet=translate("ResultsWorkbook", "Results"),
        criteria_sheet=translate("ResultsWorkbook", "Criteria"),
        ratings_sheet=translate("ResultsWorkbook", "Ratings"),
        gaps_sheet=translate("ResultsWorkbook", "Gaps"),
        decisions_sheet=translate("ResultsWorkbook", "Decisions"),
        actions_sheet=translate("ResultsWorkbook", "Actions"),
        method_sheet=translate("ResultsWorkbook", "Method"),
        rank=translate("ResultsWorkbook", "Rank"),
        proposal=translate("ResultsWorkbook", "Proposal"),
        score=translate("ResultsWorkbook", "Score"),
        pmo_score=translate("ResultsWorkbook", "PMO score"),
        tmo_score=translate("ResultsWorkbook", "TMO score"),
        gap=translate("ResultsWorkbook", "Gap (PMO − TMO)"),
        dissent=translate("ResultsWorkbook", "Dissent"),
        dissent_flag=translate("ResultsWorkbook", "Dissent flag"),
        median=translate("ResultsWorkbook", "Median"),
        minimum=translate("ResultsWorkbook", "Min"),
        maximum=translate("ResultsWorkbook", "Max"),
        raters=translate("ResultsWorkbook", "Raters"),
        cost=translate("ResultsWorkbook", "Cost"),
        benefit=translate("ResultsWorkbook", "Benefit"),
        name=translate("ResultsWorkbook", "Criterion"),
        weight=translate("ResultsWorkbook", "Weight"),
        direction=translate("ResultsWorkbook", "Direction"),
        scale_min=translate("ResultsWorkbook", "Scale min"),
        scale_max=translate("ResultsWorkbook", "Scale max"),
        description=translate("ResultsWorkbook", "Description"),
        round=translate("ResultsWorkbook", "Round"),
        participant=translate("ResultsWorkbook", "Participant"),
        rater=translate("ResultsWorkbook", "Rater"),
        office=translate("ResultsWorkbook", "Office"),
        criterion=translate("ResultsWorkbook", "Criterion"),
        value=translate("ResultsWorkbook", "Value"),
        entered_by=translate("ResultsWorkbook", "Entered by"),
        entered_at=translate("ResultsWorkbook", "Entered at"),
        criterion_or_overall=translate("ResultsWorkbook", "Criterion"),
        overall=translate("ResultsWorkbook", "overall"),
        pmo=translate("ResultsWorkbook", "PMO"),
        tmo=translate("ResultsWorkbook", "TMO"),
        decision=translate("ResultsWorkbook", "Decision"),
        rationale=translate("ResultsWorkbook", "Rationale"),
        conditions=translate("ResultsWorkbook", "Conditions"),
        decided_at=translate("ResultsWorkbook", "Decided at"),
        action=translate("ResultsWorkbook", "Action"),
        owner=translate("ResultsWorkbook", "Owner"),
        due=translate("ResultsWorkbook", "Due"),
        status=translate("ResultsWorkbook", "Status"),
        agenda_item=translate("ResultsWorkbook", "Agenda item"),
        flagged=translate("ResultsWorkbook", "yes"),
        item=translate("ResultsWorkbook", "Item"),
        text=translate("ResultsWorkbook", "Text"),
        workshop=translate("ResultsWorkbook", "Workshop"),
        date=translate("ResultsWorkbook", "Date"),
        round_counted=translate("ResultsWorkbook", "Round counted"),
        no_round=translate("ResultsWorkbook", "none (no ratings yet)"),
        round_chosen=translate("ResultsWorkbook", "Round chosen"),
        chosen_named=translate("ResultsWorkbook", "yes: named for this workbook"),
        chosen_default=translate(
            "ResultsWorkbook", "no: the default, the latest closed round that holds ratings"
        ),
        rated=translate("ResultsWorkbook", "Complete ballots (rated)"),
        partial=translate("ResultsWorkbook", "Partial ballots"),
        threshold=translate("ResultsWorkbook", "Dissent flag at"),
        anonymity=translate("ResultsWorkbook", "Anonymity"),
        anonymity_levels={
            m.Anonymity.NAMED.value: translate(
                "ResultsWorkbook", "Named: ratings beside the participants' names"
            ),
            m.Anonymity.OFFICE_TAGGED.value: translate(
                "ResultsWorkbook", "Office-tagged: ratings by office, never by person"
            ),
            m.Anonymity.ANONYMOUS.value: translate(
                "ResultsWorkbook", "Anonymous: ratings with neither names nor offices"
            ),
        },
        office_key=translate("ResultsWorkbook", "{office} {n}"),
        rater_key=translate("ResultsWorkbook", "Rater {n}"),
        cant_judge=translate("ResultsWorkbook", "can't judge"),
        withheld_note=translate(
            "ResultsWorkbook",
            "— withheld: fewer than two participants of an office rated it; the other "
            "office's figure beside it is withheld too, so that no figure shows one person's "
            "rating",
        ),
        office_tagged_note=translate(
            "ResultsWorkbook",
            "Office-tagged workshop: raters appear as keys by office (PMO 1, PMO 2 …), dealt at "
            "random within each office and the same in every round of this workbook; the time "
            "of entry is given to the day only.",
        ),
        anonymous_note=translate(
            "ResultsWorkbook",
            "Anonymous workshop: raters appear as keys (Rater 1, Rater 2 …) dealt at random and "
            "the same in every round of this workbook, with no office; the time of entry is "
            "given to the day only.",
        ),
        step=translate("ResultsWorkbook", "Step {n}"),
        method=(
            translate(
                "ResultsWorkbook",
                "A rating r on a criterion with scale [lo, hi] normalises to "
                "n = (r − lo) / (hi − lo); for a criterion where lower is better, n = 1 − n.",
            ),
            translate(
                "ResultsWorkbook",
                "A participant's score for a proposal is Σ w·n / Σ w over the criteria that "
                "participant rated (w: the criterion's weight; a missing rating is left out, "
                "never counted as zero).",
            ),
            translate(
                "ResultsWorkbook",
                "A proposal's score is 100 × the mean of its participants' scores. The PMO "
                "score and the TMO score are the same mean over the participants of that "
                "office; gap = PMO − TMO.",
            ),
            translate(
                "ResultsWorkbook",
                "Per criterion (sheet Gaps): 100 × the mean of n over the participants who "
                "rated it, for PMO and for TMO, and the gap between them.",
            ),
            translate(
                "ResultsWorkbook",
                "Dissent is the population standard deviation of the participant scores "
                "(0–100) divided by 50: 0 is full agreement, 1 a maximal split. Median, min and "
                "max are of the same participant scores.",
            ),
            translate(
                "ResultsWorkbook",
                "Rank: by score, highest first; equal scores share a rank (1, 2, 2, 4).",
            ),
            translate(
                "ResultsWorkbook",
                "Only the round counted is scored (by default the latest closed round that "
                "holds ratings); the Ratings sheet lists it in the column Round beside the "
                "other closed rounds.",
            ),
            translate(
                "ResultsWorkbook",
                "A ballot is complete when every proposal × criterion cell holds a rating or "
                '"can\'t judge"; "can\'t judge" is listed on the Ratings sheet and never '
                "scored.",
            ),
            translate(
                "ResultsWorkbook",
                "In office-tagged and anonymous workshops an office's figures for a proposal, "
                "and for each of its criteria, are withheld (—) unless at least two "
                "participants of that office rated it, and the other office's figures with "
                "them; so are the median, minimum and maximum beside them, and every rating "
                "of such a proposal.",
            ),
        ),
    )


def content(found: results.WorkshopResults, ws: Workspace | None = None) -> ResultsContent:
    """The workbook's content from the results view: its round, threshold and privacy (the
    portfolio's analyses read back from, or kept in, the workspace `ws` where given).

    The workbook lists every rating: `found` must be read with them
    (`results.load(..., every_rating=True)`), never a read that left them out.
    """
    data = found.data
    if not data.ratings and scoring.ratings_per_round(found.prepared):
        raise ValueError("the results workbook needs every rating: load with every_rating=True")
    return ResultsContent(
        workshop=data.workshop,
        participants=data.participants,
        offices=found.offices,
        criteria=data.criteria,
        proposals=data.proposals,
        rounds=data.rounds,
        ratings=data.ratings,
        decisions=data.decisions,
        actions=data.actions,
        agenda=data.agenda,
        results=found.results,
        dissent_threshold=found.threshold,
        private=found.private,
        names_offices=results.names_offices(data),
        chosen=found.chosen,
        portfolio=portfolio_content(found, ws=ws),
    )


def write_results_workbook(
    ws: Workspace, workshop_id: int, path: Path | str, round_number: int | None = None
) -> None:
    """Write the results workbook of a workshop (the default round unless one is named).

    A blind round still open is refused with one line (ValidationError) and nothing is written.
    """
    found = results.revealed_or_refuse(
        results.load(ws, workshop_id, round_number, every_rating=True)
    )
    write_results(Path(path), content(found, ws), texts())
