"""The results workbook as a use case: the round asked for, refusals that write nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from pmo_tmo_desktop.domain.errors import NotFoundError, ValidationError
from pmo_tmo_desktop.services import files, queries, results, workshops
from pmo_tmo_desktop.services.results_workbook import texts, write_results_workbook
from tests.exchange.test_results_xlsx import _method, _table, assert_results_recompute
from tests.services.conftest import Setup


def test_a_named_round_is_the_one_scored(demo_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "round1.xlsx"
    with files.open_file(demo_path, read_only=True) as ws:
        workshop_id = queries.workshops(ws)[0].id
        write_results_workbook(ws, workshop_id, path, round_number=1)
        expected = results.as_data(results.load(ws, workshop_id, 1))
    book = load_workbook(path)
    method = _method(book)
    assert method["Round counted"] == 1
    assert method["Round chosen"] == "yes: named for this workbook"
    _, rows = _table(book["Results"])
    assert [(r["Proposal"], round(r["Score"], 2)) for r in rows] == [
        (p["title"], p["score"]) for p in expected["proposals"]
    ]
    # The Ratings sheet lists every closed round; the Method sheet says which one counts.
    _, ratings = _table(book["Ratings"])
    assert {r["Round"] for r in ratings} == {1, 2}


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


def test_a_live_blind_round_is_never_the_default_and_shows_none_of_its_ratings(
    setup: Setup, tmp_path: Path
) -> None:
    """Before: the latest round counted even while blind and open. Now the default round is
    the latest *closed* round holding ratings; with none yet, the workbook counts no round and
    lists none of the open round's ratings (its progress is all the room may know)."""
    ws = setup.ws
    round_id = workshops.open_round(ws, setup.workshop).new_id
    workshops.rate(ws, round_id, setup.ann, setup.crm, setup.fit, 8)
    workshops.rate(ws, round_id, setup.tom, setup.crm, setup.fit, 4)
    workshops.rate(ws, round_id, setup.tom, setup.crm, setup.risk, 1)
    path = tmp_path / "live.xlsx"
    write_results_workbook(ws, setup.workshop, path)
    book = load_workbook(path)
    method = {r[0]: r[1] for r in book["Method"].iter_rows(min_row=2, values_only=True)}
    assert method["Round counted"] == "none (no ratings yet)"
    assert book["Ratings"].max_row == 1
    rows = list(book["Results"].iter_rows(min_row=2, values_only=True))
    assert all(r[0] is None and r[2] is None for r in rows)


def test_naming_a_live_blind_round_is_refused_and_writes_nothing(
    setup: Setup, tmp_path: Path
) -> None:
    ws = setup.ws
    round_id = workshops.open_round(ws, setup.workshop).new_id
    workshops.rate(ws, round_id, setup.ann, setup.crm, setup.fit, 8)
    path = tmp_path / "live.xlsx"
    with pytest.raises(ValidationError, match="round 1 is blind and still open") as refused:
        write_results_workbook(ws, setup.workshop, path, round_number=1)
    assert "\n" not in str(refused.value)
    assert not [p for p in tmp_path.iterdir() if "live" in p.name], "not even a temporary file"


def test_a_closed_round_counts_with_the_lone_raters_figures_withheld(
    setup: Setup, tmp_path: Path
) -> None:
    """The same ratings once the round is closed: scored, but with one rater per office in an
    office-tagged workshop, neither office's figures are shown."""
    ws = setup.ws
    round_id = workshops.open_round(ws, setup.workshop).new_id
    workshops.rate(ws, round_id, setup.ann, setup.crm, setup.fit, 8)
    workshops.rate(ws, round_id, setup.tom, setup.crm, setup.fit, 4)
    workshops.rate(ws, round_id, setup.tom, setup.crm, setup.risk, 1)
    workshops.close_round(ws, setup.workshop)
    path = tmp_path / "closed.xlsx"
    write_results_workbook(ws, setup.workshop, path)
    book = load_workbook(path)
    assert_results_recompute(book)
    rows = {r[1]: r for r in book["Results"].iter_rows(min_row=2, values_only=True) if r[1]}
    # Ann: fit 8 on 1..10 → 7/9; Tom: fit 4 → 3/9 (weight 3), risk 1 on 0..4, lower is better
    # → 0.75 (weight 1): (3 × 3/9 + 0.75) / 4.
    ann, tom = 7 / 9, (3 * 3 / 9 + 0.75) / 4
    assert rows["New CRM"][2] == pytest.approx(100 * (ann + tom) / 2)
    assert rows["New CRM"][3:6] == ("—", "—", "—")
    assert rows["ERP upgrade"][0] is None and rows["ERP upgrade"][2] is None


def test_the_texts_are_the_translatable_literals() -> None:
    found = texts()
    assert found.results_sheet == "Results" and found.overall == "overall"
    assert len(found.method) == 9 and all(found.method)
    assert found.rater_key.format(n=3) == "Rater 3"
    assert found.office_key.format(office="PMO", n=2) == "PMO 2"
    assert set(found.anonymity_levels) == {"named", "office-tagged", "anonymous"}
