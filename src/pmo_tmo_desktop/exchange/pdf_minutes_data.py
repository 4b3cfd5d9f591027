"""What the PDF minutes print: plain data (`MinutesContent`) and every word (`MinutesTexts`).

The service fills both: the content from a workshop's records and results, the texts
translated (the English defaults here are the source texts). Numbers stay numbers (charts
need them) and are printed with `MinutesTexts.number`; dates arrive as text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from pmo_tmo_desktop.exchange.pdf_base import NumberFormat
from pmo_tmo_desktop.exchange.pdf_portfolio_data import PortfolioContent, PortfolioTexts


@dataclass(frozen=True, slots=True)
class Attendee:
    name: str
    title: str


@dataclass(frozen=True, slots=True)
class OfficeGroup:
    office: str
    """The office's name; empty for participants without an office."""
    colour: str
    attendees: tuple[Attendee, ...]


@dataclass(frozen=True, slots=True)
class AgendaEntry:
    title: str
    presenter: str
    duration_minutes: int
    notes: str
    starts: str = ""
    """Its start on the clock ("09:20") when the workshop has a start time."""


@dataclass(frozen=True, slots=True)
class CriterionEntry:
    name: str
    description: str
    weight: float
    direction: str
    """'higher' or 'lower' (is better)."""
    scale_min: float
    scale_max: float
    set_weight: float | None = None
    """The weight set by hand, while the group's pairwise weights are in force."""


@dataclass(frozen=True, slots=True)
class ProposalEntry:
    title: str
    sponsor: str
    cost: float | None
    benefit: float | None
    duration_months: float | None


@dataclass(frozen=True, slots=True)
class ResultEntry:
    rank: int | None
    title: str
    score: float | None
    pmo: float | None
    tmo: float | None
    gap: float | None
    dissent: float | None
    flagged: bool
    cost: float | None
    criterion_gaps: tuple[float | None, ...]
    """PMO minus TMO per criterion, in the order of `MinutesContent.criteria`."""


@dataclass(frozen=True, slots=True)
class ChartPointEntry:
    rank: int | None
    title: str
    x: float
    y: float
    bubble: float | None
    """Bubble area is proportional to it; None: not given (the least bubble, dashed)."""
    higher: str = ""
    """"pmo", "tmo" or "": the office that rates the proposal higher (office chart only)."""


@dataclass(frozen=True, slots=True)
class ChartEntry:
    """A scatter of bubbles as `services.chart_spec` specifies it.

    Quantities: "score", "pmo_score", "tmo_score", "cost" or "benefit".
    """

    x: str
    y: str
    x_range: tuple[float, float]
    y_range: tuple[float, float]
    bubble: str
    """The quantity bubble area is proportional to."""
    diagonal: bool
    """A dashed line where x = y."""
    band: float
    """The shaded band of agreement either side of the diagonal (0: none)."""
    points: tuple[ChartPointEntry, ...]
    not_shown: int = 0
    """Proposals left out (a figure missing or withheld)."""
    withheld: int = 0
    """Of those, the proposals left out because a figure is withheld for privacy."""


@dataclass(frozen=True, slots=True)
class GapEntry:
    proposal: str
    criterion: str
    """Empty for the proposal's overall gap."""
    gap: float


@dataclass(frozen=True, slots=True)
class DecisionEntry:
    proposal: str
    kind: str
    """approve, reject, defer or needs-information."""
    rationale: str
    conditions: str
    decided: str
    rank: int | None
    score: float | None


@dataclass(frozen=True, slots=True)
class ActionEntry:
    text: str
    owner: str
    due: str
    status: str
    """open, in-progress or done."""
    proposal: str


@dataclass(frozen=True, slots=True)
class AmendmentEntry:
    """A correction made after the workshop was closed."""

    when: str
    what: str
    why: str
    by: str


@dataclass(frozen=True, slots=True)
class FitEntry:
    budget: float
    chosen: tuple[tuple[str, int | None, float | None, float | None, str], ...]
    """(title, rank, score, cost, decision kind or '') per chosen proposal, in rank order."""
    total_cost: float
    total_score: float


@dataclass(frozen=True, slots=True)
class RoundEntry:
    number: int
    blind: bool
    status: str
    """open or closed."""
    opened: str
    closed: str
    rated: int
    expected: int
    ratings: int


