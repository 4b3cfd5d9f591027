"""A ballot is read for the person it shows and with the values its cells hold: a name or id
edited to someone else's, or a formula with no saved value, is refused naming the cell."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from pmo_tmo_desktop.exchange.ballot_xlsx_read import read_ballot
from pmo_tmo_desktop.exchange.xlsx_safe import WorkbookError
from tests.exchange.hostile_xlsx import rewrite
from tests.exchange.test_workshop_xlsx import _source, ballot, edit_cells  # noqa: F401

BALLOT_SHEET = "xl/worksheets/sheet1.xml"


def with_cached_value(path: Path, cell: str, value: str) -> Path:
    """Give the formula in `cell` the value a spreadsheet app saves with it."""
    with zipfile.ZipFile(path) as book:
        sheet = book.read(BALLOT_SHEET).decode()
    start = sheet.index(f'<c r="{cell}"')
    end = sheet.index("</c>", start)
    filled = sheet[start:end].replace("<v />", f"<v>{value}</v>").replace("<v/>", f"<v>{value}</v>")
    assert filled != sheet[start:end], sheet[start:end]
    rewrite(path, path.with_name("saved.xlsx"), {BALLOT_SHEET: (sheet[:start] + filled +
                                                               sheet[end:]).encode()})  # fmt: skip
    return path.with_name("saved.xlsx")


@pytest.mark.parametrize(
    ("sheet", "changes"),
    [("Ballot", {"A3": "Participant: =HYPERLINK(1)"}), ("ids", {"B6": 12})],
    ids=["visible-name-of-another", "hidden-id-of-another"],
)
def test_a_ballot_edited_to_another_participant_is_refused_naming_the_cell(
    ballot: Path,  # noqa: F811
    sheet: str,
    changes: dict[str, object],
) -> None:
    edit_cells(ballot, "Ballot", {"B7": 7})
    edit_cells(ballot, sheet, changes)
    with pytest.raises(WorkbookError) as caught:
        read_ballot(ballot, _source())
    error = caught.value
    assert (error.file, error.sheet, error.cell) == ("ballot-ana.xlsx", "Ballot", "A3")
    assert "hidden participant id" in str(error) and "\n" not in str(error)


def test_the_unedited_ballot_is_read_for_its_participant(ballot: Path) -> None:  # noqa: F811
    edit_cells(ballot, "Ballot", {"B7": 7})
    assert read_ballot(ballot, _source()).participant.name == "Ana García"


def test_a_formula_without_a_saved_value_is_refused_naming_the_cell(
    ballot: Path,  # noqa: F811
) -> None:
    edit_cells(ballot, "Ballot", {"B7": 7, "C7": "=2+3", "B8": 4, "C8": 2})
    with pytest.raises(WorkbookError) as caught:
        read_ballot(ballot, _source())
    error = caught.value
    assert (error.sheet, error.cell) == ("Ballot", "C7")
    assert "Delivery risk: the formula '=2+3' has no saved value" in str(error)


def test_a_formula_with_its_saved_value_takes_the_value(ballot: Path) -> None:  # noqa: F811
    edit_cells(ballot, "Ballot", {"B7": 7, "C7": "=2+3", "B8": 4, "C8": 2})
    saved = with_cached_value(ballot, "C7", "5")
    cells = {c.cell: c.value for c in read_ballot(saved, _source()).cells}
    assert cells == {"B7": 7, "C7": 5, "B8": 4, "C8": 2}
