"""The results workbook's funding sheets, read back with openpyxl: the rules per proposal, the
same funded set as the results' budget fit, the three sets side by side, the conflicts in
words, the frontier with its chart, and the sensitivity and probability of each decision."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from pmo_tmo_desktop.services import entities, files, funding, portfolio_setup, results
from pmo_tmo_desktop.services.results_workbook import write_results_workbook
from tests.exchange.test_results_xlsx import _notes, _table
from tests.services.test_funding import ANALYTICS, ERP, FIELD_APP, INTEGRATION, _live

HOSTILE = '=HYPERLINK("http://x","click")'


def _write(demo_path: Path, out: Path) -> results.WorkshopResults:
    with files.open_file(demo_path, read_only=True) as ws:
        write_results_workbook(ws, 1, out)
        return results.load(ws, 1)


def test_the_portfolio_sheet_shows_the_rules_and_the_same_funded_set(
    demo_path: Path, tmp_path: Path
) -> None:
    ws = _live(demo_path)
    try:
        entities.edit(ws, "proposal", ANALYTICS, funding="must", reason="regulator's deadline")
        entities.edit(ws, "proposal", INTEGRATION, funding="must_not", reason=HOSTILE)
        portfolio_setup.set_requires(ws, FIELD_APP, [ERP])
    finally:
        ws.close()
    out = tmp_path / "results.xlsx"
    found = _write(demo_path, out)
    decided = funding.decide(found)
    book = load_workbook(out)
    assert book.sheetnames[:4] == ["Results", "Portfolio", "Frontier", "Sensitivity"]
    sheet = book["Portfolio"]
    assert sheet.freeze_panes == "A2"
    headers, rows = _table(sheet)
    assert headers[:10] == [
        "Rank", "Proposal", "Score", "Cost", "Resource use", "Funding", "Reason", "Requires",
        "Group", "Joint",
    ]  # fmt: skip
    by_title = {r["Proposal"]: r for r in rows}
    analytics = by_title["Analytics platform consolidation"]
    assert (analytics["Funding"], analytics["Reason"]) == ("must fund", "regulator's deadline")
    assert by_title["Field service mobile app"]["Requires"] == "ERP finance module upgrade"
    integration = by_title["Integration platform modernisation"]
    assert integration["Funding"] == "must not fund"
    reason = sheet.cell(row=rows.index(integration) + 2, column=headers.index("Reason") + 1)
    assert reason.value == HOSTILE and reason.data_type == "s"  # text, never a formula
    # the same funded set as the results view's budget fit (and so the Results page)
    assert found.fit is not None
    funded = {r["Proposal"] for r in rows if r["Joint"] == "funded"}
    assert funded == {decided.titles[i] for i in found.fit.chosen}
    for office, chosen in zip(("PMO", "TMO"), decided.offices, strict=True):
        assert chosen.selection is not None
        assert {r["Proposal"] for r in rows if r[office] == "funded"} == {
            decided.titles[i] for i in chosen.selection.funded
        }
    assert [r["Proposal"] for r in rows] == [p.title for p in found.results.proposals]
    # the totals below: joint, PMO and TMO, then the budget and what is left
    cells = list(sheet.iter_rows(min_row=len(rows) + 3, values_only=True))
    assert cells[0][:5] == ("Set", "Proposals funded", "Total score", "Total cost",
                            "Total resource use")  # fmt: skip
    joint = cells[1]
    assert joint[:4] == ("Joint", len(found.fit.chosen), pytest.approx(found.fit.total_score),
                         found.fit.total_cost)  # fmt: skip
    assert cells[5][:2] == ("Budget", 2_400_000)
    assert cells[6][:2] == ("Left of the budget", 2_400_000 - found.fit.total_cost)
    assert sheet.cell(row=len(rows) + 4, column=4).number_format == "#,##0"


def test_rules_that_cannot_hold_are_listed_in_words(demo_path: Path, tmp_path: Path) -> None:
    ws = _live(demo_path)
    try:
        entities.edit(ws, "workshop", 1, budget=1_000_000)
        entities.edit(ws, "proposal", ERP, funding="must", reason="contract")
    finally:
        ws.close()
    out = tmp_path / "results.xlsx"
    _write(demo_path, out)
    sheet = load_workbook(out)["Portfolio"]
    _, rows = _table(sheet)
    assert all(r["Joint"] is None for r in rows)
    notes = [v for (v,) in sheet.iter_rows(min_col=1, max_col=1, values_only=True) if v]
    start = notes.index("The funding rules cannot all hold, so nothing is funded. These conflict:")
    assert set(notes[start + 1 :]) == {
        "– 'ERP finance module upgrade' must be funded (contract)",
        "– the budget of 1,000,000",
    }


def test_the_frontier_and_sensitivity_sheets_hold_the_analyses(
    demo_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "results.xlsx"
    found = _write(demo_path, out)
    decided = funding.decide(found)
    analysed = funding.analyse(decided)
    book = load_workbook(out)
    frontier = book["Frontier"]
    assert frontier.freeze_panes == "A2"
    _, rows = _table(frontier)
    points = [r for r in rows if r["Budget"] is not None]
    assert [(r["Budget"], r["Best total score"]) for r in points] == [
        (p.budget, pytest.approx(p.total_score)) for p in analysed.frontier
    ]
    at_budget = [r for r in points if r["Budget"] <= 2_400_000][-1]
    assert set(at_budget["Proposals funded"].split("; ")) == {
        decided.titles[i] for i in decided.selection.funded
    }
    assert points[1]["Change"] == "+ Accounts payable automation pilot"
    curve = [r for r in rows if r["Budget (rank order)"] is not None]
    assert [(r["Budget (rank order)"], r["Total score (rank order)"]) for r in curve] == [
        (p.budget, pytest.approx(p.total_score)) for p in analysed.ranking
    ]
    assert curve[1]["Proposal added"] == found.results.proposals[0].title
    assert frontier["A3"].number_format == "#,##0" and frontier["B3"].number_format == "0.0"
    assert len(frontier._charts) == 1  # both curves in one native chart
    assert _notes(frontier)[0].startswith("Each row: from this budget on")

    sensitivity = book["Sensitivity"]
    _, rows = _table(sensitivity)
    names = {c.id: c.name for c in found.data.criteria}
    bounds = [r for r in rows if r["Criterion"] is not None]
    assert [r["Criterion"] for r in bounds] == [names[b.criterion_id] for b in analysed.sensitivity]
    for row, b in zip(bounds, analysed.sensitivity, strict=True):
        assert row["Weight"] == b.weight
        assert row["Top-ranked stays from"] == pytest.approx(b.top[0] or 0)
        assert row["Top-ranked stays up to"] == (
            "no limit" if b.top[1] is None else pytest.approx(b.top[1])
        )
        assert b.funded is not None
        assert row["Funded set stays up to"] == (
            "no limit" if b.funded[1] is None else pytest.approx(b.funded[1])
        )
    shares = {r["Proposal"]: r["Probability funded"] for r in rows if r["Proposal"]}
    assert shares == {decided.titles[i]: pytest.approx(p) for i, p in analysed.probability.items()}
    assert sensitivity["J2"].number_format == "0%"


def test_a_withheld_office_reads_as_a_dash_with_a_note(demo_path: Path, tmp_path: Path) -> None:
    ws = files.open_file(demo_path)
    try:
        with ws.transaction() as conn:
            conn.exec_driver_sql(
                "DELETE FROM rating WHERE participant_id IN "
                "(SELECT id FROM participant WHERE office_id = 2 AND name != 'Aiko Tanaka')"
            )
    finally:
        ws.close()
    out = tmp_path / "results.xlsx"
    _write(demo_path, out)
    sheet = load_workbook(out)["Portfolio"]
    _, rows = _table(sheet)
    assert {r["TMO"] for r in rows} == {"—"} and {r["PMO"] for r in rows} == {"—"}
    notes = [v for (v,) in sheet.iter_rows(min_col=1, max_col=1, values_only=True) if v]
    assert any(str(n).startswith("— withheld: fewer than two participants") for n in notes)


def with_people(path: Path) -> None:
    """A second resource (9 people) and a group of alternatives on the demo: the PMO's scores
    alone would fund the IAM renewal, the TMO's the integration platform instead."""
    ws = _live(path)
    try:
        entities.edit(ws, "workshop", 1, resource_name="People", resource_limit=9)
        for pid, people in ((1, 4), (2, 3), (3, 3), (4, 2), (5, 2), (6, 2), (7, 1)):
            entities.edit(ws, "proposal", pid, resource_use=people)
        for pid in (INTEGRATION, ANALYTICS):
            entities.edit(ws, "proposal", pid, group_name="Platforms")
    finally:
        ws.close()


