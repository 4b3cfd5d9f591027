"""The words of the methodology and RACI workbook, translated: every source text is a literal,
for lupdate, and written here only (exchange.raci_xlsx writes what it is given).

The names of the methodology's parts (`methodology_words`) are the role handbook's too, so
they are translated once, under the handbook's context, where their translations live. The
headings of the phase, activity, office, role, deliverable and control point columns are
read back when the workbook is imported, so their translations must be words the reader
knows (exchange.raci_xlsx_model: PHASE_WORDS and the like).
"""

from __future__ import annotations

from dataclasses import dataclass

from pmo_tmo_desktop.exchange.raci_xlsx_model import Texts
from pmo_tmo_desktop.i18n import translate


@dataclass(frozen=True, slots=True)
class MethodologyWords:
    """The names of the methodology's parts, as the role handbook and the workbook say them."""

    methodology: str
    raci: str
    phase: str
    activity: str
    deliverables: str
    control_point: str
    criteria: str
    roles: str
    role: str
    office: str


def methodology_words() -> MethodologyWords:
    """The names of the methodology's parts in the user's language."""
    return MethodologyWords(
        methodology=translate("Handbook", "Methodology"),
        raci=translate("Handbook", "RACI"),
        phase=translate("Handbook", "Phase"),
        activity=translate("Handbook", "Activity"),
        deliverables=translate("Handbook", "Deliverables"),
        control_point=translate("Handbook", "Control point"),
        criteria=translate("Handbook", "Criteria"),
        roles=translate("Handbook", "Roles"),
        role=translate("Handbook", "Role"),
        office=translate("Handbook", "Office"),
    )


def workbook_texts() -> Texts:
    """Every word of the methodology workbook in the user's language."""
    w = methodology_words()
    control_points = translate("MethodologyWorkbook", "Control points")
    return Texts(
        methodology_sheet=w.methodology,
        raci_sheet=w.raci,
        roles_sheet=w.roles,
        findings_sheet=translate("MethodologyWorkbook", "Findings", "a sheet's name"),
        lists_sheet=translate(
            "MethodologyWorkbook", "Lists", "the name of a hidden sheet holding dropdown lists"
        ),
        deliverables_sheet=w.deliverables,
        control_points_sheet=control_points,
        deliverable=translate("MethodologyWorkbook", "Deliverable"),
        control_point=w.control_point,
        criteria=w.criteria,
        approvers=translate("MethodologyWorkbook", "Approvers"),
        phase=w.phase,
        activity=w.activity,
        kind=translate("MethodologyWorkbook", "Kind"),
        owning_office=translate("MethodologyWorkbook", "Owning office"),
        description=translate("MethodologyWorkbook", "Description"),
        deliverables=w.deliverables,
        control_points=control_points,
        office=w.office,
        role=w.role,
        r_count=translate("MethodologyWorkbook", "R count", "how many activities a role is R in"),
        a_count=translate("MethodologyWorkbook", "A count", "how many activities a role is A in"),
        severity=translate("MethodologyWorkbook", "Severity"),
        rule=translate("MethodologyWorkbook", "Rule"),
        message=translate("MethodologyWorkbook", "Message"),
        legend=translate("MethodologyWorkbook", "Legend"),
        responsible=translate("MethodologyWorkbook", "Responsible: does the work"),
        accountable=translate(
            "MethodologyWorkbook", "Accountable: owns the outcome (one per activity)"
        ),
        supportive=translate("MethodologyWorkbook", "Supportive: helps the responsible roles"),
        consulted=translate("MethodologyWorkbook", "Consulted: asked before (two-way)"),
        informed=translate("MethodologyWorkbook", "Informed: told after (one-way)"),
        verifies=translate("MethodologyWorkbook", "Verifies: checks the result"),
        signs=translate("MethodologyWorkbook", "Signs: approves the result"),
        invalid_letters_title=translate(
            "MethodologyWorkbook", "RACI letters", "the title of a message; at most 32 characters"
        ),
        invalid_letters=translate(
            "MethodologyWorkbook", "Choose letters from the list, or leave the cell empty."
        ),
    )
