"""`pmo-tmo import` reads a hand-made workbook in any public layout and says how it read it."""

from __future__ import annotations

from pathlib import Path

import pytest

from pmo_tmo_desktop.services import files
from tests.cli.test_cli import assert_refused, run
from tests.exchange.layouts_xlsx import BOLD_PHASES, CASES, TRANSPOSED, assert_imported


def _empty(tmp_path: Path) -> Path:
    path = tmp_path / "ws.pmotmo"
    assert run("new", path, "--template", "empty").returncode == 0
    return path


@pytest.mark.parametrize("name", list(CASES))
def test_each_layout_is_imported_and_the_reading_is_named(tmp_path: Path, name: str) -> None:
    case = CASES[name]
    workspace = _empty(tmp_path)
    book = case.write(tmp_path / "book.xlsx")

    result = run("import", workspace, "--xlsx", book)

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"Read as: {case.reading} (")
    others = [r for r in case.readings if r != case.reading]
    assert [line.rsplit(" ", 1)[-1] for line in lines[1:-1]] == others
    assert lines[-1].startswith("Imported ")
    with files.open_file(workspace, read_only=True) as ws:
        assert_imported(ws, case)


def test_the_layout_option_chooses_the_reading(tmp_path: Path) -> None:
    workspace = _empty(tmp_path)
    book = BOLD_PHASES.write(tmp_path / "book.xlsx")

    result = run("import", workspace, "--xlsx", book, "--layout", "roles-flat")

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == (
        "Read as: roles-flat (role names across, letters in the cells; "
        "rows without letters are activities, not phases)"
    )
    assert "7 activities added" in result.stdout


def test_a_reading_that_does_not_fit_is_refused_in_one_line_naming_the_cell(
    tmp_path: Path,
) -> None:
    workspace = _empty(tmp_path)
    before = workspace.read_bytes()
    book = TRANSPOSED.write(tmp_path / "book.xlsx")

    result = run("import", workspace, "--xlsx", book, "--layout", "roles")

    assert_refused(result, "book.xlsx, sheet RACI, cell B3:", "'Dev, QA'")
    assert workspace.read_bytes() == before


def test_an_unknown_layout_is_refused_naming_the_choices(tmp_path: Path) -> None:
    result = run("import", _empty(tmp_path), "--xlsx", tmp_path / "x.xlsx", "--layout", "wide")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "roles-flat" in result.stderr and "letters" in result.stderr