@dataclass(frozen=True, slots=True)
class MovementEntry:
    title: str
    before: float | None
    after: float | None
    change: float | None
    """after - before (domain.scoring.movement)."""
    gap_before: float | None
    gap_after: float | None


@dataclass(frozen=True, slots=True)
class MinutesContent:
    title: str
    organisation: str
    date: str
    place: str
    facilitator: str
    anonymity: str
    """named, office-tagged or anonymous."""
    notes: str
    generated: str
    offices: tuple[OfficeGroup, ...] = ()
    agenda: tuple[AgendaEntry, ...] = ()
    criteria: tuple[CriterionEntry, ...] = ()
    proposals: tuple[ProposalEntry, ...] = ()
    round_number: int | None = None
    """The round the results are from; None when nothing was rated."""
    round_chosen: bool = False
    """True when a round was asked for; False for the default (the latest closed round)."""
    rated: int = 0
    expected: int = 0
    results_hidden: bool = False
    """The round counted is blind and still open: its results may not be shown yet."""
    results: tuple[ResultEntry, ...] = ()
    """In rank order."""
    largest_gaps: tuple[GapEntry, ...] = ()
    dissent_threshold: float = 0.3
    withheld: bool = False
    """Some office figures are withheld for privacy (shown as "—", explained in a note)."""
    decisions: tuple[DecisionEntry, ...] = ()
    undecided: tuple[str, ...] = ()
    actions: tuple[ActionEntry, ...] = ()
    amendments: tuple[AmendmentEntry, ...] = ()
    fit: FitEntry | None = None
    rounds: tuple[RoundEntry, ...] = ()
    movement_from: int | None = None
    movement: tuple[MovementEntry, ...] = ()
    pmo_colour: str = "#2F6DB5"
    tmo_colour: str = "#2E8B57"
    language: str = "en"
    office_chart: ChartEntry | None = None
    """PMO score against TMO score (services.chart_spec); None: the chart is left out."""
    gap_top: float | None = None
    """The gap shaded in the full office colour (the largest shown); None: the largest printed."""
    weights_in_force: str = "set"
    """"set": the facilitator's criterion weights; "group": adopted from the pairwise
    comparisons (AHP)."""
    weights_adopted: str = ""
    """When the group's weights were adopted (ISO date)."""
    group_consistency: float | None = None
    """The group's consistency ratio (None: none, or withheld for privacy)."""
    portfolio: PortfolioContent | None = None
    """The funding decision (services.reports_portfolio); None: the minutes have no such
    section (and show the budget fit, if any, on its own)."""


def _kinds() -> dict[str, str]:
    return {
        "approve": "Approved",
        "reject": "Rejected",
        "defer": "Deferred",
        "needs-information": "Needs information",
    }


