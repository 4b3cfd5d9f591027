"""A workshop's portfolio rules as stored, read inside a unit of work and checked there.

A change that would leave the rules unable to hold together (a circle of requirements, a
must-fund needing a must-not-fund...) is refused with one line naming the field, and its
unit of work is rolled back, so nothing changes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from pmo_tmo_desktop.domain.errors import ValidationError
from pmo_tmo_desktop.domain.portfolio_checks import check_constraints
from pmo_tmo_desktop.domain.portfolio_problem import Candidate, FundingRule, Group
from pmo_tmo_desktop.exchange.portfolio_texts import FIELD_OF, field_caption, finding_text
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.services.changes import key_of
from pmo_tmo_desktop.services.rows import Recorder, table

RULE_FIELDS = frozenset({"resource_use", "funding", "group_name"})
"""The proposal fields a change of which is checked against the workshop's rules."""


def read_rules(
    conn: Any, workshop_id: int, scores: Mapping[int, float | None] | None = None
) -> tuple[tuple[Candidate, ...], tuple[Group, ...], str]:
    """The workshop's candidates (with `scores`, None where not given), groups and the second
    resource's name, from one connection."""
    p, r, g, w = (
        table(n) for n in ("proposal", "proposal_requirement", "proposal_group", "workshop")
    )
    requires: dict[int, list[int]] = defaultdict(list)
    query = (
        select(r.c.proposal_id, r.c.required_id)
        .join(p, p.c.id == r.c.proposal_id)
        .where(p.c.workshop_id == workshop_id)
        .order_by(r.c.proposal_id, r.c.required_id)
    )
    for proposal_id, required_id in conn.execute(query):
        requires[proposal_id].append(required_id)
    rows = conn.execute(
        select(p).where(p.c.workshop_id == workshop_id).order_by(p.c.position, p.c.id)
    ).mappings()
    candidates = tuple(
        Candidate(
            id=row["id"],
            title=row["title"],
            score=(scores or {}).get(row["id"]),
            cost=row["cost"],
            resource=row["resource_use"],
            rule=FundingRule(row["funding"]),
            reason=row["reason"],
            requires=tuple(requires[row["id"]]),
            group=row["group_name"],
        )
        for row in rows
    )
    groups = tuple(  # by name in code point order, whatever the database's collation
        Group(name, int(at_most))
        for name, at_most in sorted(
            conn.execute(select(g.c.name, g.c.at_most).where(g.c.workshop_id == workshop_id))
        )
    )
    resource = conn.execute(select(w.c.resource_name).where(w.c.id == workshop_id)).scalar()
    return candidates, groups, str(resource or "")


def regroup(rec: Recorder, workshop_id: int, old: str, changed: Mapping[str, Any]) -> None:
    """A group renamed (or, with name None, deleted): its proposals follow it (or leave it)."""
    if "name" not in changed or changed["name"] == old:
        return
    p = table("proposal")
    members = rec.conn.execute(
        select(p.c.id).where(p.c.workshop_id == workshop_id, p.c.group_name == old)
    ).scalars()
    rec.update_many("proposal", [(key_of(id=i), {"group_name": changed["name"]}) for i in members])


def refuse_broken(conn: Any, workshop_id: int, field: str | None = None) -> None:
    """Raise a ValidationError for the first problem of the workshop's rules (preferring one
    about `field`, the field just edited), naming the field it is about."""
    candidates, groups, resource = read_rules(conn, workshop_id)
    found = [f for f in check_constraints(candidates, groups) if f.blocking]
    if not found:
        return
    first = next((f for f in found if FIELD_OF[f.kind] == field), found[0])
    titles = {c.id: c.title for c in candidates}
    text = finding_text(first, lambda i: titles.get(i, str(i)))
    raise ValidationError(
        translate("Services", "{field}: {problem}").format(
            field=field_caption(field or FIELD_OF[first.kind], resource), problem=text
        )
    )
