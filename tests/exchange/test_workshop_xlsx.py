"""The workshop workbooks on their own: the set-up template and ballots, written and read back.

The helpers here (`fill_setup`, `edit_cells`, `BAD_SETUPS`) are shared with the services and
cli tests of the same workbooks.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain.portfolio_problem import FundingRule
from pmo_tmo_desktop.exchange.ballot_xlsx import (
    BallotSource,
    BallotTexts,
    ballot_file_name,
    criterion_header,
    write_ballot,
)
from pmo_tmo_desktop.exchange.ballot_xlsx_read import read_ballot
from pmo_tmo_desktop.exchange.workshop_setup_xlsx import (
    DEFAULT_OFFICES,
    SetupGroup,
    read_setup,
    write_setup_template,
)
from pmo_tmo_desktop.exchange.xlsx_safe import WorkbookError

# -- helpers shared with the services and cli tests --------------------------------------------

SETUP_ROWS: dict[str, list[list[Any]]] = {
    "Participants": [
        ["Ana García", "PMO", "Head of PMO"],
        ["Tom Berg", "tmo", "Chief Architect"],
        ["Rafael Costa", "Business", "Finance Director"],
    ],
    "Criteria": [
        ["Strategic fit", 3, "higher is better", 1, 10, "How well it serves the strategy"],
        ["Delivery risk", 2, "lower", 0, 4, ""],
        ["Benefit", None, None, None, None, "defaults: weight 1, higher, 1 to 10"],
    ],
    "Proposals": [
        [
            "New CRM",
            "Sales",
            "Replace the CRM",
            250000,
            400000,
            9,
            None,
            "must fund",
            "contract ends",
            "Front office",
            3,
        ],
        ["ERP upgrade", "Finance", "", "120000", None, 6, "new crm", None, None, "front OFFICE"],
    ],
    "Groups": [["Front office", 2]],
    "Agenda": [
        ["Welcome", "Ana García", 10, ""],
        ["Rating round 1", "Tom Berg", 45, "Blind"],
    ],
}


def fill_setup(template: Path, target: Path, title: str = "Q1 Portfolio Review") -> Path:
    """A valid filled set-up workbook made from the blank `template`, as a person fills it."""
    book = load_workbook(template)
    sheet = book["Workshop"]
    sheet["B3"], sheet["B4"], sheet["B5"] = title, "2026-11-25", "Room 4"
    sheet["B6"], sheet["B7"], sheet["B8"] = "Priya Raman", "named", 1500000
    sheet["B9"] = "Quarterly review"
    sheet["B12"], sheet["B13"] = "People", 8
    for name, rows in SETUP_ROWS.items():
        for number, row in enumerate(rows, start=3):
            for column, value in enumerate(row, start=1):
                book[name].cell(row=number, column=column, value=value)
    book.save(target)
    return target


def edit_cells(path: Path, sheet: str, changes: dict[str, Any], target: Path | None = None) -> Path:
    """Set cells of a workbook (hidden sheets too) and save it (to `target` if given)."""
    book = load_workbook(path)
    for cell, value in changes.items():
        book[sheet][cell] = value
    book.save(target or path)
    return target or path


BAD_SETUPS = [
    # (id, sheet, cell, value, words the message must hold)
    ("empty-name", "Participants", "A4", None, "is empty"),
    ("duplicate-participant", "Participants", "A4", "ana garcía", "listed twice"),
    ("unknown-office", "Participants", "B3", "Finance", "unknown office 'Finance'"),
    ("duplicate-criterion", "Criteria", "A4", "Strategic Fit", "listed twice"),
    ("zero-weight", "Criteria", "B3", 0, "greater than zero"),
    ("negative-weight", "Criteria", "B3", -2, "greater than zero"),
    ("text-weight", "Criteria", "B3", "heavy", "not a number"),
    ("scale-max-not-above-min", "Criteria", "E3", 1, "greater than the scale min"),
    ("direction", "Criteria", "C3", "sideways", "'sideways'"),
    ("cost-text", "Proposals", "D3", "a lot", "not a number"),
    ("cost-negative", "Proposals", "D3", -5, "negative"),
    ("duplicate-proposal", "Proposals", "A4", "new crm", "listed twice"),
    ("empty-proposal-title", "Proposals", "A4", None, "is empty"),
    ("bad-date", "Workshop", "B4", "25/11/2026", "not a date"),
    ("empty-title", "Workshop", "B3", None, "title is empty"),
    ("anonymity", "Workshop", "B7", "secret", "'secret'"),
    ("budget", "Workshop", "B8", "much", "not a number"),
    ("agenda-minutes", "Agenda", "C3", 12.5, "whole number"),
    ("dissent-threshold-text", "Workshop", "B10", "high", "dissent threshold: 'high' is not"),
    ("dissent-threshold-zero", "Workshop", "B10", 0, "dissent threshold must be from 0.05 to 1"),
    ("dissent-threshold-above-one", "Workshop", "B10", 1.5, "from 0.05 to 1 (1.5)"),
    ("resource-limit", "Workshop", "B13", -3, "second resource limit is negative"),
    ("requires-unknown", "Proposals", "G3", "Data lake", "Requires: no proposal is called"),
    ("requires-itself", "Proposals", "G4", "ERP upgrade", "'ERP upgrade' cannot require itself"),
    (
        "requires-cycle",
        "Proposals",
        "G3",
        "ERP upgrade",
        "Requires: these proposals require each other in a circle: New CRM → ERP upgrade → New CRM",
    ),
    ("funding-word", "Proposals", "H4", "maybe", "Funding: 'maybe' is not auto, must fund"),
    ("resource-text", "Proposals", "K3", "two", "not a number"),
    ("resource-negative", "Proposals", "K3", -1, "Resource use: 'New CRM': the resource use"),
    ("group-limit-zero", "Groups", "B3", 0, "At most: group 'Front office': at most must be"),
    ("group-limit-fraction", "Groups", "B3", 1.5, "whole number, 1 or more (1.5)"),
    ("pairwise-maybe", "Workshop", "B11", "maybe", "pairwise: 'maybe' is not yes or no"),
]


@pytest.fixture
def template(tmp_path: Path) -> Path:
    path = tmp_path / "setup.xlsx"
    write_setup_template(path)
    return path


# -- set-up workbook ---------------------------------------------------------------------------


def test_the_template_has_the_sheets_headers_and_dropdowns_a_person_needs(template: Path) -> None:
    book = load_workbook(template)
    assert book.sheetnames == [
        "Workshop", "Participants", "Criteria", "Proposals", "Groups", "Agenda",
    ]  # fmt: skip
    workshop = book["Workshop"]
    labels = [workshop.cell(row=r, column=1).value for r in range(3, 14)]
    assert labels == [
        "Title",
        "Date (YYYY-MM-DD)",
        "Place",
        "Facilitator",
        "Anonymity",
        "Budget",
        "Notes",
        "Dissent threshold",
        "Compare criteria pairwise (AHP)",
        "Second resource",
        "Second resource limit",
    ]
    assert "pmo-tmo workshop new" in workshop["A1"].value
    expected = {
        "Participants": ["Name", "Office", "Title"],
        "Criteria": ["Name", "Weight", "Direction", "Scale min", "Scale max", "Description"],
        "Proposals": [
            "Title",
            "Sponsor",
            "Description",
            "Estimated cost",
            "Expected benefit",
            "Duration (months)",
            "Requires",
            "Funding",
            "Reason",
            "Group",
            "Resource use",
        ],
        "Groups": ["Group", "At most"],
        "Agenda": ["Title", "Presenter", "Minutes planned (duration)", "Notes"],
    }
    for name, headers in expected.items():
        sheet = book[name]
        assert [c.value for c in sheet[2]] == headers
        assert all(c.font.bold for c in sheet[2])
        assert sheet.freeze_panes == "A3"
        assert sheet["A1"].value  # the instruction line
        assert sheet.column_dimensions["A"].width > 20
    lists = {
        str(v.formula1): str(v.sqref)
        for name in ("Workshop", "Participants", "Criteria", "Proposals")
        for v in book[name].data_validations.dataValidation
        if v.type == "list"
    }
    assert lists['"named,office-tagged,anonymous"'] == "B7"
    assert lists['"' + ",".join(DEFAULT_OFFICES) + '"'].startswith("B3:B")
    assert lists['"higher is better,lower is better"'].startswith("C3:C")
    assert lists['"auto,must fund,must not fund"'].startswith("H3:H")


def test_the_template_offers_the_default_dissent_threshold_and_says_what_it_does(
    template: Path,
) -> None:
    workshop = load_workbook(template)["Workshop"]
    assert workshop["A10"].value == "Dissent threshold"
    assert workshop["B10"].value == 0.3
    assert workshop["C10"].value == "Flag proposals whose dissent is at or above this, 0.05–1."
    [check] = [v for v in workshop.data_validations.dataValidation if str(v.sqref) == "B10"]
    assert (check.type, check.operator, check.formula1, check.formula2) == (
        "decimal",
        "between",
        "0.05",
        "1",
    )


def test_the_dissent_threshold_reads_back_and_an_older_template_gives_none(
    template: Path, tmp_path: Path
) -> None:
    filled = fill_setup(template, tmp_path / "filled.xlsx")
    assert read_setup(filled).dissent_threshold == 0.3  # as the template offers it
    assert read_setup(edit_cells(filled, "Workshop", {"B10": 0.45})).dissent_threshold == 0.45
    assert read_setup(edit_cells(filled, "Workshop", {"B10": "0.6"})).dissent_threshold == 0.6
    assert read_setup(edit_cells(filled, "Workshop", {"B10": 1})).dissent_threshold == 1
    assert read_setup(edit_cells(filled, "Workshop", {"B10": None})).dissent_threshold is None
    older = edit_cells(filled, "Workshop", {"A10": None, "B10": None, "C10": None})
    setup = read_setup(older)  # a template from before the field: it still reads
    assert setup.dissent_threshold is None and setup.title == "Q1 Portfolio Review"


def test_the_pairwise_field_offers_yes_or_no_reads_back_and_is_no_in_an_older_template(
    template: Path, tmp_path: Path
) -> None:
    workshop = load_workbook(template)["Workshop"]
    assert (workshop["A11"].value, workshop["B11"].value) == (
        "Compare criteria pairwise (AHP)",
        "no",
    )
    assert "before rating" in workshop["C11"].value
    [check] = [v for v in workshop.data_validations.dataValidation if str(v.sqref) == "B11"]
    assert (check.type, check.formula1) == ("list", '"yes,no"')
    filled = fill_setup(template, tmp_path / "filled.xlsx")
    assert read_setup(filled).pairwise_weights is False
    for answer in ("yes", "Yes", " YES ", True, 1):
        assert read_setup(edit_cells(filled, "Workshop", {"B11": answer})).pairwise_weights
    for answer in ("no", "No", False, 0, None):
        assert not read_setup(edit_cells(filled, "Workshop", {"B11": answer})).pairwise_weights
    older = edit_cells(filled, "Workshop", {"A11": None, "B11": None, "C11": None})
    assert read_setup(older).pairwise_weights is False


def test_long_office_lists_go_on_a_hidden_sheet(tmp_path: Path) -> None:
    offices = [f"Office number {n}, region {n}" for n in range(20)]
    path = tmp_path / "setup.xlsx"
    write_setup_template(path, offices)
    book = load_workbook(path)
    assert book["Lists"].sheet_state == "hidden"
    assert [book["Lists"].cell(row=n + 1, column=1).value for n in range(20)] == offices


def test_a_filled_setup_reads_back_with_defaults_and_matched_offices(
    template: Path, tmp_path: Path
) -> None:
    path = fill_setup(template, tmp_path / "filled.xlsx")
    setup = read_setup(path, offices=["PMO", "TMO", "Business"], taken_titles=["Other"])
    assert (setup.title, setup.date, setup.place, setup.facilitator) == (
        "Q1 Portfolio Review",
        date(2026, 11, 25),
        "Room 4",
        "Priya Raman",
    )
    assert setup.anonymity == m.Anonymity.NAMED and setup.budget == 1500000
    assert [(p.name, p.office) for p in setup.participants] == [
        ("Ana García", "PMO"),
        ("Tom Berg", "TMO"),
        ("Rafael Costa", "Business"),
    ]
    fit, risk, benefit = setup.criteria
    assert (fit.weight, fit.direction, fit.scale_min, fit.scale_max) == (3, "higher", 1, 10)
    assert (risk.direction, risk.scale_min, risk.scale_max) == (m.Direction.LOWER, 0, 4)
    assert (benefit.weight, benefit.direction, benefit.scale_min, benefit.scale_max) == (
        1,
        m.Direction.HIGHER,
        1,
        10,
    )
    crm, erp = setup.proposals
    assert (crm.cost, crm.benefit, crm.duration_months) == (250000, 400000, 9)
    assert (erp.cost, erp.benefit) == (120000, None)
    assert [(a.title, a.duration_minutes, a.notes) for a in setup.agenda] == [
        ("Welcome", 10, ""),
        ("Rating round 1", 45, "Blind"),
    ]


def test_columns_may_be_reordered_and_dates_typed_as_dates(template: Path, tmp_path: Path) -> None:
    book = load_workbook(template)
    book["Workshop"]["B3"] = "Dated"
    book["Workshop"]["B4"] = datetime(2027, 1, 5)
    people = book["Participants"]
    people["A2"], people["B2"], people["C2"] = "Office", "Title", "Name"
    people.append(["TMO", "Architect", "Lena"])
    book.save(tmp_path / "x.xlsx")
    setup = read_setup(tmp_path / "x.xlsx")
    assert setup.date == date(2027, 1, 5)
    assert [(p.name, p.office, p.title) for p in setup.participants] == [
        ("Lena", "TMO", "Architect")
    ]


@pytest.mark.parametrize(
    ("sheet", "cell", "value", "words"),
    [case[1:] for case in BAD_SETUPS],
    ids=[case[0] for case in BAD_SETUPS],
)
def test_a_bad_setup_is_refused_naming_sheet_and_cell(
    template: Path, tmp_path: Path, sheet: str, cell: str, value: Any, words: str
) -> None:
    path = edit_cells(fill_setup(template, tmp_path / "filled.xlsx"), sheet, {cell: value})
    with pytest.raises(WorkbookError) as caught:
        read_setup(path)
    assert (caught.value.sheet, caught.value.cell) == (sheet, cell)
    assert words in str(caught.value) and str(caught.value).startswith("filled.xlsx, sheet")


def test_the_portfolio_rules_read_back_matched_by_title_and_group_ignoring_case(
    template: Path, tmp_path: Path
) -> None:
    setup = read_setup(fill_setup(template, tmp_path / "filled.xlsx"))
    assert (setup.resource_name, setup.resource_limit) == ("People", 8)
    assert setup.groups == (SetupGroup("Front office", 2),)
    crm, erp = setup.proposals
    assert (crm.funding, crm.reason, crm.group, crm.resource_use, crm.requires) == (
        FundingRule.MUST, "contract ends", "Front office", 3, (),
    )  # fmt: skip
    assert (erp.funding, erp.group, erp.resource_use, erp.requires) == (
        FundingRule.AUTO, "Front office", None, ("New CRM",),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("changes", "cell", "words"),
    [
        (
            {"G3": "ERP upgrade", "G4": None, "H4": "Must_Not"},
            "H3",
            "Funding: 'New CRM' must be funded but requires 'ERP upgrade', which must not be",
        ),
        ({"H4": "MUST FUND"}, "H3", None),  # two must-funds in a group of at most 2: fine
    ],
)
def test_rules_spread_over_several_cells_are_checked_together(
    template: Path, tmp_path: Path, changes: dict[str, Any], cell: str, words: str | None
) -> None:
    path = edit_cells(fill_setup(template, tmp_path / "filled.xlsx"), "Proposals", changes)
    if words is None:
        assert [p.funding for p in read_setup(path).proposals] == [FundingRule.MUST] * 2
        edit_cells(path, "Groups", {"B3": 1})
        words = "Funding: group 'Front office' allows at most 1 funded, but 2 of its proposals"
    with pytest.raises(WorkbookError) as caught:
        read_setup(path)
    assert (caught.value.sheet, caught.value.cell) == ("Proposals", cell)
    assert words in str(caught.value)


def test_an_older_setup_without_the_portfolio_columns_still_reads(
    template: Path, tmp_path: Path
) -> None:
    book = load_workbook(fill_setup(template, tmp_path / "filled.xlsx"))
    del book["Groups"]
    book["Proposals"].delete_cols(7, 5)
    book["Workshop"].delete_rows(12, 2)
    book.save(tmp_path / "old.xlsx")
    setup = read_setup(tmp_path / "old.xlsx")
    assert (setup.resource_name, setup.resource_limit, setup.groups) == ("", None, ())
    assert [(p.title, p.funding, p.group, p.requires) for p in setup.proposals] == [
        ("New CRM", FundingRule.AUTO, None, ()),
        ("ERP upgrade", FundingRule.AUTO, None, ()),
    ]


def test_a_taken_title_and_foreign_files_are_refused(template: Path, tmp_path: Path) -> None:
    path = fill_setup(template, tmp_path / "filled.xlsx")
    with pytest.raises(WorkbookError, match="already has a workshop") as caught:
        read_setup(path, taken_titles=["q1 portfolio review"])
    assert (caught.value.sheet, caught.value.cell) == ("Workshop", "B3")
    text = tmp_path / "notes.xlsx"
    text.write_text("not a workbook", encoding="utf-8")
    with pytest.raises(WorkbookError, match=r"notes\.xlsx: not an Excel"):
        read_setup(text)
    Workbook().save(tmp_path / "plain.xlsx")
    with pytest.raises(WorkbookError, match="sheet Workshop: the sheet is missing"):
        read_setup(tmp_path / "plain.xlsx")


# -- ballots -----------------------------------------------------------------------------------


def _source(**changes: Any) -> BallotSource:
    workshop = m.Workshop(
        5, "Q1 Review", date(2026, 11, 25), "Room 4", "Priya", m.WorkshopStatus.PLANNED,
        m.Anonymity.NAMED, "",
    )  # fmt: skip
    people = (
        m.Participant(11, 5, "Ana García", 1, "Head of PMO", 0),
        m.Participant(12, 5, "=HYPERLINK(1)", 2, "", 1),
    )
    criteria = (
        m.Criterion(21, 5, "Strategic fit", 3, m.Direction.HIGHER, 1, 10, "Fit", 0),
        m.Criterion(22, 5, "Delivery risk", 1, m.Direction.LOWER, 1, 10, "", 1),
    )
    proposals = (
        m.Proposal(31, 5, "New CRM", "Sales", "Replace it", 250000, 400000, 9, 0),
        m.Proposal(32, 5, "ERP upgrade", "", "", None, None, None, 1),
    )
    values: dict[str, Any] = {
        "workspace": "2026-01-01T09:00:00",
        "workshop": workshop,
        "participants": people,
        "criteria": criteria,
        "proposals": proposals,
    } | changes
    return BallotSource(**values)


@pytest.fixture
def ballot(tmp_path: Path) -> Path:
    source = _source()
    path = tmp_path / "ballot-ana.xlsx"
    write_ballot(path, source, source.participants[0])
    return path


def test_a_ballot_offers_a_protected_grid_limited_to_each_scale(ballot: Path) -> None:
    book = load_workbook(ballot)
    assert book.sheetnames == ["Ballot", "Proposals", "Criteria", "ids"]
    assert book["ids"].sheet_state == "veryHidden"
    sheet = book["Ballot"]
    assert sheet["A1"].value == "Q1 Review" and sheet["A3"].value == "Participant: Ana García"
    assert sheet["A4"].value.startswith(
        "Rate each proposal on each criterion from 1 to 10. Leave no cell empty: type a number "
        'or choose "can\'t judge". Details: sheet Proposals.'
    )
    assert [c.value for c in sheet[6]][:3] == [
        "Proposal",
        "Strategic fit (1–10, higher is better)",
        "Delivery risk (1–10, lower is better)",
    ]
    assert [sheet["A7"].value, sheet["A8"].value] == ["New CRM", "ERP upgrade"]
    assert sheet.protection.sheet
    for cell in ("B7", "C7", "B8", "C8"):
        assert sheet[cell].protection.locked is False
    assert sheet["A7"].protection.locked and sheet["B6"].protection.locked
    checks = {str(v.sqref): v for v in sheet.data_validations.dataValidation}
    assert set(checks) == {"B7:B8", "C7:C8"}
    fit = checks["B7:B8"]
    assert (fit.type, fit.formula1) == ("list", '"1,2,3,4,5,6,7,8,9,10,can\'t judge"')
    assert fit.showErrorMessage and fit.errorStyle == "stop"
    assert fit.error == 'Strategic fit: enter a number from 1 to 10, or "can\'t judge".'
    assert fit.prompt == '1–10, higher is better; or "can\'t judge"'
    details = [c.value for c in book["Proposals"][2]]
    assert details == ["New CRM", "Sales", "Replace it", 250000, 400000, 9]


def _answer_formats(path: Path) -> dict[str, tuple[str, Any]]:
    """The Ballot sheet's conditional formats: what each rule shades, by its formula."""
    sheet = load_workbook(path)["Ballot"]
    return {
        rule.formula[0]: (str(area.sqref), rule.dxf)
        for area in sheet.conditional_formatting
        for rule in area.rules
    }


