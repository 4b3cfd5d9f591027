"""The alignment view: a PMO or TMO lead sees at a glance how far the two offices work together."""

from __future__ import annotations

import dataclasses
import itertools
from html import escape
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain import rules
from pmo_tmo_desktop.domain.offices import TMO_COLOUR
from pmo_tmo_desktop.services import files, queries
from pmo_tmo_desktop.ui.offices.alignment_view import AlignmentArea
from pmo_tmo_desktop.ui.widgets.charts import StackedBarChart, tooltip_html


@pytest.fixture
def demo(demo_path: Path) -> tuple[m.Methodology, rules.Report]:
    with files.open_file(demo_path, read_only=True) as ws:
        snapshot = queries.methodology(ws)
    return snapshot, rules.check(snapshot)


def _show(qtbot, snapshot: m.Methodology, report: rules.Report) -> AlignmentArea:
    area = AlignmentArea()
    qtbot.addWidget(area)
    area.resize(1100, 800)
    area.show_report(snapshot, report)
    area.show()
    qtbot.waitExposed(area)
    return area


def _office(snapshot: m.Methodology, name: str) -> m.Office:
    return next(o for o in snapshot.offices if o.name == name)


def _colours(image, step: int = 2) -> set[tuple[int, int, int]]:
    found = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            c = image.pixelColor(x, y)
            found.add((c.red(), c.green(), c.blue()))
    return found


def test_the_headline_gives_the_share_of_joint_activities_and_the_findings(qtbot, demo) -> None:
    snapshot, report = demo
    area = _show(qtbot, snapshot, report)
    percent = round(100 * report.metrics.alignment_index)
    assert f"{percent} %" in area.headline.text()
    assert "of activities involve both PMO and TMO" in area.headline.text()
    assert area.headline.accessibleDescription() == (
        f"{percent} % of activities involve both PMO and TMO"
    )
    summary = area.findings.accessibleDescription()
    assert f"Errors: {report.errors}" in summary
    assert f"Warnings: {report.warnings}" in summary
    assert f"Alignment findings: {report.alignments}" in summary


def test_each_phase_has_one_bar_split_into_joint_pmo_tmo_and_neither(qtbot, demo) -> None:
    snapshot, report = demo
    area = _show(qtbot, snapshot, report)
    bars = area.phase_chart.bars
    assert [b.label for b in bars] == [p.name for p in snapshot.phases]
    for bar, pm in zip(bars, report.metrics.phases, strict=True):
        assert [s.value for s in bar.segments] == [pm.joint, pm.pmo_only, pm.tmo_only, pm.neither]
        assert bar.total == pm.activities
        assert bar.end_text == str(pm.touchpoints)
    pmo, tmo = (QColor(_office(snapshot, n).colour) for n in ("PMO", "TMO"))
    joint, pmo_only, tmo_only, _neither = bars[0].segments
    assert (joint.colour, joint.accent) == (pmo, tmo)
    assert pmo_only.colour == pmo
    assert tmo_only.colour == tmo


def test_each_role_has_one_bar_of_r_and_a_grouped_by_office(qtbot, demo) -> None:
    snapshot, report = demo
    area = _show(qtbot, snapshot, report)
    bars = area.role_chart.bars
    assert sorted(b.label for b in bars) == sorted(r.name for r in snapshot.roles)
    office_rank = {o.name: i for i, o in enumerate(snapshot.offices)}
    assert [office_rank[b.group] for b in bars] == sorted(office_rank[b.group] for b in bars)
    loads = {r.name: load for r, load in zip(snapshot.roles, report.metrics.roles, strict=True)}
    offices = {o.id: o for o in snapshot.offices}
    for bar in bars:
        load = loads[bar.label]
        assert [s.value for s in bar.segments] == [load.responsible, load.accountable]
        role = next(r for r in snapshot.roles if r.name == bar.label)
        assert bar.chip == QColor(offices[role.office_id].colour)


def test_hovering_a_bar_tells_its_exact_numbers(qtbot, demo) -> None:
    snapshot, report = demo
    area = _show(qtbot, snapshot, report)
    chart = area.phase_chart
    for index, (phase, pm) in enumerate(zip(snapshot.phases, report.metrics.phases, strict=True)):
        tip = chart.tooltip_at(chart.bar_rect(index).center())
        assert tip.startswith(f"{phase.name}: {pm.activities} activities")
        assert f"PMO only: {pm.pmo_only} (" in tip
        assert f"TMO only: {pm.tmo_only} (" in tip
        assert f"Touchpoints: {pm.touchpoints}" in tip
    assert chart.tooltip_at(QPoint(2, 2)) == ""  # over the legend, not a bar

    roles = area.role_chart
    manager = next(i for i, b in enumerate(roles.bars) if b.label == "Project Manager")
    load = next(
        load
        for r, load in zip(snapshot.roles, report.metrics.roles, strict=True)
        if r.name == "Project Manager"
    )
    tip = roles.tooltip_at(roles.bar_rect(manager).center())
    assert f"Responsible: {load.responsible}" in tip
    assert f"Accountable: {load.accountable}" in tip
    assert f"Holds a letter in {load.total} activities" in tip


