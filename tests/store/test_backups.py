"""Backups beside the file, their retention, restoring one, and Save As."""

from __future__ import annotations

from pathlib import Path

import pytest

from pmo_tmo_desktop.domain.errors import WorkspaceError
from pmo_tmo_desktop.services import entities, files, methodology, queries
from pmo_tmo_desktop.store import backups
from pmo_tmo_desktop.store.workspace import open_workspace
from tests.store.helpers import dump, dump_file, fingerprint


def _quick_check(path: Path) -> str:
    ws = open_workspace(path, read_only=True)
    try:
        return str(ws.pragma("quick_check"))
    finally:
        ws.close()


def test_a_timed_backup_is_itself_a_workspace_with_the_same_content(empty_workspace) -> None:
    ws = empty_workspace
    entities.create(ws, "workshop", title="Quarterly review")
    made = ws.backup("timed")

    assert made.parent == ws.path.with_name(ws.path.name + ".backups")
    assert made.suffix == ".pmotmo"
    assert backups.reason_of(made) == "timed"
    assert backups.taken_at(made) is not None
    assert backups.is_good(made)
    assert dump_file(made) == dump(ws)
    assert _quick_check(made) == "ok"


def test_a_timed_backup_is_only_made_after_a_change(tmp_path: Path) -> None:
    path = tmp_path / "acme.pmotmo"
    files.new(path, "empty").close()
    ws = open_workspace(path)
    try:
        assert ws.backup_if_changed() is None, "nothing changed since the file was opened"
        assert backups.list_backups(path) == []

        methodology.set_info(ws, organisation="Acme")
        made = ws.backup_if_changed()
        assert made is not None and made.exists()
        assert files.timed_backup(ws) is None, "nothing changed since the last backup"

        methodology.set_info(ws, organisation="Acme Group")
        second = files.timed_backup(ws)
        assert second is not None and second != made
        assert [b.path for b in files.list_backups(ws)] == [second, made]
        assert {b.reason for b in files.list_backups(ws)} == {"timed"}
    finally:
        ws.close()


def test_timed_backups_keep_only_the_newest_few(empty_workspace) -> None:
    ws = empty_workspace
    made = []
    for number in range(5):
        methodology.set_info(ws, organisation=f"Acme {number}")
        backup = ws.backup_if_changed(keep=3)
        assert backup is not None
        made.append(backup)
    manual = ws.backup("manual")

    kept = backups.list_backups(ws.path)
    assert [b for b in kept if backups.reason_of(b) == "timed"] == made[:1:-1]
    assert manual in kept, "retention of timed backups leaves other reasons alone"
    assert len(kept) == 4


def test_pruning_keeps_the_newest_backups_of_one_reason(empty_workspace) -> None:
    ws = empty_workspace
    made = [ws.backup("manual") for _ in range(4)]
    timed = ws.backup("timed")
    backups.prune(ws.path, "manual", 2)
    assert backups.list_backups(ws.path) == [timed, made[3], made[2]]


def test_restoring_a_backup_brings_back_the_old_content(empty_workspace) -> None:
    ws = empty_workspace
    entities.create(ws, "workshop", title="Before")
    old = dump(ws)
    backup = ws.backup("manual")
    entities.create(ws, "workshop", title="After")
    methodology.set_info(ws, name="Renamed")
    newer = dump(ws)

    files.restore(ws, backup)

    assert dump(ws) == old
    assert ws.pragma("integrity_check") == "ok"
    assert ws.pragma("journal_mode") == "wal"
    safety = [b for b in files.list_backups(ws) if b.reason == "before-restore"]
    assert len(safety) == 1
    assert dump_file(safety[0].path) == newer, "the state before the restore is kept"
    entities.create(ws, "workshop", title="Life goes on")  # the file is writable after it
    assert [w.title for w in queries.workshops(ws)] == ["Before", "Life goes on"]


def test_restoring_from_a_file_that_is_no_workspace_is_refused(empty_workspace) -> None:
    ws = empty_workspace
    bogus = ws.path.with_name("bogus.pmotmo")
    bogus.write_text("nope", encoding="utf-8")
    before = dump(ws)
    with pytest.raises(WorkspaceError, match="not a PMO–TMO workspace"):
        files.restore(ws, bogus)
    assert dump(ws) == before


def test_save_as_continues_in_a_complete_copy_and_closes_the_original(tmp_path: Path) -> None:
    original = tmp_path / "acme.pmotmo"
    ws = files.new(original, "light")
    entities.create(ws, "workshop", title="Kick-off")
    content = dump(ws)

    copy = files.save_as(ws, tmp_path / "acme-copy")  # the suffix is added

    try:
        assert copy.path == tmp_path / "acme-copy.pmotmo"
        assert copy is not ws and not copy.read_only
        assert dump(copy) == content
        assert copy.pragma("quick_check") == "ok"
        entities.create(copy, "workshop", title="Only in the copy")
        assert len(queries.workshops(copy)) == 2
    finally:
        copy.close()
    assert _quick_check(original) == "ok"
    assert _quick_check(copy.path) == "ok"
    assert dump_file(original) == content, "the original is as it was when saved"
    # The original was closed: it can be opened for writing again here.
    open_workspace(original).close()


