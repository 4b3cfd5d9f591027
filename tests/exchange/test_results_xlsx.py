"""The results workbook, read back with openpyxl: every score can be recomputed from it alone.

The recomputation below is written from ARCHITECTURE's "Scoring" section, not from the
engine: normalise, invert where lower is better, weighted mean over the criteria each
participant rated, means per office, gap = PMO − TMO.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path
from statistics import fmean, median, pstdev
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.exchange.results_xlsx import (
    ResultsContent,
    ResultsTexts,
    anonymous_codes,
    write_results,
)
from pmo_tmo_desktop.services import closing, entities, files, queries, results
from pmo_tmo_desktop.services.results_workbook import content, write_results_workbook

SHEETS = ["Results", "Criteria", "Ratings", "Gaps", "Decisions", "Actions", "Method"]
RESULTS_HEADERS = [
    "Rank", "Proposal", "Score", "PMO score", "TMO score", "Gap (PMO − TMO)", "Dissent",
    "Dissent flag", "Median", "Min", "Max", "Raters", "Cost", "Benefit",
]  # fmt: skip


def _table(sheet: Worksheet) -> tuple[list[str], list[dict[str, Any]]]:
    rows = list(sheet.iter_rows(values_only=True))
    headers = [str(h) for h in rows[0]]
    return headers, [dict(zip(headers, row, strict=True)) for row in rows[1:]]


def _method(book: Workbook) -> dict[str, Any]:
    _, rows = _table(book["Method"])
    return {row["Item"]: row["Text"] for row in rows if row["Item"]}


def _write_demo(demo_path: Path, out: Path, *, anonymous: bool = False) -> Workbook:
    with files.open_file(demo_path) as ws:
        workshop_id = queries.workshops(ws)[0].id
        if anonymous:
            entities.edit(ws, "workshop", workshop_id, anonymity="anonymous")
        write_results_workbook(ws, workshop_id, out)
    return load_workbook(out)


def recompute(book: Workbook) -> dict[str, dict[str, Any]]:
    """Per proposal title: score, pmo, tmo, gap, dissent, median, min, max, raters, and the
    criterion gaps, from the Criteria and Ratings sheets alone (the latest round in Ratings)."""
    _, criteria_rows = _table(book["Criteria"])
    criteria = {
        row["Criterion"]: (
            float(row["Weight"]),
            row["Direction"],
            float(row["Scale min"]),
            float(row["Scale max"]),
        )
        for row in criteria_rows
    }
    _, ratings = _table(book["Ratings"])
    counted = max(row["Round"] for row in ratings)
    cells: dict[str, dict[str, dict[str, float]]] = defaultdict(lambda: defaultdict(dict))
    office: dict[str, str] = {}
    for row in ratings:
        if row["Round"] != counted:
            continue
        cells[row["Proposal"]][row["Participant"]][row["Criterion"]] = float(row["Value"])
        office[row["Participant"]] = row["Office"]

    def normalised(criterion: str, value: float) -> float:
        _, direction, lo, hi = criteria[criterion]
        n = (value - lo) / (hi - lo)
        return 1 - n if direction == "lower" else n

    def mean100(values: list[float]) -> float | None:
        return 100 * fmean(values) if values else None

    found: dict[str, dict[str, Any]] = {}
    for proposal, by_person in cells.items():
        own: dict[str, float] = {}
        per_criterion: dict[tuple[str, str], list[float]] = defaultdict(list)
        for person, values in by_person.items():
            weights = sum(criteria[c][0] for c in values)
            own[person] = sum(criteria[c][0] * normalised(c, v) for c, v in values.items())
            own[person] /= weights
            for c, v in values.items():
                per_criterion[(c, office[person])].append(normalised(c, v))
        pmo = mean100([s for p, s in own.items() if office[p] == "PMO"])
        tmo = mean100([s for p, s in own.items() if office[p] == "TMO"])
        hundred = [100 * s for s in own.values()]
        gaps = {}
        for criterion in criteria:
            c_pmo = mean100(per_criterion.get((criterion, "PMO"), []))
            c_tmo = mean100(per_criterion.get((criterion, "TMO"), []))
            gaps[criterion] = (
                c_pmo,
                c_tmo,
                None if c_pmo is None or c_tmo is None else c_pmo - c_tmo,
            )
        found[proposal] = {
            "score": mean100(list(own.values())),
            "pmo": pmo,
            "tmo": tmo,
            "gap": None if pmo is None or tmo is None else pmo - tmo,
            "dissent": pstdev(hundred) / 50,
            "median": median(hundred),
            "min": min(hundred),
            "max": max(hundred),
            "raters": len(own),
            "criteria": gaps,
        }
    return found


def _close(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 0.01


def assert_results_recompute(book: Workbook) -> None:
    mine = recompute(book)
    headers, rows = _table(book["Results"])
    assert headers == RESULTS_HEADERS
    unrated = [row for row in rows if row["Proposal"] not in mine]
    assert all(row["Score"] is None and row["Rank"] is None for row in unrated)
    rows = [row for row in rows if row["Proposal"] in mine]
    assert {row["Proposal"] for row in rows} == set(mine)
    for row in rows:
        expected = mine[row["Proposal"]]
        for column, key in (
            ("Score", "score"), ("PMO score", "pmo"), ("TMO score", "tmo"),
            ("Gap (PMO − TMO)", "gap"), ("Dissent", "dissent"), ("Median", "median"),
            ("Min", "min"), ("Max", "max"), ("Raters", "raters"),
        ):  # fmt: skip
            assert _close(row[column], expected[key]), (row["Proposal"], column)
    # Ranks: by score, highest first, equal scores share a rank.
    scores = sorted((row["Score"] for row in rows), reverse=True)
    for row in rows:
        assert row["Rank"] == 1 + sum(1 for s in scores if s > row["Score"] + 1e-9)
    assert [row["Rank"] for row in rows] == sorted(row["Rank"] for row in rows)

    _, gaps = _table(book["Gaps"])
    overall = {row["Proposal"]: row for row in gaps if row["Criterion"] == "overall"}
    assert set(overall) == set(mine) | {row["Proposal"] for row in unrated}
    by_criterion = [row for row in gaps if row["Criterion"] != "overall"]
    criteria_count = book["Criteria"].max_row - 1
    assert len(by_criterion) == len(overall) * criteria_count, "every proposal × criterion"
    for row in unrated:
        assert overall.pop(row["Proposal"])["Gap (PMO − TMO)"] is None
    for proposal, row in overall.items():
        assert _close(row["PMO"], mine[proposal]["pmo"])
        assert _close(row["TMO"], mine[proposal]["tmo"])
        assert _close(row["Gap (PMO − TMO)"], mine[proposal]["gap"])
    for row in (row for row in by_criterion if row["Proposal"] in mine):
        pmo, tmo, gap = mine[row["Proposal"]]["criteria"][row["Criterion"]]
        assert _close(row["PMO"], pmo) and _close(row["TMO"], tmo)
        assert _close(row["Gap (PMO − TMO)"], gap)


def test_every_score_of_the_demo_recomputes_from_the_ratings_and_criteria_sheets(
    demo_path: Path, tmp_path: Path
) -> None:
    book = _write_demo(demo_path, tmp_path / "results.xlsx")
    assert book.sheetnames == SHEETS
    assert_results_recompute(book)
    _, ratings = _table(book["Ratings"])
    method = _method(book)
    assert method["Round counted"] == max(row["Round"] for row in ratings) == 2
    assert {row["Round"] for row in ratings} == {1, 2}, "earlier closed rounds are listed too"
    assert len(method) >= 7 and any("normalises" in str(v) for v in method.values())

    # The workbook agrees with the app's own results to the last digit it shows.
    with files.open_file(demo_path, read_only=True) as ws:
        published = results.as_data(results.load(ws, queries.workshops(ws)[0].id))
    _, rows = _table(book["Results"])
    for row, p in zip(rows, published["proposals"], strict=True):
        assert (row["Proposal"], row["Rank"]) == (p["title"], p["rank"])
        assert round(row["Score"], 2) == p["score"] and round(row["Gap (PMO − TMO)"], 2) == p["gap"]


def test_the_sheets_have_bold_frozen_filtered_headers_and_number_formats(
    demo_path: Path, tmp_path: Path
) -> None:
    book = _write_demo(demo_path, tmp_path / "results.xlsx")
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2", sheet.title
        assert sheet["A1"].font.bold, sheet.title
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}" + (
            str(sheet.max_row)
        ), sheet.title
        assert sheet.column_dimensions["A"].width > 5
    results_sheet = book["Results"]
    assert results_sheet["C2"].number_format == "0.0"  # score
    assert results_sheet["F2"].number_format == "0.0"  # gap
    assert results_sheet["M2"].number_format == "#,##0"  # cost
    assert results_sheet["N2"].number_format == "#,##0"  # benefit
    assert book["Gaps"]["E2"].number_format == "0.0"
    assert isinstance(book["Ratings"]["H2"].value, datetime)
    assert isinstance(book["Actions"]["C2"].value, datetime)  # a due date, as a date cell
    assert book["Actions"]["C2"].number_format == "yyyy-mm-dd"
    _, decisions = _table(book["Decisions"])
    assert len(decisions) == 7 and all(d["Rationale"] for d in decisions)
    _, actions = _table(book["Actions"])
    assert len(actions) == 10 and all(a["Owner"] and a["Status"] for a in actions)
    assert any(a["Proposal"] for a in actions) and any(a["Agenda item"] for a in actions)
    assert book.properties.title.startswith("Q4 Portfolio Review")


def test_an_anonymous_workshop_names_no_participant_and_still_recomputes(
    demo_path: Path, tmp_path: Path
) -> None:
    with files.open_file(demo_path, read_only=True) as ws:
        names = [p.name for p in queries.workshop(ws, queries.workshops(ws)[0].id).participants]
    book = _write_demo(demo_path, tmp_path / "anonymous.xlsx", anonymous=True)

    _, ratings = _table(book["Ratings"])
    codes = {row["Participant"] for row in ratings}
    assert codes == {f"P{i:02d}" for i in range(1, len(names) + 1)}
    offices = defaultdict(set)
    for row in ratings:
        offices[row["Participant"]].add(row["Office"])
    assert all(len(o) == 1 for o in offices.values()), "a code stands for one person"
    assert all(type(row["Entered at"]) in (date, datetime) for row in ratings)
    assert all(row["Entered at"].time() == datetime.min.time() for row in ratings), "day only"
    assert_results_recompute(book)

    # No participant's name anywhere, except where the facilitator typed it as an action's
    # owner (a free-text field: the owner of a task, not a link to anyone's ratings).
    owners = {c.coordinate for c in book["Actions"]["B"][1:]}
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if sheet.title == "Actions" and cell.coordinate in owners:
                    continue
                text = str(cell.value or "")
                assert not any(name in text for name in names), (sheet.title, cell.coordinate)


def test_anonymous_codes_are_dealt_in_a_random_order_not_the_list_order() -> None:
    ids = list(range(1, 31))
    dealt = anonymous_codes(ids, random.Random(7))
    assert sorted(dealt.values()) == [f"P{i:02d}" for i in range(1, 31)]
    assert [dealt[i] for i in ids] != sorted(dealt.values())
    assert anonymous_codes(ids, random.Random(7)) == dealt
    assert set(anonymous_codes(list(range(120)), random.Random(1)).values()) >= {"P001", "P120"}


def test_given_codes_are_used_and_rows_sort_by_code(demo_path: Path, tmp_path: Path) -> None:
    with files.open_file(demo_path) as ws:
        workshop_id = queries.workshops(ws)[0].id
        entities.edit(ws, "workshop", workshop_id, anonymity="anonymous")
        found = results.load(ws, workshop_id)
    people = found.data.participants
    codes = {p.id: f"X{len(people) - i:02d}" for i, p in enumerate(people)}
    path = tmp_path / "coded.xlsx"
    write_results(path, _with_codes(content(found), codes))
    _, ratings = _table(load_workbook(path)["Ratings"])
    first_cell = [
        row["Participant"]
        for row in ratings
        if (row["Round"], row["Proposal"], row["Criterion"])
        == (ratings[0]["Round"], ratings[0]["Proposal"], ratings[0]["Criterion"])
    ]
    assert first_cell == sorted(first_cell) and set(first_cell) <= set(codes.values())


def _with_codes(made: ResultsContent, codes: dict[int, str]) -> ResultsContent:
    from dataclasses import replace

    return replace(made, codes=codes)


HOSTILE = {
    "participant": '=HYPERLINK("http://x","click")',
    "proposal": "+cmd|' /C calc'!A0",
    "criterion": "-2+3",
    "action": "@SUM(1,2)",
    "owner": "=1+1",
    "rationale": "\t=evil()",
}


def test_formula_like_user_text_stays_text(demo_path: Path, tmp_path: Path) -> None:
    with files.open_file(demo_path) as ws:
        data = queries.workshop(ws, queries.workshops(ws)[0].id)
        named = data.workshop.id
        with ws.transaction() as conn:  # the set-up is frozen once closed: name it, then close
            conn.exec_driver_sql("UPDATE workshop SET status = 'live'")
        entities.edit(ws, "workshop", named, anonymity="named")
        entities.edit(ws, "participant", data.participants[0].id, name=HOSTILE["participant"])
        entities.edit(ws, "proposal", data.proposals[0].id, title=HOSTILE["proposal"])
        entities.edit(ws, "criterion", data.criteria[0].id, name=HOSTILE["criterion"])
        closing.close_workshop(ws, named)
        action = data.actions[0]
        closing.amend_action(
            ws, action.id, "typo", "Priya", text=HOSTILE["action"], owner=HOSTILE["owner"]
        )
        decision = next(d for d in data.decisions if d.proposal_id == data.proposals[1].id)
        closing.amend_decision(
            ws, decision.proposal_id, str(decision.kind), HOSTILE["rationale"],
            decision.conditions, "typo", "Priya",
        )  # fmt: skip
        path = tmp_path / "hostile.xlsx"
        write_results_workbook(ws, named, path)

    book = load_workbook(path)
    seen: dict[str, int] = defaultdict(int)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                for key, text in HOSTILE.items():
                    expected = text.lstrip("\t") if key == "rationale" else text
                    if cell.value == text or cell.value == expected:
                        seen[key] += 1
                        assert cell.data_type == "s" and cell.quotePrefix, (key, cell.coordinate)
    assert set(seen) == set(HOSTILE), seen


def test_texts_and_sheet_titles_can_be_translated_and_stay_valid(
    demo_path: Path, tmp_path: Path
) -> None:
    with files.open_file(demo_path, read_only=True) as ws:
        found = results.load(ws, queries.workshops(ws)[0].id)
    texts = ResultsTexts(
        results_sheet="Ergebnisse: [alle]", criteria_sheet="Kriterien", ratings_sheet="Kriterien"
    )
    path = tmp_path / "de.xlsx"
    write_results(path, content(found), texts)
    names = load_workbook(path).sheetnames
    assert names[0] == "Ergebnisse alle"
    assert len(set(n.casefold() for n in names)) == 7 and all(len(n) <= 31 for n in names)


def test_a_failed_write_leaves_no_file(demo_path: Path, tmp_path: Path) -> None:
    with files.open_file(demo_path, read_only=True) as ws:
        found = results.load(ws, queries.workshops(ws)[0].id)
    target = tmp_path / "missing" / "results.xlsx"
    with pytest.raises(Exception, match="cannot be written"):
        write_results(target, content(found))
    assert not target.exists()


def test_a_workshop_with_no_ratings_gives_an_empty_but_valid_workbook(
    empty_workspace: files.Workspace, tmp_path: Path
) -> None:
    ws = empty_workspace
    workshop = entities.create(ws, "workshop", title="Nothing yet").new_id
    entities.create(ws, "proposal", workshop_id=workshop, title="Idea", cost=10)
    entities.create(ws, "criterion", workshop_id=workshop, name="Fit")
    path = tmp_path / "empty.xlsx"
    write_results_workbook(ws, workshop, path)
    book = load_workbook(path)
    _, rows = _table(book["Results"])
    assert [(r["Proposal"], r["Rank"], r["Score"], r["Cost"]) for r in rows] == [
        ("Idea", None, None, 10)
    ]
    assert _method(book)["Round counted"] == "none (no ratings yet)"
    assert book["Ratings"].max_row == 1
    assert str(m.Anonymity.OFFICE_TAGGED) == _method(book)["Anonymity"]