def test_cant_judge_cells_look_answered_and_empty_ones_to_do(ballot: Path) -> None:
    formats = _answer_formats(ballot)
    assert set(formats) == {'OR(TRIM(B7)="can\'t judge")', "LEN(TRIM(B7))=0"}
    area, unsure = formats['OR(TRIM(B7)="can\'t judge")']
    assert area == "B7:C8"
    assert unsure.font.i and unsure.fill.fgColor.rgb == "FFECEFF1"
    area, empty = formats["LEN(TRIM(B7))=0"]
    assert area == "B7:C8"
    assert empty.fill.fgColor.rgb == "FFFFF2CC" and empty.font is None
    sheet = load_workbook(ballot)["Ballot"]
    assert sheet["B7"].fill.fill_type is None, "a filled cell loses the to-do shade"


def test_wide_or_fractional_scales_check_a_number_or_cant_judge(tmp_path: Path) -> None:
    criteria = (
        m.Criterion(21, 5, "Strategic fit", 3, m.Direction.HIGHER, 0, 100, "", 0),
        m.Criterion(22, 5, "Delivery risk", 1, m.Direction.LOWER, 0, 4.5, "", 1),
        m.Criterion(23, 5, "Benefit", 1, m.Direction.HIGHER, 1, 5, "", 2),
    )
    source = _source(criteria=criteria)
    path = tmp_path / "b.xlsx"
    write_ballot(path, source, source.participants[0])
    checks = {
        str(v.sqref): (v.type, v.formula1)
        for v in load_workbook(path)["Ballot"].data_validations.dataValidation
    }
    assert checks == {
        "B7:B8": (
            "custom",
            'OR(AND(ISNUMBER(B7),B7>=0,B7<=100),TRIM(B7)="can\'t judge")',
        ),
        "C7:C8": (
            "custom",
            'OR(AND(ISNUMBER(C7),C7>=0,C7<=4.5),TRIM(C7)="can\'t judge")',
        ),
        "D7:D8": ("list", '"1,2,3,4,5,can\'t judge"'),
    }


