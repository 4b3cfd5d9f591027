"""The words of the Decisions & actions page: a proposal's facts beside its decision, the
count of action items, and an amendment's line in the list. They keep the page's translation
context ("DecisionsPage")."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.ui.workshop.decisions.decisions_models import OVERDUE_TEXT


def proposal_facts(proposal: m.Proposal, decision: m.Decision | None) -> str:
    """Sponsor, cost, benefit, duration and when it was decided, as far as they are known
    (rich text, one line)."""
    locale = QLocale()
    facts = []
    if proposal.sponsor:
        facts.append(
            QCoreApplication.translate("DecisionsPage", "Sponsor: {name}").format(
                name=escape(proposal.sponsor)
            )
        )
    if proposal.cost is not None:
        facts.append(
            QCoreApplication.translate("DecisionsPage", "Cost: {cost}").format(
                cost=locale.toString(proposal.cost, "f", 0)
            )
        )
    if proposal.benefit is not None:
        facts.append(
            QCoreApplication.translate("DecisionsPage", "Benefit: {benefit}").format(
                benefit=locale.toString(proposal.benefit, "f", 0)
            )
        )
    if proposal.duration_months is not None:
        months = round(proposal.duration_months)
        facts.append(QCoreApplication.translate("DecisionsPage", "%n month(s)", "", months))
    if decision is not None and decision.decided_at is not None:
        when = decision.decided_at.strftime("%Y-%m-%d %H:%M")
        facts.append(
            QCoreApplication.translate("DecisionsPage", "decided {when}").format(when=when)
        )
    return " · ".join(facts)


def actions_summary(actions: Sequence[m.ActionItem], overdue: int) -> str:
    """ "Actions: 5 · not done: 3 · overdue: 1" (rich text; the overdue count in red)."""
    open_ = sum(1 for a in actions if a.status != m.ActionStatus.DONE)
    parts = [
        escape(QCoreApplication.translate("DecisionsPage", "Actions: %n", "", len(actions))),
        escape(QCoreApplication.translate("DecisionsPage", "not done: %n", "", open_)),
    ]
    if overdue:
        parts.append(
            f"<span style='color:{OVERDUE_TEXT}; font-weight:bold'>"
            + escape(QCoreApplication.translate("DecisionsPage", "overdue: %n", "", overdue))
            + "</span>"
        )
    return " · ".join(parts)


def amendment_line(amendment: m.Amendment) -> tuple[str, str]:
    """An amendment as the list shows it (when, what, why) and its tooltip (who recorded it
    too, when known)."""
    when = amendment.made_at.strftime("%Y-%m-%d %H:%M")
    text = QCoreApplication.translate("DecisionsPage", "{when} · {what} · {why}").format(
        when=when, what=amendment.what, why=amendment.why
    )
    tip = text
    if amendment.made_by:
        tip += "\n" + QCoreApplication.translate("DecisionsPage", "Recorded by {who}").format(
            who=amendment.made_by
        )
    return text, tip
