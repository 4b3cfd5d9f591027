"""The results workbook, read back with openpyxl: every score can be recomputed from it alone.

The recomputation below is written from ARCHITECTURE's "Scoring" section, not from the
engine: normalise, invert where lower is better, weighted mean over the criteria each
participant rated ("can't judge" is not scored), means per office, gap = PMO − TMO; with
office privacy an office's figure given by fewer than two of its participants reads "—".
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from statistics import fmean, median, pstdev
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.exchange.results_xlsx import write_results
from pmo_tmo_desktop.exchange.results_xlsx_data import ResultsTexts, rater_keys
from pmo_tmo_desktop.services import closing, entities, files, queries, results
from pmo_tmo_desktop.services.results_workbook import content, write_results_workbook

SHEETS = [
    "Results", "Portfolio", "Frontier", "Sensitivity", "Criteria", "Ratings", "Gaps",
    "Decisions", "Actions", "Method",
]  # fmt: skip
WITHHELD = "—"
CANT_JUDGE = "can't judge"
RESULTS_HEADERS = [
    "Rank", "Proposal", "Score", "PMO score", "TMO score", "Gap (PMO − TMO)", "Dissent",
    "Dissent flag", "Median", "Min", "Max", "Raters", "Cost", "Benefit",
]  # fmt: skip


def _table(sheet: Worksheet) -> tuple[list[str], list[dict[str, Any]]]:
    """The header and the rows of a sheet's table (up to the first empty row: a note may
    follow it)."""
    rows = list(sheet.iter_rows(values_only=True))
    headers = [str(h) for h in rows[0]]
    table = []
    for row in rows[1:]:
        if all(v is None for v in row):
            break
        table.append(dict(zip(headers, row, strict=True)))
    return headers, table


def _notes(sheet: Worksheet) -> list[Any]:
    """What stands below a sheet's table, after the empty row."""
    rows = list(sheet.iter_rows(min_row=2, max_col=1, values_only=True))
    end = next((i for i, row in enumerate(rows) if row[0] is None), len(rows))
    return [row[0] for row in rows[end:] if row[0] is not None]


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
    criterion gaps, from the Criteria and Ratings sheets alone (the latest round in Ratings).

    Raters are people (named) or keys (private workshops; the Ratings sheet then says "Rater",
    and an office figure of fewer than two raters is expected as "—"). Without an Office
    column (anonymous) the office figures are None: they cannot be recomputed. A proposal
    with a rating shown as "—" cannot be recomputed either and is left out."""
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
    headers, ratings = _table(book["Ratings"])
    private = "Rater" in headers
    who = "Rater" if private else "Participant"
    counted = max(row["Round"] for row in ratings)
    cells: dict[str, dict[str, dict[str, float]]] = defaultdict(lambda: defaultdict(dict))
    office: dict[str, str | None] = {}
    hidden: set[str] = set()
    for row in ratings:
        if row["Round"] != counted:
            continue
        office[row[who]] = row.get("Office")
        if row["Value"] == WITHHELD:
            hidden.add(row["Proposal"])
        elif row["Value"] != CANT_JUDGE:
            cells[row["Proposal"]][row[who]][row["Criterion"]] = float(row["Value"])

    def normalised(criterion: str, value: float) -> float:
        _, direction, lo, hi = criteria[criterion]
        n = (value - lo) / (hi - lo)
        return 1 - n if direction == "lower" else n

    def mean100(values: list[float]) -> float | str | None:
        if private and 0 < len(values) < 2:
            return WITHHELD
        return 100 * fmean(values) if values else None

    def gap(pmo: Any, tmo: Any) -> Any:
        if WITHHELD in (pmo, tmo):
            return WITHHELD
        return None if pmo is None or tmo is None else pmo - tmo

    found: dict[str, dict[str, Any]] = {}
    for proposal, by_person in cells.items():
        if proposal in hidden:
            continue
        own: dict[str, float] = {}
        per_criterion: dict[tuple[str, str | None], list[float]] = defaultdict(list)
        for person, values in by_person.items():
            if not values:
                continue
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
            gaps[criterion] = (c_pmo, c_tmo, gap(c_pmo, c_tmo))
        found[proposal] = {
            "score": 100 * fmean(own.values()),
            "pmo": pmo,
            "tmo": tmo,
            "gap": gap(pmo, tmo),
            "dissent": pstdev(hundred) / 50,
            "median": median(hundred),
            "min": min(hundred),
            "max": max(hundred),
            "raters": len(by_person),
            "criteria": gaps,
        }
    return found


def _close(a: Any, b: Any) -> bool:
    if a is None or b is None or WITHHELD in (a, b):
        return a == b
    return abs(float(a) - float(b)) <= 0.01


def assert_results_recompute(book: Workbook, *, offices: bool = True) -> None:
    """The Results and Gaps sheets agree with `recompute`; `offices=False` (an anonymous
    workshop, whose ratings name no office) checks everything but the office figures."""
    mine = recompute(book)
    headers, every = _table(book["Results"])
    assert headers == RESULTS_HEADERS
    every = [row for row in every if row["Proposal"] is not None]  # not the note below
    rows = list(every)
    unrated = [row for row in rows if row["Proposal"] not in mine and row["Score"] is None]
    assert all(row["Score"] is None and row["Rank"] is None for row in unrated)
    rows = [row for row in rows if row["Proposal"] in mine]
    assert {row["Proposal"] for row in rows} == set(mine)
    columns = [("Score", "score"), ("Dissent", "dissent"), ("Median", "median"),
               ("Min", "min"), ("Max", "max"), ("Raters", "raters")]  # fmt: skip
    if offices:
        columns += [("PMO score", "pmo"), ("TMO score", "tmo"), ("Gap (PMO − TMO)", "gap")]
    for row in rows:
        expected = mine[row["Proposal"]]
        for column, key in columns:
            if row[column] == "—":  # withheld for privacy: nothing to recompute
                continue
            assert _close(row[column], expected[key]), (row["Proposal"], column)
    # Ranks: by score, highest first, equal scores share a rank.
    scores = sorted((row["Score"] for row in every if row["Score"] is not None), reverse=True)
    for row in rows:
        assert row["Rank"] == 1 + sum(1 for s in scores if s > row["Score"] + 1e-9)
    ranks = [row["Rank"] for row in every if row["Rank"] is not None]
    assert ranks == sorted(ranks)

    _, gaps = _table(book["Gaps"])
    gaps = [row for row in gaps if row["Criterion"] is not None]
    overall = {row["Proposal"]: row for row in gaps if row["Criterion"] == "overall"}
    assert set(overall) >= set(mine) | {row["Proposal"] for row in unrated}
    by_criterion = [row for row in gaps if row["Criterion"] != "overall"]
    criteria_count = book["Criteria"].max_row - 1
    assert len(by_criterion) == len(overall) * criteria_count, "every proposal × criterion"
    for row in unrated:
        assert overall[row["Proposal"]]["Gap (PMO − TMO)"] is None
    if not offices:
        return
    for proposal in mine:
        row = overall[proposal]
        assert _close(row["PMO"], mine[proposal]["pmo"])
        assert _close(row["TMO"], mine[proposal]["tmo"])
        assert _close(row["Gap (PMO − TMO)"], mine[proposal]["gap"])
    for row in (row for row in by_criterion if row["Proposal"] in mine):
        pmo, tmo, gap = mine[row["Proposal"]]["criteria"][row["Criterion"]]
        assert _close(row["PMO"], pmo) and _close(row["TMO"], tmo), row
        assert _close(row["Gap (PMO − TMO)"], gap), row


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
        _, table = _table(sheet)
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}" + (
            str(len(table) + 1)
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


def _names_anywhere(book: Workbook, names: list[str]) -> list[tuple[str, str]]:
    """Cells holding a participant's name, except where the facilitator typed one as an
    action's owner (free text: the owner of a task, not a link to anyone's ratings)."""
    owners = {c.coordinate for c in book["Actions"]["B"][1:]}
    found = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if sheet.title == "Actions" and cell.coordinate in owners:
                    continue
                text = str(cell.value or "")
                if any(name in text for name in names):
                    found.append((sheet.title, cell.coordinate))
    return found


def test_the_office_tagged_demo_lists_raters_by_office_key_never_by_name(
    demo_path: Path, tmp_path: Path
) -> None:
    with files.open_file(demo_path, read_only=True) as ws:
        data = queries.workshop(ws, queries.workshops(ws)[0].id)
    assert data.workshop.anonymity == m.Anonymity.OFFICE_TAGGED
    names = [p.name for p in data.participants]
    book = _write_demo(demo_path, tmp_path / "results.xlsx")
    headers, ratings = _table(book["Ratings"])
    assert headers[:3] == ["Round", "Rater", "Office"]
    keys = {(row["Rater"], row["Office"]) for row in ratings}
    assert keys == {(f"{o} {n}", o) for o, k in (("PMO", 4), ("TMO", 4), ("Business", 2))
                    for n in range(1, k + 1)}  # fmt: skip
    assert all(row["Entered at"].time() == datetime.min.time() for row in ratings), "day only"
    assert _names_anywhere(book, names) == []


def test_an_anonymous_workshop_names_no_participant_nor_office_and_still_recomputes(
    demo_path: Path, tmp_path: Path
) -> None:
    with files.open_file(demo_path, read_only=True) as ws:
        names = [p.name for p in queries.workshop(ws, queries.workshops(ws)[0].id).participants]
    book = _write_demo(demo_path, tmp_path / "anonymous.xlsx", anonymous=True)

    headers, ratings = _table(book["Ratings"])
    assert "Office" not in headers and "Participant" not in headers
    assert {row["Rater"] for row in ratings} == {f"Rater {i}" for i in range(1, len(names) + 1)}
    offices = {"PMO", "TMO", "Business"}
    assert not any(v in offices for row in ratings for v in row.values()), "no office beside"
    assert all(type(row["Entered at"]) in (date, datetime) for row in ratings)
    assert all(row["Entered at"].time() == datetime.min.time() for row in ratings), "day only"
    assert_results_recompute(book, offices=False)
    assert _names_anywhere(book, names) == []


def _person(i: int, office_id: int | None) -> m.Participant:
    return m.Participant(i, 1, f"P{i}", office_id, "", i)


def test_rater_keys_are_dealt_at_random_within_each_office_not_in_list_order() -> None:
    people = [_person(i, 1 if i % 3 else (2 if i % 2 else None)) for i in range(1, 31)]
    offices = {1: "PMO", 2: "TMO"}
    dealt = rater_keys(people, offices, True, random.Random(7))
    pmo = [dealt[p.id] for p in people if p.office_id == 1]
    assert sorted(pmo, key=lambda k: int(k.split()[1])) == [f"PMO {n}" for n in range(1, 21)]
    assert pmo != [f"PMO {n}" for n in range(1, 21)], "not the order of the participant list"
    tmo = {dealt[p.id] for p in people if p.office_id == 2}
    assert tmo == {f"TMO {n}" for n in range(1, 6)}
    without = {dealt[p.id] for p in people if p.office_id is None}
    assert without == {f"Rater {n}" for n in range(1, 6)}
    assert rater_keys(people, offices, True, random.Random(7)) == dealt

    anonymous = rater_keys(people, offices, False, random.Random(7))
    assert set(anonymous.values()) == {f"Rater {n}" for n in range(1, 31)}
    assert [anonymous[p.id] for p in people] != [f"Rater {n}" for n in range(1, 31)]


def test_given_keys_are_used_and_rows_sort_by_key(demo_path: Path, tmp_path: Path) -> None:
    with files.open_file(demo_path) as ws:
        workshop_id = queries.workshops(ws)[0].id
        entities.edit(ws, "workshop", workshop_id, anonymity="anonymous")
        found = results.load(ws, workshop_id, every_rating=True)
    people = found.data.participants
    keys = {p.id: f"Rater {len(people) - i}" for i, p in enumerate(people)}
    path = tmp_path / "keyed.xlsx"
    write_results(path, replace(content(found), keys=keys))
    _, ratings = _table(load_workbook(path)["Ratings"])
    first_cell = [
        row["Rater"]
        for row in ratings
        if (row["Round"], row["Proposal"], row["Criterion"])
        == (ratings[0]["Round"], ratings[0]["Proposal"], ratings[0]["Criterion"])
    ]
    assert first_cell == [f"Rater {n}" for n in range(1, len(people) + 1)], "1, 2 … 10, not 1, 10"


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
        found = results.load(ws, queries.workshops(ws)[0].id, every_rating=True)
    texts = ResultsTexts(
        results_sheet="Ergebnisse: [alle]", criteria_sheet="Kriterien", ratings_sheet="Kriterien"
    )
    path = tmp_path / "de.xlsx"
    write_results(path, content(found), texts)
    names = load_workbook(path).sheetnames
    assert names[0] == "Ergebnisse alle"
    assert len(set(n.casefold() for n in names)) == 10 and all(len(n) <= 31 for n in names)


def test_a_failed_write_leaves_no_file(demo_path: Path, tmp_path: Path) -> None:
    with files.open_file(demo_path, read_only=True) as ws:
        found = results.load(ws, queries.workshops(ws)[0].id, every_rating=True)
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
    method = _method(book)
    assert method["Round counted"] == "none (no ratings yet)"
    assert method["Complete ballots (rated)"] == "0 / 0" and method["Partial ballots"] == 0
    assert book["Ratings"].max_row == 1
    assert method["Anonymity"] == "Office-tagged: ratings by office, never by person"