def test_a_translated_cant_judge_is_offered_and_recorded_on_the_ballot(tmp_path: Path) -> None:
    german = BallotTexts(cant_judge="kann ich nicht beurteilen")
    source = _source(texts=german)
    path = tmp_path / "b.xlsx"
    write_ballot(path, source, source.participants[0])
    book = load_workbook(path)
    [fit, _] = book["Ballot"].data_validations.dataValidation
    assert fit.formula1 == '"1,2,3,4,5,6,7,8,9,10,kann ich nicht beurteilen"'
    assert 'choose "kann ich nicht beurteilen"' in book["Ballot"]["A4"].value
    assert (book["ids"]["D1"].value, book["ids"]["E1"].value) == (
        "can't judge",
        "kann ich nicht beurteilen",
    )
    assert 'OR(TRIM(B7)="kann ich nicht beurteilen",TRIM(B7)="can\'t judge")' in (
        _answer_formats(path)
    )
    # Read back by a workspace speaking English: the ballot's own words and English count.
    edit_cells(path, "Ballot", {"B7": "Kann ich nicht beurteilen", "C7": "can't judge"})
    read = read_ballot(path, _source())
    assert [(c.cell, c.value, c.cant_judge) for c in read.cells][:2] == [
        ("B7", None, True),
        ("C7", None, True),
    ]


