"""A file at schema 0004 is upgraded to 0005 (the room) on open: every row kept, the room's
tables added empty and exactly as the schema declares them, their rules held by the database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine
from sqlalchemy.exc import IntegrityError

from pmo_tmo_desktop.store import backups, migrate
from pmo_tmo_desktop.store.schema import metadata
from pmo_tmo_desktop.store.workspace import open_workspace
from tests.store.helpers import file_at, without_versions
from tests.store.test_migrations import ROWS

PASS = "INSERT INTO room_pass (participant_id, code) VALUES"

ROUND_RULES = "0004_round_rules"
ROOM_TABLES = ("room", "room_pass", "room_device")
DEVICE = (
    "INSERT INTO room_device (workshop_id, participant_id, token_hash, state, created) "
    "VALUES (1, ?, ?, ?, '2026-10-14 10:00:00.000000')"
)


def _file_at_0004(path: Path) -> Path:
    return file_at(path, ROUND_RULES, f"{ROWS} UPDATE workshop SET status = 'live';")


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    con = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {n: con.execute(f"SELECT * FROM {n} ORDER BY 1").fetchall() for n in names}
    finally:
        con.close()


def test_a_0004_file_is_upgraded_to_0005_keeping_every_row(tmp_path: Path) -> None:
    path = _file_at_0004(tmp_path / "old.pmotmo")
    old = _rows(path)
    assert not set(ROOM_TABLES) & set(old)

    ws = open_workspace(path)
    try:
        with ws.reading() as conn:
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        assert revision == migrate.HEAD
        assert ws.pragma("integrity_check") == "ok"
    finally:
        ws.close()

    new = without_versions(_rows(path))
    assert {t: new.pop(t) for t in ROOM_TABLES} == {t: [] for t in ROOM_TABLES}
    old.pop("alembic_version")
    new.pop("alembic_version")
    assert all(row[-6] is None for row in new["workshop"])  # 0006: no start time yet
    assert all(row[-5:-3] == ("", None) for row in new["workshop"])  # 0007: no second resource
    assert all(row[-3:] == (0, "set", None) for row in new["workshop"])  # 0008: set weights
    new["workshop"] = [row[:-6] for row in new["workshop"]]
    assert all(row[-1] is None for row in new["criterion"])  # 0008: no kept set weight
    new["criterion"] = [row[:-1] for row in new["criterion"]]
    assert new.pop("pairwise_judgement") == []
    assert new.pop("analysis") == []  # 0009: nothing analysed yet
    assert new.pop("checkout") == new.pop("library_identity") == []  # 0010: nothing out
    assert all(row[-4:] == (None, "auto", "", None) for row in new["proposal"])  # 0007
    new["proposal"] = [row[:-4] for row in new["proposal"]]
    assert new.pop("proposal_requirement") == new.pop("proposal_group") == []
    assert new == old
    made = [b for b in backups.list_backups(path) if backups.reason_of(b) == "before-upgrade"]
    assert len(made) == 1


def test_the_migrated_file_matches_the_schema(tmp_path: Path) -> None:
    path = _file_at_0004(tmp_path / "old.pmotmo")
    open_workspace(path).close()
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            differences = compare_metadata(MigrationContext.configure(conn), metadata)
            one_admitted = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = 'ux_room_device_one_admitted'"
            ).scalar()
    finally:
        engine.dispose()
    assert differences == []
    assert "WHERE state = 'admitted'" in str(one_admitted), "a partial index"


def test_the_database_holds_the_room_rules(tmp_path: Path) -> None:
    path = _file_at_0004(tmp_path / "old.pmotmo")
    ws = open_workspace(path)
    try:
        with ws.transaction() as conn:
            conn.exec_driver_sql(
                "INSERT INTO room (workshop_id, code, created) "
                "VALUES (1, 'ABC234', '2026-10-14 10:00:00.000000')"
            )
            conn.exec_driver_sql(PASS + " (1, 'ABCD2345')")
            conn.exec_driver_sql(DEVICE, (1, "a" * 64, "admitted"))
            conn.exec_driver_sql(DEVICE, (1, "b" * 64, "waiting"))
            conn.exec_driver_sql(DEVICE, (1, "c" * 64, "revoked"))
            conn.exec_driver_sql(DEVICE, (2, "d" * 64, "admitted"))
            flags = conn.exec_driver_sql("SELECT codes_required, show_results FROM room").one()
            assert tuple(flags) == (0, 0), "both off unless asked"
        with pytest.raises(IntegrityError, match="UNIQUE"), ws.transaction() as conn:
            conn.exec_driver_sql(DEVICE, (1, "e" * 64, "admitted"))  # a second admitted device
        with pytest.raises(IntegrityError, match="UNIQUE"), ws.transaction() as conn:
            conn.exec_driver_sql(DEVICE, (2, "a" * 64, "waiting"))  # the same token hash
        with pytest.raises(IntegrityError, match="state"), ws.transaction() as conn:
            conn.exec_driver_sql(DEVICE, (2, "f" * 64, "lost"))
        with pytest.raises(IntegrityError, match="UNIQUE"), ws.transaction() as conn:
            conn.exec_driver_sql(PASS + " (2, 'ABCD2345')")
        with ws.transaction() as conn:  # a participant goes: their pass and devices go too
            conn.exec_driver_sql("DELETE FROM rating WHERE participant_id = 1")
            conn.exec_driver_sql("DELETE FROM participant WHERE id = 1")
            left = conn.exec_driver_sql("SELECT participant_id FROM room_device").scalars().all()
            passes = conn.exec_driver_sql("SELECT count(*) FROM room_pass").scalar()
        assert left == [2] and passes == 0
        with ws.transaction() as conn:  # a workshop goes: its room goes too
            conn.exec_driver_sql("DELETE FROM workshop WHERE id = 1")
            counts = [
                conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() for t in ROOM_TABLES
            ]
        assert counts == [0, 0, 0]
    finally:
        ws.close()
