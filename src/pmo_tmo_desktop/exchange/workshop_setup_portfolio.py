"""The portfolio rules in the set-up workbook: the Proposals sheet's Requires, Funding, Reason,
Group and Resource use columns and the Groups sheet, read and checked as a whole.

A problem raises a WorkbookError naming the sheet and the cell (its row and column), with the
column's header in front of the sentence: "Requires: these proposals require each other in a
circle: A → B → A". A workbook without these columns reads as it always did.
"""

from __future__ import annotations

from collections.abc import Sequence

from pmo_tmo_desktop.domain.errors import clip
from pmo_tmo_desktop.domain.portfolio_checks import GroupLimit, check_constraints
from pmo_tmo_desktop.domain.portfolio_problem import Candidate, FundingRule
from pmo_tmo_desktop.exchange.portfolio_texts import FIELD_OF, finding_text
from pmo_tmo_desktop.exchange.workshop_xlsx import (
    Column,
    Grid,
    Row,
    SetupGroup,
    SetupProposal,
    Table,
    label,
    table_rows,
    text,
)
from pmo_tmo_desktop.exchange.xlsx_safe import WorkbookError
from pmo_tmo_desktop.i18n import translate

GROUPS = "Groups"
FUNDING_LABELS = {
    FundingRule.AUTO: "auto",
    FundingRule.MUST: "must fund",
    FundingRule.MUST_NOT: "must not fund",
}
"""The Funding column's words as the template offers them."""

PORTFOLIO_COLUMNS = (
    Column("requires", "Requires", 30, ("depends on",)),
    Column("funding", "Funding", 15),
    Column("reason", "Reason", 30),
    Column("group", "Group", 18, ("alternatives",)),
    Column("resource_use", "Resource use", 12, ("resource",)),
)
GROUPS_TABLE = Table(
    GROUPS,
    "One row per group of alternatives named in the Proposals sheet's Group column: at most "
    "how many of its proposals may be funded (a whole number, 1 or more). A group not listed "
    "here allows at most 1.",
    (Column("name", "Group", 26, ("name",)), Column("at_most", "At most", 10, ("limit",))),
)


def _funding_words() -> dict[str, FundingRule]:
    """Every spelling the Funding column accepts: the English words, the rule's own values
    and the words of the user's language."""
    words: dict[str, FundingRule] = {}
    translated = {
        FundingRule.AUTO: translate("PortfolioRules", "auto"),
        FundingRule.MUST: translate("PortfolioRules", "must fund"),
        FundingRule.MUST_NOT: translate("PortfolioRules", "must not fund"),
    }
    for rule in FundingRule:
        for word in (FUNDING_LABELS[rule], rule.value, translated[rule]):
            words[label(word.replace("_", " ").replace("-", " "))] = rule
    return words


def _fail(row: Row, field: str, detail: str) -> WorkbookError:
    """A failure at `field`'s cell (or the row's first column when the sheet lacks it)."""
    header = next(c.header for c in PORTFOLIO_COLUMNS if c.field == field)
    if field not in row.columns:
        field = next(iter(row.columns))
    return row.fail(field, f"{header}: {detail}")


def read_groups(grid: Grid | None) -> tuple[list[Row], list[GroupLimit]]:
    """The Groups sheet's rows and the limits they give (checked by `read_rules`)."""
    rows = table_rows(grid, GROUPS_TABLE)
    limits = []
    for row in rows:
        given = row.number("at_most", translate("PortfolioRules", "at most"))
        limits.append(GroupLimit(row["name"], 1 if given is None else given))
    return rows, limits


def read_rules(
    proposals: Sequence[SetupProposal], rows: Sequence[Row], groups_grid: Grid | None
) -> tuple[tuple[SetupProposal, ...], tuple[SetupGroup, ...]]:
    """The proposals with their rules read from `rows` (the Proposals sheet's, in order), and
    the groups; the first problem raises a WorkbookError naming its cell."""
    group_rows, limits = read_groups(groups_grid)
    spelling = {g.name.casefold(): g.name for g in limits}
    index = {p.title.casefold(): number for number, p in enumerate(proposals)}
    words = _funding_words()
    read: list[SetupProposal] = []
    candidates: list[Candidate] = []
    for number, (proposal, row) in enumerate(zip(proposals, rows, strict=True)):
        requires: list[int] = []
        for title in (t.strip() for t in text(row.get("requires")).split(";")):
            if not title:
                continue
            found = index.get(title.casefold())
            if found is None:
                raise _fail(
                    row,
                    "requires",
                    translate(
                        "PortfolioRules", "no proposal is called '{title}' on this sheet"
                    ).format(title=clip(title)),
                )
            requires.append(found)
        given = text(row.get("funding"))
        rule = words.get(label(given.replace("_", " ").replace("-", " "))) if given else None
        if given and rule is None:
            raise _fail(
                row,
                "funding",
                translate("PortfolioRules", "'{value}' is not {choices}").format(
                    value=clip(given), choices=", ".join(FUNDING_LABELS.values())
                ),
            )
        resource = row.number("resource_use", translate("PortfolioRules", "Resource use"))
        group = text(row.get("group")) or None
        if group is not None:
            group = spelling.get(group.casefold(), group)
        read.append(
            SetupProposal(
                proposal.title,
                proposal.sponsor,
                proposal.description,
                proposal.cost,
                proposal.benefit,
                proposal.duration_months,
                resource,
                rule or FundingRule.AUTO,
                text(row.get("reason")),
                group,
                tuple(proposals[i].title for i in dict.fromkeys(requires)),
            )
        )
        candidates.append(
            Candidate(
                number,
                proposal.title,
                None,
                proposal.cost,
                resource,
                rule or FundingRule.AUTO,
                requires=tuple(requires),
                group=group,
            )
        )
    for finding in check_constraints(candidates, limits):
        if not finding.blocking:
            continue
        detail = finding_text(finding, lambda i: proposals[i].title)
        field = FIELD_OF[finding.kind]
        if field == "at_most":
            at = next(r for r in group_rows if r["name"] == finding.group)
            raise at.fail("at_most", f"{GROUPS_TABLE.columns[1].header}: {detail}")
        assert finding.proposal is not None
        raise _fail(rows[finding.proposal], field, detail)
    groups = tuple(SetupGroup(g.name, int(g.at_most)) for g in limits)
    return tuple(read), groups