def test_a_long_or_comma_holding_list_goes_on_a_hidden_sheet(tmp_path: Path) -> None:
    texts = BallotTexts(cant_judge="no, I can't judge this")
    source = _source(texts=texts)
    path = tmp_path / "b.xlsx"
    write_ballot(path, source, source.participants[0])
    book = load_workbook(path)
    assert book.sheetnames == ["Ballot", "Proposals", "Criteria", "ids", "Lists"]
    assert book["Lists"].sheet_state == "hidden"
    checks = [(str(v.sqref), v.formula1) for v in book["Ballot"].data_validations.dataValidation]
    assert checks == [("B7:B8", "'Lists'!$A$1:$A$11"), ("C7:C8", "'Lists'!$A$1:$A$11")]
    values = [book["Lists"].cell(row=n, column=1).value for n in range(1, 12)]
    assert values == [*range(1, 11), "no, I can't judge this"]  # numbers stay numbers
    edit_cells(path, "Ballot", {"B7": "No, I can't judge this", "C7": 4})
    read = read_ballot(path, _source())
    assert [(c.cell, c.value, c.cant_judge) for c in read.cells][:2] == [
        ("B7", None, True),
        ("C7", 4, False),
    ]


def test_mixed_scales_are_shown_per_column() -> None:
    criterion = m.Criterion(1, 1, "Delivery risk", 1, m.Direction.LOWER, 0, 4.5, "", 0)
    assert criterion_header(criterion) == "Delivery risk (0–4.5, lower is better)"


