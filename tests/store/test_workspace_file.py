"""The workspace file: created, closed, reopened; its pragmas; the rollback-journal fallback."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from pmo_tmo_desktop.domain.errors import WorkspaceError
from pmo_tmo_desktop.services import entities, files, queries
from pmo_tmo_desktop.store import workspace as store_workspace
from pmo_tmo_desktop.store.files import APPLICATION_ID
from pmo_tmo_desktop.store.migrate import HEAD
from pmo_tmo_desktop.store.workspace import create_workspace, open_workspace
from tests.store.helpers import dump


def test_a_new_workspace_survives_closing_and_reopening(tmp_path: Path) -> None:
    path = tmp_path / "acme.pmotmo"
    ws = files.new(path, "light", name="Acme delivery", organisation="Acme Group")
    before = dump(ws)
    ws.close()

    reopened = open_workspace(path)
    try:
        assert dump(reopened) == before
        info = queries.workspace_info(reopened)
        assert (info.name, info.organisation) == ("Acme delivery", "Acme Group")
        assert reopened.pragma("application_id") == APPLICATION_ID
        assert reopened.pragma("integrity_check") == "ok"
        with reopened.reading() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD
    finally:
        reopened.close()
    assert not path.with_name(path.name + "-wal").exists(), "close folds the WAL into the file"


def test_every_engine_connection_has_the_safety_pragmas_on(empty_workspace) -> None:
    ws = empty_workspace
    # Two pooled connections at once, so a second connection is seen too, not only the first.
    first, second = ws.engine.raw_connection(), ws.engine.raw_connection()
    try:
        for raw in (first, second):
            con = raw.driver_connection
            pragma = lambda name, c=con: c.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
            assert pragma("foreign_keys") == 1
            assert str(pragma("journal_mode")).lower() == "wal"
            assert pragma("synchronous") == 2  # FULL
            assert pragma("busy_timeout") == 5000
    finally:
        first.close()
        second.close()
    assert ws.pragma("foreign_keys") == 1
    assert ws.pragma("journal_mode") == "wal"
    assert ws.pragma("synchronous") == 2
    assert ws.pragma("busy_timeout") == 5000


def test_a_write_goes_through_while_a_long_read_is_in_progress(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_workspace, "BUSY_TIMEOUT_MS", 300)  # fail fast, not in 5 s
    ws = files.new(tmp_path / "busy.pmotmo", "empty")
    try:
        # An export in a worker reads a snapshot while the user keeps editing.
        with ws.reading() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM office").scalar() == 4
            entities.create(ws, "workshop", title="Edited meanwhile")
        assert [w.title for w in queries.workshops(ws)] == ["Edited meanwhile"]
    finally:
        ws.close()


def test_the_database_refuses_a_foreign_key_that_points_nowhere(empty_workspace) -> None:
    ws = empty_workspace
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), ws.transaction() as conn:
        conn.exec_driver_sql(
            "INSERT INTO role (name, office_id, description, position) VALUES ('Ghost', 999, '', 0)"
        )
    assert queries.methodology(ws).roles == ()


def test_where_wal_cannot_work_a_rollback_journal_with_full_sync_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "on-a-share.pmotmo"
    create_workspace(path, "Shared").close()  # created on a local disk: WAL on the file

    monkeypatch.setattr(store_workspace, "is_local_disk", lambda _path: False)
    ws = open_workspace(path)
    try:
        assert ws.wal is False
        assert ws.pragma("journal_mode") == "delete"
        assert ws.pragma("synchronous") == 2
        assert ws.pragma("foreign_keys") == 1
        with ws.transaction() as conn:
            conn.exec_driver_sql("UPDATE workspace SET name = 'Still shared'")
        assert not path.with_name(path.name + "-wal").exists()
    finally:
        ws.close()
    ws = open_workspace(path)
    try:
        assert queries.workspace_info(ws).name == "Still shared"
    finally:
        ws.close()


def test_a_new_workspace_created_where_wal_cannot_work_uses_the_rollback_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_workspace, "is_local_disk", lambda _path: False)
    ws = files.new(tmp_path / "usb.pmotmo", "empty")
    try:
        assert ws.pragma("journal_mode") == "delete"
        assert ws.pragma("synchronous") == 2
    finally:
        ws.close()


def test_creating_over_an_existing_file_is_refused_and_the_file_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "keep.pmotmo"
    path.write_text("my notes", encoding="utf-8")
    with pytest.raises(WorkspaceError, match="already exists"):
        create_workspace(path, "Nope")
    with pytest.raises(WorkspaceError, match="already exists"):
        files.new(path, "empty")
    assert path.read_text(encoding="utf-8") == "my notes"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.pmotmo"]


def test_a_workspace_in_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="no such folder"):
        create_workspace(tmp_path / "nowhere" / "x.pmotmo", "X")


def test_a_read_only_workspace_refuses_changes(tmp_path: Path) -> None:
    path = tmp_path / "ro.pmotmo"
    files.new(path, "empty").close()
    ws = open_workspace(path, read_only=True)
    try:
        with pytest.raises(WorkspaceError, match="read-only"), ws.transaction():
            pass
        assert len(queries.offices(ws)) == 4
    finally:
        ws.close()