def test_save_as_onto_a_file_open_elsewhere_is_refused(tmp_path: Path) -> None:
    first = files.new(tmp_path / "one.pmotmo", "empty")
    second = files.new(tmp_path / "two.pmotmo", "light")
    try:
        before = fingerprint(second.path)
        with pytest.raises(WorkspaceError, match=r"two\.pmotmo is open .*before replacing it$"):
            files.save_as(first, second.path)
        with pytest.raises(WorkspaceError, match=r"missing: no such folder$"):
            files.save_as(first, tmp_path / "missing" / "three.pmotmo")
        assert fingerprint(second.path) == before
        assert first.pragma("quick_check") == "ok", "the first one stays open and usable"
    finally:
        first.close()
        second.close()


def test_verify_reports_a_healthy_file(workspace) -> None:
    facts = files.verify(workspace)
    assert facts == {
        "integrity": "ok",
        "foreign_key_problems": 0,
        "schema": "0011_row_versions",
        "journal_mode": "wal",
    }


def test_backups_are_found_for_a_file_whose_name_has_brackets(tmp_path: Path) -> None:
    ws = files.new(tmp_path / "Budget [2026].pmotmo", "empty")
    try:
        made = ws.backup("manual")
        assert made.exists()
        assert backups.list_backups(ws.path) == [made]
        assert [b.path for b in files.list_backups(ws)] == [made]
    finally:
        ws.close()


def test_save_as_holds_the_targets_lock_from_before_the_copy_until_it_is_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No other process can slip in between writing the copy and opening it."""
    from pmo_tmo_desktop.store.lock import LockHeld, WriterLock
    from pmo_tmo_desktop.store.workspace import Workspace

    target = tmp_path / "replaced.pmotmo"
    files.new(target, "empty").close()  # an older workspace of that name, to be replaced
    ws = files.new(tmp_path / "acme.pmotmo", "light")
    seen: list[str] = []
    copy_to = Workspace.copy_to

    def copying(self: Workspace, where: Path) -> None:
        for moment in ("before", "after"):
            if moment == "after":
                copy_to(self, where)
            other = WriterLock(where)  # what a second process would try
            try:
                other.acquire()
            except LockHeld:
                seen.append(f"{moment}: held")
            else:
                other.release()
                seen.append(f"{moment}: free")

    monkeypatch.setattr(Workspace, "copy_to", copying)
    copy = files.save_as(ws, target)
    try:
        assert seen == ["before: held", "after: held"]
        assert dump(copy) and not copy.read_only
    finally:
        copy.close()


def test_save_as_over_a_file_a_crash_left_a_wal_beside_replays_none_of_it(tmp_path: Path) -> None:
    """The old file's left-over WAL is folded into it before the copy replaces it: the copy
    is exactly the source, and whole."""
    import subprocess
    import sys

    target = tmp_path / "crashed.pmotmo"
    files.new(target, "light").close()
    crash = (
        "import os, signal, sys\n"
        "from sqlalchemy import text\n"
        "from pmo_tmo_desktop.services import files\n"
        "ws = files.open_file(sys.argv[1])\n"
        "with ws.engine.begin() as conn:\n"
        "    conn.execute(text(\"update workspace set name='LEFT IN THE WAL'\"))\n"
        "    conn.execute(text(\"update role set name='LEFT ' || name\"))\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    subprocess.run([sys.executable, "-c", crash, str(target)], check=False)
    assert Path(f"{target}-wal").stat().st_size > 0, "the crash left a WAL behind"
    ws = files.new(tmp_path / "source.pmotmo", "integrated")
    content = dump(ws)
    copy = files.save_as(ws, target)
    try:
        assert dump(copy) == content
        assert copy.pragma("integrity_check") == "ok"
        assert "LEFT" not in str(content)
    finally:
        copy.close()


def test_partial_copies_a_killed_backup_left_are_pruned(empty_workspace) -> None:
    ws = empty_workspace
    made = ws.backup("before-import")
    # What a process killed during the copy leaves: a partial file under the temporary name.
    left = made.with_name(f".{made.name}.999999.part")
    left.write_bytes(made.read_bytes()[:4096])
    ws.backup("before-import")
    assert not left.exists()
    assert all(backups.reason_of(b) == "before-import" for b in backups.list_backups(ws.path))
