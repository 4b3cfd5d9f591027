"""Files that are not healthy workspaces of this version are refused, and left exactly as found."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from pmo_tmo_desktop.domain.errors import WorkspaceDamagedError, WorkspaceError
from pmo_tmo_desktop.services import demo, entities, files, queries
from pmo_tmo_desktop.store import backups
from pmo_tmo_desktop.store.files import APPLICATION_ID
from pmo_tmo_desktop.store.workspace import open_workspace
from tests.store.helpers import damage_an_index_page, fingerprint, siblings


def _closed_workspace(folder: Path, name: str = "good.pmotmo") -> Path:
    path = folder / name
    files.new(path, "light").close()
    return path


def text_file(folder: Path) -> Path:
    path = folder / "notes.pmotmo"
    path.write_text("Minutes of the steering committee\n" * 40, encoding="utf-8")
    return path


def tiny_file(folder: Path) -> Path:
    path = folder / "tiny.pmotmo"
    path.write_bytes(b"SQLite format 3\x00")
    return path


def other_apps_database(folder: Path) -> Path:
    path = folder / "crm.pmotmo"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO customer (name) VALUES ('Initech')")
    con.commit()
    con.close()
    return path


def another_application_id(folder: Path) -> Path:
    path = folder / "other-id.pmotmo"
    con = sqlite3.connect(path)
    con.execute("PRAGMA application_id = 1234567")
    con.execute("CREATE TABLE thing (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()
    return path


def ours_without_schema(folder: Path) -> Path:
    path = folder / "hollow.pmotmo"
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute("CREATE TABLE thing (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()
    return path


def garbage_in_the_middle(folder: Path) -> Path:
    path = _closed_workspace(folder, "garbled.pmotmo")
    data = bytearray(path.read_bytes())
    noise = random.Random(7)
    for index in range(len(data) // 3, 2 * len(data) // 3):
        data[index] = noise.randrange(256)
    path.write_bytes(bytes(data))
    return path


def truncated(folder: Path) -> Path:
    path = _closed_workspace(folder, "truncated.pmotmo")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def from_a_newer_version(folder: Path) -> Path:
    path = _closed_workspace(folder, "future.pmotmo")
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    return path


REFUSED: dict[str, tuple[Callable[[Path], Path], str]] = {
    "a text file": (text_file, "not an SQLite database"),
    "a file shorter than a database header": (tiny_file, "not an SQLite database"),
    "another application's database": (other_apps_database, "another application"),
    "a database with another application id": (another_application_id, "another application"),
    "our id but no schema version": (ours_without_schema, "no schema version"),
    "a workspace with garbage in the middle": (garbage_in_the_middle, "damaged"),
    "a truncated workspace": (truncated, "damaged"),
    "a workspace from a newer version": (from_a_newer_version, "newer version"),
}


@pytest.mark.parametrize("read_only", [False, True], ids=["for-writing", "read-only"])
@pytest.mark.parametrize("kind", list(REFUSED))
def test_a_file_that_is_not_a_usable_workspace_is_refused_and_left_untouched(
    tmp_path: Path, kind: str, read_only: bool
) -> None:
    make, expected = REFUSED[kind]
    path = make(tmp_path)
    before = fingerprint(path)
    companions = siblings(path)

    with pytest.raises(WorkspaceError) as refused:
        open_workspace(path, read_only=read_only)

    message = str(refused.value)
    assert "\n" not in message
    assert path.name in message
    assert expected in message
    assert fingerprint(path) == before
    assert not backups.folder_for(path).exists(), "no backup is written of a refused file"
    left = siblings(path) - companions
    for journal in ("-wal", "-shm", "-journal"):
        assert f"{path.name}{journal}" not in left, f"{journal} left beside a refused file"
    assert left == set(), "nothing at all beside a refused file, not even a lock file"


def test_a_missing_file_is_refused_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "gone.pmotmo"
    with pytest.raises(WorkspaceError, match="no such file") as refused:
        open_workspace(path, read_only=True)
    assert "gone.pmotmo" in str(refused.value)
    assert not path.exists()


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "folder.pmotmo"
    folder.mkdir()
    with pytest.raises(WorkspaceError, match="not a file"):
        open_workspace(folder, read_only=True)


def test_a_damaged_file_names_the_newest_good_backup(tmp_path: Path) -> None:
    path = tmp_path / "acme.pmotmo"
    ws = files.new(path, "light")
    older = ws.backup("timed")
    newest = ws.backup("manual")
    ws.close()
    # A newer backup that is itself damaged must not be offered.
    bad = backups.folder_for(path) / f"{path.stem}-29991231-235959-timed{path.suffix}"
    bad.write_bytes(b"not a database at all")
    assert backups.list_backups(path)[0] == bad

    data = bytearray(path.read_bytes())
    for index in range(len(data) // 3, 2 * len(data) // 3):
        data[index] = 0xA5
    path.write_bytes(bytes(data))
    before = fingerprint(path)

    with pytest.raises(WorkspaceError, match="damaged") as refused:
        open_workspace(path)

    message = str(refused.value)
    assert "\n" not in message
    assert str(newest) in message
    assert str(older) not in message and bad.name not in message
    assert refused.value.backup == newest  # type: ignore[attr-defined]
    assert fingerprint(path) == before
    assert backups.newest_good(path) == newest


def test_a_damaged_file_without_backups_says_so_plainly(tmp_path: Path) -> None:
    path = garbage_in_the_middle(tmp_path)
    with pytest.raises(WorkspaceError) as refused:
        open_workspace(path)
    assert "backup" not in str(refused.value).lower()
    assert refused.value.backup is None  # type: ignore[attr-defined]


def test_reading_a_closed_workspace_leaves_no_journal_files_behind(tmp_path: Path) -> None:
    path = _closed_workspace(tmp_path)
    companions = siblings(path)
    open_workspace(path, read_only=True).close()
    assert siblings(path) == companions


def test_opening_a_missing_file_for_writing_leaves_nothing_behind(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="no such file"):
        open_workspace(tmp_path / "typo.pmotmo")
    assert list(tmp_path.iterdir()) == []


def test_a_damage_the_first_reads_miss_is_found_by_the_check_beside_them(tmp_path: Path) -> None:
    path = tmp_path / "acme.pmotmo"
    demo.create_demo(path).close()
    damage_an_index_page(path)
    before = fingerprint(path)
    with pytest.raises(WorkspaceDamagedError):
        open_workspace(path)  # checked at once: refused

    ws = open_workspace(path, check_later=True)  # a window shows the file while it is checked
    try:
        assert ws.check is not None
        assert queries.methodology(ws).activities  # the first reads work
        problem = ws.check.problem()
        assert problem is not None and "damaged" in str(problem) and "\n" not in str(problem)
        with pytest.raises(WorkspaceDamagedError):  # no write goes in after the verdict
            entities.create(ws, "phase", name="Never written")
        with pytest.raises(WorkspaceDamagedError):
            ws.backup("manual")  # nor does a damaged file become a backup
    finally:
        ws.close()
    assert fingerprint(path)[0] == before[0]
    assert backups.list_backups(path) == []


def test_a_healthy_file_opened_with_its_check_beside_takes_writes(tmp_path: Path) -> None:
    path = tmp_path / "acme.pmotmo"
    demo.create_demo(path).close()
    with open_workspace(path, check_later=True) as ws:
        entities.create(ws, "phase", name="Written")  # waits for the verdict, then writes
        assert ws.check is None
    with open_workspace(path, read_only=True) as ws:
        assert "Written" in {p.name for p in queries.methodology(ws).phases}
