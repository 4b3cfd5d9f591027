"""The words of the reports, translated: every source text is a literal, for lupdate, and is
written here or in services.pack_texts only (the exchange layer holds no English of its own).

Numbers are written with the separators the translation gives ("." and "," in English), so
reports follow the user's language without Qt below the ui. The words the minutes share with
the pre-read and the role handbook (`report_words`) are translated once, under the minutes'
context, where their translations live.
"""

from __future__ import annotations

from dataclasses import dataclass

from pmo_tmo_desktop.exchange.pdf_base import NumberFormat
from pmo_tmo_desktop.exchange.pdf_minutes_data import MinutesTexts
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.services import words
from pmo_tmo_desktop.services.reports_portfolio_texts import portfolio_texts


def language() -> str:
    """The ISO 639-1 code of the language in use (the translation says which it is)."""
    code = translate("Minutes", "en", "the ISO 639-1 code of this translation's language")
    return code.strip() or "en"


def number_format() -> NumberFormat:
    """Numbers as the user's language writes them."""
    return NumberFormat(
        decimal=translate("Minutes", ".", "the decimal separator of numbers"),
        group=translate("Minutes", ",", "the thousands separator of numbers"),
    )


@dataclass(frozen=True, slots=True)
class ReportWords:
    """The words the minutes, the pre-read and the role handbook say alike."""

    number: NumberFormat
    page: str
    generated: str
    """The "prepared with" line of the minutes and the pre-read (the handbook has its own)."""
    date: str
    place: str
    facilitator: str
    organisation: str
    participants: str
    anonymity_label: str
    budget: str
    contents: str
    number_sign: str
    minutes_short: str
    presenter: str
    total: str
    proposal: str
    sponsor: str
    criterion: str
    weight: str
    share: str
    direction: str
    scale: str
    name: str
    job_title: str
    no_office: str
    workshop: str
    """A document keyword."""
    pmo: str
    tmo: str
    proposals: str
    """A document keyword."""
    scale_step: str
    """The method's first step: every rating on a common scale."""
    participant_step: str
    """The method's second step: a participant's score."""
    directions: dict[str, str]
    anonymity: dict[str, str]


def report_words() -> ReportWords:
    """The words the reports share, in the user's language."""
    return ReportWords(
        number=number_format(),
        page=translate("Minutes", "Page {page} of {pages}"),
        generated=translate("Minutes", "Prepared with PMO–TMO Desktop on {date}."),
        date=translate("Minutes", "Date"),
        place=translate("Minutes", "Place"),
        facilitator=translate("Minutes", "Facilitator"),
        organisation=translate("Minutes", "Organisation"),
        participants=translate("Minutes", "Participants"),
        anonymity_label=translate("Minutes", "Ratings shown"),
        budget=translate("Minutes", "Budget"),
        contents=translate("Minutes", "Contents"),
        number_sign=translate("Minutes", "No.", "number, as a column heading"),
        minutes_short=translate("Minutes", "{n} min"),
        presenter=translate("Minutes", "Presenter: {name}"),
        total=translate("Minutes", "Total"),
        proposal=translate("Minutes", "Proposal"),
        sponsor=translate("Minutes", "Sponsor"),
        criterion=translate("Minutes", "Criterion"),
        weight=translate("Minutes", "Weight"),
        share=translate("Minutes", "Share"),
        direction=translate("Minutes", "Direction"),
        scale=translate("Minutes", "Scale"),
        name=translate("Minutes", "Name"),
        job_title=translate("Minutes", "Title", "a participant's job title"),
        no_office=translate("Minutes", "No office"),
        workshop=translate("Minutes", "workshop"),
        pmo=translate("Minutes", "PMO"),
        tmo=translate("Minutes", "TMO"),
        proposals=translate("Minutes", "proposals"),
        scale_step=translate(
            "Minutes",
            "Each rating is put on a common scale from 0 to 1: n = (rating − scale minimum)"
            " ÷ (scale maximum − scale minimum). For a criterion where lower is better, n ="
            " 1 − n, so 1 is always the best.",
        ),
        participant_step=translate(
            "Minutes",
            "A participant's score for a proposal is the weighted mean of n over the "
            "criteria that participant rated: Σ weight × n ÷ Σ weight. A missing rating is "
            "left out, never counted as zero.",
        ),
        directions={
            "higher": translate("Minutes", "Higher is better"),
            "lower": translate("Minutes", "Lower is better"),
        },
        anonymity={
            "named": translate("Minutes", "Named (with the participants' names)"),
            "office-tagged": translate("Minutes", "By office, never by person"),
            "anonymous": translate("Minutes", "Anonymous (no names)"),
        },
    )


