"""The funding decision of a round: the workshop's rules applied, the same funded set in every
output, what each office alone would fund under office privacy, and the analyses beside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from pmo_tmo_desktop.domain.errors import ValidationError
from pmo_tmo_desktop.services import entities, files, funding, portfolio_setup, results

# The demo's round 2 (office-tagged, budget 2,400,000): by score 3, 5, 6, 7, 1, 2, 4; the
# budget alone funds 2, 3, 5, 6, 7 (cost 2,390,000).
CRM_PORTAL, FIELD_APP, IAM, PAYABLES, ERP, INTEGRATION, ANALYTICS = 3, 5, 6, 7, 1, 2, 4


def _live(path: Path) -> files.Workspace:
    ws = files.open_file(path)
    with ws.transaction() as conn:  # the demo's workshop is closed: rules may change again
        conn.exec_driver_sql("UPDATE workshop SET status = 'live'")
    return ws


def test_the_rules_decide_the_funded_set_and_every_output_names_the_same(demo_path: Path) -> None:
    ws = _live(demo_path)
    try:
        entities.edit(ws, "proposal", ANALYTICS, funding="must", reason="regulator's deadline")
        entities.edit(ws, "proposal", INTEGRATION, funding="must_not", reason="funded in Q3")
        portfolio_setup.set_requires(ws, FIELD_APP, [ERP])
        found = results.load(ws, 1)
    finally:
        ws.close()
    decided = funding.decide(found)
    funded = set(decided.selection.funded)
    assert decided.selection.feasible
    assert ANALYTICS in funded and INTEGRATION not in funded
    assert FIELD_APP not in funded or ERP in funded
    assert decided.selection.total_cost <= 2_400_000
    # the results view, and so the Results page, the minutes and the workbook, agree
    assert found.fit is not None and set(found.fit.chosen) == funded
    data = funding.as_data(decided, None)
    assert data["feasible"] is True
    assert set(data["funded"]) == {decided.titles[i] for i in funded}
    assert results.as_data(found)["budget_fit"]["chosen"] == [
        {"id": i, "title": decided.titles[i]} for i in found.fit.chosen
    ]


def test_rules_that_cannot_hold_are_named_and_nothing_is_funded(demo_path: Path) -> None:
    ws = _live(demo_path)
    try:
        entities.edit(ws, "workshop", 1, budget=1_000_000)
        entities.edit(ws, "proposal", ERP, funding="must", reason="contract")  # 1,150,000
        found = results.load(ws, 1)
    finally:
        ws.close()
    decided = funding.decide(found)
    assert not decided.selection.feasible and decided.selection.funded == ()
    kinds = {str(c.kind) for c in decided.selection.conflicts}
    assert kinds == {"must", "budget"}
    data = funding.as_data(decided, None)
    assert data["feasible"] is False and data["funded"] == []
    assert {c["kind"] for c in data["conflicts"]} == {"must", "budget"}
    assert found.fit is not None and not found.fit.feasible and found.fit.chosen == ()


def test_each_office_alone_and_a_withheld_office_is_never_used(demo_path: Path) -> None:
    with files.open_file(demo_path, read_only=True) as ws:
        found = results.load(ws, 1)
    decided = funding.decide(found)
    pmo, tmo = decided.offices
    assert pmo.selection is not None and tmo.selection is not None
    data = funding.as_data(decided, None)
    assert set(data["by_office"]) == {"PMO", "TMO"}
    assert data["by_office"]["PMO"]["withheld"] is False

    # Only one TMO participant's ratings left: the TMO's figures are withheld (and with
    # them the PMO's, which would give the lone figure away beside the joint one).
    ws = files.open_file(demo_path)
    try:
        with ws.transaction() as conn:
            conn.exec_driver_sql(
                "DELETE FROM rating WHERE participant_id IN "
                "(SELECT id FROM participant WHERE office_id = 2 AND name != 'Aiko Tanaka')"
            )
        private = results.load(ws, 1)
    finally:
        ws.close()
    assert private.any_withheld
    decided = funding.decide(private)
    data = funding.as_data(decided, None)
    for office in ("PMO", "TMO"):
        shown = data["by_office"][office]
        assert set(shown["withheld_proposals"]) == set(decided.titles.values())
    # a withheld figure is never a score of that office's set
    assert all(s.selection is None or s.selection.total_score == 0 for s in decided.offices), (
        "withheld figures counted"
    )


def test_a_blind_round_still_open_has_no_funding_decision(demo_path: Path) -> None:
    ws = _live(demo_path)
    try:
        with ws.transaction() as conn:
            conn.exec_driver_sql("UPDATE round SET status = 'open', blind = 1 WHERE number = 2")
        found = results.load(ws, 1, 2)
    finally:
        ws.close()
    with pytest.raises(ValidationError, match="blind and still open"):
        funding.decide(found)


def test_the_analyses_come_with_the_published_shape(demo_path: Path) -> None:
    with files.open_file(demo_path, read_only=True) as ws:
        found = results.load(ws, 1)
    decided = funding.decide(found)
    analysed = funding.analyse(decided, draws=20)
    data = funding.as_data(decided, analysed)
    frontier = data["frontier"]
    assert frontier[0] == {"budget": 0.0, "total_score": 0.0, "funded": []}
    assert [p["budget"] for p in frontier] == sorted(p["budget"] for p in frontier)
    # the frontier at the workshop's budget is the funded set's score
    within = [p for p in frontier if p["budget"] <= 2_400_000][-1]
    assert within["total_score"] == data["total_score"]
    names = [c.name for c in found.data.criteria]
    assert [s["criterion"] for s in data["sensitivity"]] == names
    for s in data["sensitivity"]:
        lo, hi = s["top"]
        assert (lo is None or lo <= s["weight"]) and (hi is None or s["weight"] <= hi)
    assert set(data["probability_funded"]) == set(decided.titles.values())
    assert all(0 <= share <= 1 for share in data["probability_funded"].values())
    for title in data["funded"]:
        assert data["probability_funded"][title] > 0


def test_a_group_given_no_limit_of_its_own_funds_one_of_its_proposals(demo_path: Path) -> None:
    ws = _live(demo_path)
    try:  # the three cheapest are all funded by the budget alone; grouped, only one is
        for proposal in (FIELD_APP, IAM, PAYABLES):
            entities.edit(ws, "proposal", proposal, group_name="Field tools")
        found = results.load(ws, 1)
        asked = portfolio_setup.portfolio_problem(ws, 1, {}, None)
    finally:
        ws.close()
    decided = funding.decide(found)
    assert len({FIELD_APP, IAM, PAYABLES} & set(decided.selection.funded)) == 1
    assert ("Field tools", 1) in {(g.name, g.at_most) for g in decided.problem.groups}
    assert ("Field tools", 1) in {(g.name, g.at_most) for g in asked.groups}
