"""What the results workbook holds and the words it uses (plain data, English defaults),
and the rater keys of private workshops; `results_xlsx` writes it."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain import scoring
from pmo_tmo_desktop.exchange.results_xlsx_portfolio import PortfolioContent, PortfolioTexts

ANONYMITY_LEVELS = {
    m.Anonymity.NAMED.value: "Named: ratings beside the participants' names",
    m.Anonymity.OFFICE_TAGGED.value: "Office-tagged: ratings by office, never by person",
    m.Anonymity.ANONYMOUS.value: "Anonymous: ratings with neither names nor offices",
}


@dataclass(frozen=True)
class ResultsTexts:
    """Every user-visible string the workbook carries; English unless a caller translates."""

    results_sheet: str = "Results"
    criteria_sheet: str = "Criteria"
    ratings_sheet: str = "Ratings"
    gaps_sheet: str = "Gaps"
    decisions_sheet: str = "Decisions"
    actions_sheet: str = "Actions"
    method_sheet: str = "Method"
    rank: str = "Rank"
    proposal: str = "Proposal"
    score: str = "Score"
    pmo_score: str = "PMO score"
    tmo_score: str = "TMO score"
    gap: str = "Gap (PMO − TMO)"
    dissent: str = "Dissent"
    dissent_flag: str = "Dissent flag"
    median: str = "Median"
    minimum: str = "Min"
    maximum: str = "Max"
    raters: str = "Raters"
    cost: str = "Cost"
    benefit: str = "Benefit"
    name: str = "Criterion"
    weight: str = "Weight"
    direction: str = "Direction"
    scale_min: str = "Scale min"
    scale_max: str = "Scale max"
    description: str = "Description"
    round: str = "Round"
    participant: str = "Participant"
    rater: str = "Rater"
    office: str = "Office"
    criterion: str = "Criterion"
    value: str = "Value"
    entered_by: str = "Entered by"
    entered_at: str = "Entered at"
    criterion_or_overall: str = "Criterion"
    overall: str = "overall"
    pmo: str = "PMO"
    tmo: str = "TMO"
    decision: str = "Decision"
    rationale: str = "Rationale"
    conditions: str = "Conditions"
    decided_at: str = "Decided at"
    action: str = "Action"
    owner: str = "Owner"
    due: str = "Due"
    status: str = "Status"
    agenda_item: str = "Agenda item"
    flagged: str = "yes"
    item: str = "Item"
    text: str = "Text"
    workshop: str = "Workshop"
    date: str = "Date"
    round_counted: str = "Round counted"
    no_round: str = "none (no ratings yet)"
    round_chosen: str = "Round chosen"
    chosen_named: str = "yes: named for this workbook"
    chosen_default: str = "no: the default, the latest closed round that holds ratings"
    rated: str = "Complete ballots (rated)"
    partial: str = "Partial ballots"
    threshold: str = "Dissent flag at"
    anonymity: str = "Anonymity"
    anonymity_levels: Mapping[str, str] = field(default_factory=lambda: dict(ANONYMITY_LEVELS))
    """Anonymity value ("named", "office-tagged", "anonymous") → how the workbook says it."""
    office_key: str = "{office} {n}"
    """A rater's key in an office-tagged workshop: "PMO 2"."""
    rater_key: str = "Rater {n}"
    """A rater's key with no office shown: "Rater 3"."""
    cant_judge: str = "can't judge"
    withheld: str = "—"
    withheld_note: str = (
        "— withheld: fewer than two participants of an office rated it; the other office's "
        "figure beside it is withheld too, so that no figure shows one person's rating"
    )
    office_tagged_note: str = (
        "Office-tagged workshop: raters appear as keys by office (PMO 1, PMO 2 …), dealt at "
        "random within each office and the same in every round of this workbook; the time of "
        "entry is given to the day only."
    )
    anonymous_note: str = (
        "Anonymous workshop: raters appear as keys (Rater 1, Rater 2 …) dealt at random and "
        "the same in every round of this workbook, with no office; the time of entry is given "
        "to the day only."
    )
    step: str = "Step {n}"
    method: tuple[str, ...] = (
        "A rating r on a criterion with scale [lo, hi] normalises to n = (r − lo) / (hi − lo); "
        "for a criterion where lower is better, n = 1 − n.",
        "A participant's score for a proposal is Σ w·n / Σ w over the criteria that participant "
        "rated (w: the criterion's weight; a missing rating is left out, never counted as zero).",
        "A proposal's score is 100 × the mean of its participants' scores. The PMO score and "
        "the TMO score are the same mean over the participants of that office; gap = PMO − TMO.",
        "Per criterion (sheet Gaps): 100 × the mean of n over the participants who rated it, "
        "for PMO and for TMO, and the gap between them.",
        "Dissent is the population standard deviation of the participant scores (0–100) "
        "divided by 50: 0 is full agreement, 1 a maximal split. Median, min and max are of the "
        "same participant scores.",
        "Rank: by score, highest first; equal scores share a rank (1, 2, 2, 4).",
        "Only the round counted is scored (by default the latest closed round that holds "
        "ratings); the Ratings sheet lists it in the column Round beside the other closed "
        "rounds.",
        "A ballot is complete when every proposal × criterion cell holds a rating or "
        '"can\'t judge"; "can\'t judge" is listed on the Ratings sheet and never scored.',
        "In office-tagged and anonymous workshops an office's figures for a proposal, and for "
        "each of its criteria, are withheld (—) unless at least two participants of that "
        "office rated it, and the other office's figures with them; so are the median, "
        "minimum and maximum beside them, and every rating of such a proposal.",
    )
    portfolio: PortfolioTexts = field(default_factory=PortfolioTexts)
    """The words of the funding sheets (Portfolio, Frontier, Sensitivity)."""


