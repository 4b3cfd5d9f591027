"""`pmo-tmo portfolio`, run as a separate process: what to fund under the budget and the
workshop's rules, each office's set, the frontier, sensitivity and robustness; rules that
cannot hold are an answer (exit 0); bad input is refused in one line (exit 2)."""

from __future__ import annotations

import json
from pathlib import Path

from pmo_tmo_desktop.services import entities, files, funding, portfolio_setup, results
from tests.cli.test_cli import assert_refused, run
from tests.services.test_funding import ANALYTICS, ERP, FIELD_APP, INTEGRATION, _live
from tests.services.test_results_workbook_portfolio import with_people
from tests.store.helpers import fingerprint

WORKSHOP = ("--workshop", "1")


def _with_rules(path: Path) -> None:
    ws = _live(path)
    try:
        entities.edit(ws, "proposal", ANALYTICS, funding="must", reason="regulator's deadline")
        entities.edit(ws, "proposal", INTEGRATION, funding="must_not", reason="funded in Q3")
        portfolio_setup.set_requires(ws, FIELD_APP, [ERP])
    finally:
        ws.close()


def test_json_is_the_published_shape_of_the_same_file(demo_path: Path) -> None:
    _with_rules(demo_path)
    before = fingerprint(demo_path)
    result = run("portfolio", demo_path, *WORKSHOP, "--draws", "20", "--json")
    assert result.returncode == 0, result.stderr
    assert fingerprint(demo_path) == before, "portfolio only reads"
    data = json.loads(result.stdout)
    with files.open_file(demo_path, read_only=True) as ws:
        found = results.load(ws, 1)
    decided = funding.decide(found)
    expected = funding.as_data(decided, funding.analyse(decided, 20))
    assert data == json.loads(json.dumps(expected))
    for key in ("budget", "feasible", "funded", "total_score", "total_cost", "by_office"):
        assert key in data
    assert set(data["by_office"]) == {"PMO", "TMO"}
    assert {"frontier", "sensitivity", "probability_funded"} <= set(data)
    assert data["draws"] == 20
    # the same funded set as the results' budget fit
    fit = results.as_data(found)["budget_fit"]
    assert set(data["funded"]) == {c["title"] for c in fit["chosen"]}
    assert "Analytics platform consolidation" in data["funded"]
    assert "Integration platform modernisation" not in data["funded"]


def test_a_budget_of_ones_own_decides_instead_of_the_workshops(demo_path: Path) -> None:
    result = run("portfolio", demo_path, *WORKSHOP, "--budget", "500000", "--draws", "0", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["budget"] == 500_000
    assert data["funded"] == ["Field service mobile app"]
    assert data["probability_funded"] == {} and data["draws"] == 0


def test_the_text_summary_has_every_part(demo_path: Path) -> None:
    _with_rules(demo_path)
    result = run("portfolio", demo_path, *WORKSHOP, "--draws", "20")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    with files.open_file(demo_path, read_only=True) as ws:
        decided = funding.decide(results.load(ws, 1))
    chosen = decided.selection
    assert f"Budget 2,400,000: {chosen.total_cost:,.0f} spent" in out
    assert f"Funded: {len(chosen.funded)} of 7 proposals" in out
    lines = out.splitlines()
    for pid in chosen.funded:  # score, cost and title on one line
        assert any(decided.titles[pid] in line and "," in line for line in lines)
    assert "What the PMO alone, the TMO alone and both together would fund" in out
    side = lines[lines.index(next(x for x in lines if x.startswith("  joint"))) + 1 :]
    portal = next(x for x in side if x.endswith("Customer self-service portal"))
    assert portal.count("•") == 3, portal
    integration = next(x for x in side if "Integration platform modernisation" in x)
    assert "•" not in integration  # must not: no office funds it
    assert "Frontier: the best total score at each budget" in out
    assert "+ Accounts payable automation pilot" in out
    assert "Sensitivity:" in out and "no limit" in out
    for criterion in decided.found.data.criteria:
        assert criterion.name in out
    assert "Probability funded" in out and "20 random draws" in out
    assert "100 %  •  Analytics platform consolidation" in out
    assert result.stderr == ""


def test_rules_that_cannot_hold_are_named_in_words_and_exit_0(demo_path: Path) -> None:
    ws = _live(demo_path)
    try:
        entities.edit(ws, "workshop", 1, budget=1_000_000)
        entities.edit(ws, "proposal", ERP, funding="must", reason="contract")  # 1,150,000
    finally:
        ws.close()
    result = run("portfolio", demo_path, *WORKSHOP, "--draws", "0")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "The funding rules cannot all hold, so nothing is funded. These conflict:" in out
    assert "  - 'ERP finance module upgrade' must be funded (contract)" in out
    assert "  - the budget of 1,000,000" in out
    assert "Funded:" not in out
    data = json.loads(run("portfolio", demo_path, *WORKSHOP, "--draws", "0", "--json").stdout)
    assert data["feasible"] is False and data["funded"] == []


def test_a_second_resource_and_what_one_office_alone_would_fund(demo_path: Path) -> None:
    with_people(demo_path)
    result = run("portfolio", demo_path, *WORKSHOP, "--draws", "0")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "People: 8 of 9 used" in out
    assert "Identity and access management renewal  (only PMO)" in out
    assert "Integration platform modernisation  (only TMO)" in out


def test_a_withheld_office_shows_a_dash_and_a_note(demo_path: Path) -> None:
    ws = files.open_file(demo_path)
    try:
        with ws.transaction() as conn:  # one TMO participant left: office figures withheld
            conn.exec_driver_sql(
                "DELETE FROM rating WHERE participant_id IN "
                "(SELECT id FROM participant WHERE office_id = 2 AND name != 'Aiko Tanaka')"
            )
    finally:
        ws.close()
    result = run("portfolio", demo_path, *WORKSHOP, "--draws", "0")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    start = lines.index(next(x for x in lines if x.startswith("  joint")))
    portal = next(x for x in lines[start:] if x.endswith("Customer self-service portal"))
    assert portal.split()[:3] == ["•", "—", "—"], portal
    assert any(x.startswith("— withheld: fewer than two participants") for x in lines)


def test_bad_input_is_refused_in_one_line(demo_path: Path) -> None:
    assert_refused(run("portfolio", demo_path, "--workshop", "42"), "42")
    assert_refused(run("portfolio", demo_path, *WORKSHOP, "--round", "9"), "round 9")
    for bad in ("-5", "abc", "nan", "inf"):
        assert_refused(run("portfolio", demo_path, *WORKSHOP, "--budget", bad), "--budget", bad)
    assert_refused(run("portfolio", demo_path, *WORKSHOP, "--draws", "-1"), "--draws")
    ws = _live(demo_path)
    try:
        with ws.transaction() as conn:
            conn.exec_driver_sql("UPDATE round SET status = 'open', blind = 1 WHERE number = 2")
    finally:
        ws.close()
    assert_refused(run("portfolio", demo_path, *WORKSHOP, "--round", "2"), "blind and still open")
