"""The Results page's Portfolio tab, used as a facilitator would: which proposals the rules
fund, why none can be when the rules conflict, the frontier, each office's set, and weight
sliders that ask "what if" without changing anything stored."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from pmo_tmo_desktop.services import entities, files, funding, portfolio_setup, queries, results
from pmo_tmo_desktop.ui.shell.main_window import MainWindow
from pmo_tmo_desktop.ui.workshop.results.latest_job import LatestJob
from pmo_tmo_desktop.ui.workshop.results.portfolio_rows import bounds_text
from pmo_tmo_desktop.ui.workshop.results.portfolio_tab import PortfolioTab
from tests.services.test_funding import ANALYTICS, ERP, FIELD_APP, INTEGRATION, _live
from tests.ui.test_keyboard import _choose

FUNDED, RANK, TITLE, RESOURCE = 5, 0, 1, 4


@pytest.fixture(autouse=True)
def _english_numbers() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def ruled(demo_path: Path) -> Path:
    """The demo with rules: a must, a must-not, a requirement and a second resource."""
    ws = _live(demo_path)
    try:
        entities.edit(ws, "proposal", ANALYTICS, funding="must", reason="regulator's deadline")
        entities.edit(ws, "proposal", INTEGRATION, funding="must_not", reason="funded in Q3")
        portfolio_setup.set_requires(ws, FIELD_APP, [ERP])
        entities.edit(ws, "workshop", 1, resource_name="Architects", resource_limit=6)
        for pid, use in zip(range(1, 8), (3, 2, 1, 2, 1, 2, 1), strict=True):
            entities.edit(ws, "proposal", pid, resource_use=use)
    finally:
        ws.close()
    return demo_path


def _portfolio(qtbot, window: MainWindow, path: Path) -> PortfolioTab:
    """Open the file, the workshop's Results page, and click the Portfolio tab."""
    assert window.open_path(str(path))
    page = _choose(window, 1, "results")
    bar = page.detail_tabs.tabBar()
    index = page.detail_tabs.indexOf(page.portfolio)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    tab: PortfolioTab = page.portfolio  # type: ignore[attr-defined]
    assert tab.isVisible()
    qtbot.waitUntil(tab.idle, timeout=60_000)
    return tab


def _column(tab: PortfolioTab, column: int) -> dict[str, str]:
    model = tab.model
    return {
        model.index(r, TITLE).data(): model.index(r, column).data() for r in range(model.rowCount())
    }


def _found(path: Path) -> results.WorkshopResults:
    with files.open_file(path, read_only=True) as ws:
        return results.load(ws, 1)


def test_the_funded_set_follows_the_rules_with_musts_marked_and_totals(
    qtbot, window: MainWindow, ruled: Path
) -> None:
    tab = _portfolio(qtbot, window, ruled)
    decided = funding.decide(_found(ruled))
    titles = decided.titles
    funded = {t for t, mark in _column(tab, FUNDED).items() if mark.startswith("✓")}
    assert funded == {titles[i] for i in decided.selection.funded}
    # the same set as the budget fit the page already showed
    assert window.results_page.found.fit.chosen == decided.selection.funded
    assert _column(tab, FUNDED)[titles[ANALYTICS]] == "✓ must"
    assert _column(tab, FUNDED)[titles[INTEGRATION]] == "✗ must not"
    assert tab.model.headerData(RESOURCE, Qt.Orientation.Horizontal) == "Architects"
    assert not tab.table.isColumnHidden(RESOURCE)
    s = decided.selection
    assert tab.totals.text() == (
        f"{len(s.funded)} funded · total score {s.total_score:.1f} · cost "
        f"{s.total_cost:,.0f} of 2,400,000 · Architects: {s.total_resource:.0f} of 6"
    )
    reason = tab.model.index(list(_column(tab, TITLE)).index(titles[ANALYTICS]), FUNDED).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert reason == "Must be funded. Reason: regulator's deadline"
    assert "Analysing" not in tab.status.text()