def minutes_texts() -> MinutesTexts:
    """Every word of the PDF minutes in the user's language."""
    w = report_words()
    results = translate("Minutes", "Results")
    decisions = translate("Minutes", "Decisions")
    actions = translate("Minutes", "Action items")
    opened, closed = translate("Minutes", "Open"), translate("Minutes", "Closed")
    return MinutesTexts(
        number=w.number,
        minutes=translate("Minutes", "Minutes"),
        subject=translate("Minutes", "Minutes of the workshop {title}"),
        keywords=(translate("Minutes", "minutes"), w.workshop, w.pmo, w.tmo, w.proposals),
        page=w.page,
        footer=translate("Minutes", "Minutes · {date}"),
        generated=w.generated,
        date=w.date,
        place=w.place,
        facilitator=w.facilitator,
        organisation=w.organisation,
        participants=w.participants,
        anonymity_label=w.anonymity_label,
        results_from=results,
        results_round=translate("Minutes", "Round {n}, {rated} of {total} ballots complete"),
        decisions_label=decisions,
        actions_label=actions,
        actions_summary=translate("Minutes", "{n} recorded, {done} done"),
        budget=w.budget,
        summary=translate("Minutes", "Summary"),
        contents=w.contents,
        attendees=translate("Minutes", "Attendees"),
        agenda=translate("Minutes", "Agenda and notes"),
        proposals=translate("Minutes", "Proposals assessed"),
        results=results,
        gap_view=translate("Minutes", "PMO–TMO gap view"),
        fit=translate("Minutes", "Budget fit"),
        decisions=decisions,
        actions=actions,
        amendments=translate("Minutes", "Amendments since the workshop closed"),
        amendments_intro=translate(
            "Minutes",
            "These minutes are re-issued: the corrections below were recorded after the "
            "workshop was closed, with their reasons.",
        ),
        amendment_when=translate("Minutes", "When"),
        amendment_what=translate("Minutes", "What changed"),
        amendment_why=translate("Minutes", "Why"),
        amendment_by=translate("Minutes", "By"),
        rounds=translate("Minutes", "Rounds"),
        method=translate("Minutes", "Assessment method"),
        name=w.name,
        job_title=w.job_title,
        no_office=w.no_office,
        item=translate("Minutes", "Item and notes"),
        number_sign=w.number_sign,
        duration=translate("Minutes", "Time"),
        starts=translate("Minutes", "Starts"),
        minutes_short=w.minutes_short,
        presenter=w.presenter,
        proposal=w.proposal,
        sponsor=w.sponsor,
        cost=translate("Minutes", "Cost"),
        benefit=translate("Minutes", "Benefit"),
        months=translate("Minutes", "Months"),
        rank=translate("Minutes", "Rank"),
        score=translate("Minutes", "Score"),
        pmo=w.pmo,
        tmo=w.tmo,
        gap=translate("Minutes", "Gap"),
        dissent=translate("Minutes", "Dissent"),
        criterion=w.criterion,
        weight=w.weight,
        set_weight=translate("Minutes", "Set weight"),
        group_weight=translate("Minutes", "Group weight (AHP)"),
        weights_set=translate("Minutes", "Criterion weights: set by the facilitator."),
        weights_adopted=translate(
            "Minutes",
            "Criterion weights: adopted from the participants' pairwise comparisons (AHP) on "
            "{date}; consistency ratio of the group {cr}.",
        ),
        share=w.share,
        direction=w.direction,
        scale=w.scale,
        overall=translate("Minutes", "Overall"),
        higher_rated_by=translate("Minutes", "Rated higher by"),
        decision=translate("Minutes", "Decision"),
        rationale=translate("Minutes", "Rationale"),
        conditions=translate("Minutes", "Conditions"),
        rationale_and_conditions=translate("Minutes", "Rationale and conditions"),
        decided=translate("Minutes", "Decided {date}"),
        rank_and_score=translate("Minutes", "Rank {rank} · score {score}"),
        action=translate("Minutes", "Action"),
        owner=translate("Minutes", "Owner"),
        due=translate("Minutes", "Due"),
        status=translate("Minutes", "Status"),
        round=translate("Minutes", "Round"),
        mode=translate("Minutes", "Mode"),
        blind=translate("Minutes", "Blind"),
        not_blind=translate("Minutes", "Open rating"),
        opened=translate("Minutes", "Opened"),
        closed=closed,
        rated=translate("Minutes", "Complete", "ballots complete in a round"),
        rated_of=translate("Minutes", "{rated} of {total}"),
        ratings=translate("Minutes", "Ratings"),
        score_round=translate("Minutes", "Score R{n}"),
        gap_round=translate("Minutes", "Gap R{n}"),
        change=translate("Minutes", "Change"),
        results_intro=translate(
            "Minutes",
            "Results of round {n}: {rated} of {total} ballots complete. Scores run from 0 to "
            "100; the gap is the PMO score minus the TMO score.",
        ),
        scatter_not_shown=lambda n: translate(
            "Minutes", "Not shown: %n proposal(s) without both a PMO and a TMO score.", None, n
        ),
        scatter_withheld=lambda n: translate(
            "Minutes",
            "Not shown: %n proposal(s) without both a PMO and a TMO score, {withheld} of them "
            "because an office's score is withheld for privacy (fewer than two of its "
            "participants rated the proposal).",
            None,
            n,
        ),
        bubble_area={
            "cost": translate("Minutes", "Bubble area: cost"),
            "benefit": translate("Minutes", "Bubble area: expected benefit"),
        },
        gap_span=translate("Minutes", "Full colour: a gap of {top} points, the largest shown."),
        withheld_note=translate(
            "Minutes",
            "— withheld: fewer than two participants of an office rated it; the other office's "
            "figure beside it is withheld too, and so are the median, minimum and maximum, so "
            "that no figure shows one person's rating.",
        ),
        flag=translate("Minutes", "▲", "the mark of a flagged dissent; keep it short"),
        flag_note=translate(
            "Minutes", "▲ dissent of {threshold} or more: the room was split on this proposal."
        ),
        bar_title=translate("Minutes", "Score by proposal, with the PMO and TMO scores"),
        bar_axis=translate("Minutes", "Score (0–100)"),
        scatter_title=translate("Minutes", "PMO score against TMO score"),
        scatter_x=translate("Minutes", "PMO score"),
        scatter_y=translate("Minutes", "TMO score"),
        scatter_note=translate(
            "Minutes",
            "Each bubble is a proposal, numbered by rank; its area shows the cost. On the "
            "dashed line both offices agree; the shaded band is within {band} points.",
        ),
        gap_intro=translate(
            "Minutes",
            "Each cell is the PMO minus the TMO rating of one criterion, in points out of 100. "
            "Proposals in rank order.",
        ),
        pmo_higher=translate("Minutes", "PMO rates higher"),
        tmo_higher=translate("Minutes", "TMO rates higher"),
        gap_legend=translate("Minutes", "The stronger the colour, the larger the gap."),
        largest_gaps=translate("Minutes", "Largest gaps: where the offices disagree most"),
        no_gap=translate(
            "Minutes", "No gap can be shown: it needs ratings from both the PMO and the TMO."
        ),
        fit_intro=translate(
            "Minutes",
            "The set of proposals with the highest total score whose total cost stays within "
            "the budget (computed exactly). It informs the decisions; it does not take them.",
        ),
        fit_summary=lambda k: translate(
            "Minutes",
            "%n proposal(s), total cost {cost} of {budget} ({share}), {left} left over.",
            None,
            k,
        ),
        total=w.total,
        chosen=translate("Minutes", "Chosen"),
        total_score=translate("Minutes", "Total score"),
        movement_title=translate("Minutes", "What moved between round {first} and round {last}"),
        undecided=translate("Minutes", "No decision recorded for: {titles}."),
        no_attendees=translate("Minutes", "No attendees recorded."),
        no_agenda=translate("Minutes", "No agenda items recorded."),
        no_results=translate(
            "Minutes", "No ratings were recorded, so there are no results to report."
        ),
        hidden_results=translate(
            "Minutes",
            "Round {n} is blind and still open: its results are not shown until the round is "
            "closed.",
        ),
        no_decisions=translate("Minutes", "No decisions recorded."),
        no_actions=translate("Minutes", "No action items recorded."),
        no_rounds=translate("Minutes", "No rating rounds were held."),
        method_intro=translate("Minutes", "How the scores in these minutes were calculated:"),
        method_steps=(
            w.scale_step,
            w.participant_step,
            translate(
                "Minutes",
                "A proposal's score is 100 × the mean of its participants' scores. The PMO and "
                "TMO scores are the same mean over that office's participants only; "
                "participants of other offices count in the overall score.",
            ),
            translate(
                "Minutes",
                "Gap = PMO score − TMO score, overall and per criterion: positive where the PMO"
                " rates higher, negative where the TMO does.",
            ),
            translate(
                "Minutes",
                "Dissent = the standard deviation of the participants' scores ÷ 50: 0 is full "
                "agreement, 1 a complete split. A dissent of {threshold} or more (this "
                "workshop's threshold) is flagged.",
            ),
            translate(
                "Minutes",
                "A ballot is complete when every proposal × criterion cell holds a rating or "
                '"can\'t judge". "Can\'t judge" is left out of the scores like a missing '
                "rating; the scores use every rating given, complete ballot or not.",
            ),
            translate(
                "Minutes",
                "In office-tagged and anonymous workshops an office's figure for a proposal or "
                "criterion is withheld (—) unless at least two of its participants rated it, "
                "and the other office's figure with it; a figure only one person gave is "
                "withheld too.",
            ),
            translate(
                "Minutes",
                "Proposals are ranked by score, highest first; equal scores share a rank (1, 2,"
                " 2, 4).",
            ),
            translate("Minutes", "Individual ratings are never shown; every figure is an average."),
        ),
        method_round_latest=translate(
            "Minutes", "The results are from round {n}, the latest closed round with ratings."
        ),
        method_round_chosen=translate(
            "Minutes", "The results are from round {n}, chosen for these minutes."
        ),
        directions=w.directions,
        decision_kinds=words.decisions(),  # as the app says them: "Approved"
        action_statuses={
            "open": opened,
            "in-progress": translate("Minutes", "In progress"),
            "done": translate("Minutes", "Done"),
        },
        anonymity=w.anonymity,
        round_statuses={"open": opened, "closed": closed},
        portfolio=portfolio_texts(),
    )