def test_each_office_alone_is_marked_beside_the_joint_set(demo_path: Path, tmp_path: Path) -> None:
    with_people(demo_path)
    out = tmp_path / "results.xlsx"
    found = _write(demo_path, out)
    sheet = load_workbook(out)["Portfolio"]
    headers, rows = _table(sheet)
    assert "People used" in headers
    by_title = {r["Proposal"]: r for r in rows}
    iam = by_title["Identity and access management renewal"]
    assert (iam["Joint"], iam["PMO"], iam["TMO"], iam["One office alone"]) == (
        "funded", "funded", None, "only PMO",
    )  # fmt: skip
    integration = by_title["Integration platform modernisation"]
    assert (integration["Group"], integration["TMO"], integration["One office alone"]) == (
        "Platforms", "funded", "only TMO",
    )  # fmt: skip
    cells = list(sheet.iter_rows(min_row=len(rows) + 3, values_only=True))
    assert found.fit is not None
    funded = [r for r in rows if r["Joint"] == "funded"]
    assert {r["Proposal"] for r in funded} == {by_title[t]["Proposal"] for t in by_title} & {
        p.title for p in found.data.proposals if p.id in found.fit.chosen
    }
    assert cells[1][4] == sum(r["People used"] for r in funded) <= 9
    assert ("Limit on People", 9) in [c[:2] for c in cells]
