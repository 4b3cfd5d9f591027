"""The minutes' portfolio section, read back from real minutes of the demo workshop: the rules,
the funded set, the conflict in words, the frontier chart, each office's set under office
privacy, and no section for a workshop with nothing to fund."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from pmo_tmo_desktop.services import (
    entities,
    files,
    funding,
    portfolio_setup,
    reports,
    reports_portfolio,
    results,
)
from tests.exchange.test_pdf_minutes import flat, pdf_pages, section_text
from tests.services.test_funding import ANALYTICS, ERP, FIELD_APP, INTEGRATION, _live

CRM_TITLE = "Customer self-service portal"
ANALYTICS_TITLE = "Analytics platform consolidation"
ERP_TITLE = "ERP finance module upgrade"


def _minutes(ws: files.Workspace, tmp_path: Path) -> tuple[Path, list[str]]:
    path = tmp_path / "minutes.pdf"
    reports.write_minutes(ws, 1, path)
    return path, pdf_pages(path)


def _headings(path: Path) -> list[str]:
    return [" ".join(item.title.split()) for item in PdfReader(path).outline]


def test_the_funded_set_under_the_rules_with_its_frontier_is_in_the_minutes(
    demo_path: Path, tmp_path: Path
) -> None:
    ws = _live(demo_path)
    try:
        entities.edit(ws, "proposal", ANALYTICS, funding="must", reason="regulator's deadline")
        entities.edit(ws, "proposal", INTEGRATION, funding="must_not", reason="funded in Q3")
        portfolio_setup.set_requires(ws, FIELD_APP, [ERP])
        path, pages = _minutes(ws, tmp_path)
    finally:
        ws.close()
    section = section_text(pages, "Portfolio", "Decisions")
    # the rules, with their reasons
    assert "Must fund regulator's deadline" in section
    assert "Must not fund funded in Q3" in section
    rules = section[: section.index("The funded set")]
    assert "Field service mobile app" in rules and ERP_TITLE in rules
    # the funded set: the analytics platform as a must, within the budget
    funded = section[section.index("The funded set") : section.index("The efficient frontier")]
    assert CRM_TITLE in funded
    assert f"{ANALYTICS_TITLE} must" in funded
    assert "Integration platform modernisation" not in funded
    assert "of 2,400,000." in funded
    assert "must: funded because the rules say it must be." in funded
    # the frontier chart's words: legend, the budget's line, the axes
    chart = section[section.index("The efficient frontier") :]
    for label in ("Best set for the budget", "In rank order", "Budget 2,400,000", "Total score"):
        assert label in chart
    assert "What each office alone would fund" in section
    assert "How far the weights may move" in section
    assert "Share of the 100 random weight draws under which each proposal is funded." in section
    assert "the draws are seeded, so the same workshop always gives the same shares." in section
    # the funded set is shown once: the budget fit is part of the portfolio section
    headings = _headings(path)
    assert any(h.endswith("Portfolio") for h in headings)
    assert not any(h.endswith("Budget fit") for h in headings)


def test_rules_that_cannot_hold_are_named_and_no_set_is_proposed(
    demo_path: Path, tmp_path: Path
) -> None:
    ws = _live(demo_path)
    try:
        entities.edit(ws, "workshop", 1, budget=1_000_000)
        entities.edit(ws, "proposal", ERP, funding="must", reason="contract")  # 1,150,000
        _, pages = _minutes(ws, tmp_path)
    finally:
        ws.close()
    section = section_text(pages, "Portfolio", "Decisions")
    assert "These rules cannot all hold together, so no set is proposed:" in section
    assert "the budget of 1,000,000" in section
    assert f"'{ERP_TITLE}' must be funded" in section
    assert "What each office alone would fund" not in section  # no invented set either


def test_a_withheld_office_shows_no_set_of_its_own(demo_path: Path, tmp_path: Path) -> None:
    ws = files.open_file(demo_path)
    try:  # one TMO participant's ratings left: both offices' figures are withheld
        with ws.transaction() as conn:
            conn.exec_driver_sql(
                "DELETE FROM rating WHERE participant_id IN "
                "(SELECT id FROM participant WHERE office_id = 2 AND name != 'Aiko Tanaka')"
            )
        _, pages = _minutes(ws, tmp_path)
    finally:
        ws.close()
    offices = section_text(pages, "Portfolio", "Decisions")
    offices = offices[offices.index("What each office alone would fund") :]
    assert f"{CRM_TITLE} ✓ — —" in offices
    assert (
        "— withheld: the office's figures are withheld for privacy, so no set of its own is "
        "shown." in offices
    )


def test_a_workshop_without_costs_budget_or_rules_has_no_portfolio_section(
    demo_path: Path, tmp_path: Path
) -> None:
    ws = _live(demo_path)
    try:
        with ws.transaction() as conn:
            conn.exec_driver_sql("UPDATE proposal SET cost = NULL")
            conn.exec_driver_sql("UPDATE workshop SET budget = NULL")
        path, pages = _minutes(ws, tmp_path)
    finally:
        ws.close()
    assert not any(h.endswith("Portfolio") for h in _headings(path))
    text = flat(" ".join(pages))
    assert "The funded set" not in text and "The efficient frontier" not in text


def test_a_round_analysed_once_is_not_analysed_again_until_it_changes(demo_path: Path) -> None:
    """The minutes after the Results page (or the pack after the minutes) do not wait for the
    same analyses twice; a changed weight is a new question."""
    ws = _live(demo_path)
    try:
        first = funding.analyse(funding.decide(results.load(ws, 1)), draws=3)
        again = funding.analyse(funding.decide(results.load(ws, 1)), draws=3)
        entities.edit(ws, "criterion", 1, weight=9)
        moved = funding.analyse(funding.decide(results.load(ws, 1)), draws=3)
    finally:
        ws.close()
    assert again is first
    assert moved is not first and moved.sensitivity[0].weight == 9


def test_a_large_round_samples_its_frontier_unless_the_exact_one_is_known(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Beyond `EXACT_FRONTIER_MOST` priced proposals the minutes draw the best set at sampled
    budgets (each point on the exact frontier); once the exact analyses of the round were run
    (the Results page's Portfolio tab), the minutes print those instead."""
    monkeypatch.setattr(reports_portfolio, "EXACT_FRONTIER_MOST", 3)
    funding.forget()
    ws = _live(demo_path)
    try:
        sampled = reports.minutes_content(ws, 1).portfolio
        exact = funding.analyse(funding.decide(results.load(ws, 1)))
        reused = reports.minutes_content(ws, 1).portfolio
    finally:
        ws.close()
        funding.forget()
    assert sampled is not None and reused is not None
    assert sampled.sampled == reports_portfolio.FRONTIER_SAMPLES
    every_point = {(p.budget, round(p.total_score, 6)) for p in exact.frontier}
    assert sampled.frontier and {(b, round(s, 6)) for b, s in sampled.frontier} <= every_point
    assert reused.sampled == 0
    assert [(b, round(s, 6)) for b, s in reused.frontier] == [
        (p.budget, round(p.total_score, 6)) for p in exact.frontier
    ]
