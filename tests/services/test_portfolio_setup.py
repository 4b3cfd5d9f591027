"""Storing a workshop's portfolio rules: each edit one undoable step, a broken rule refused
with one line naming the field and nothing changed, and the funding question built from it."""

from __future__ import annotations

import pytest

from pmo_tmo_desktop.domain.errors import ValidationError
from pmo_tmo_desktop.domain.portfolio_problem import Candidate, FundingRule, Group, Problem
from pmo_tmo_desktop.services import closing, entities, portfolio_setup, queries, rows
from tests.services.conftest import Setup
from tests.store.helpers import dump


def _third(s: Setup, title: str = "Data platform") -> int:
    return entities.create(s.ws, "proposal", workshop_id=s.workshop, title=title).new_id


def test_a_proposal_requires_others_and_one_undo_takes_it_back(setup: Setup) -> None:
    ws, platform = setup.ws, _third(setup)
    before = dump(ws)
    done = portfolio_setup.set_requires(ws, setup.crm, [platform, setup.erp])
    data = queries.workshop(ws, setup.workshop)
    assert data.requires(setup.crm) == (setup.erp, platform)  # in the proposals' order
    assert done.changes.touches("proposal_requirement")
    again = portfolio_setup.set_requires(ws, setup.crm, [platform])
    assert queries.workshop(ws, setup.workshop).requires(setup.crm) == (platform,)
    rows.apply(ws, again.undo)
    assert queries.workshop(ws, setup.workshop).requires(setup.crm) == (setup.erp, platform)
    rows.apply(ws, done.undo)
    assert queries.workshop(ws, setup.workshop).requires(setup.crm) == ()
    assert dump(ws)["proposal_requirement"] == before["proposal_requirement"]


def test_a_circle_of_requirements_is_refused_naming_it(setup: Setup) -> None:
    ws, platform = setup.ws, _third(setup)
    portfolio_setup.set_requires(ws, setup.crm, [setup.erp])
    portfolio_setup.set_requires(ws, setup.erp, [platform])
    before = dump(ws)
    with pytest.raises(ValidationError) as refused:
        portfolio_setup.set_requires(ws, platform, [setup.crm])
    assert str(refused.value) == (
        "Requires: these proposals require each other in a circle: "
        "New CRM → ERP upgrade → Data platform → New CRM"
    )
    with pytest.raises(ValidationError, match=r"^Requires: 'New CRM' cannot require itself$"):
        portfolio_setup.set_requires(ws, setup.crm, [setup.crm])
    assert dump(ws) == before


def test_a_proposal_of_another_workshop_cannot_be_required(setup: Setup) -> None:
    other = entities.create(setup.ws, "workshop", title="Elsewhere").new_id
    stranger = entities.create(setup.ws, "proposal", workshop_id=other, title="X").new_id
    with pytest.raises(ValidationError, match=f"^Requires: no proposal with id {stranger} in"):
        portfolio_setup.set_requires(setup.ws, setup.crm, [stranger])


def test_a_must_fund_needing_a_must_not_fund_is_refused_either_way(setup: Setup) -> None:
    ws = setup.ws
    portfolio_setup.set_requires(ws, setup.crm, [setup.erp])
    entities.edit(ws, "proposal", setup.erp, funding="must_not", reason="vendor withdrawn")
    before = dump(ws)
    with pytest.raises(ValidationError) as refused:
        entities.edit(ws, "proposal", setup.crm, funding="must", reason="legal")
    assert str(refused.value) == (
        "Funding: 'New CRM' must be funded but requires 'ERP upgrade', which must not be "
        "(New CRM → ERP upgrade)"
    )
    assert dump(ws) == before


def test_groups_carry_their_proposals_through_a_rename_and_a_delete(setup: Setup) -> None:
    ws = setup.ws
    group = entities.create(ws, "proposal_group", workshop_id=setup.workshop, name="CRM").new_id
    for proposal in (setup.crm, setup.erp):
        entities.edit(ws, "proposal", proposal, group_name="CRM")
    entities.edit(ws, "proposal_group", group, name="Front office", at_most=2)
    data = queries.workshop(ws, setup.workshop)
    assert [(g.name, g.at_most) for g in data.groups] == [("Front office", 2)]
    assert {p.group_name for p in data.proposals} == {"Front office"}
    before = dump(ws)
    done = entities.remove(ws, "proposal_group", group)
    assert {p.group_name for p in queries.workshop(ws, setup.workshop).proposals} == {None}
    rows.apply(ws, done.undo)
    assert dump(ws) == before, "one undo brings the group and its members back"


def test_bad_values_name_their_field(setup: Setup) -> None:
    ws = setup.ws
    cases = {
        ("proposal", setup.crm, "resource_use", -1): "Resource use: must not be negative",
        ("proposal", setup.crm, "funding", "perhaps"): "Funding: must be one of: auto, must",
        ("workshop", setup.workshop, "resource_limit", "lots"): "Second resource's limit: must",
    }
    for (kind, row_id, field, value), message in cases.items():
        with pytest.raises(ValidationError, match=f"^{message}"):
            entities.edit(ws, kind, row_id, **{field: value})
    with pytest.raises(ValidationError, match=r"^At most: must be a whole number, 1 or more"):
        entities.create(ws, "proposal_group", workshop_id=setup.workshop, name="G", at_most=1.5)


def test_more_must_funds_than_a_group_allows_is_refused(setup: Setup) -> None:
    ws = setup.ws
    for proposal in (setup.crm, setup.erp):
        entities.edit(ws, "proposal", proposal, group_name="Hosting")  # no limit: at most 1
    entities.edit(ws, "proposal", setup.crm, funding="must")
    with pytest.raises(ValidationError, match=r"^Funding: group 'Hosting' allows at most 1"):
        entities.edit(ws, "proposal", setup.erp, funding="must")


def test_a_closed_workshops_rules_stay_as_they_are(setup: Setup) -> None:
    ws = setup.ws
    closing.close_workshop(ws, setup.workshop)
    with pytest.raises(ValidationError, match="closed"):
        portfolio_setup.set_requires(ws, setup.crm, [setup.erp])
    with pytest.raises(ValidationError, match="closed"):
        entities.create(ws, "proposal_group", workshop_id=setup.workshop, name="G")


def test_the_funding_question_is_built_from_what_is_stored(setup: Setup) -> None:
    ws = setup.ws
    entities.edit(ws, "workshop", setup.workshop, resource_name="People", resource_limit=8)
    entities.edit(ws, "proposal", setup.crm, resource_use=3, funding="must", reason="legal")
    entities.edit(ws, "proposal", setup.erp, group_name="ERP", resource_use=None)
    entities.create(ws, "proposal_group", workshop_id=setup.workshop, name="ERP", at_most=1)
    portfolio_setup.set_requires(ws, setup.erp, [setup.crm])
    data = queries.workshop(ws, setup.workshop)
    cost = {p.id: p.cost for p in data.proposals}
    problem = portfolio_setup.portfolio_problem(ws, setup.workshop, {setup.crm: 70.5}, 1000.0)
    assert problem == Problem(
        candidates=(
            Candidate(setup.crm, "New CRM", 70.5, cost[setup.crm], 3.0, FundingRule.MUST, "legal"),
            Candidate(
                setup.erp,
                "ERP upgrade",
                None,
                cost[setup.erp],
                None,
                requires=(setup.crm,),
                group="ERP",
            ),
        ),
        budget=1000.0,
        resource_name="People",
        resource_limit=8.0,
        groups=(Group("ERP", 1),),
    )
