"""`pmo-tmo import` of a large matrix loads only what an import needs: no Qt while it speaks
English (which it still speaks with its plurals), no PDF library, no migration tool, no other
database's dialect and no workbook writer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from pmo_tmo_desktop.services import files
from tests.exchange.test_xlsx_fast import hand_made

PROBE = """
import json, sys
from pmo_tmo_desktop.cli import main
code = main(sys.argv[1:])
print(json.dumps([code, sorted(sys.modules)]))
"""

PLURAL = """
import sys
from pmo_tmo_desktop.i18n import translate
plain = translate("Cli", "Wrote {file}")
print("PySide6.QtCore" in sys.modules)
print(" / ".join(translate("RatingPage", "%n rating(s)", n=n) for n in (1, 3)))
print("PySide6.QtCore" in sys.modules)
"""


def _run(*args: str | Path, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        env={"HOME": str(home), "XDG_CACHE_HOME": str(home), "PATH": "/usr/bin:/bin"},
    )


def test_an_import_in_english_loads_no_qt_pdf_migration_or_writer(tmp_path: Path) -> None:
    workspace = tmp_path / "w.pmotmo"
    files.new(workspace, "empty").close()
    book = hand_made(tmp_path / "matrix.xlsx")
    done = _run(PROBE, "import", workspace, "--xlsx", book, home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "60 activities added" in done.stdout
    code, loaded = json.loads(done.stdout.splitlines()[-1])
    assert code == 0
    for heavy in (
        "PySide6",
        "reportlab",
        "alembic",
        "sqlalchemy.dialects.postgresql",
        "pmo_tmo_desktop.exchange.raci_xlsx",
    ):
        assert heavy not in loaded, heavy
    assert "python_calamine" in loaded  # the matrix was read by the fast reader


def test_english_without_a_translator_needs_no_qt_even_for_a_plural(tmp_path: Path) -> None:
    done = _run(PLURAL, home=tmp_path)
    assert done.returncode == 0, done.stderr
    before, plurals, after = done.stdout.splitlines()
    assert before == after == "False"
    assert plurals == "1 rating / 3 ratings"