@dataclass(frozen=True, slots=True)
class MinutesTexts:
    """Every word the minutes print, English by default. Placeholders in {braces}."""

    number: NumberFormat = field(default_factory=NumberFormat)
    # document
    minutes: str = "Minutes"
    subject: str = "Minutes of the workshop {title}"
    keywords: tuple[str, ...] = ("minutes", "workshop", "PMO", "TMO", "proposals")
    page: str = "Page {page} of {pages}"
    footer: str = "Minutes · {date}"
    generated: str = "Prepared with PMO–TMO Desktop on {date}."
    # cover
    date: str = "Date"
    place: str = "Place"
    facilitator: str = "Facilitator"
    organisation: str = "Organisation"
    participants: str = "Participants"
    anonymity_label: str = "Ratings shown"
    results_from: str = "Results"
    results_round: str = "Round {n}, {rated} of {total} ballots complete"
    decisions_label: str = "Decisions"
    actions_label: str = "Action items"
    actions_summary: str = "{n} recorded, {done} done"
    budget: str = "Budget"
    summary: str = "Summary"
    contents: str = "Contents"
    # sections
    attendees: str = "Attendees"
    agenda: str = "Agenda and notes"
    proposals: str = "Proposals assessed"
    results: str = "Results"
    gap_view: str = "PMO–TMO gap view"
    fit: str = "Budget fit"
    decisions: str = "Decisions"
    actions: str = "Action items"
    amendments: str = "Amendments since the workshop closed"
    amendments_intro: str = (
        "These minutes are re-issued: the corrections below were recorded after the workshop "
        "was closed, with their reasons."
    )
    amendment_when: str = "When"
    amendment_what: str = "What changed"
    amendment_why: str = "Why"
    amendment_by: str = "By"
    rounds: str = "Rounds"
    method: str = "Assessment method"
    # columns
    name: str = "Name"
    job_title: str = "Title"
    no_office: str = "No office"
    item: str = "Item and notes"
    number_sign: str = "No."
    duration: str = "Time"
    starts: str = "Starts"
    minutes_short: str = "{n} min"
    presenter: str = "Presenter: {name}"
    proposal: str = "Proposal"
    sponsor: str = "Sponsor"
    cost: str = "Cost"
    benefit: str = "Benefit"
    months: str = "Months"
    rank: str = "Rank"
    score: str = "Score"
    pmo: str = "PMO"
    tmo: str = "TMO"
    gap: str = "Gap"
    dissent: str = "Dissent"
    criterion: str = "Criterion"
    weight: str = "Weight"
    set_weight: str = "Set weight"
    group_weight: str = "Group weight (AHP)"
    weights_set: str = "Criterion weights: set by the facilitator."
    weights_adopted: str = (
        "Criterion weights: adopted from the participants' pairwise comparisons (AHP) on "
        "{date}; consistency ratio of the group {cr}."
    )
    share: str = "Share"
    direction: str = "Direction"
    scale: str = "Scale"
    overall: str = "Overall"
    higher_rated_by: str = "Rated higher by"
    decision: str = "Decision"
    rationale: str = "Rationale"
    conditions: str = "Conditions"
    rationale_and_conditions: str = "Rationale and conditions"
    decided: str = "Decided {date}"
    rank_and_score: str = "Rank {rank} · score {score}"
    action: str = "Action"
    owner: str = "Owner"
    due: str = "Due"
    status: str = "Status"
    round: str = "Round"
    mode: str = "Mode"
    blind: str = "Blind"
    not_blind: str = "Open rating"
    opened: str = "Opened"
    closed: str = "Closed"
    rated: str = "Complete"
    rated_of: str = "{rated} of {total}"
    ratings: str = "Ratings"
    score_round: str = "Score R{n}"
    gap_round: str = "Gap R{n}"
    change: str = "Change"
    # results
    results_intro: str = (
        "Results of round {n}: {rated} of {total} ballots complete. Scores run from 0 to "
        "100; the gap is the PMO score minus the TMO score."
    )
    flag: str = "▲"
    flag_note: str = "▲ dissent of {threshold} or more: the room was split on this proposal."
    withheld_note: str = (
        "— withheld: fewer than two participants of an office rated it; the other office's "
        "figure beside it is withheld too, and so are the median, minimum and maximum, so "
        "that no figure shows one person's rating."
    )
    bar_title: str = "Score by proposal, with the PMO and TMO scores"
    bar_axis: str = "Score (0–100)"
    scatter_title: str = "PMO score against TMO score"
    scatter_x: str = "PMO score"
    scatter_y: str = "TMO score"
    scatter_note: str = (
        "Each bubble is a proposal, numbered by rank; its area shows the cost. On the dashed "
        "line both offices agree; the shaded band is within {band} points."
    )
    gap_intro: str = (
        "Each cell is the PMO minus the TMO rating of one criterion, in points out of 100. "
        "Proposals in rank order."
    )
    # Counted texts: the count picks the plural form ("1 proposal", "2 proposals").
    scatter_not_shown: Callable[[int], str] = lambda n: (
        f"Not shown: {n} proposal{'' if n == 1 else 's'} without both a PMO and a TMO score."
    )
    scatter_withheld: Callable[[int], str] = (  # then .format(withheld=…)
        lambda n: (
            f"Not shown: {n} proposal{'' if n == 1 else 's'} without both a PMO and a "
            "TMO score, {withheld} of them because an office's score is withheld for privacy "
            "(fewer than two of its participants rated the proposal)."
        )
    )
    bubble_area: dict[str, str] = field(
        default_factory=lambda: {
            "cost": "Bubble area: cost",
            "benefit": "Bubble area: expected benefit",
        }
    )
    pmo_higher: str = "PMO rates higher"
    tmo_higher: str = "TMO rates higher"
    gap_legend: str = "The stronger the colour, the larger the gap."
    gap_span: str = "Full colour: a gap of {top} points, the largest shown."
    largest_gaps: str = "Largest gaps: where the offices disagree most"
    no_gap: str = "No gap can be shown: it needs ratings from both the PMO and the TMO."
    fit_intro: str = (
        "The set of proposals with the highest total score whose total cost stays within the "
        "budget (computed exactly). It informs the decisions; it does not take them."
    )
    fit_summary: Callable[[int], str] = (  # then .format(cost=, budget=, share=, left=)
        lambda k: (
            f"{k} proposal{'' if k == 1 else 's'}, total cost {{cost}} of {{budget}} "
            "({share}), {left} left over."
        )
    )
    total: str = "Total"
    chosen: str = "Chosen"
    total_score: str = "Total score"
    movement_title: str = "What moved between round {first} and round {last}"
    undecided: str = "No decision recorded for: {titles}."
    # empty states
    no_attendees: str = "No attendees recorded."
    no_agenda: str = "No agenda items recorded."
    no_results: str = "No ratings were recorded, so there are no results to report."
    hidden_results: str = (
        "Round {n} is blind and still open: its results are not shown until the round is closed."
    )
    no_decisions: str = "No decisions recorded."
    no_actions: str = "No action items recorded."
    no_rounds: str = "No rating rounds were held."
    # the method in plain words ({threshold}: the dissent flag; {n}: the round counted)
    method_intro: str = "How the scores in these minutes were calculated:"
    method_steps: tuple[str, ...] = (
        "Each rating is put on a common scale from 0 to 1: n = (rating − scale minimum) ÷ "
        "(scale maximum − scale minimum). For a criterion where lower is better, n = 1 − n, "
        "so 1 is always the best.",
        "A participant's score for a proposal is the weighted mean of n over the criteria that "
        "participant rated: Σ weight × n ÷ Σ weight. A missing rating is left out, never "
        "counted as zero.",
        "A proposal's score is 100 × the mean of its participants' scores. The PMO and TMO "
        "scores are the same mean over that office's participants only; participants of other "
        "offices count in the overall score.",
        "Gap = PMO score − TMO score, overall and per criterion: positive where the PMO rates "
        "higher, negative where the TMO does.",
        "Dissent = the standard deviation of the participants' scores ÷ 50: 0 is full "
        "agreement, 1 a complete split. A dissent of {threshold} or more (this workshop's "
        "threshold) is flagged.",
        "A ballot is complete when every proposal × criterion cell holds a rating or \"can't "
        'judge". "Can\'t judge" is left out of the scores like a missing rating; the scores '
        "use every rating given, complete ballot or not.",
        "In office-tagged and anonymous workshops an office's figure for a proposal or "
        "criterion is withheld (—) unless at least two of its participants rated it, "
        "and the other office's figure with it; a figure only one person gave is "
        "withheld too.",
        "Proposals are ranked by score, highest first; equal scores share a rank (1, 2, 2, 4).",
        "Individual ratings are never shown; every figure is an average.",
    )
    method_round_latest: str = (
        "The results are from round {n}, the latest closed round with ratings."
    )
    method_round_chosen: str = "The results are from round {n}, chosen for these minutes."
    # vocabularies
    directions: dict[str, str] = field(
        default_factory=lambda: {"higher": "Higher is better", "lower": "Lower is better"}
    )
    decision_kinds: dict[str, str] = field(default_factory=_kinds)
    action_statuses: dict[str, str] = field(
        default_factory=lambda: {"open": "Open", "in-progress": "In progress", "done": "Done"}
    )
    anonymity: dict[str, str] = field(
        default_factory=lambda: {
            "named": "Named (with the participants' names)",
            "office-tagged": "By office, never by person",
            "anonymous": "Anonymous (no names)",
        }
    )
    round_statuses: dict[str, str] = field(
        default_factory=lambda: {"open": "Open", "closed": "Closed"}
    )
    portfolio: PortfolioTexts = field(default_factory=PortfolioTexts)
