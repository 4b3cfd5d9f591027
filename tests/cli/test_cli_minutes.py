"""`pmo-tmo minutes`, run as the user runs it: a separate process, its exit code and output."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from pmo_tmo_desktop.services import demo

PMO_TMO = str(Path(sys.executable).with_name("pmo-tmo"))
WORKBOOK = "the results workbook comes with the results workbook feature"


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PMO_TMO, *map(str, args)], capture_output=True, text=True, timeout=120, check=False
    )


def assert_refused(result: subprocess.CompletedProcess[str], *words: str) -> None:
    """Exit code 2, one line on stderr, no traceback, nothing on stdout."""
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stdout == ""
    for word in words:
        assert word in result.stderr, (word, result.stderr)


def test_minutes_writes_the_pdf(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "minutes.pdf"
    result = run("minutes", demo_path, "--workshop", "1", "--pdf", out)
    assert result.returncode == 0, result.stderr
    assert out.name in result.stdout and result.stderr == ""
    reader = PdfReader(out)
    assert reader.metadata is not None and reader.metadata.title == demo.load()["title"]
    assert f"Page 1 of {len(reader.pages)}" in reader.pages[0].extract_text()


def test_minutes_of_a_chosen_round(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "round1.pdf"
    result = run("minutes", demo_path, "--workshop", "1", "--pdf", out, "--round", "1")
    assert result.returncode == 0, result.stderr
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "chosen for these minutes" in " ".join(text.split())


def test_an_unknown_workshop_or_round_is_refused_in_one_line(
    demo_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "minutes.pdf"
    assert_refused(run("minutes", demo_path, "--workshop", "42", "--pdf", out), "42")
    assert_refused(
        run("minutes", demo_path, "--workshop", "1", "--pdf", out, "--round", "9"), "round 9"
    )
    assert not out.exists()
    assert_refused(run("minutes", tmp_path / "nowhere.pmotmo", "--workshop", "1", "--pdf", out))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.pmotmo"]


def test_the_results_workbook_comes_along_when_asked(demo_path: Path, tmp_path: Path) -> None:
    pdf, xlsx = tmp_path / "minutes.pdf", tmp_path / "results.xlsx"
    result = run("minutes", demo_path, "--workshop", "1", "--pdf", pdf, "--xlsx", xlsx)
    if importlib.util.find_spec("pmo_tmo_desktop.services.results_workbook") is None:
        assert_refused(result, WORKBOOK)
        assert not pdf.exists() and not xlsx.exists()
    else:
        assert result.returncode == 0, result.stderr
        assert pdf.stat().st_size > 0 and xlsx.stat().st_size > 0