def test_rules_that_cannot_hold_are_named_in_words_and_nothing_is_funded(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    ws = _live(demo_path)
    try:
        entities.edit(ws, "workshop", 1, budget=1_000_000)
        entities.edit(ws, "proposal", ERP, funding="must", reason="contract")
    finally:
        ws.close()
    tab = _portfolio(qtbot, window, demo_path)
    text = tab.status.text()
    assert "No set can be funded" in text
    assert "<li>the budget of 1,000,000</li>" in text
    assert (
        "<li>&#x27;ERP finance module upgrade&#x27; must be funded (contract)</li>" in text
    )  # with its reason
    assert not any(mark.startswith("✓") for mark in _column(tab, FUNDED).values())
    assert tab.totals.text() == ""


def test_analysing_shows_meanwhile_and_an_outdated_budget_s_analysis_is_dropped(
    qtbot, window: MainWindow, ruled: Path
) -> None:
    tab = _portfolio(qtbot, window, ruled)
    found = window.results_page.found
    tab.show_funding(found, 2_000_000)  # its analysis starts at once …
    tab.show_funding(found, 1_500_000)  # … and is outdated before it is done
    assert tab.status.text().endswith("Analysing…")
    assert tab.chart.empty_text == "Analysing…"
    qtbot.waitUntil(tab.idle, timeout=60_000)
    assert "Analysing" not in tab.status.text()
    expected = funding.analyse(funding.decide(found, 1_500_000))
    assert tab.analyses is not None
    assert tab.analyses.probability == expected.probability
    assert tab.chart.budget == 1_500_000
    assert tab.totals.text().split(" · ")[2].endswith("of 1,500,000")


def test_the_budget_field_on_the_page_drives_the_tab(
    qtbot, window: MainWindow, ruled: Path
) -> None:
    tab = _portfolio(qtbot, window, ruled)
    budget = window.results_page.budget
    budget.setFocus()
    budget.selectAll()
    qtbot.keyClicks(budget, "1500000")
    qtbot.keyClick(budget, Qt.Key.Key_Return)
    qtbot.waitUntil(tab.idle, timeout=60_000)
    assert tab.decided is not None and tab.decided.budget == 1_500_000
    assert "of 1,500,000" in tab.totals.text()
    assert tab.chart.budget == 1_500_000


def test_a_slider_moved_by_keyboard_re_ranks_and_re_selects_and_nothing_is_stored(
    qtbot, window: MainWindow, ruled: Path
) -> None:
    tab = _portfolio(qtbot, window, ruled)
    set_ranks = _column(tab, RANK)
    assert not tab.what_if.isVisible() and not tab.reset.isEnabled()
    slider = tab.sliders.sliders[0]
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_End)  # the first criterion at its largest weight
    qtbot.waitUntil(lambda: tab.moved is not None and tab.idle(), timeout=60_000)
    assert tab.what_if.isVisible() and tab.reset.isEnabled()
    weights = tab.sliders.weights()
    decided = tab.decided
    assert decided is not None
    expected = funding.slider(decided).move(weights)
    shown = _column(tab, RANK)
    for pid, rank in expected.ranks.items():
        text = shown[decided.titles[pid]]
        assert text.split(" ")[0] == str(rank)
        assert ("(was" in text) == (set_ranks[decided.titles[pid]] != str(rank))
    assert any("(was" in text for text in shown.values())
    funded = {t for t, mark in _column(tab, FUNDED).items() if mark.startswith("✓")}
    assert expected.selection is not None
    assert funded == {decided.titles[i] for i in expected.selection.funded}
    assert [tab.model.record(r).proposal_id for r in range(tab.model.rowCount())] == list(
        expected.order
    )
    # the stored weights never move with a slider
    with files.open_file(ruled, read_only=True) as ws:
        stored = queries.workshop(ws, 1).criteria
    assert [c.weight for c in stored] == [c.weight for c in decided.found.data.criteria]
    qtbot.mouseClick(tab.reset, Qt.MouseButton.LeftButton)
    assert not tab.what_if.isVisible() and not tab.reset.isEnabled()
    assert _column(tab, RANK) == set_ranks


def test_the_latest_request_waits_and_the_ones_in_between_are_never_run(qtbot) -> None:
    job = LatestJob()
    release = threading.Event()
    ran: list[int] = []
    done: list[object] = []
    job.finished.connect(lambda token, result: done.append(token))

    def work(n: int) -> int:
        if n == 0:
            release.wait()
        ran.append(n)
        return n

    for n in range(10):  # a slider dragged over ten steps while the first is computed
        job.submit(n, lambda n=n: work(n))
    release.set()
    qtbot.waitUntil(job.idle, timeout=10_000)
    assert ran == [0, 9] and done == [0, 9]


def test_the_frontier_names_the_set_at_each_point_and_marks_the_budget(
    qtbot, window: MainWindow, ruled: Path
) -> None:
    tab = _portfolio(qtbot, window, ruled)
    tab.views.setCurrentWidget(tab.chart)
    chart = tab.chart
    analyses, decided = tab.analyses, tab.decided
    assert analyses is not None and decided is not None and chart.frontier
    for i, point in enumerate(chart.frontier):
        spot = chart.position_of("frontier", i)
        assert chart.plot_rect().adjusted(-1, -1, 1, 1).contains(spot)
        lines = chart.tooltip_at(spot).split("\n")
        assert lines[1:] == [decided.titles[p] for p in point.funded] or lines[1:] == [
            "Nothing funded"
        ]
    x = chart.budget_x()
    assert x is not None
    within = [i for i, p in enumerate(chart.frontier) if p.budget <= 2_400_000]
    assert chart.position_of("frontier", within[-1]).x() <= x
    if within[-1] + 1 < len(chart.frontier):
        assert chart.position_of("frontier", within[-1] + 1).x() > x
    # the point in force holds the funded set's score
    assert chart.frontier[within[-1]].total_score == pytest.approx(
        decided.selection.total_score, abs=1e-6
    )
    ranking = chart.tooltip_at(chart.position_of("ranking", len(chart.ranking) - 1))
    assert ranking.startswith("In rank order, cost ")


