"""What the pre-read pack prints: plain data (`PrereadContent`) and every word (`PrereadTexts`).

services.pack fills both: the content from a workshop's set-up (never a rating, a result or a
decision), the texts translated (services.pack_texts, where the English source texts are
written).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

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


@dataclass(frozen=True, slots=True, kw_only=True)
class PrereadTexts:
    """Every word the pre-read prints, in the reader's language: services.pack_texts
    translates them (the English source texts are written there only). Placeholders in
    {braces}; a counted text takes the count and picks its plural form."""

    number: NumberFormat
    preread: str
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
    participants_label: str
    anonymity_label: str
    agenda_label: str
    agenda_summary: Callable[[int], str]  # then .format(duration=)
    proposals_label: str
    proposals_summary: str
    budget: str
    about: str
    about_text: str
    contents: str
    # sections
    agenda: str
    proposals: str
    method: str
    participants: str
    # agenda
    number_sign: str
    time: str
    item: str
    duration: str
    minutes_short: str
    hours: str
    hours_only: str
    presenter: str
    agenda_total: str
    times_relative: str
    # proposals
    at_a_glance: str
    proposal: str
    sponsor: str
    cost: str
    benefit: str
    months: str
    months_value: Callable[[int], str]
    months_fraction: str  # 1.5 months: plural in every language here
    total: str
    no_description: str
    # criteria and method
    criteria_intro: str
    criterion: str
    weight: str
    share: str
    direction: str
    scale: str
    method_intro: str
    method_steps: tuple[str, ...]
    rounds_title: str
    rounds_steps: tuple[str, ...]
    # participants
    name: str
    job_title: str
    office: str
    count: str
    no_office: str
    anonymous_note: str
    # empty states
    no_agenda: str
    no_proposals: str
    no_criteria: str
    no_participants: str
    # vocabularies
    directions: dict[str, str]
    anonymity: dict[str, str]
