"""The portfolio rules' findings in the user's language, the field each one is about, and the
rules that cannot hold together when no set can be funded.

Shared by the set-up workbook (which names sheet, row and column) and the services behind the
set-up page (which name the field): the finding carries ids and numbers, and the titles are
looked up only here, where the sentence is made.
"""

from __future__ import annotations

from collections.abc import Callable

from pmo_tmo_desktop.domain.errors import clip
from pmo_tmo_desktop.domain.portfolio_checks import (
    ConstraintFinding,
    ConstraintKind,
)
from pmo_tmo_desktop.i18n import translate

K = ConstraintKind

FIELD_OF = {
    K.UNKNOWN_REQUIREMENT: "requires",
    K.REQUIRES_ITSELF: "requires",
    K.CYCLE: "requires",
    K.MUST_REQUIRES_MUST_NOT: "funding",
    K.MUSTS_OVER_GROUP: "funding",
    K.BAD_GROUP_LIMIT: "at_most",
    K.GROUP_WITHOUT_LIMIT: "group_name",
    K.NEGATIVE_RESOURCE: "resource_use",
}
"""The field (a proposal's, or a group's for at_most) where a finding is put right."""


def field_caption(field: str, resource_name: str = "") -> str:
    """The user's name of a portfolio field."""
    if field == "resource_use":
        if resource_name:
            return translate("PortfolioRules", "{resource} used").format(resource=resource_name)
        return translate("PortfolioRules", "Resource use")
    return {
        "requires": translate("PortfolioRules", "Requires"),
        "funding": translate("PortfolioRules", "Funding"),
        "reason": translate("PortfolioRules", "Reason"),
        "group_name": translate("PortfolioRules", "Group"),
        "at_most": translate("PortfolioRules", "At most"),
        "name": translate("PortfolioRules", "Group"),
    }.get(field, field)


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:.10g}"


def finding_text(finding: ConstraintFinding, title_of: Callable[[int], str]) -> str:
    """One line saying what is wrong (without where: the caller says that)."""

    def title(proposal_id: int | None) -> str:
        return clip(title_of(proposal_id)) if proposal_id is not None else ""

    kind = finding.kind
    group = clip(finding.group or "")
    if kind == K.UNKNOWN_REQUIREMENT:
        return translate(
            "PortfolioRules", "'{proposal}' requires '{other}', which is not a proposal here"
        ).format(proposal=title(finding.proposal), other=title(finding.others[0]))
    if kind == K.REQUIRES_ITSELF:
        return translate("PortfolioRules", "'{proposal}' cannot require itself").format(
            proposal=title(finding.proposal)
        )
    if kind == K.CYCLE:
        circle = [title(i) for i in (*finding.others, finding.others[0])]
        return translate(
            "PortfolioRules", "these proposals require each other in a circle: {circle}"
        ).format(circle=" → ".join(circle))
    if kind == K.MUST_REQUIRES_MUST_NOT:
        chain = [title(i) for i in (finding.proposal, *finding.others)]
        return translate(
            "PortfolioRules",
            "'{proposal}' must be funded but requires '{other}', which must not be ({chain})",
        ).format(
            proposal=chain[0],
            other=chain[-1],
            chain=" → ".join(chain),
        )
    if kind == K.MUSTS_OVER_GROUP:
        return translate(
            "PortfolioRules",
            "group '{group}' allows at most {limit} funded, but {count} of its proposals must "
            "be funded ({titles})",
        ).format(
            group=group,
            limit=_number(finding.value),
            count=len(finding.others),
            titles=", ".join(title(i) for i in finding.others),
        )
    if kind == K.BAD_GROUP_LIMIT:
        return translate(
            "PortfolioRules", "group '{group}': at most must be a whole number, 1 or more ({value})"
        ).format(group=group, value=clip(_number(finding.value)))
    if kind == K.GROUP_WITHOUT_LIMIT:
        return translate(
            "PortfolioRules",
            "group '{group}' has no limit of its own, so at most 1 of its proposals is funded",
        ).format(group=group)
    return translate(
        "PortfolioRules", "'{proposal}': the resource use must not be negative ({value})"
    ).format(proposal=title(finding.proposal), value=clip(_number(finding.value)))
