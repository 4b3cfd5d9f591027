"""The results workbook as a use case: the round asked for, refusals that write nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from pmo_tmo_desktop.domain.errors import NotFoundError, ValidationError
from pmo_tmo_desktop.services import files, queries, results, workshops
from pmo_tmo_desktop.services.results_workbook import texts, write_results_workbook
from tests.exchange.test_results_xlsx import assert_results_recompute
from tests.services.conftest import Setup


def test_a_named_round_is_the_one_scored(demo_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "round1.xlsx"
    with files.open_file(demo_path, read_only=True) as ws:
        workshop_id = queries.workshops(ws)[0].id
        write_results_workbook(ws, workshop_id, path, round_number=1)
        expected = results.as_data(results.load(ws, workshop_id, 1))
    book = load_workbook(path)
    method = {r[0]: r[1] for r in book["Method"].iter_rows(min_row=2, values_only=True)}
    assert method["Round counted"] == 1
    rows = list(book["Results"].iter_rows(min_row=2, values_only=True))
    assert [(r[1], round(r[2], 2)) for r in rows] == [
        (p["title"], p["score"]) for p in expected["proposals"]
    ]
    # The Ratings sheet lists every closed round; the Method sheet says which one counts.
    ratings = list(book["Ratings"].iter_rows(min_row=2, values_only=True))
    assert {r[0] for r in ratings} == {1, 2}


def test_an_unknown_round_or_workshop_is_refused_and_writes_nothing(
    demo_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "nothing.xlsx"
    with files.open_file(demo_path, read_only=True) as ws:
        workshop_id = queries.workshops(ws)[0].id
        with pytest.raises(ValidationError, match="no round 9"):
            write_results_workbook(ws, workshop_id, path, round_number=9)
        with pytest.raises(NotFoundError):
            write_results_workbook(ws, 999, path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.pmotmo"]


def test_a_live_blind_round_counts_when_it_is_the_latest(setup: Setup, tmp_path: Path) -> None:
    ws = setup.ws
    round_id = workshops.open_round(ws, setup.workshop).new_id
    workshops.rate(ws, round_id, setup.ann, setup.crm, setup.fit, 8)
    workshops.rate(ws, round_id, setup.tom, setup.crm, setup.fit, 4)
    workshops.rate(ws, round_id, setup.tom, setup.crm, setup.risk, 1)
    path = tmp_path / "live.xlsx"
    write_results_workbook(ws, setup.workshop, path)
    book = load_workbook(path)
    assert_results_recompute(book)
    rows = {r[1]: r for r in book["Results"].iter_rows(min_row=2, values_only=True)}
    # Ann: fit 8 on 1..10 → 7/9; Tom: fit 4 → 3/9 (weight 3), risk 1 on 0..4, lower is better
    # → 0.75 (weight 1): (3 × 3/9 + 0.75) / 4.
    ann, tom = 7 / 9, (3 * 3 / 9 + 0.75) / 4
    assert rows["New CRM"][2] == pytest.approx(100 * (ann + tom) / 2)
    assert rows["New CRM"][5] == pytest.approx(100 * (ann - tom))
    assert rows["ERP upgrade"][0] is None and rows["ERP upgrade"][2] is None


def test_the_texts_are_the_translatable_literals() -> None:
    found = texts()
    assert found.results_sheet == "Results" and found.overall == "overall"
    assert len(found.method) == 7 and all(found.method)
