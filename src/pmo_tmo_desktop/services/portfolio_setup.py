"""The portfolio rules of a workshop as use cases: what a proposal requires, and the
funding decision's question (`Problem`) built from what is stored.

Funding rules, reasons, groups and the second resource are plain fields of proposals,
groups and workshops (services.entities edits them and checks the rules on each edit).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import select

from pmo_tmo_desktop.domain.errors import NotFoundError, ValidationError
from pmo_tmo_desktop.domain.portfolio_checks import ConstraintFinding, ConstraintKind
from pmo_tmo_desktop.domain.portfolio_problem import Candidate, Group, Problem
from pmo_tmo_desktop.exchange.portfolio_texts import field_caption, finding_text
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.services import freeze, queries
from pmo_tmo_desktop.services.changes import Outcome, key_of
from pmo_tmo_desktop.services.portfolio_rules import refuse_broken
from pmo_tmo_desktop.services.queries import WorkshopData
from pmo_tmo_desktop.services.rows import Recorder, table, unit_of_work
from pmo_tmo_desktop.store.workspace import Workspace


def put_requires(rec: Recorder, proposal_id: int, required: Iterable[int]) -> None:
    """Inside a unit of work: `proposal_id` requires exactly `required` (other proposals of
    its workshop); the rules are checked afterwards."""
    p, r = table("proposal"), table("proposal_requirement")
    workshop_id = freeze.workshop_of(rec, "proposal", proposal_id)
    if workshop_id is None:
        raise NotFoundError(
            translate("Services", "no proposal with id {id}").format(id=proposal_id)
        )
    freeze.ensure_open(rec, workshop_id)
    wanted = list(dict.fromkeys(int(i) for i in required))
    ours = set(rec.conn.execute(select(p.c.id).where(p.c.workshop_id == workshop_id)).scalars())
    strangers = [i for i in wanted if i not in ours]
    if strangers:
        raise ValidationError(
            translate("Services", "{field}: no proposal with id {id} in this workshop").format(
                field=field_caption("requires"), id=strangers[0]
            )
        )
    if proposal_id in wanted:
        title = rec.conn.execute(select(p.c.title).where(p.c.id == proposal_id)).scalar_one()
        itself = ConstraintFinding(ConstraintKind.REQUIRES_ITSELF, proposal_id, (proposal_id,))
        raise ValidationError(
            translate("Services", "{field}: {problem}").format(
                field=field_caption("requires"), problem=finding_text(itself, lambda _i: title)
            )
        )
    held = set(
        rec.conn.execute(select(r.c.required_id).where(r.c.proposal_id == proposal_id)).scalars()
    )
    gone = [key_of(proposal_id=proposal_id, required_id=i) for i in sorted(held - set(wanted))]
    if gone:
        rec.delete_many("proposal_requirement", gone)
    new = [{"proposal_id": proposal_id, "required_id": i} for i in wanted if i not in held]
    if new:
        rec.insert_many("proposal_requirement", new)
    refuse_broken(rec.conn, workshop_id, "requires")


def set_requires(ws: Workspace, proposal_id: int, required: Iterable[int]) -> Outcome:
    """Make `proposal_id` require exactly the proposals `required` (one undoable step); a
    circle of requirements or a must-fund needing a must-not-fund is refused."""
    with unit_of_work(ws) as rec:
        put_requires(rec, proposal_id, required)
    return rec.outcome(proposal_id)


def portfolio_problem(
    ws: Workspace,
    workshop_id: int,
    scores: Mapping[int, float | None],
    budget: float | None,
) -> Problem:
    """The funding decision's question for a workshop: its proposals with the given scores
    (by proposal id; None or missing: not rated), `budget`, and its stored rules."""
    return problem_of(queries.workshop(ws, workshop_id), dict(scores), budget)


def problem_of(
    data: WorkshopData, scores: dict[int, float | None], budget: float | None
) -> Problem:
    """The funding question of a workshop: its proposals with `scores` (by id; missing: not
    rated), its stored rules and `budget`."""
    return Problem(
        candidates=tuple(
            Candidate(
                id=p.id,
                title=p.title,
                score=scores.get(p.id),
                cost=p.cost,
                resource=p.resource_use,
                rule=p.funding,
                reason=p.reason,
                requires=data.requires(p.id),
                group=p.group_name,
            )
            for p in sorted(data.proposals, key=lambda p: (p.position, p.id))
        ),
        budget=budget,
        resource_name=data.workshop.resource_name,
        resource_limit=data.workshop.resource_limit,
        groups=_groups(data),
    )


def _groups(data: WorkshopData) -> tuple[Group, ...]:
    """The groups with their limits; a group its proposals name but given no limit of its own
    allows one of them (as the set-up says)."""
    limits = {g.name: g.at_most for g in data.groups}
    for p in data.proposals:
        if p.group_name and p.group_name not in limits:
            limits[p.group_name] = 1
    return tuple(Group(name, at_most) for name, at_most in sorted(limits.items()))
