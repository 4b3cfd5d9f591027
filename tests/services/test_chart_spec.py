"""The charts' specification, written once for the app and the minutes (no Qt here)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from pmo_tmo_desktop.services import chart_spec, files, results
from pmo_tmo_desktop.services.chart_spec import Quantity


@pytest.fixture
def found(demo_path: Path) -> results.WorkshopResults:
    with files.open_file(demo_path, read_only=True) as ws:
        return results.load(ws, 1)


def test_the_office_chart_is_pmo_across_tmo_up_0_to_100_with_cost_bubbles() -> None:
    spec = chart_spec.OFFICE_SCORES
    assert (spec.x.quantity, spec.y.quantity) == (Quantity.PMO_SCORE, Quantity.TMO_SCORE)
    assert (spec.x.low, spec.x.high, spec.y.low, spec.y.high) == (0, 100, 0, 100)
    assert spec.bubble == Quantity.COST and spec.diagonal and spec.band == 10
    cost = chart_spec.SCORE_COST
    assert (cost.x.quantity, cost.y.quantity, cost.bubble) == (
        Quantity.COST,
        Quantity.SCORE,
        Quantity.BENEFIT,
    )


def test_points_carry_the_figures_and_the_ranges_stay_fixed(
    found: results.WorkshopResults,
) -> None:
    data = chart_spec.office_scores(found)
    assert data.x_range() == (0, 100) and data.y_range() == (0, 100)
    assert len(data.points) == len(found.results.proposals) and data.not_shown == 0
    for point, p in zip(data.points, found.results.proposals, strict=True):
        assert (point.proposal_id, point.x, point.y, point.bubble) == (
            p.proposal_id,
            p.pmo_score,
            p.tmo_score,
            p.cost,
        )
        assert point.higher == ("pmo" if p.gap > 0.05 else "tmo" if p.gap < -0.05 else "")
    costs = chart_spec.score_cost(found)
    assert costs.x_range()[0] == 0 and costs.x_range()[1] >= max(
        p.cost for p in found.results.proposals
    )


def test_withheld_and_missing_scores_are_left_out_and_counted(
    found: results.WorkshopResults,
) -> None:
    proposals = list(found.results.proposals)
    proposals[0] = replace(proposals[0], tmo_score=None, gap=None, withheld=("tmo",))
    proposals[1] = replace(proposals[1], pmo_score=None, gap=None)
    changed = replace(found, results=replace(found.results, proposals=tuple(proposals)))
    data = chart_spec.office_scores(changed)
    assert data.not_shown == 2
    first, second = data.left_out
    assert first.missing == (Quantity.TMO_SCORE,) and first.withheld == (Quantity.TMO_SCORE,)
    assert second.missing == (Quantity.PMO_SCORE,) and second.withheld == ()
    entry = chart_spec.minutes_office_chart(changed)
    assert (entry.not_shown, entry.withheld, len(entry.points)) == (2, 1, len(proposals) - 2)
    assert (entry.x, entry.y, entry.bubble) == ("pmo_score", "tmo_score", "cost")


def test_the_gap_scale_runs_to_the_largest_gap_as_shown() -> None:
    scale = chart_spec.gap_scale([62.5, -37.5, 38.0, 74.96, None])
    assert scale.top == 75.0  # 74.96 is shown as 75.0
    assert scale.strength(38.0) == pytest.approx(38 / 75)
    assert scale.strength(-74.96) == 1.0 and scale.strength(None) == 0.0
    assert chart_spec.gap_scale([None]).strength(5.0) == 0.0