@dataclass(frozen=True)
class ResultsContent:
    """What the workbook shows: a workshop's records and its scored results, as the results
    view (services.results) decided them: the round, the threshold, office privacy."""

    workshop: m.Workshop
    participants: Sequence[m.Participant]
    offices: Mapping[int, str]
    """Office id → office name."""
    criteria: Sequence[m.Criterion]
    proposals: Sequence[m.Proposal]
    rounds: Sequence[m.Round]
    ratings: Sequence[m.Rating]
    decisions: Sequence[m.Decision]
    actions: Sequence[m.ActionItem]
    agenda: Sequence[m.AgendaItem]
    results: scoring.Results
    dissent_threshold: float = scoring.DISSENT_THRESHOLD
    """The workshop's own threshold (the one `results` was flagged at)."""
    private: bool = False
    """Office privacy: raters as keys, withheld figures as "—" (office-tagged, anonymous)."""
    names_offices: bool = True
    """False (anonymous workshops): no office beside a rater."""
    chosen: bool = False
    """True when the round was named rather than taken by default."""
    keys: Mapping[int, str] | None = field(default=None)
    """Participant id → rater key; None: dealt at random (private workshops only)."""
    portfolio: PortfolioContent | None = None
    """The funding decision of the round shown; None: no funding sheets (no round yet)."""


def rater_keys(
    participants: Sequence[m.Participant],
    offices: Mapping[int, str],
    names_offices: bool,
    rng: random.Random,
    texts: ResultsTexts | None = None,
) -> dict[int, str]:
    """Keys for the raters of a private workshop, one per participant for the whole workbook.

    Each office's participants get "<office> 1…n" ("Rater 1…n" without an office, or for
    everyone when offices are not named), the numbers dealt in a random order: the list of
    participants is known to the room, so its order must not tell who a key is.
    """
    texts = texts or ResultsTexts()
    groups: dict[str | None, list[int]] = defaultdict(list)
    for p in sorted(participants, key=lambda p: (p.position, p.id)):
        office = offices.get(p.office_id) if p.office_id is not None else None
        groups[office if names_offices and office else None].append(p.id)
    keys: dict[int, str] = {}
    for office, ids in groups.items():
        dealt = list(ids)
        rng.shuffle(dealt)
        for n, pid in enumerate(dealt, start=1):
            keys[pid] = (
                texts.rater_key.format(n=n)
                if office is None
                else texts.office_key.format(office=office, n=n)
            )
    return keys
