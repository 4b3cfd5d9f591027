"""The methodology workbook carries the whole methodology: export → import into an empty
workspace → export gives the same workbook, cell for cell, and the same findings."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.cli.test_cli import assert_refused, demo_file, run  # noqa: F401
from tests.exchange.test_workshop_xlsx import edit_cells
from tests.store.helpers import fingerprint


def cells(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every value of every sheet (document metadata such as timestamps left out)."""
    book = load_workbook(path)
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in book.worksheets}


def findings(workspace: Path) -> Any:
    done = run("check", workspace, "--json")
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)


def round_trip(first: Path, folder: Path) -> tuple[Path, Path]:
    empty = folder / "empty.pmotmo"
    assert run("new", empty, "--template", "empty").returncode == 0
    imported = run("import", empty, "--xlsx", first)
    assert imported.returncode == 0, imported.stderr
    second = folder / "second.xlsx"
    assert run("export", empty, "--xlsx", second).returncode == 0
    return empty, second


def test_export_import_export_of_the_demo_gives_the_same_workbook_and_findings(
    demo_file: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    first = tmp_path / "first.xlsx"
    assert run("export", demo_file, "--xlsx", first).returncode == 0
    sheets = cells(first)
    assert len(sheets["Deliverables"]) - 1 == 54 and len(sheets["Control points"]) - 1 == 15
    empty, second = round_trip(first, tmp_path)
    assert cells(second) == sheets
    assert findings(empty)["findings"] == findings(demo_file)["findings"]


def test_the_same_after_a_libreoffice_save(demo_file: Path, tmp_path: Path) -> None:  # noqa: F811
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    first = tmp_path / "first.xlsx"
    assert run("export", demo_file, "--xlsx", first).returncode == 0
    saved = tmp_path / "lo"
    subprocess.run(
        [soffice, "--headless", "--convert-to", "xlsx", "--outdir", saved, first],
        check=True,
        capture_output=True,
        timeout=180,
    )
    empty, second = round_trip(saved / "first.xlsx", tmp_path)
    assert cells(second) == cells(first)
    assert findings(empty)["findings"] == findings(demo_file)["findings"]


def test_an_older_workbook_without_the_new_sheets_still_imports(
    demo_file: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    first = tmp_path / "first.xlsx"
    assert run("export", demo_file, "--xlsx", first).returncode == 0
    book = load_workbook(first)
    del book["Deliverables"], book["Control points"]
    book.save(first)
    _, second = round_trip(first, tmp_path)
    assert cells(second)["RACI"] == cells(first)["RACI"]


BAD_DETAILS = [
    ("Deliverables", "A2", "Nowhere", "sheet Deliverables, cell A2: unknown phase 'Nowhere'"),
    ("Deliverables", "B2", "Dreaming", "cell B2: unknown activity 'Dreaming' in phase"),
    ("Deliverables", "D2", "poetic", "cell D2: kind 'poetic' must be one of"),
    ("Control points", "F2", "Chief Dreamer", "cell F2: unknown role 'Chief Dreamer' as approver"),
    ("Control points", "D2", "vote", "sheet Control points, cell D2: kind 'vote' must be one of"),
]


@pytest.mark.parametrize(("sheet", "cell", "value", "words"), BAD_DETAILS)
def test_a_bad_value_in_the_new_sheets_is_refused_in_one_line(
    demo_file: Path,  # noqa: F811
    tmp_path: Path,
    sheet: str,
    cell: str,
    value: str,
    words: str,
) -> None:
    path = tmp_path / "bad.xlsx"
    assert run("export", demo_file, "--xlsx", path).returncode == 0
    edit_cells(path, sheet, {cell: value})
    empty = tmp_path / "empty.pmotmo"
    assert run("new", empty, "--template", "empty").returncode == 0
    before = fingerprint(empty)
    assert_refused(run("import", empty, "--xlsx", path), "bad.xlsx, ", words)
    assert fingerprint(empty) == before