def test_user_text_in_a_ballot_stays_text(tmp_path: Path) -> None:
    source = _source()
    path = tmp_path / "b.xlsx"
    write_ballot(path, source, source.participants[1])
    sheet = load_workbook(path)["Ballot"]
    assert sheet["A3"].data_type == "s"
    ballot = read_ballot(path, source)
    assert ballot.participant.name == "=HYPERLINK(1)"


def test_a_filled_ballot_reads_back_with_empty_cells_as_not_answered(ballot: Path) -> None:
    edit_cells(ballot, "Ballot", {"B7": 7, "C7": "2.5", "B8": 10})
    read = read_ballot(ballot, _source())
    assert read.participant.id == 11
    assert {(c.proposal_id, c.criterion_id): (c.value, c.cant_judge) for c in read.cells} == {
        (31, 21): (7, False),
        (31, 22): (2.5, False),
        (32, 21): (10, False),
        (32, 22): (None, False),
    }
    assert {c.cell for c in read.cells} == {"B7", "C7", "B8", "C8"}


@pytest.mark.parametrize("typed", ["can't judge", "  Can't Judge ", "CAN’T  JUDGE", "can‘t judge"])
def test_cant_judge_reads_back_in_any_case_trimmed(ballot: Path, typed: str) -> None:
    edit_cells(ballot, "Ballot", {"B7": typed, "C7": 3})
    cells = {c.cell: (c.value, c.cant_judge) for c in read_ballot(ballot, _source()).cells}
    assert cells == {
        "B7": (None, True),
        "C7": (3, False),
        "B8": (None, False),
        "C8": (None, False),
    }


