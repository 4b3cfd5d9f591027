"""A workbook cell of any size is quoted in a message cut to a readable length, on one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from pmo_tmo_desktop.domain.errors import QUOTE_LIMIT
from pmo_tmo_desktop.exchange.xlsx_read import MAX_CELL_CHARS
from pmo_tmo_desktop.exchange.xlsx_safe import WorkbookError
from pmo_tmo_desktop.services import transfer, workshop_files
from pmo_tmo_desktop.services.files import Workspace
from tests.exchange.test_workshop_xlsx import edit_cells
from tests.services.test_transfer import HEADER, write_grid
from tests.services.test_workshop_files import _export, filled, workshop_id  # noqa: F401

HUGE = "Q" * MAX_CELL_CHARS
"""The longest text a cell may hold and still be read (longer is refused before any quote)."""
LIMIT = 200
"""A message with one quoted value stays well under this, whatever the cell holds."""


def _short(error: pytest.ExceptionInfo[WorkbookError]) -> str:
    message = str(error.value)
    assert "\n" not in message and len(message) < LIMIT, message
    return message


def test_a_huge_letter_cell_is_quoted_cut(workspace: Workspace, tmp_path: Path) -> None:
    plan = write_grid(tmp_path / "plan.xlsx", [HEADER, ["Kick", "A", HUGE]])
    with pytest.raises(WorkbookError) as refused:
        transfer.import_xlsx(workspace, plan)
    assert "'" + "Q" * (QUOTE_LIMIT - 1) + "…' holds 'Q', which is not a RACI letter" in _short(
        refused
    )


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (HUGE, "is not a number"),
        ("line one\nline two " * 500, "is not a number"),
        (1e300, "is outside the scale"),
    ],
    ids=["huge-text", "many-lines", "301-digits"],
)
def test_a_huge_rating_cell_is_quoted_cut(
    workspace: Workspace,
    workshop_id: int,  # noqa: F811
    tmp_path: Path,
    value: object,
    words: str,
) -> None:
    ballots = _export(workspace, workshop_id, tmp_path / "b")
    bad = edit_cells(ballots["ballot-tom-berg"], "Ballot", {"C8": value})
    with pytest.raises(WorkbookError) as refused:
        workshop_files.import_ballots(workspace, workshop_id, [bad])
    assert words in _short(refused)
