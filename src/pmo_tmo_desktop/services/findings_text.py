"""Findings in the user's language.

The rules engine (pure domain code) writes each finding from one English template per rule;
here the values are read back out of that sentence and put into the translated template.
A sentence that does not match its template (it cannot happen unless names are very odd) is
shown as the engine wrote it.
"""

from __future__ import annotations

import functools
import re

from pmo_tmo_desktop.domain import rules
from pmo_tmo_desktop.i18n import translate


def _templates() -> dict[str, str]:
    return {
        rules.RULE_NO_ACCOUNTABLE: translate(
            "Rules", "Activity '{activity}' has no Accountable role."
        ),
        rules.RULE_MANY_ACCOUNTABLE: translate(
            "Rules",
            "Activity '{activity}' has {count} Accountable roles ({roles}); it should have one.",
        ),
        rules.RULE_NO_RESPONSIBLE: translate(
            "Rules", "Activity '{activity}' has no Responsible role."
        ),
        rules.RULE_IDLE_ROLE: translate("Rules", "Role '{role}' holds no letter in any activity."),
        rules.RULE_OVERLOADED_ROLE: translate(
            "Rules",
            "Role '{role}' is Responsible or Accountable for {count} activities in phase "
            "'{phase}' (limit {limit}).",
        ),
        rules.RULE_MANY_CONSULTED: translate(
            "Rules", "Activity '{activity}' has {count} Consulted roles (limit {limit})."
        ),
        rules.RULE_TECHNICAL_WITHOUT_TMO: translate(
            "Rules", "Technical activity '{activity}' has no TMO role Responsible or Accountable."
        ),
        rules.RULE_PMO_BLIND_SPOT: translate(
            "Rules", "No PMO role takes part in technical activity '{activity}'."
        ),
        rules.RULE_TMO_BLIND_SPOT: translate(
            "Rules",
            "No TMO role hears about management activity '{activity}' (not even Informed).",
        ),
        rules.RULE_GATE_ONE_OFFICE: translate(
            "Rules", "Gate '{control_point}' has no approver from {missing}."
        ),
        rules.RULE_TECHNICAL_DELIVERABLE_WITHOUT_TMO: translate(
            "Rules",
            "Technical deliverable '{deliverable}' of activity '{activity}' has no TMO role "
            "Responsible for producing it.",
        ),
    }


@functools.cache
def _pattern(rule: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", rules.MESSAGES[rule])
    regex = "".join(
        re.escape(part) if index % 2 == 0 else f"(?P<{part}>.*?)"
        for index, part in enumerate(parts)
    )
    return re.compile(regex, re.DOTALL)


def message(finding: rules.Finding) -> str:
    """The finding's sentence in the current language."""
    template = _templates().get(finding.rule)
    if template is None or finding.rule not in rules.MESSAGES:
        return finding.message
    found = _pattern(finding.rule).fullmatch(finding.message)
    if found is None:
        return finding.message
    try:
        return template.format(**found.groupdict())
    except (KeyError, IndexError, ValueError):
        return finding.message
