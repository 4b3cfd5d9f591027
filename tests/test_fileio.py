"""A file written through fileio appears whole or not at all, with the mode of the file it
replaces, and leaves no temporary behind."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from pmo_tmo_desktop import fileio


def test_the_written_file_replaces_the_old_one_and_keeps_its_mode(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"old")
    os.chmod(path, 0o600)
    with fileio.atomic_file(path) as temporary:
        assert temporary.parent == tmp_path and temporary != path
        temporary.write_bytes(b"new")
        assert path.read_bytes() == b"old"  # nothing moves before the block ends
    assert path.read_bytes() == b"new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_a_new_file_is_readable_by_others_as_a_saved_document_is(tmp_path: Path) -> None:
    path = tmp_path / "new.xlsx"
    with fileio.atomic_file(path) as temporary:
        temporary.write_bytes(b"x")
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_a_failure_in_the_block_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    path.write_bytes(b"previous")
    with pytest.raises(KeyboardInterrupt), fileio.atomic_file(path) as temporary:
        temporary.write_bytes(b"half")
        raise KeyboardInterrupt
    assert path.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]


def test_a_missing_folder_is_an_os_error_for_the_caller_to_name(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError), fileio.atomic_file(tmp_path / "no" / "x.pdf"):
        pass


def test_a_finished_temporary_is_moved_into_place(tmp_path: Path) -> None:
    temporary, path = tmp_path / ".copy.part", tmp_path / "copy.pmotmo"
    temporary.write_bytes(b"snapshot")
    path.write_bytes(b"older")
    fileio.move_into_place(temporary, path)
    assert path.read_bytes() == b"snapshot" and not temporary.exists()
