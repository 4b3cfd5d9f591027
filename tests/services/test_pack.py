"""The meeting pack: five files named from the workshop, progress, cancel, and refusals."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from pmo_tmo_desktop.domain.errors import NotFoundError, ValidationError
from pmo_tmo_desktop.exchange import pdf_minutes
from pmo_tmo_desktop.services import files, pack
from pmo_tmo_desktop.services.files import Workspace

STEM = "2026-10-14 Q4 Portfolio Review – Joint PMO-TMO Assessment"
NAMES = [
    f"{STEM} - pre-read.pdf",
    f"{STEM} - minutes.pdf",
    f"{STEM} - role handbook.pdf",
    f"{STEM} - methodology and RACI.xlsx",
    f"{STEM} - results.xlsx",
]


@pytest.fixture
def demo_ws(demo_path: Path) -> Iterator[Workspace]:
    ws = files.open_file(demo_path, read_only=True)
    yield ws
    ws.close()


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "pack"
    folder.mkdir()
    return folder


def test_the_pack_writes_five_files_named_from_the_workshop(demo_ws: Workspace, out: Path) -> None:
    calls: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, label: str) -> bool:
        calls.append((done, total, label))
        return True

    written = pack.write_pack(demo_ws, 1, out, progress=progress)
    assert [p.name for p in written] == NAMES
    assert sorted(os.listdir(out)) == sorted(NAMES)  # and no temporary left behind
    assert calls == [*((i, 5, name) for i, name in enumerate(NAMES)), (5, 5, "")]
    titles = [PdfReader(p).metadata.title for p in written[:3]]  # type: ignore[union-attr]
    assert titles[0] == titles[1] == "Q4 Portfolio Review – Joint PMO/TMO Assessment"
    assert titles[2] == "Role handbook: Acme Group — demo"
    assert "RACI" in load_workbook(written[3], read_only=True).sheetnames
    assert "Results" in load_workbook(written[4], read_only=True).sheetnames


def test_returning_false_cancels_and_keeps_what_was_written(demo_ws: Workspace, out: Path) -> None:
    seen: list[int] = []

    def progress(done: int, total: int, label: str) -> bool:
        seen.append(done)
        return done < 2

    written = pack.write_pack(demo_ws, 1, out, progress=progress)
    assert [p.name for p in written] == NAMES[:2]
    assert sorted(os.listdir(out)) == sorted(NAMES[:2])
    assert seen == [0, 1, 2]


def test_sections_are_written_in_pack_order_whatever_order_they_are_asked_in(
    demo_ws: Workspace, out: Path
) -> None:
    written = pack.write_pack(demo_ws, 1, out, ["results", "preread", "results"])
    assert [p.name for p in written] == [NAMES[0], NAMES[4]]
    assert pack.SECTIONS == ("preread", "minutes", "handbook", "methodology", "results")


def test_a_failure_mid_pack_keeps_the_earlier_files_and_leaves_no_partial_one(
    demo_ws: Workspace, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object) -> list[object]:
        from reportlab.platypus import Flowable

        class Exploding(Flowable):  # type: ignore[misc]
            def wrap(self, *_: object) -> tuple[float, float]:
                raise KeyboardInterrupt  # the user stops the app while the minutes are laid out

        return [Exploding()]

    monkeypatch.setattr(pdf_minutes, "story", broken)
    with pytest.raises(KeyboardInterrupt):
        pack.write_pack(demo_ws, 1, out)
    assert os.listdir(out) == [NAMES[0]]


def test_bad_requests_are_refused_before_anything_is_written(
    demo_ws: Workspace, out: Path, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError, match="'agenda'"):
        pack.write_pack(demo_ws, 1, tmp_path / "missing", ["preread", "agenda"])
    with pytest.raises(NotFoundError, match="42"):
        pack.write_pack(demo_ws, 42, tmp_path / "missing")
    (tmp_path / "file.pdf").write_bytes(b"")
    with pytest.raises(ValidationError, match="not a folder"):
        pack.write_pack(demo_ws, 1, tmp_path / "file.pdf")
    with pytest.raises(ValidationError, match=r"file\.pdf/inside: cannot be created"):
        pack.write_pack(demo_ws, 1, tmp_path / "file.pdf" / "inside")
    assert os.listdir(out) == []
    assert not (tmp_path / "missing").exists(), "a refused pack makes no folder"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs folder permissions")
def test_a_folder_that_cannot_be_written_is_refused(demo_ws: Workspace, out: Path) -> None:
    out.chmod(0o555)
    try:
        with pytest.raises(ValidationError, match="cannot be written"):
            pack.write_pack(demo_ws, 1, out)
    finally:
        out.chmod(0o755)


def test_a_folder_the_system_refuses_is_named_in_the_message(
    demo_ws: Workspace, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_: object, **__: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("tempfile.TemporaryFile", refuse)
    with pytest.raises(ValidationError, match=r"pack: cannot be written \(Permission denied"):
        pack.write_pack(demo_ws, 1, out)


def test_file_names_are_safe_on_any_system() -> None:
    assert pack.safe_name('Q4 review: a/b\\c|d <e> "f" g?*') == "Q4 review - a-b-c-d e 'f' g"
    assert pack.safe_name("  ..hidden\tname\n. ") == "hidden name"
    assert pack.safe_name("Ελληνικά – «Кремль»") == "Ελληνικά – «Кремль»"
    assert len(pack.safe_name("x" * 300)) == pack.TITLE_LENGTH