def test_the_three_sets_side_by_side_and_a_withheld_office_shows_a_dash(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    ws = files.open_file(demo_path)
    try:  # one TMO participant's ratings left: both offices' figures are withheld
        with ws.transaction() as conn:
            conn.exec_driver_sql(
                "DELETE FROM rating WHERE participant_id IN "
                "(SELECT id FROM participant WHERE office_id = 2 AND name != 'Aiko Tanaka')"
            )
    finally:
        ws.close()
    tab = _portfolio(qtbot, window, demo_path)
    qtbot.mouseClick(
        tab.views.tabBar(),
        Qt.MouseButton.LeftButton,
        pos=tab.views.tabBar().tabRect(2).center(),
    )
    assert tab.offices.isVisible()
    model = tab.office_model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(1, 4)] == [
        "Joint",
        "PMO alone",
        "TMO alone",
    ]
    for r in range(model.rowCount()):
        assert model.index(r, 2).data() == "—" and model.index(r, 3).data() == "—"
        assert model.index(r, 2).data(Qt.ItemDataRole.ToolTipRole).startswith("Withheld")
    assert "Withheld for privacy" in tab.office_note.text()
    assert "PMO alone: —" in tab.office_note.text()


def test_each_office_s_own_set_and_what_only_one_of_them_funds(
    qtbot, window: MainWindow, ruled: Path
) -> None:
    tab = _portfolio(qtbot, window, ruled)
    decided = tab.decided
    assert decided is not None
    pmo, tmo = decided.offices
    assert pmo.selection is not None and tmo.selection is not None
    model = tab.office_model
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    for pid, title in decided.titles.items():
        r = rows[title]
        assert (model.index(r, 1).data() == "✓") == (pid in decided.selection.funded)
        assert (model.index(r, 2).data() == "✓") == (pid in pmo.selection.funded)
        assert (model.index(r, 3).data() == "✓") == (pid in tmo.selection.funded)
        note = model.index(r, 4).data()
        assert note == ("only PMO" if pid in decided.only_pmo else "") or note == (
            "only TMO" if pid in decided.only_tmo else ""
        )


def test_the_sensitivity_table_says_how_far_each_weight_may_move(
    qtbot, window: MainWindow, ruled: Path
) -> None:
    tab = _portfolio(qtbot, window, ruled)
    analyses = tab.analyses
    assert analyses is not None
    model = tab.sensitivity_model
    names = [c.name for c in window.results_page.found.data.criteria]
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == names
    for r, bounds in enumerate(analyses.sensitivity):
        assert model.index(r, 2).data() == bounds_text(bounds.top)
        assert model.index(r, 3).data() == bounds_text(bounds.funded)
    texts = [model.index(r, c).data() for r in range(model.rowCount()) for c in (2, 3)]
    assert any(t.endswith("– no limit") for t in texts)
    assert all(t.split(" – ")[0] for t in texts)
    assert bounds_text((None, None)) == "0 – no limit"
    chance = {t: v for t, v in _column(tab, 6).items()}
    decided = tab.decided
    assert decided is not None
    for pid, share in analyses.probability.items():
        assert chance[decided.titles[pid]] == f"{100 * share:.0f}%"
    QApplication.processEvents()


def test_a_later_session_shows_the_analyses_kept_in_the_file_at_once(
    qtbot, window: MainWindow, ruled: Path, settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The analyses the tab ran are kept in the workspace: in a later session (a new window,
    nothing left in the process) the tab shows them without analysing again."""
    first = _portfolio(qtbot, window, ruled)
    assert first.analyses is not None
    kept = first.analyses
    window.close()
    funding.forget()

    def never(*_args: object) -> funding.Analyses:
        raise AssertionError("analysed again")

    monkeypatch.setattr(funding, "_analyse", never)
    later = MainWindow(settings)
    qtbot.addWidget(later)
    later.resize(1280, 800)
    later.show()
    tab = _portfolio(qtbot, later, ruled)
    assert "analysed again" not in tab.status.text()
    assert tab.analyses == kept and tab.analyses is not kept


def test_the_minutes_print_what_the_tab_analysed_without_analysing_again(
    qtbot, window: MainWindow, ruled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Results page reads every round, a document only the rounds it shows: the same round
    is the same question, so the minutes (in this process or a later one) and the results
    workbook reuse what the tab analysed and kept."""
    from pmo_tmo_desktop.services import reports, results_workbook

    tab = _portfolio(qtbot, window, ruled)
    assert tab.analyses is not None
    window.close()
    funding.forget()  # a later process: only the file remembers

    def never(*_args: object) -> funding.Analyses:
        raise AssertionError("analysed again")

    monkeypatch.setattr(funding, "_analyse", never)
    with files.open_file(ruled, read_only=True) as ws:
        reports.write_minutes(ws, 1, tmp_path / "minutes.pdf")
        results_workbook.write_results_workbook(ws, 1, tmp_path / "results.xlsx")
    assert (tmp_path / "minutes.pdf").stat().st_size > 0