def test_the_tooltip_event_shows_the_bar_under_the_pointer(qtbot, demo) -> None:
    snapshot, report = demo
    area = _show(qtbot, snapshot, report)
    chart = area.phase_chart
    point = chart.bar_rect(0).center()
    QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, point, chart.mapToGlobal(point)))
    assert QToolTip.text() == tooltip_html(chart.bars[0].tooltip)
    assert QToolTip.text().startswith(f"<b>{escape(snapshot.phases[0].name)}: ")
    QToolTip.hideText()


def test_screen_readers_get_every_phase_and_role_in_words(qtbot, demo) -> None:
    snapshot, report = demo
    area = _show(qtbot, snapshot, report)
    phases = area.phase_chart.accessibleDescription()
    for phase, pm in zip(snapshot.phases, report.metrics.phases, strict=True):
        assert f"{phase.name}: {pm.activities} activities, {pm.joint} joint" in phases
    roles = area.role_chart.accessibleDescription()
    assert all(r.name in roles for r in snapshot.roles)
    assert area.phase_chart.accessibleName() and area.role_chart.accessibleName()


def test_a_role_without_letters_is_marked_idle_and_an_empty_phase_says_so(qtbot, demo) -> None:
    snapshot, _report = demo
    tmo = _office(snapshot, "TMO")
    snapshot = dataclasses.replace(
        snapshot,
        roles=(*snapshot.roles, m.Role(9001, "Quality Lead", tmo.id, "", 99)),
        phases=(*snapshot.phases, m.Phase(9001, "Hypercare", "", 99)),
    )
    area = _show(qtbot, snapshot, rules.check(snapshot))
    idle = next(b for b in area.role_chart.bars if b.label == "Quality Lead")
    assert (idle.total, idle.empty_text, idle.muted, idle.group) == (0, "idle", True, "TMO")
    assert "Quality Lead (TMO): idle" in area.role_chart.accessibleDescription()
    empty = area.phase_chart.bars[-1]
    assert (empty.label, empty.total, empty.empty_text) == ("Hypercare", 0, "no activities")


def test_a_methodology_without_activities_says_so_instead_of_zero_percent(qtbot, demo) -> None:
    snapshot, _report = demo
    snapshot = dataclasses.replace(snapshot, activities=(), deliverables=(), assignments=())
    area = _show(qtbot, snapshot, rules.check(snapshot))
    assert "%" not in area.headline.accessibleDescription()
    assert area.headline.accessibleDescription().startswith("No activities yet")
    assert all(b.total == 0 and b.empty_text == "no activities" for b in area.phase_chart.bars)
    assert all(b.empty_text == "idle" for b in area.role_chart.bars)


def test_without_a_tmo_office_the_view_says_so_and_uses_a_fallback_colour(qtbot, demo) -> None:
    snapshot, _report = demo
    snapshot = dataclasses.replace(
        snapshot, offices=tuple(o for o in snapshot.offices if o.name != "TMO")
    )
    area = _show(qtbot, snapshot, rules.check(snapshot))
    assert area.note.isVisible()
    assert "no TMO office" in area.note.text()
    assert area.phase_chart.bars[0].segments[2].colour == QColor(TMO_COLOUR)
    assert "No office" in {b.group for b in area.role_chart.bars}


def test_the_charts_line_up_and_their_rows_never_overlap(qtbot, demo) -> None:
    snapshot, report = demo
    area = _show(qtbot, snapshot, report)
    first = [area.phase_chart.bar_rect(0), area.role_chart.bar_rect(0)]
    assert first[0].left() == first[1].left()
    assert first[0].right() == first[1].right()
    chart: StackedBarChart
    for chart in (area.phase_chart, area.role_chart):
        rects = [chart.bar_rect(i) for i in range(len(chart.bars))]
        assert all(r.isValid() and chart.rect().contains(r) for r in rects)
        assert all(a.bottom() < b.top() for a, b in itertools.pairwise(rects))
        assert chart.height() >= chart.heightForWidth(chart.width())
        # narrower means the legend may wrap: never shorter
        assert chart.heightForWidth(360) >= chart.heightForWidth(1000)
        assert chart.minimumSizeHint().width() <= chart.sizeHint().width()


def test_the_rendered_view_shows_the_pmo_and_tmo_colours(qtbot, demo) -> None:
    snapshot, report = demo
    area = _show(qtbot, snapshot, report)
    image = area.grab().toImage()
    assert not image.isNull()
    assert (image.width(), image.height()) == (1100, 800)
    seen = _colours(image)
    for name in ("PMO", "TMO"):
        colour = QColor(_office(snapshot, name).colour)
        assert (colour.red(), colour.green(), colour.blue()) in seen, name