BAD_BALLOTS = [
    # (id, sheet edited, changes, sheet named, cell named, words)
    ("off-scale", "Ballot", {"B7": 12}, "Ballot", "B7",
     "12 is outside the scale 1–10 of Strategic fit"),
    ("below-scale", "Ballot", {"C8": 0}, "Ballot", "C8",
     "0 is outside the scale 1–10 of Delivery risk"),
    ("not-a-number", "Ballot", {"C7": "high"}, "Ballot", "C7", "'high' is not a number"),
    ("not-cant-judge", "Ballot", {"B8": "can't say"}, "Ballot", "B8",
     "Strategic fit: 'can't say' is not a number or \"can't judge\""),
    ("other-workshop-id", "ids", {"B4": 6}, "Ballot", "A1", "for the workshop"),
    ("other-workshop-title", "ids", {"B5": "Q2 Review"}, "Ballot", "A1", "'Q2 Review'"),
    ("other-workspace", "ids", {"B3": "2025-01-01T00:00:00"}, "Ballot", "A1", "another workspace"),
    ("unknown-participant", "ids", {"B6": 99}, "Ballot", "A3", "unknown participant"),
    ("unknown-proposal", "ids", {"B12": 99}, "Ballot", "A8", "unknown proposal 'ERP upgrade'"),
    ("unknown-criterion", "ids", {"E11": 99}, "Ballot", "B6", "unknown criterion"),
    ("damaged-id", "ids", {"B6": "abc"}, "ids", "B6", "damaged"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("edited", "changes", "sheet", "cell", "words"),
    [case[1:] for case in BAD_BALLOTS],
    ids=[case[0] for case in BAD_BALLOTS],
)
def test_a_bad_ballot_is_refused_naming_file_sheet_and_cell(
    ballot: Path, edited: str, changes: dict[str, Any], sheet: str, cell: str, words: str
) -> None:
    edit_cells(ballot, "Ballot", {"B8": 5})
    edit_cells(ballot, edited, changes)
    with pytest.raises(WorkbookError) as caught:
        read_ballot(ballot, _source())
    assert (caught.value.file, caught.value.sheet, caught.value.cell) == (
        "ballot-ana.xlsx",
        sheet,
        cell,
    )
    assert words in str(caught.value)


@pytest.mark.parametrize(
    "make",
    [
        lambda p: p.write_bytes(b"PK\x03\x04 broken"),
        lambda p: p.write_text("name,rating\n", encoding="utf-8"),
        lambda p: Workbook().save(p),
    ],
    ids=["broken-zip", "csv", "not-a-ballot"],
)
def test_files_that_are_no_ballot_are_refused(tmp_path: Path, make: Callable[[Path], Any]) -> None:
    path = tmp_path / "ballot.xlsx"
    make(path)
    with pytest.raises(WorkbookError, match=r"^ballot\.xlsx: "):
        read_ballot(path, _source())


@pytest.mark.parametrize(
    ("name", "taken", "expected"),
    [
        ("Ana García", (), "ballot-ana-garcia.xlsx"),
        ("Tomás  O'Neil / TMO", (), "ballot-tomas-o-neil-tmo.xlsx"),
        ("Ana Garcia", ("ballot-ana-garcia.xlsx",), "ballot-ana-garcia-2.xlsx"),
        ("李雷", (), "ballot-participant.xlsx"),
        ("../../etc", (), "ballot-etc.xlsx"),
    ],
)
def test_ballot_file_names_are_safe_and_distinct(
    name: str, taken: tuple[str, ...], expected: str
) -> None:
    assert ballot_file_name(name, taken) == expected
