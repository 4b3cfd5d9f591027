"""The results charts: the room sees at a glance which proposals score well for their cost and
where the PMO and the TMO see a proposal differently."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, QPoint
from PySide6.QtGui import QColor, QHelpEvent, QImage
from PySide6.QtWidgets import QApplication, QBoxLayout, QLabel, QToolTip

from pmo_tmo_desktop.domain import scoring
from pmo_tmo_desktop.services import files, results
from pmo_tmo_desktop.ui.workshop.results.results_charts import ResultsCharts, nice_ticks

PMO, TMO = "#2F6DB5", "#2E8B57"


@pytest.fixture(autouse=True)
def _english_numbers() -> Iterator[None]:
    """Numbers as en-GB writes them (1,250,000 and 74.6), whatever the machine's locale."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def found(demo_path: Path) -> scoring.Results:
    with files.open_file(demo_path, read_only=True) as ws:
        return results.load(ws, 1).results


def _show(qtbot, found: scoring.Results, width: int = 1000, height: int = 480) -> ResultsCharts:
    charts = ResultsCharts()
    qtbot.addWidget(charts)
    charts.resize(width, height)
    charts.show_results(found, PMO, TMO)
    charts.show()
    qtbot.waitExposed(charts)
    return charts


def _with(found: scoring.Results, index: int, **changes: object) -> scoring.Results:
    proposals = list(found.proposals)
    proposals[index] = dataclasses.replace(proposals[index], **changes)
    return dataclasses.replace(found, proposals=tuple(proposals))


def _colours(image: QImage) -> set[str]:
    return {
        image.pixelColor(x, y).name()
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
    }


def test_each_plottable_proposal_gets_one_bubble_and_one_point(qtbot, found) -> None:
    charts = _show(qtbot, found)
    ids = sorted(p.proposal_id for p in found.proposals)
    assert len(found.proposals) == 7
    assert sorted(d.result.proposal_id for d in charts.bubble_chart.dots()) == ids
    assert sorted(d.result.proposal_id for d in charts.scatter_chart.dots()) == ids
    for chart in (charts.bubble_chart, charts.scatter_chart):
        assert all(chart.plot_rect().contains(chart.position_of(i)) for i in ids)
        assert chart.unplotted == []
    assert not charts.bubble_missing.isVisible()


def test_the_best_scored_proposal_sits_highest_and_cost_runs_left_to_right(qtbot, found) -> None:
    charts = _show(qtbot, found)
    chart = charts.bubble_chart
    best, *others = found.proposals
    assert best.rank == 1
    top = chart.position_of(best.proposal_id)
    assert all(top.y() < chart.position_of(p.proposal_id).y() for p in others)
    by_cost = sorted(found.proposals, key=lambda p: p.cost)
    xs = [chart.position_of(p.proposal_id).x() for p in by_cost]
    assert xs == sorted(xs)


def test_the_bubble_area_follows_the_expected_benefit(qtbot, found) -> None:
    charts = _show(qtbot, found)
    chart = charts.bubble_chart
    dots = {d.result.proposal_id: d for d in chart.dots()}
    big = max(found.proposals, key=lambda p: p.benefit)
    small = min(found.proposals, key=lambda p: p.benefit)
    ratio = (dots[big.proposal_id].radius / dots[small.proposal_id].radius) ** 2
    assert ratio == pytest.approx(big.benefit / small.benefit, rel=0.01)


