"""What the pre-read pack prints: plain data (`PrereadContent`) and every word (`PrereadTexts`).

services.pack fills both: the content from a workshop's set-up (never a rating, a result or a
decision), the texts translated (the English defaults here are the source texts).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from pmo_tmo_desktop.exchange.pdf_base import NumberFormat


@dataclass(frozen=True, slots=True)
class AgendaLine:
    title: str
    presenter: str
    duration_minutes: int


@dataclass(frozen=True, slots=True)
class ProposalDetail:
    title: str
    sponsor: str
    description: str
    cost: float | None
    benefit: float | None
    duration_months: float | None


@dataclass(frozen=True, slots=True)
class CriterionLine:
    name: str
    description: str
    weight: float
    direction: str
    """'higher' or 'lower' (is better)."""
    scale_min: float
    scale_max: float


@dataclass(frozen=True, slots=True)
class OfficeAttendance:
    office: str
    """The office's name; empty for participants without an office."""
    colour: str
    people: tuple[tuple[str, str], ...]
    """(name, job title) per participant; empty when the workshop is anonymous."""
    count: int


@dataclass(frozen=True, slots=True)
class PrereadContent:
    title: str
    organisation: str
    date: str
    place: str
    facilitator: str
    anonymity: str
    """named, office-tagged or anonymous."""
    generated: str
    start_minute: int | None = None
    """When the workshop starts, in minutes after midnight; None: times from the start."""
    budget: float | None = None
    agenda: tuple[AgendaLine, ...] = ()
    proposals: tuple[ProposalDetail, ...] = ()
    criteria: tuple[CriterionLine, ...] = ()
    offices: tuple[OfficeAttendance, ...] = ()
    language: str = "en"


def _steps() -> tuple[str, ...]:
    return (
        "Each rating is put on a common scale from 0 to 1: n = (rating − scale minimum) ÷ "
        "(scale maximum − scale minimum). For a criterion where lower is better, n = 1 − n, "
        "so 1 is always the best.",
        "A participant's score for a proposal is the weighted mean of n over the criteria that "
        "participant rated: Σ weight × n ÷ Σ weight. A missing rating is left out, never "
        "counted as zero.",
        "A proposal's score is 100 × the mean of its participants' scores. The PMO and TMO "
        "scores are the same mean over that office's participants; the gap between them shows "
        "where the two offices see a proposal differently.",
        "Proposals are ranked by score, highest first. Individual ratings are never shown; "
        "every figure is an average.",
    )


def _rounds() -> tuple[str, ...]:
    return (
        "Rating happens in rounds. A round is blind: while it is open nobody sees anyone "
        "else's ratings, and the room sees only how many ballots are complete.",
        "When the round closes the results are revealed, and the largest differences between "
        "the PMO and the TMO become the discussion agenda. A further round may follow; the "
        "latest closed round counts.",
        "Rate every proposal on every criterion. Where you cannot judge one, answer \"can't "
        'judge" rather than guess: it is not counted as zero, and your ballot is complete '
        'once every cell holds a rating or "can\'t judge".',
    )


@dataclass(frozen=True, slots=True)
class PrereadTexts:
    """Every word the pre-read prints, English by default. Placeholders in {braces}."""

    number: NumberFormat = field(default_factory=NumberFormat)
    preread: str = "Pre-read"
    subject: str = "Pre-read for the workshop {title}"
    keywords: tuple[str, ...] = ("pre-read", "workshop", "PMO", "TMO", "proposals")
    page: str = "Page {page} of {pages}"
    footer: str = "Pre-read · {date}"
    generated: str = "Prepared with PMO–TMO Desktop on {date}."
    # cover
    date: str = "Date"
    place: str = "Place"
    facilitator: str = "Facilitator"
    organisation: str = "Organisation"
    participants_label: str = "Participants"
    anonymity_label: str = "Ratings shown"
    agenda_label: str = "Agenda"
    agenda_summary: Callable[[int], str] = (  # then .format(duration=)
        lambda k: f"{k} item{'' if k == 1 else 's'}, {{duration}}"
    )
    proposals_label: str = "Proposals"
    proposals_summary: str = "{n} to assess, {cost} estimated cost in total"
    budget: str = "Budget"
    about: str = "About this pack"
    about_text: str = (
        "Please read this pack before the workshop. It sets out the agenda, the proposals to "
        "be assessed, the criteria you will rate them on and how the scores will be computed. "
        "It holds no ratings, no results and no decisions: those are made together in the room."
    )
    contents: str = "Contents"
    # sections
    agenda: str = "Agenda"
    proposals: str = "Proposals"
    method: str = "Criteria and method"
    participants: str = "Participants"
    # agenda
    number_sign: str = "No."
    time: str = "Time"
    item: str = "Item"
    duration: str = "Duration"
    minutes_short: str = "{n} min"
    hours: str = "{h} h {m} min"
    hours_only: str = "{h} h"
    presenter: str = "Presenter: {name}"
    agenda_total: str = "Total"
    times_relative: str = "Times are counted from the start of the workshop."
    # proposals
    at_a_glance: str = "At a glance"
    proposal: str = "Proposal"
    sponsor: str = "Sponsor"
    cost: str = "Estimated cost"
    benefit: str = "Expected benefit"
    months: str = "Duration"
    months_value: Callable[[int], str] = lambda n: f"{n} month{'' if n == 1 else 's'}"
    months_fraction: str = "{n} months"  # 1.5 months: plural in every language here
    total: str = "Total"
    no_description: str = "No description given."
    # criteria and method
    criteria_intro: str = (
        "Each proposal is rated on each criterion below, on the criterion's scale. The weight "
        "sets how much a criterion counts; the share is its part of the total weight."
    )
    criterion: str = "Criterion"
    weight: str = "Weight"
    share: str = "Share"
    direction: str = "Direction"
    scale: str = "Scale"
    method_intro: str = "How the scores will be computed:"
    method_steps: tuple[str, ...] = field(default_factory=_steps)
    rounds_title: str = "Rating rounds"
    rounds_steps: tuple[str, ...] = field(default_factory=_rounds)
    # participants
    name: str = "Name"
    job_title: str = "Title"
    office: str = "Office"
    count: str = "Participants"
    no_office: str = "No office"
    anonymous_note: str = (
        "This workshop is anonymous: only the number of participants from each office is listed."
    )
    # empty states
    no_agenda: str = "No agenda items yet."
    no_proposals: str = "No proposals yet."
    no_criteria: str = "No criteria yet."
    no_participants: str = "No participants yet."
    # vocabularies
    directions: dict[str, str] = field(
        default_factory=lambda: {"higher": "Higher is better", "lower": "Lower is better"}
    )
    anonymity: dict[str, str] = field(
        default_factory=lambda: {
            "named": "Named (with the participants' names)",
            "office-tagged": "By office, never by person",
            "anonymous": "Anonymous (no names)",
        }
    )
