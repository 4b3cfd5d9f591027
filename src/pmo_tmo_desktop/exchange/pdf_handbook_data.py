"""What the role handbook prints: plain data (`HandbookContent`) and every word (`HandbookTexts`).

services.pack fills both from the methodology and its RACI matrix, the texts translated
(services.pack_texts, where the English source texts are written).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pmo_tmo_desktop.exchange.pdf_base import NumberFormat


@dataclass(frozen=True, slots=True)
class ActivityLine:
    phase: str
    name: str
    kind: str
    """management, technical or governance."""
    office: str
    """The owning office's name; empty when none owns it."""
    deliverables: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class LetterGroup:
    letter: str
    """One RACI letter: A, R, C, I, S or V."""
    activities: tuple[ActivityLine, ...]
    """In the methodology's order (phase by phase)."""


@dataclass(frozen=True, slots=True)
class Approval:
    name: str
    kind: str
    """gate, review or sign-off."""
    phase: str
    activity: str
    """Where it sits: an activity's name, or empty for a phase's control point."""
    criteria: tuple[str, ...]
    others: tuple[tuple[str, str], ...]
    """The other approving roles: (role, office)."""


@dataclass(frozen=True, slots=True)
class Partner:
    role: str
    office: str
    colour: str
    shared: int
    """Activities where both roles hold a letter."""


@dataclass(frozen=True, slots=True)
class RoleSection:
    name: str
    description: str
    letters: tuple[LetterGroup, ...]
    approvals: tuple[Approval, ...] = ()
    partners: tuple[Partner, ...] = ()
    partners_across: bool = False
    """True when the partners come from both the PMO and the TMO (a role of another office)."""


@dataclass(frozen=True, slots=True)
class OfficeSection:
    name: str
    colour: str
    description: str
    roles: tuple[RoleSection, ...]
    owns: int = 0
    """Activities the office owns."""
    approves: int = 0
    """Control points at least one of its roles approves."""


@dataclass(frozen=True, slots=True)
class HandbookContent:
    methodology: str
    organisation: str
    variant: str
    """RACI, RASCI or RACI-VS."""
    generated: str
    offices: tuple[OfficeSection, ...]
    phases: int = 0
    activities: int = 0
    activity_kinds: tuple[tuple[str, int], ...] = ()
    control_points: int = 0
    language: str = "en"


LETTER_ORDER = "ARCISV"
LETTER_COLOURS = {
    "A": "#1F3A5F",
    "R": "#2F6DB5",
    "C": "#B26A00",
    "I": "#6B7C93",
    "S": "#2E8B57",
    "V": "#7D5BA6",
}
CONTROL_COLOURS = {"gate": "#1F3A5F", "review": "#2E8B57", "sign-off": "#B26A00"}


@dataclass(frozen=True, slots=True, kw_only=True)
class HandbookTexts:
    """Every word the handbook prints, in the reader's language: services.pack_texts
    translates them (the English source texts are written there only). Placeholders in
    {braces}; a counted text takes the count and picks its plural form."""

    number: NumberFormat
    handbook: str
    title: str
    subtitle: str
    subject: str
    keywords: tuple[str, ...]
    page: str
    footer: str
    generated: str
    # cover
    organisation: str
    methodology: str
    variant: str
    roles_label: str
    # Counted texts: the count picks the plural form ("1 office", "2 offices").
    roles_summary: Callable[[int], str]  # the offices counted; then .format(n=, by_office=)
    phases: str
    activities: str
    control_points: str
    about: str
    about_text: str
    offices_title: str
    owns: str
    letters_title: str
    contents: str
    # office sections
    office_roles: Callable[[int], str]
    role: str
    approves: str
    # role sections
    of_office: Callable[[int], str]  # then .format(office=)
    no_letters: str
    phase: str
    activity: str
    deliverables: str
    owned_by: str
    approvals_title: str
    control_point: str
    criteria: str
    approves_with: str
    alone: str
    at_phase: str
    at_activity: str
    partners_title: str
    partners_across_title: str
    partners_note: str
    office: str
    shared: str
    no_partners: str
    # vocabularies
    letter_headings: dict[str, str]
    letter_names: dict[str, str]
    letter_meanings: dict[str, str]
    kinds: dict[str, str]
    control_kinds: dict[str, str]