def test_a_proposal_the_pmo_rates_higher_lies_below_the_diagonal_in_the_pmo_colour(
    qtbot, found
) -> None:
    charts = _show(qtbot, found)
    chart = charts.scatter_chart
    plot = chart.plot_rect()
    assert plot.width() == pytest.approx(plot.height())  # square: the diagonal is at 45°
    pmo_higher = max(found.proposals, key=lambda p: p.gap)
    tmo_higher = min(found.proposals, key=lambda p: p.gap)
    assert pmo_higher.gap > 5 and tmo_higher.gap < -5

    def above_diagonal(proposal_id: int) -> bool:
        point = chart.position_of(proposal_id)
        return plot.bottom() - point.y() > point.x() - plot.left()

    assert not above_diagonal(pmo_higher.proposal_id)
    assert above_diagonal(tmo_higher.proposal_id)
    assert chart.colour_for(pmo_higher) == QColor(PMO)
    assert chart.colour_for(tmo_higher) == QColor(TMO)
    dots = {d.result.proposal_id: d for d in chart.dots()}
    assert dots[pmo_higher.proposal_id].colour == QColor(PMO)
    assert dots[tmo_higher.proposal_id].colour == QColor(TMO)


def test_the_office_chart_puts_the_pmo_score_across_and_the_tmo_score_up_from_0_to_100(
    qtbot, found
) -> None:
    """The same axes as the minutes' chart: PMO score across, TMO score up, both 0–100."""
    charts = _show(qtbot, found)
    chart = charts.scatter_chart
    plot = chart.plot_rect()
    assert chart._titles == ("PMO score", "TMO score")
    assert chart.data is not None
    assert chart.data.x_range() == (0, 100) and chart.data.y_range() == (0, 100)
    xticks, yticks = dict((s, x) for x, s in chart._xticks), dict((s, y) for y, s in chart._yticks)
    assert xticks["0"] == pytest.approx(plot.left()) and xticks["100"] == pytest.approx(
        plot.right()
    )
    assert yticks["0"] == pytest.approx(plot.bottom()) and yticks["100"] == pytest.approx(
        plot.top()
    )
    for p in found.proposals:
        point = chart.position_of(p.proposal_id)
        assert point.x() == pytest.approx(plot.left() + p.pmo_score / 100 * plot.width())
        assert point.y() == pytest.approx(plot.bottom() - p.tmo_score / 100 * plot.height())


def test_the_office_chart_bubble_area_follows_the_cost_and_the_legend_says_so(qtbot, found) -> None:
    charts = _show(qtbot, found)
    chart = charts.scatter_chart
    dots = {d.result.proposal_id: d for d in chart.dots()}
    big = max(found.proposals, key=lambda p: p.cost)
    small = min(found.proposals, key=lambda p: p.cost)
    ratio = (dots[big.proposal_id].radius / dots[small.proposal_id].radius) ** 2
    assert ratio == pytest.approx(big.cost / small.cost, rel=0.01)
    texts = [key.text for line in chart._keys for _rect, key in line]
    assert "Bubble area: cost" in texts
    assert f"{small.cost:,.0f}" in texts and f"{big.cost:,.0f}" in texts
    captions = [label.text() for label in charts.findChildren(QLabel)]
    assert any("Bubble area shows the cost" in text for text in captions)


def test_a_withheld_office_score_leaves_the_proposal_off_and_says_why(qtbot, found) -> None:
    hidden = found.proposals[1]
    charts = _show(qtbot, _with(found, 1, tmo_score=None, gap=None, withheld=("tmo",)))
    assert charts.scatter_chart.position_of(hidden.proposal_id) is None
    assert charts.scatter_chart.data.not_shown == 1
    assert charts.scatter_missing.isVisible()
    text = charts.scatter_missing.text()
    assert text.startswith(f"Not plotted: {hidden.title} (TMO score withheld)")
    assert "fewer than two" in text


