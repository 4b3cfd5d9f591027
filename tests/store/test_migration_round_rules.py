"""A file at schema 0003 is upgraded to 0004 (round rules) on open: every rating kept, the
rating triggers rebuilt with the table, "can't judge" (a NULL value) allowed, and each workshop
given the dissent threshold it was flagged at until now (0.3)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from pmo_tmo_desktop.store import migrate
from pmo_tmo_desktop.store.workspace import open_workspace
from tests.store.helpers import file_at
from tests.store.test_migrations import ROWS

AMENDMENTS = "0003_amendments"
TRIGGERS = {"rating_rules_insert", "rating_rules_update", "criterion_scale_keeps_ratings"}


def _file_at_0003(path: Path) -> Path:
    return file_at(path, AMENDMENTS, f"{ROWS} UPDATE workshop SET status = 'live';")


def _ratings(path: Path) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT * FROM rating ORDER BY id").fetchall()
    finally:
        con.close()


def test_a_0003_file_keeps_its_ratings_and_rules_and_takes_cant_judge(tmp_path: Path) -> None:
    path = _file_at_0003(tmp_path / "old.pmotmo")
    before = _ratings(path)
    assert before
    ws = open_workspace(path)
    try:
        with ws.reading() as conn:
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            triggers = {
                r[0]
                for r in conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger'"
                )
            }
            threshold = conn.exec_driver_sql("SELECT dissent_threshold FROM workshop").scalar()
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        assert revision == migrate.HEAD == "0011_row_versions"
        assert triggers >= TRIGGERS and threshold == 0.3
        assert ws.pragma("integrity_check") == "ok"
        with ws.transaction() as conn:  # "can't judge": a rating without a value
            conn.exec_driver_sql("UPDATE rating SET value = NULL WHERE id = 1")
        with ws.transaction() as conn:  # from a participant's own device, through the room
            conn.exec_driver_sql("UPDATE rating SET entered_by = 'room' WHERE id = 2")
        with pytest.raises(IntegrityError, match="entered_by"), ws.transaction() as conn:
            conn.exec_driver_sql("UPDATE rating SET entered_by = 'phone' WHERE id = 2")
        with (
            pytest.raises(IntegrityError, match="outside the criterion scale"),
            ws.transaction() as conn,
        ):
            conn.exec_driver_sql("UPDATE rating SET value = 99 WHERE id = 2")
        with pytest.raises(IntegrityError, match="dissent_threshold"), ws.transaction() as conn:
            conn.exec_driver_sql("UPDATE workshop SET dissent_threshold = 0")
    finally:
        ws.close()
    after = _ratings(path)
    assert after[2:] == before[2:] and after[0][5] is None and after[1][7] == "room"
    assert after[0][:5] == before[0][:5] and after[1][:7] == before[1][:7]
