"""In a source checkout the translations are compiled into the user's cache; a newer
compile replaces the file in one rename, so a process that has the old one mapped (another
checkout's tests, another instance) never reads a half-written file."""

from __future__ import annotations

import mmap
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

from pmo_tmo_desktop import i18n


def test_a_newer_compile_replaces_the_cached_file_whole(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    QStandardPaths.setTestModeEnabled(True)
    sources = tmp_path / "translations"
    sources.mkdir()
    ts = sources / "pmo_tmo_desktop_de.ts"
    shutil.copy(i18n.translations_dir() / "pmo_tmo_desktop_de.ts", ts)
    monkeypatch.setattr(i18n, "translations_dir", lambda: sources)
    folder = Path(i18n._qm_folder("de"))
    compiled = folder / "pmo_tmo_desktop_de.qm"
    assert folder != sources and compiled.exists()
    with compiled.open("rb") as held:
        mapped = mmap.mmap(held.fileno(), 0, access=mmap.ACCESS_READ)
        before = bytes(mapped)
        inode = os.fstat(held.fileno()).st_ino
        ts.write_text(ts.read_text(encoding="utf-8").replace("Speichern", "Sichern"), "utf-8")
        later = compiled.stat().st_mtime + 5
        os.utime(ts, (later, later))
        assert Path(i18n._qm_folder("de")) == folder
        assert bytes(mapped) == before  # the mapped file was never written into
        assert compiled.stat().st_ino != inode  # a new file took its name
        mapped.close()
    assert compiled.read_bytes() != before
    assert not list(folder.glob("pmo_tmo_desktop_de.*.qm"))  # no compile left behind
