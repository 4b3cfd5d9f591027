"""`pmo-tmo pack`, run as the user runs it: a separate process, its exit code and output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PMO_TMO = str(Path(sys.executable).with_name("pmo-tmo"))
STEM = "2026-10-14 Q4 Portfolio Review – Joint PMO-TMO Assessment"


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


def test_pack_writes_the_whole_pack_and_prints_each_path(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "pack"
    out.mkdir()
    result = run("pack", demo_path, "--workshop", "1", "--out", out)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    printed = [Path(line) for line in result.stdout.splitlines()]
    assert [p.name for p in printed] == [
        f"{STEM} - pre-read.pdf",
        f"{STEM} - minutes.pdf",
        f"{STEM} - role handbook.pdf",
        f"{STEM} - methodology and RACI.xlsx",
        f"{STEM} - results.xlsx",
    ]
    assert all(p.is_file() and p.stat().st_size > 0 for p in printed)
    assert sorted(out.iterdir()) == sorted(printed)


def test_pack_writes_only_the_sections_asked_for(demo_path: Path, tmp_path: Path) -> None:
    result = run(
        "pack", demo_path, "--workshop", "1", "--out", tmp_path, "--sections", "handbook, preread"
    )
    assert result.returncode == 0, result.stderr
    names = [Path(line).name for line in result.stdout.splitlines()]
    assert names == [f"{STEM} - pre-read.pdf", f"{STEM} - role handbook.pdf"]


def test_unusable_input_is_refused_in_one_line_and_nothing_is_written(
    demo_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "pack"
    out.mkdir()
    assert_refused(run("pack", demo_path, "--workshop", "42", "--out", out), "42")
    assert_refused(
        run("pack", demo_path, "--workshop", "1", "--out", out, "--sections", "minutes,agenda"),
        "agenda",
    )
    assert_refused(run("pack", tmp_path / "nowhere.pmotmo", "--workshop", "1", "--out", out))
    assert list(out.iterdir()) == []


def test_pack_makes_the_folder_it_is_given_as_ballots_export_does(
    demo_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "not" / "there"
    done = run("pack", demo_path, "--workshop", "1", "--out", out, "--sections", "handbook")
    assert done.returncode == 0, done.stderr
    assert [p.name for p in out.iterdir()] == [Path(done.stdout.strip()).name]
    exported = run("ballots", "export", demo_path, "--workshop", "1", "--out", tmp_path / "b" / "c")
    assert exported.returncode == 0, exported.stderr
    assert list((tmp_path / "b" / "c").iterdir())
