"""The results workbook keeps the anonymity the workshop promised, read back with openpyxl.

One PMO participant and three TMO participants rate two proposals in two closed rounds. In an
office-tagged workshop no cell ties a rating to a person: raters are keys by office, and the
lone PMO rater's figures (office score, gap, per-criterion figures, and the ratings they would
be recomputed from) read "—" with a note — as values, never behind a formula. A named workshop
still shows names; an anonymous one shows neither names nor offices beside the raters.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain.errors import ValidationError
from pmo_tmo_desktop.services import entities, queries, workshops
from pmo_tmo_desktop.services.files import Workspace
from pmo_tmo_desktop.services.results_workbook import write_results_workbook
from tests.exchange.test_results_xlsx import _method, _notes, _table, assert_results_recompute
from tests.services.helpers import office_id

WITHHELD = "—"
NOTE = (
    "— withheld: fewer than two participants of an office rated it; the other office's "
    "figure beside it is withheld too, so that no figure shows one person's rating"
)
NAMES = ("Ann Archer", "Tom Tully", "Tina Tate", "Theo Thorn", "Pat Price")
OFFICES = ("PMO", "TMO", "TMO", "TMO", "PMO")
THRESHOLD = 0.15
CANT = object()
"""A "can't judge" answer in the tables below."""

# Round → participant → proposal → (strategic fit 1..10, delivery risk 0..4; None: left empty).
# Ann is the CRM's lone PMO rater (Pat, the second PMO, rates the ERP only), so the CRM's office
# figures and ratings are withheld and the ERP's are shown. Round 2 moves every TMO fit up by
# one (so a key can be followed from round to round); Tom can't judge the ERP's risk, Theo
# leaves the CRM's empty (a partial ballot), and Pat's ballot is partial too.
RATINGS: dict[int, dict[str, dict[str, tuple[Any, Any]]]] = {
    1: {
        "Ann Archer": {"New CRM": (9, 1), "ERP upgrade": (3, 3)},
        "Tom Tully": {"New CRM": (2, 2), "ERP upgrade": (4, 2)},
        "Tina Tate": {"New CRM": (4, 2), "ERP upgrade": (4, 1)},
        "Theo Thorn": {"New CRM": (6, 1), "ERP upgrade": (5, 1)},
        "Pat Price": {"ERP upgrade": (6, 2)},
    },
    2: {
        "Ann Archer": {"New CRM": (9, 1), "ERP upgrade": (3, 3)},
        "Tom Tully": {"New CRM": (3, 2), "ERP upgrade": (5, CANT)},
        "Tina Tate": {"New CRM": (5, 2), "ERP upgrade": (5, 1)},
        "Theo Thorn": {"New CRM": (7, None), "ERP upgrade": (6, 1)},
        "Pat Price": {"ERP upgrade": (6, 2)},
    },
}


@dataclass(frozen=True)
class Rated:
    ws: Workspace
    workshop: int


def _rated(ws: Workspace, anonymity: str) -> Rated:
    """A workshop (flagging dissent at 0.15) with two closed rounds rated as in RATINGS."""
    workshop = entities.create(
        ws, "workshop", title="Q4 review", anonymity=anonymity, dissent_threshold=THRESHOLD
    ).new_id
    people = {}
    for name, office in zip(NAMES, OFFICES, strict=True):
        people[name] = entities.create(
            ws, "participant", workshop_id=workshop, name=name, office_id=office_id(ws, office)
        ).new_id
    fit = entities.create(ws, "criterion", workshop_id=workshop, name="Strategic fit", weight=3,
                          scale_min=1, scale_max=10).new_id  # fmt: skip
    risk = entities.create(ws, "criterion", workshop_id=workshop, name="Delivery risk", weight=1,
                           direction="lower", scale_min=0, scale_max=4).new_id  # fmt: skip
    proposals = {
        title: entities.create(ws, "proposal", workshop_id=workshop, title=title).new_id
        for title in ("New CRM", "ERP upgrade")
    }
    for number in (1, 2):
        round_id = workshops.open_round(ws, workshop).new_id
        for name, by_proposal in RATINGS[number].items():
            for title, values in by_proposal.items():
                for criterion, value in zip((fit, risk), values, strict=True):
                    if value is CANT:
                        workshops.rate(ws, round_id, people[name], proposals[title], criterion,
                                       None, cant_judge=True)  # fmt: skip
                    elif value is not None:
                        workshops.rate(ws, round_id, people[name], proposals[title], criterion,
                                       value)  # fmt: skip
        workshops.close_round(ws, workshop)
    return Rated(ws, workshop)


def _write(rated: Rated, path: Path, **kwargs: Any) -> Workbook:
    write_results_workbook(rated.ws, rated.workshop, path, **kwargs)
    return load_workbook(path)


def _cells(book: Workbook) -> list[tuple[str, str, Any]]:
    return [
        (sheet.title, cell.coordinate, cell.value)
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.value is not None
    ]


@pytest.fixture
def office_tagged(empty_workspace: Workspace) -> Rated:
    return _rated(empty_workspace, "office-tagged")


def test_office_tagged_names_no_one_and_keys_the_raters_by_office(
    office_tagged: Rated, tmp_path: Path
) -> None:
    book = _write(office_tagged, tmp_path / "results.xlsx")
    found = [(s, c, v) for s, c, v in _cells(book) if any(n in str(v) for n in NAMES)]
    assert found == [], "no participant's name in any cell of any sheet"
    assert not any(n in book.properties.title or "" for n in NAMES)

    headers, ratings = _table(book["Ratings"])
    assert headers[:3] == ["Round", "Rater", "Office"]
    assert {(r["Rater"], r["Office"]) for r in ratings} == {
        ("PMO 1", "PMO"), ("PMO 2", "PMO"), ("TMO 1", "TMO"), ("TMO 2", "TMO"), ("TMO 3", "TMO")
    }  # fmt: skip


def test_a_key_stands_for_the_same_person_in_every_round(
    office_tagged: Rated, tmp_path: Path
) -> None:
    book = _write(office_tagged, tmp_path / "results.xlsx")
    _, ratings = _table(book["Ratings"])
    fit: dict[str, dict[int, Any]] = defaultdict(dict)
    for r in ratings:
        if (r["Proposal"], r["Criterion"]) == ("ERP upgrade", "Strategic fit"):
            fit[r["Rater"]][r["Round"]] = r["Value"]
    # Round 1's TMO fits are 4, 4, 5 (one each); round 2 gives each TMO rater one more.
    tmo = {key: by_round for key, by_round in fit.items() if key.startswith("TMO")}
    assert sorted(by_round[1] for by_round in tmo.values()) == [4, 4, 5]
    assert all(by_round[2] == by_round[1] + 1 for by_round in tmo.values()), tmo


def test_the_lone_pmo_raters_figures_are_withheld_as_values_with_a_note(
    office_tagged: Rated, tmp_path: Path
) -> None:
    path = tmp_path / "results.xlsx"
    _write(office_tagged, path)
    # Read as written (formulas would show as formulas) and as a spreadsheet shows it (cached
    # values): both give the mark, as no cell holds a formula that could compute the figure.
    for book in (load_workbook(path), load_workbook(path, data_only=True)):
        assert not any(
            cell.data_type == "f" for sheet in book.worksheets for row in sheet.iter_rows()
            for cell in row
        )  # fmt: skip
        _, rows = _table(book["Results"])
        by_title = {r["Proposal"]: r for r in rows if r["Proposal"]}
        crm, erp = by_title["New CRM"], by_title["ERP upgrade"]
        # the CRM's lone PMO rater: neither office's figure (score − TMO would give it away),
        # nor median, minimum or maximum; the room's own score stays
        assert {crm[c] for c in ("PMO score", "TMO score", "Gap (PMO − TMO)", "Median", "Min",
                                 "Max")} == {WITHHELD}  # fmt: skip
        assert isinstance(crm["Score"], float)
        assert isinstance(erp["PMO score"], float) and isinstance(erp["TMO score"], float)
        _, gaps = _table(book["Gaps"])
        crm_gaps = [g for g in gaps if g["Proposal"] == "New CRM"]
        assert len(crm_gaps) == 3 and all(
            g["PMO"] == g["TMO"] == g["Gap (PMO − TMO)"] == WITHHELD for g in crm_gaps
        )
        assert all(
            isinstance(g["TMO"], int | float) for g in gaps if g["Proposal"] == "ERP upgrade"
        )
        _, ratings = _table(book["Ratings"])
        # every CRM rating goes, not only Ann's: beside the others, hers would be a subtraction
        shown = {r["Value"] for r in ratings if r["Proposal"] == "New CRM"}
        assert shown == {WITHHELD}
        assert WITHHELD not in {r["Value"] for r in ratings if r["Proposal"] == "ERP upgrade"}
        for sheet in ("Results", "Gaps", "Ratings"):
            assert _notes(book[sheet]) == [NOTE], sheet
        assert NOTE in [text for _, text in book["Method"].iter_rows(values_only=True)]
    assert_results_recompute(load_workbook(path))  # what is shown still adds up


def test_cant_judge_is_listed_as_such_and_ballots_are_counted(
    office_tagged: Rated, tmp_path: Path
) -> None:
    book = _write(office_tagged, tmp_path / "results.xlsx")
    _, ratings = _table(book["Ratings"])
    cant = [r for r in ratings if r["Value"] == "can't judge"]
    assert [(r["Round"], r["Rater"][:3], r["Proposal"], r["Criterion"]) for r in cant] == [
        (2, "TMO", "ERP upgrade", "Delivery risk")
    ]
    method = _method(book)
    assert method["Complete ballots (rated)"] == "3 / 5"  # "can't judge" fills a cell
    assert method["Partial ballots"] == 2  # Theo left one cell empty; Pat rated the ERP only


def test_the_workshops_threshold_round_and_anonymity_are_stated_and_used(
    office_tagged: Rated, tmp_path: Path
) -> None:
    book = _write(office_tagged, tmp_path / "results.xlsx")
    method = _method(book)
    assert method["Dissent flag at"] == THRESHOLD
    assert method["Round counted"] == 2
    assert method["Round chosen"].startswith("no: the default")
    assert method["Anonymity"] == "Office-tagged: ratings by office, never by person"
    _, rows = _table(book["Results"])
    assert all((r["Dissent flag"] == "yes") == (r["Dissent"] >= THRESHOLD) for r in rows)
    # The ERP's dissent (about 0.26) is flagged at the workshop's 0.15, not at the default 0.3.
    assert any(r["Dissent flag"] == "yes" and r["Dissent"] < 0.3 for r in rows)

    chosen = _method(_write(office_tagged, tmp_path / "round1.xlsx", round_number=1))
    assert chosen["Round counted"] == 1 and chosen["Round chosen"].startswith("yes")


def test_a_named_workshop_still_shows_names_and_every_office_figure(
    empty_workspace: Workspace, tmp_path: Path
) -> None:
    book = _write(_rated(empty_workspace, "named"), tmp_path / "named.xlsx")
    headers, ratings = _table(book["Ratings"])
    assert headers[:3] == ["Round", "Participant", "Office"]
    assert {(r["Participant"], r["Office"]) for r in ratings} == set(
        zip(NAMES, OFFICES, strict=True)
    )
    assert [r["Value"] for r in ratings if r["Participant"] == "Ann Archer"][:2] == [9, 1]
    _, rows = _table(book["Results"])
    assert all(isinstance(r["PMO score"], float) for r in rows)
    assert _notes(book["Results"]) == []
    assert _method(book)["Anonymity"] == "Named: ratings beside the participants' names"
    assert_results_recompute(book)


def test_an_anonymous_workshop_shows_no_office_beside_a_rater(
    empty_workspace: Workspace, tmp_path: Path
) -> None:
    book = _write(_rated(empty_workspace, "anonymous"), tmp_path / "anonymous.xlsx")
    assert not any(any(n in str(v) for n in NAMES) for _, _, v in _cells(book))
    headers, ratings = _table(book["Ratings"])
    assert headers == [
        "Round", "Rater", "Proposal", "Criterion", "Value", "Entered by", "Entered at"
    ]  # fmt: skip
    assert {r["Rater"] for r in ratings} == {f"Rater {n}" for n in range(1, 6)}
    assert not any(v in ("PMO", "TMO") for r in ratings for v in r.values())
    # The offices' figures are still the offices' (the CRM's withheld: a lone PMO rater).
    _, rows = _table(book["Results"])
    by_title = {r["Proposal"]: r for r in rows if r["Proposal"]}
    assert by_title["New CRM"]["PMO score"] == by_title["New CRM"]["TMO score"] == WITHHELD
    assert isinstance(by_title["ERP upgrade"]["PMO score"], float)
    assert _method(book)["Anonymity"] == "Anonymous: ratings with neither names nor offices"
    assert_results_recompute(book, offices=False)


def test_an_open_blind_round_is_never_printed(office_tagged: Rated, tmp_path: Path) -> None:
    ws, workshop = office_tagged.ws, office_tagged.workshop
    round_id = workshops.open_round(ws, workshop).new_id
    data = queries.workshop(ws, workshop)
    assert [(r.number, r.blind, r.status) for r in data.rounds if r.id == round_id] == [
        (3, True, m.RoundStatus.OPEN)
    ]
    tom = next(p.id for p in data.participants if p.name == "Tom Tully")
    workshops.rate(ws, round_id, tom, data.proposals[0].id, data.criteria[0].id, 10)

    named = tmp_path / "round3.xlsx"
    with pytest.raises(ValidationError, match="round 3 is blind and still open") as refused:
        write_results_workbook(ws, workshop, named, round_number=3)
    assert "\n" not in str(refused.value) and not named.exists()

    # By default the latest closed round counts; the open round's ratings are nowhere.
    book = _write(office_tagged, tmp_path / "default.xlsx")
    assert _method(book)["Round counted"] == 2
    _, ratings = _table(book["Ratings"])
    assert {r["Round"] for r in ratings} == {1, 2}
