"""Findings in words: the one place a finding of the RACI rules becomes a sentence.

The rules engine (pure domain code) hands out each finding's rule and the values it names;
here they go into the rule's template in the user's language, wherever a finding is shown
(the check beside the grid, the command line, the methodology workbook). Lists of names are
joined and quoted the way the language does it, so no English is left inside a translated
sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from pmo_tmo_desktop.domain import rules
from pmo_tmo_desktop.i18n import translate

_TEMPLATES: dict[str, Callable[[], str]] = {
    rules.RULE_NO_ACCOUNTABLE: lambda: translate(
        "Rules", "Activity '{activity}' has no Accountable role."
    ),
    rules.RULE_MANY_ACCOUNTABLE: lambda: translate(
        "Rules",
        "Activity '{activity}' has {count} Accountable roles ({roles}); it should have one.",
    ),
    rules.RULE_NO_RESPONSIBLE: lambda: translate(
        "Rules", "Activity '{activity}' has no Responsible role."
    ),
    rules.RULE_IDLE_ROLE: lambda: translate(
        "Rules", "Role '{role}' holds no letter in any activity."
    ),
    rules.RULE_OVERLOADED_ROLE: lambda: translate(
        "Rules",
        "Role '{role}' is Responsible or Accountable for {count} activities in phase "
        "'{phase}' (limit {limit}).",
    ),
    rules.RULE_MANY_CONSULTED: lambda: translate(
        "Rules", "Activity '{activity}' has {count} Consulted roles (limit {limit})."
    ),
    rules.RULE_TECHNICAL_WITHOUT_TMO: lambda: translate(
        "Rules", "Technical activity '{activity}' has no TMO role Responsible or Accountable."
    ),
    rules.RULE_PMO_BLIND_SPOT: lambda: translate(
        "Rules", "No PMO role takes part in technical activity '{activity}'."
    ),
    rules.RULE_TMO_BLIND_SPOT: lambda: translate(
        "Rules",
        "No TMO role hears about management activity '{activity}' (not even Informed).",
    ),
    rules.RULE_GATE_ONE_OFFICE: lambda: translate(
        "Rules", "Gate '{control_point}' has no approver from {missing}."
    ),
    rules.RULE_TECHNICAL_DELIVERABLE_WITHOUT_TMO: lambda: translate(
        "Rules",
        "Technical deliverable '{deliverable}' of activity '{activity}' has no TMO role "
        "Responsible for producing it.",
    ),
}
"""Each rule's sentence, in the current language when asked (so a change of language is
seen at once); {names} are the finding's values."""


def template(rule: str) -> str:
    """The sentence of a finding of `rule`, its values still {named}, in the current language."""
    return _TEMPLATES[rule]()


def names(items: Sequence[str]) -> str:
    """Names listed and quoted as the findings quote a name: 'A', 'B', 'C'."""
    quote = translate("Rules", "'{name}'", "one name in a list of names, quoted")
    return _listed([quote.format(name=item) for item in items], "")


def alternatives(items: Sequence[str]) -> str:
    """Alternatives listed, the last two joined by "or": A, B or C."""
    either = translate("Rules", "{list} or {name}", "the last of a list of alternatives")
    return _listed(items, either)


def _listed(items: Sequence[str], last: str) -> str:
    """`items` joined by the language's list separator, the last one by `last` if given."""
    more = translate("Rules", "{list}, {name}", "a list of names continued by one more")
    said = items[0] if items else ""
    for index, item in enumerate(items[1:], start=2):
        said = (last if last and index == len(items) else more).format(list=said, name=item)
    return said


_LISTS: dict[str, Callable[[Sequence[str]], str]] = {"roles": names, "missing": alternatives}
"""How each list a finding may carry is said (by its name in the finding's values)."""


def message(finding: rules.Finding) -> str:
    """The finding's sentence in the current language."""
    said = {
        name: _LISTS[name](value) if isinstance(value, tuple) else value
        for name, value in finding.values
    }
    return template(finding.rule).format(**said)
