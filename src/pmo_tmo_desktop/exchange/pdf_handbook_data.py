"""What the role handbook prints: plain data (`HandbookContent`) and every word (`HandbookTexts`).

services.pack fills both from the methodology and its RACI matrix, the texts translated (the
English defaults here are the source texts).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

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


@dataclass(frozen=True, slots=True)
class HandbookTexts:
    """Every word the handbook prints, English by default. Placeholders in {braces}."""

    number: NumberFormat = field(default_factory=NumberFormat)
    handbook: str = "Role handbook"
    title: str = "Role handbook: {methodology}"
    subtitle: str = "Who does what in the common PMO–TMO methodology"
    subject: str = "Roles and responsibilities in {methodology}"
    keywords: tuple[str, ...] = ("roles", "RACI", "methodology", "PMO", "TMO")
    page: str = "Page {page} of {pages}"
    footer: str = "Role handbook · {date}"
    generated: str = "Prepared with PMO–TMO Desktop on {date}."
    # cover
    organisation: str = "Organisation"
    methodology: str = "Methodology"
    variant: str = "RACI variant"
    roles_label: str = "Roles"
    # Counted texts: the count picks the plural form ("1 office", "2 offices").
    roles_summary: Callable[[int], str] = (  # the offices counted; then .format(n=, by_office=)
        lambda k: f"{{n}} in {k} office{'' if k == 1 else 's'} ({{by_office}})"
    )
    phases: str = "Phases"
    activities: str = "Activities"
    control_points: str = "Gates, reviews and sign-offs"
    about: str = "About this handbook"
    about_text: str = (
        "One section per role, grouped by office: what the role is for, every activity in "
        "which it holds a letter of the RACI matrix, the gates, reviews and sign-offs it "
        "approves, and the roles of the other office it works with most. Read your own role, "
        "then the roles you work with: each office can see what the other does."
    )
    offices_title: str = "The offices"
    owns: str = "Owns activities"
    letters_title: str = "The letters"
    contents: str = "Contents"
    # office sections
    office_roles: Callable[[int], str] = lambda k: f"{k} role{'' if k == 1 else 's'}"
    role: str = "Role"
    approves: str = "Approves"
    # role sections
    of_office: Callable[[int], str] = (  # then .format(office=)
        lambda k: f"{{office}} · {k} activit{'y' if k == 1 else 'ies'}"
    )
    no_letters: str = "Holds no letter in the RACI matrix."
    phase: str = "Phase"
    activity: str = "Activity"
    deliverables: str = "Deliverables"
    owned_by: str = "{kind} · {office}"
    approvals_title: str = "Approves at gates, reviews and sign-offs"
    control_point: str = "Control point"
    criteria: str = "Criteria"
    approves_with: str = "Approves with"
    alone: str = "Sole approver"
    at_phase: str = "Phase: {phase}"
    at_activity: str = "{phase} · {activity}"
    partners_title: str = "Works most with in the other office"
    partners_across_title: str = "Works most with in the PMO and the TMO"
    partners_note: str = "Roles holding a letter in the same activities, most shared first."
    office: str = "Office"
    shared: str = "Shared activities"
    no_partners: str = "Shares no activity with the other office."
    # vocabularies
    letter_headings: dict[str, str] = field(
        default_factory=lambda: {
            "A": "Accountable for…",
            "R": "Responsible for…",
            "C": "Consulted on…",
            "I": "Informed of…",
            "S": "Supports…",
            "V": "Verifies and signs…",
        }
    )
    letter_names: dict[str, str] = field(
        default_factory=lambda: {
            "A": "Accountable",
            "R": "Responsible",
            "C": "Consulted",
            "I": "Informed",
            "S": "Supports",
            "V": "Verifies and signs",
        }
    )
    letter_meanings: dict[str, str] = field(
        default_factory=lambda: {
            "A": "owns the outcome and answers for it; exactly one role per activity.",
            "R": "does the work; at least one role per activity.",
            "C": "is asked before the work is done or decided: a two-way exchange.",
            "I": "is told of the progress or the result: one way.",
            "S": "helps the responsible roles with resources or expertise.",
            "V": "checks the result against the criteria and signs it off.",
        }
    )
    kinds: dict[str, str] = field(
        default_factory=lambda: {
            "management": "Management",
            "technical": "Technical",
            "governance": "Governance",
        }
    )
    control_kinds: dict[str, str] = field(
        default_factory=lambda: {"gate": "Gate", "review": "Review", "sign-off": "Sign-off"}
    )