def test_hovering_a_bubble_or_a_point_gives_the_exact_numbers(qtbot, found) -> None:
    charts = _show(qtbot, found)
    p = found.proposals[0]
    for chart in (charts.bubble_chart, charts.scatter_chart):
        at = chart.position_of(p.proposal_id)
        assert chart.point_at(at) == p.proposal_id
        tip = chart.tooltip_at(at)
        assert tip.splitlines()[0] == p.title
        assert f"Score: {p.score:.1f} (rank 1)" in tip
        sign = "+" if p.gap > 0 else "−"
        assert f"PMO: {p.pmo_score:.1f} · TMO: {p.tmo_score:.1f} · Gap: {sign}" in tip
        assert f"Gap: {sign}{abs(p.gap):.1f}" in tip
        assert f"Cost: {p.cost:,.0f}" in tip
        assert f"Expected benefit: {p.benefit:,.0f}" in tip
    chart = charts.bubble_chart
    assert chart.point_at(QPoint(1, 1)) is None
    assert chart.tooltip_at(QPoint(1, 1)) == ""


def test_whole_numbers_from_the_engine_are_shown_as_well(qtbot, found) -> None:
    p = found.proposals[0]
    charts = _show(
        qtbot, _with(found, 0, score=75, pmo_score=80, tmo_score=70, gap=10, cost=620000)
    )
    chart = charts.bubble_chart
    tip = chart.tooltip_at(chart.position_of(p.proposal_id))
    assert "Score: 75.0 (rank 1)" in tip
    assert "PMO: 80.0 · TMO: 70.0 · Gap: +10.0" in tip
    assert "Cost: 620,000" in tip


def test_the_tooltip_event_shows_the_point_under_the_pointer(qtbot, found) -> None:
    charts = _show(qtbot, found)
    chart = charts.scatter_chart
    p = found.proposals[0]
    at = chart.position_of(p.proposal_id).toPoint()
    QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, at, chart.mapToGlobal(at)))
    assert QToolTip.text().startswith(f"<b>{p.title}</b>")
    QToolTip.hideText()


def test_points_on_top_of_each_other_all_show_in_the_tooltip(qtbot, found) -> None:
    first, second = found.proposals[0], found.proposals[1]
    same = _with(found, 1, pmo_score=first.pmo_score, tmo_score=first.tmo_score)
    charts = _show(qtbot, same)
    chart = charts.scatter_chart
    tip = chart.tooltip_at(chart.position_of(first.proposal_id))
    assert first.title in tip and second.title in tip


def test_proposals_without_cost_are_listed_as_not_plotted(qtbot, found) -> None:
    missing = found.proposals[2]
    charts = _show(qtbot, _with(found, 2, cost=None))
    assert charts.bubble_chart.position_of(missing.proposal_id) is None
    assert len(charts.bubble_chart.dots()) == len(found.proposals) - 1
    assert charts.scatter_chart.position_of(missing.proposal_id) is not None
    assert charts.bubble_missing.isVisible()
    assert charts.bubble_missing.text() == f"Not plotted: {missing.title} (no cost)"
    assert not charts.scatter_missing.isVisible()


def test_a_proposal_without_office_scores_is_left_off_the_pmo_tmo_chart(qtbot, found) -> None:
    missing = found.proposals[3]
    charts = _show(qtbot, _with(found, 3, tmo_score=None, gap=None))
    assert charts.scatter_chart.position_of(missing.proposal_id) is None
    assert charts.scatter_missing.text() == f"Not plotted: {missing.title} (no TMO score)"
    assert charts.bubble_chart.position_of(missing.proposal_id) is not None


def test_titles_beside_the_bubbles_never_overlap_anything(qtbot, found) -> None:
    for width, height in ((1000, 480), (640, 900), (1400, 800)):
        charts = _show(qtbot, found, width, height)
        for chart in (charts.bubble_chart, charts.scatter_chart):
            dots = chart.dots()
            placed = [d.label_rect for d in dots if d.label_rect is not None]
            assert placed, "at least some labels fit"
            for a, b in itertools.combinations(placed, 2):
                assert not a.intersects(b)
            for rect in placed:
                for dot in dots:
                    nearest_x = max(rect.left(), min(dot.centre.x(), rect.right()))
                    nearest_y = max(rect.top(), min(dot.centre.y(), rect.bottom()))
                    gap = (nearest_x - dot.centre.x()) ** 2 + (nearest_y - dot.centre.y()) ** 2
                    assert gap >= dot.radius**2
        charts.close()


