"""The minutes say which criterion weights were used: the facilitator's, or the group's from
the pairwise comparisons, with the set weights beside them (PDF text read back)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pmo_tmo_desktop.domain.figures import half_away
from pmo_tmo_desktop.services import entities, pairwise, reports, rows, weights_view
from tests.exchange.test_pdf_minutes import flat, pdf_pages, section_text
from tests.services.conftest import Setup
from tests.services.test_pairwise import _judge, three

__all__ = ["three"]  # the fixture, shared


def _method(s: Setup, path: Path) -> str:
    reports.write_minutes(s.ws, s.workshop, path)
    return section_text(pdf_pages(path), "Assessment method")


def test_the_minutes_say_the_facilitator_set_the_weights(
    three: tuple[Setup, int, int], tmp_path: Path
) -> None:
    s, _, _ = three
    method = _method(s, tmp_path / "minutes.pdf")
    assert "Criterion weights: set by the facilitator." in method
    assert "Criterion Weight Share Direction Scale" in method
    assert "Set weight" not in method and "(AHP)" not in method


def test_adopted_group_weights_are_named_dated_with_their_consistency_beside_the_set_ones(
    three: tuple[Setup, int, int], tmp_path: Path
) -> None:
    s, cost, pia = three
    _judge(s, cost, pia)
    adopted = pairwise.adopt_group_weights(s.ws, s.workshop)
    group = weights_view.load(s.ws, s.workshop).group.result
    assert group is not None and group.consistency_ratio is not None
    cr = f"{half_away(group.consistency_ratio, 2):.2f}"
    method = _method(s, tmp_path / "minutes.pdf")
    assert (
        "Criterion weights: adopted from the participants' pairwise comparisons (AHP) on "
        f"{date.today().isoformat()}; consistency ratio of the group {cr}."
    ) in method
    assert "Criterion Set weight Group weight (AHP) Share Direction Scale" in method
    weights = {i: f"{half_away(w, 1):.1f}" for i, w in adopted.value.items()}
    # Strategic fit was set to 3, Delivery risk to 1, Cost to 2
    for name, kept, criterion in (("Strategic fit", 3, s.fit), ("Delivery risk", 1, s.risk)):
        assert f"{name} {kept} {weights[criterion]}" in flat(method)
    assert f"Cost 2 {weights[cost]}" in flat(method)

    rows.apply(s.ws, adopted.undo)  # undone: the facilitator's weights again
    assert "set by the facilitator" in _method(s, tmp_path / "again.pdf")


def test_a_weight_set_by_hand_after_adoption_is_reported_as_set(
    three: tuple[Setup, int, int], tmp_path: Path
) -> None:
    s, cost, pia = three
    _judge(s, cost, pia)
    pairwise.adopt_group_weights(s.ws, s.workshop)
    entities.edit(s.ws, "criterion", cost, weight=30)
    method = _method(s, tmp_path / "minutes.pdf")
    assert "Criterion weights: set by the facilitator." in method
