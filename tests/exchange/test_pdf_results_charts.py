"""The minutes' charts and gap view agree with the app: the same axes, ranges and bubble
meaning (services.chart_spec), the same rounding, a colour scale as strong as the gap."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from reportlab.graphics.shapes import Circle, Drawing, Group, Rect, String
from reportlab.lib import colors

from pmo_tmo_desktop.exchange import pdf_charts, pdf_minutes, pdf_minutes_results
from pmo_tmo_desktop.exchange.pdf_minutes import GapEntry, ResultEntry
from pmo_tmo_desktop.exchange.pdf_minutes_layout import Layout
from pmo_tmo_desktop.services import chart_spec, files, queries, reports, results
from pmo_tmo_desktop.services.reports_texts import minutes_texts
from tests.exchange.test_pdf_minutes import content, flat, pdf_pages, section_text

GREY = colors.HexColor("#888888")


def _strings(drawing: Drawing) -> list[String]:
    found: list[String] = []
    for item in drawing.contents:
        if isinstance(item, String):
            found.append(item)
        elif isinstance(item, Group):
            found += [s for s in item.contents if isinstance(s, String)]
    return found


def _clustered() -> list[pdf_charts.ScatterPoint]:
    """Scores between 40 and 80 only: the axes must still run from 0 to 100."""
    return [
        pdf_charts.ScatterPoint(80.0, 45.0, "1", 300_000.0),
        pdf_charts.ScatterPoint(42.0, 70.0, "2", 1_200_000.0),
        pdf_charts.ScatterPoint(60.0, 61.0, "3", None),
    ]


def test_the_scatter_runs_from_0_to_100_on_both_axes_whatever_the_data() -> None:
    drawing = pdf_charts.scatter_chart(
        _clustered(), tick_text=lambda v: f"{v:.0f}", colour=GREY, x_title="X", y_title="Y"
    )
    frame = next(r for r in drawing.contents if isinstance(r, Rect))
    strings = _strings(drawing)
    x_ticks = {s.text: s.x for s in strings if s.textAnchor == "middle" and s.y < frame.y}
    y_ticks = {s.text: s.y for s in strings if s.textAnchor == "end"}
    assert {"0", "100"} <= set(x_ticks) and {"0", "100"} <= set(y_ticks)
    assert x_ticks["0"] == pytest.approx(frame.x)
    assert x_ticks["100"] == pytest.approx(frame.x + frame.width)
    assert y_ticks["100"] > y_ticks["0"]


def test_the_scatter_puts_x_across_and_y_up_with_bubble_area_for_size() -> None:
    drawing = pdf_charts.scatter_chart(
        _clustered(), tick_text=str, colour=GREY, x_title="PMO score", y_title="TMO score"
    )
    frame = next(r for r in drawing.contents if isinstance(r, Rect))
    bubbles = {
        (
            round((c.cx - frame.x) / frame.width * 100),
            round((c.cy - frame.y) / frame.height * 100),
        ): c.r
        for c in drawing.contents
        if isinstance(c, Circle) and c.r > 2
    }
    assert set(bubbles) == {(80, 45), (42, 70), (60, 61)}
    assert (bubbles[(42, 70)] / bubbles[(80, 45)]) ** 2 == pytest.approx(4.0, rel=0.01)
    assert bubbles[(60, 61)] == pdf_charts.LEAST_BUBBLE  # no cost given: the least bubble
    texts = [s.text for s in _strings(drawing)]
    assert "PMO score" in texts and "TMO score" in texts


@pytest.fixture
def demo_results(demo_path: Path) -> tuple[results.WorkshopResults, list[Any]]:
    with files.open_file(demo_path, read_only=True) as ws:
        return results.load(ws, 1), list(queries.offices(ws))


def test_the_minutes_draw_the_office_chart_the_app_draws(
    demo_results: tuple[results.WorkshopResults, list[Any]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    found, offices = demo_results
    drawn: list[dict[str, Any]] = []
    real = pdf_charts.scatter_chart

    def spy(points: Any, **options: Any) -> Drawing:
        drawn.append({"points": list(points), **options})
        return real(points, **options)

    monkeypatch.setattr(pdf_charts, "scatter_chart", spy)
    minutes = replace(
        reports.content_of(found, offices, "Acme", today=date(2026, 10, 14)),
        office_chart=chart_spec.minutes_office_chart(found),
        gap_top=chart_spec.gap_scale_of(found).top,
    )
    path = tmp_path / "minutes.pdf"
    pdf_minutes.write_minutes(path, minutes, minutes_texts())
    (chart,) = drawn
    assert (chart["x_title"], chart["y_title"]) == ("PMO score", "TMO score")
    assert chart["x_range"] == (0.0, 100.0) and chart["y_range"] == (0.0, 100.0)
    assert chart["above_note"] == "TMO rates higher"
    assert chart["below_note"] == "PMO rates higher"
    proposals = {str(p.rank): p for p in found.results.proposals}
    assert len(chart["points"]) == len(proposals)
    for point in chart["points"]:
        p = proposals[point.label]
        assert (point.x, point.y, point.size) == (p.pmo_score, p.tmo_score, p.cost)
    text = flat(" ".join(pdf_pages(path)))
    assert "Bubble area: cost" in text


def test_a_withheld_office_score_is_counted_as_not_shown(
    demo_results: tuple[results.WorkshopResults, list[Any]], tmp_path: Path
) -> None:
    found, offices = demo_results
    proposals = list(found.results.proposals)
    proposals[0] = replace(proposals[0], tmo_score=None, gap=None, withheld=("tmo",))
    found = replace(found, results=replace(found.results, proposals=tuple(proposals)))
    chart = chart_spec.minutes_office_chart(found)
    assert chart.not_shown == 1 and chart.withheld == 1
    assert len(chart.points) == len(proposals) - 1
    minutes = replace(
        reports.content_of(found, offices, "Acme", today=date(2026, 10, 14)),
        office_chart=chart,
    )
    path = tmp_path / "minutes.pdf"
    pdf_minutes.write_minutes(path, minutes, minutes_texts())
    text = flat(" ".join(pdf_pages(path)))
    assert "Not shown: 1 proposal without both a PMO and a TMO score, 1 of them" in text


GAPS = (62.5, -37.5, 38.0)


def _gap_content() -> Any:
    return content(
        criteria=(*content().criteria, replace(content().criteria[0], name="Third")),
        results=(
            ResultEntry(1, "Wide apart", 60.0, 80.0, 5.0, 75.0, 0.3, False, 1.0, GAPS),
            ResultEntry(2, "Close", 50.0, 51.0, 48.8, 2.25, 0.1, False, 1.0, (2.25, 0.0, None)),
        ),
        largest_gaps=(
            GapEntry("Wide apart", "", 75.0),
            GapEntry("Wide apart", "Fit & <value>", 62.5),
            GapEntry("Wide apart", "Risk > 5", -37.5),
            GapEntry("Close", "", 2.25),
        ),
    )


def test_the_gap_view_prints_one_decimal_rounded_half_away_from_zero(tmp_path: Path) -> None:
    path = tmp_path / "minutes.pdf"
    pdf_minutes.write_minutes(path, _gap_content(), minutes_texts())
    gap_view = section_text(pdf_pages(path), "PMO–TMO gap view", "Budget fit")
    heat, _, largest = gap_view.partition("Largest gaps")
    for figure in ("+62.5", "−37.5", "+38.0", "+75.0", "+2.3"):
        assert figure in heat, figure
    assert "+62 " not in heat and "−38 " not in heat
    for figure in ("+62.5", "−37.5", "+75.0", "+2.3"):
        assert figure in largest, figure


def test_the_colour_is_as_strong_as_the_gap_against_the_largest(tmp_path: Path) -> None:
    minutes = _gap_content()
    assert pdf_minutes_results.gap_top(minutes) == 75.0
    lay = Layout(minutes, minutes_texts())
    table = pdf_minutes_results._heatmap(lay, [0, 1, 2], overall=True)
    fills = {
        start: colour
        for command, start, _end, colour in table._bkgrndcmds
        if command == "BACKGROUND" and start[1] >= 1 and start[0] >= 1
    }
    at_38, at_75 = fills[(3, 1)], fills[(4, 1)]  # +38 and the overall +75, the largest

    def lightness(c: colors.Color) -> float:
        return (max(c.red, c.green, c.blue) + min(c.red, c.green, c.blue)) / 2

    assert lightness(at_38) - lightness(at_75) > 0.15
    assert pdf_minutes_results.gap_strength(38.0, 75.0) == pytest.approx(38 / 75)
    assert pdf_minutes_results.gap_strength(75.0, 75.0) == 1.0
    assert (at_75.red, at_75.green, at_75.blue) == pytest.approx(
        (lay.pmo.red, lay.pmo.green, lay.pmo.blue)
    )


def test_the_gap_legend_names_the_span_of_the_scale(tmp_path: Path) -> None:
    lay = Layout(_gap_content(), minutes_texts())
    scale, _space, _words = pdf_minutes_results._gap_legend(lay)
    ramps = [cell for row in scale._cellvalues for cell in row]
    for ramp, label in zip(ramps, ("PMO rates higher", "TMO rates higher"), strict=True):
        texts = [s.text for s in _strings(ramp)]
        assert texts == [label, "0", "75.0"]
    path = tmp_path / "minutes.pdf"
    pdf_minutes.write_minutes(path, _gap_content(), minutes_texts())
    text = flat(" ".join(pdf_pages(path)))
    assert "Full colour: a gap of 75.0 points, the largest shown." in text