def test_narrow_room_stacks_the_charts(qtbot, found) -> None:
    charts = _show(qtbot, found, 600, 900)
    assert charts.row.direction() == QBoxLayout.Direction.TopToBottom
    assert charts.bubble_chart.geometry().bottom() < charts.scatter_chart.geometry().top()
    charts.resize(1200, 500)
    qtbot.waitUntil(lambda: charts.row.direction() == QBoxLayout.Direction.LeftToRight)


def test_the_rendered_charts_show_both_office_colours(qtbot, found) -> None:
    charts = _show(qtbot, found)
    image = charts.grab().toImage()
    assert not image.isNull() and image.width() >= 1000
    seen = _colours(image)
    assert QColor(PMO).name() in seen
    assert QColor(TMO).name() in seen
    assert len(seen) > 50  # antialiased bubbles, text, gridlines: clearly not a blank widget


def test_screen_readers_get_every_proposal_in_words(qtbot, found) -> None:
    charts = _show(qtbot, found)
    bubbles = charts.bubble_chart.accessibleDescription()
    points = charts.scatter_chart.accessibleDescription()
    for p in found.proposals:
        assert f"Rank {p.rank}, {p.title}: score {p.score:.1f}, cost {p.cost:,.0f}" in bubbles
        assert f"Rank {p.rank}, {p.title}: PMO {p.pmo_score:.1f}, TMO {p.tmo_score:.1f}" in points
    assert charts.bubble_chart.accessibleName() == "Score against cost"
    assert charts.scatter_chart.accessibleName() == "PMO score against TMO score"
    assert bubbles in charts.accessibleDescription()


def test_a_split_room_is_marked_on_the_bubble_and_in_the_legend(qtbot, found) -> None:
    charts = _show(qtbot, _with(found, 4, dissent_flag=True, dissent=0.42))
    chart = charts.bubble_chart
    flagged = found.proposals[4]
    assert "⚑ Split room: dissent 0.42" in chart.tooltip_at(chart.position_of(flagged.proposal_id))
    texts = [key.text for line in chart._keys for _rect, key in line]
    assert "split room (dissent)" in texts
    assert _colours(chart.grab().toImage())


def test_no_proposals_at_all_draws_empty_axes_and_says_so(qtbot, found) -> None:
    charts = _show(qtbot, dataclasses.replace(found, proposals=()))
    for chart in (charts.bubble_chart, charts.scatter_chart):
        assert chart.dots() == []
        assert chart.empty_text == "No proposals to plot."
        assert chart.point_at(chart.plot_rect().center()) is None
    assert not charts.bubble_missing.isVisible()
    assert not charts.grab().toImage().isNull()


def test_proposals_without_any_scores_do_not_crash(qtbot, found) -> None:
    unrated = tuple(
        dataclasses.replace(p, score=None, pmo_score=None, tmo_score=None, gap=None, rank=None)
        for p in found.proposals
    )
    charts = _show(qtbot, dataclasses.replace(found, proposals=unrated))
    assert charts.bubble_chart.dots() == [] and charts.scatter_chart.dots() == []
    assert charts.bubble_chart.empty_text.startswith("Nothing to plot")
    assert len(charts.bubble_chart.unplotted) == len(unrated)
    assert not charts.grab().toImage().isNull()
    charts.resize(300, 200)  # smaller than it likes: still paints
    assert not charts.grab().toImage().isNull()


def test_cost_ticks_are_round_numbers_from_zero() -> None:
    assert nice_ticks(1_196_000, 5) == [0, 250_000, 500_000, 750_000, 1_000_000, 1_250_000]
    assert nice_ticks(0, 5) == pytest.approx([0, 0.2, 0.4, 0.6, 0.8, 1.0])
    assert nice_ticks(90, 4)[-1] == 100
