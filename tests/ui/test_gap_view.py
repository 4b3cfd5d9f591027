"""The gap view: one rounding rule for the grid and the list, a colour scale in proportion to
the largest gap shown, a legend that names that span, and withheld figures explained."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor

from pmo_tmo_desktop.domain import scoring
from pmo_tmo_desktop.ui.widgets import formatting
from pmo_tmo_desktop.ui.workshop.common import gap_view
from pmo_tmo_desktop.ui.workshop.common.gap_view import GapModel, legend_html, signed
from pmo_tmo_desktop.ui.workshop.results import results_page

PMO, TMO = "#2F6DB5", "#2E8B57"
CRITERIA = ("Strategic fit", "Delivery risk", "Cost")


@pytest.fixture(autouse=True)
def _english_numbers() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


def _criterion(
    index: int, gap: float | None, withheld: tuple[str, ...] = ()
) -> scoring.CriterionScore:
    pmo = None if gap is None else 50.0 + gap / 2
    tmo = None if gap is None else 50.0 - gap / 2
    return scoring.CriterionScore(index, CRITERIA[index], 50.0, pmo, tmo, gap, 4, withheld=withheld)


def _proposal(
    pid: int,
    gaps: tuple[float | None, ...],
    overall: float | None,
    withheld: tuple[str, ...] = (),
    criterion_withheld: tuple[tuple[str, ...], ...] = ((), (), ()),
) -> scoring.ProposalResult:
    return scoring.ProposalResult(
        proposal_id=pid,
        title=f"Proposal {pid}",
        rank=pid,
        score=50.0,
        pmo_score=None if overall is None else 50.0 + overall / 2,
        tmo_score=None if overall is None else 50.0 - overall / 2,
        gap=overall,
        dissent=0.1,
        dissent_flag=False,
        median=50.0,
        minimum=40.0,
        maximum=60.0,
        participants=4,
        criteria=tuple(
            _criterion(i, g, w)
            for i, (g, w) in enumerate(zip(gaps, criterion_withheld, strict=True))
        ),
        cost=100.0,
        benefit=None,
        withheld=withheld,
    )


@pytest.fixture
def found() -> scoring.Results:
    return scoring.Results(
        round_number=1,
        proposals=(
            _proposal(1, (62.5, -37.5, 38.0), 75.0),
            _proposal(2, (2.25, -2.25, 0.0), -0.25),
            _proposal(3, (None, 10.0, None), None, ("tmo",), (("tmo",), (), ("pmo", "tmo"))),
        ),
        rated=4,
        expected=4,
        proposal_order=(1, 2, 3),
    )


@pytest.fixture
def model(qtbot, qtmodeltester, found: scoring.Results) -> GapModel:
    model = GapModel()
    model.set_results(found, CRITERIA, (PMO, TMO))
    qtmodeltester.check(model)
    return model


def _text(model: GapModel, row: int, column: int) -> str:
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def _fill(model: GapModel, row: int, column: int) -> QColor:
    return model.data(model.index(row, column), Qt.ItemDataRole.BackgroundRole).color()


def test_halves_are_shown_to_one_decimal_in_the_grid(model: GapModel) -> None:
    assert _text(model, 0, 0) == "+62.5"
    assert _text(model, 0, 1) == "−37.5"
    assert _text(model, 0, 2) == "+38.0"
    assert _text(model, 0, 3) == "+75.0"  # the overall column
    assert _text(model, 1, 0) == "+2.3"  # halves away from zero, never to even
    assert _text(model, 1, 1) == "−2.3"
    assert _text(model, 1, 3) == "−0.3"
    assert _text(model, 1, 2) == "0.0"


def test_the_list_to_discuss_writes_a_gap_as_the_grid_does(
    qtbot, model: GapModel, found: scoring.Results
) -> None:
    page = results_page.ResultsPage(_Context())
    qtbot.addWidget(page)
    page._show_discuss(found)
    listed = page.discuss.text()
    assert f"{_text(model, 0, 0)} (PMO higher)" in listed  # +62.5
    assert f"{_text(model, 0, 1)} (TMO higher)" in listed  # −37.5
    assert "+62.5" in listed and "+63" not in listed and "+62 " not in listed
    assert results_page.signed is gap_view.signed and results_page.GapModel is GapModel


def test_colour_strength_follows_the_gap_against_the_largest_shown(model: GapModel) -> None:
    assert model.top == 75.0
    half = model.strength(model.index(0, 2))  # +38 of 75
    full = model.strength(model.index(0, 3))  # +75
    assert half == pytest.approx(38 / 75) and full == 1.0
    lighter, stronger = _fill(model, 0, 2), _fill(model, 0, 3)
    assert stronger == QColor(PMO)
    assert lighter.lightness() - stronger.lightness() > 40  # clearly weaker, not saturated
    assert _fill(model, 0, 1).green() > _fill(model, 0, 1).blue()  # the TMO's colour
    assert model.strength(model.index(1, 2)) == 0.0
    assert _fill(model, 1, 2) == QColor("#ffffff")


def test_the_legend_names_the_span_of_the_colour_scale(model: GapModel) -> None:
    legend = model.legend()
    assert legend == legend_html(PMO, TMO, 75.0)
    assert "PMO rates higher" in legend and "TMO rates higher" in legend
    assert legend.count("0&nbsp;") >= 2 and legend.count("75.0") >= 2
    assert "full colour at 75.0 points" in legend
    ramp = [gap_view.blend(PMO, (i + 1) / gap_view.LEGEND_STEPS).name() for i in range(8)]
    assert all(colour in legend for colour in ramp)


def test_a_withheld_figure_shows_a_dash_and_says_why(model: GapModel) -> None:
    assert _text(model, 2, 0) == "—"
    tip = model.data(model.index(2, 0), Qt.ItemDataRole.ToolTipRole)
    assert "\nWithheld for privacy: fewer than two participants of an office" in tip
    assert "the other office's figure is withheld with it" in tip
    both = model.data(model.index(2, 2), Qt.ItemDataRole.ToolTipRole)
    assert both.split("\n")[1] == tip.split("\n")[1]
    overall = model.data(model.index(2, 3), Qt.ItemDataRole.ToolTipRole)
    assert _text(model, 2, 3) == "—" and "fewer than two participants of an office" in overall
    assert model.data(model.index(2, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert _text(model, 2, 1) == "+10.0"
    assert "withheld" not in model.data(model.index(2, 1), Qt.ItemDataRole.ToolTipRole)


def test_signed_and_whole_round_halves_away_from_zero() -> None:
    assert signed(62.5) == "+62.5" and signed(-37.5) == "−37.5"
    assert signed(0.25) == "+0.3" and signed(-0.25) == "−0.3" and signed(0.04) == "0.0"
    assert formatting.whole(62.5) == "+63" and formatting.whole(37.5) == "+38"
    assert formatting.whole(-2.5) == "−3" and formatting.one(None) == "—"


class _Context:
    workspace = None
    settings = None

    def run(self, text: str, call: object, undoable: bool = True) -> None:
        return None

    def status(self, text: str, ms: int = 8000) -> None:
        return None
