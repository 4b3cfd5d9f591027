"""What the PDF minutes print: plain data (`MinutesContent`) and every word (`MinutesTexts`).

The service fills both: the content from a workshop's records and results, the texts
translated (services.reports_texts, where the English source texts are written). Numbers
stay numbers (charts need them) and are printed with `MinutesTexts.number`; dates arrive as
text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pmo_tmo_desktop.domain.offices import PMO_COLOUR, TMO_COLOUR
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
    pmo_colour: str = PMO_COLOUR
    tmo_colour: str = TMO_COLOUR
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


@dataclass(frozen=True, slots=True, kw_only=True)
class MinutesTexts:
    """Every word the minutes print, in the reader's language: services.reports_texts
    translates them (the English source texts are written there only). Placeholders in
    {braces}; a counted text takes the count and picks its plural form."""

    number: NumberFormat
    # document
    minutes: str
    subject: str
    keywords: tuple[str, ...]
    page: str
    footer: str
    generated: str
    # cover
    date: str
    place: str
    facilitator: str
    organisation: str
    participants: str
    anonymity_label: str
    results_from: str
    results_round: str
    decisions_label: str
    actions_label: str
    actions_summary: str
    budget: str
    summary: str
    contents: str
    # sections
    attendees: str
    agenda: str
    proposals: str
    results: str
    gap_view: str
    fit: str
    decisions: str
    actions: str
    amendments: str
    amendments_intro: str
    amendment_when: str
    amendment_what: str
    amendment_why: str
    amendment_by: str
    rounds: str
    method: str
    # columns
    name: str
    job_title: str
    no_office: str
    item: str
    number_sign: str
    duration: str
    starts: str
    minutes_short: str
    presenter: str
    proposal: str
    sponsor: str
    cost: str
    benefit: str
    months: str
    rank: str
    score: str
    pmo: str
    tmo: str
    gap: str
    dissent: str
    criterion: str
    weight: str
    set_weight: str
    group_weight: str
    weights_set: str
    weights_adopted: str
    share: str
    direction: str
    scale: str
    overall: str
    higher_rated_by: str
    decision: str
    rationale: str
    conditions: str
    rationale_and_conditions: str
    decided: str
    rank_and_score: str
    action: str
    owner: str
    due: str
    status: str
    round: str
    mode: str
    blind: str
    not_blind: str
    opened: str
    closed: str
    rated: str
    rated_of: str
    ratings: str
    score_round: str
    gap_round: str
    change: str
    # results
    results_intro: str
    flag: str
    flag_note: str
    withheld_note: str
    bar_title: str
    bar_axis: str
    scatter_title: str
    scatter_x: str
    scatter_y: str
    scatter_note: str
    gap_intro: str
    # Counted texts: the count picks the plural form ("1 proposal", "2 proposals").
    scatter_not_shown: Callable[[int], str]
    scatter_withheld: Callable[[int], str]  # then .format(withheld=…)
    bubble_area: dict[str, str]
    pmo_higher: str
    tmo_higher: str
    gap_legend: str
    gap_span: str
    largest_gaps: str
    no_gap: str
    fit_intro: str
    fit_summary: Callable[[int], str]  # then .format(cost=, budget=, share=, left=)
    total: str
    chosen: str
    total_score: str
    movement_title: str
    undecided: str
    # empty states
    no_attendees: str
    no_agenda: str
    no_results: str
    hidden_results: str
    no_decisions: str
    no_actions: str
    no_rounds: str
    # the method in plain words ({threshold}: the dissent flag; {n}: the round counted)
    method_intro: str
    method_steps: tuple[str, ...]
    method_round_latest: str
    method_round_chosen: str
    # vocabularies
    directions: dict[str, str]
    decision_kinds: dict[str, str]
    action_statuses: dict[str, str]
    anonymity: dict[str, str]
    round_statuses: dict[str, str]
    portfolio: PortfolioTexts
