"""`pmo-tmo export` in English: one read of the workspace, no Qt loaded, the findings written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl

from pmo_tmo_desktop.services import checks, files
from tests.cli.test_cli import run

PROBE = """
import sys
from pmo_tmo_desktop import cli
code = cli.main(sys.argv[1:])
print("QtCore loaded" if "PySide6.QtCore" in sys.modules else "QtCore not loaded")
sys.exit(code)
"""


def test_an_english_export_runs_without_loading_qt(tmp_path: Path) -> None:
    workspace, out = tmp_path / "demo.pmotmo", tmp_path / "out.xlsx"
    assert run("demo", workspace).returncode == 0
    result = subprocess.run(
        [sys.executable, "-c", PROBE, "export", str(workspace), "--xlsx", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"Wrote {out}", "QtCore not loaded"]
    with files.open_file(workspace, read_only=True) as ws:
        snapshot, report = checks.check(ws)
        expected = [row.message for row in checks.named(snapshot, report)]
    book = openpyxl.load_workbook(out, read_only=True)
    findings = book.worksheets[3]
    messages = [row[-1] for row in findings.iter_rows(min_row=2, values_only=True)]
    book.close()
    assert messages == expected and expected
