"""A file at schema 0006 is upgraded to 0008 (pairwise criterion weights) on open: every row
kept, the judgements table added empty and exactly as the schema declares it, its rules held
by the database (one judgement per participant and pair, the pair in order, Saaty's range,
cascades with the workshop, participant and criteria)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine
from sqlalchemy.exc import IntegrityError

from pmo_tmo_desktop.store import migrate
from pmo_tmo_desktop.store.schema import metadata
from pmo_tmo_desktop.store.workspace import open_workspace
from tests.store.helpers import file_at, without_versions
from tests.store.test_migration_room import _rows
from tests.store.test_migrations import ROWS

MORE = """
INSERT INTO criterion (id, workshop_id, name, weight, direction, scale_min, scale_max,
                       description, position)
    VALUES (2, 1, 'Risk', 1, 'lower', 1, 10, '', 1), (3, 1, 'Cost', 1, 'lower', 1, 10, '', 2);
"""
JUDGE = (
    "INSERT INTO pairwise_judgement (workshop_id, participant_id, criterion_a_id, "
    "criterion_b_id, value, entered_by, entered_at) "
    "VALUES (1, ?, ?, ?, ?, 'self', '2026-10-14 10:00:00.000000')"
)


def _file_at_0006(path: Path) -> Path:
    return file_at(path, "0006_workshop_start", ROWS + MORE)


def test_a_0006_file_is_upgraded_keeping_every_row_with_set_weights_in_force(
    tmp_path: Path,
) -> None:
    path = _file_at_0006(tmp_path / "old.pmotmo")
    old = _rows(path)
    ws = open_workspace(path)
    ws.close()
    new = without_versions(_rows(path))
    assert new.pop("pairwise_judgement") == []
    assert new.pop("analysis") == []  # 0009: nothing analysed yet
    assert new.pop("checkout") == new.pop("library_identity") == []  # 0010: nothing out
    assert new.pop("proposal_requirement") == new.pop("proposal_group") == []  # 0007
    for name in ("alembic_version",):
        old.pop(name), new.pop(name)
    # The workshop gains: not asking for pairwise weights, set weights in force, never adopted.
    assert [row[-3:] for row in new["workshop"]] == [(0, "set", None)]
    assert [row[-1] for row in new["criterion"]] == [None, None, None]
    new["workshop"] = [row[:-3] for row in new["workshop"]]
    new["criterion"] = [row[:-1] for row in new["criterion"]]
    # 0007 before it: no second resource; proposals left to the selection, in no group
    assert [row[-2:] for row in new["workshop"]] == [("", None)]
    new["workshop"] = [row[:-2] for row in new["workshop"]]
    assert all(row[-4:] == (None, "auto", "", None) for row in new["proposal"])
    new["proposal"] = [row[:-4] for row in new["proposal"]]
    assert new == old


def test_the_migrated_file_matches_the_schema(tmp_path: Path) -> None:
    path = _file_at_0006(tmp_path / "old.pmotmo")
    open_workspace(path).close()
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            differences = compare_metadata(MigrationContext.configure(conn), metadata)
    finally:
        engine.dispose()
    assert differences == []
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == migrate.HEAD
    finally:
        con.close()


def test_the_database_holds_the_judgement_rules(tmp_path: Path) -> None:
    path = _file_at_0006(tmp_path / "old.pmotmo")
    ws = open_workspace(path)
    try:
        with ws.transaction() as conn:
            conn.exec_driver_sql(JUDGE, (1, 1, 2, 3.0))
            conn.exec_driver_sql(JUDGE, (1, 1, 3, 1 / 9))
            conn.exec_driver_sql(JUDGE, (2, 1, 2, 9.0))
        with pytest.raises(IntegrityError, match="UNIQUE"), ws.transaction() as conn:
            conn.exec_driver_sql(JUDGE, (1, 1, 2, 5.0))
        with pytest.raises(IntegrityError, match="pair_order"), ws.transaction() as conn:
            conn.exec_driver_sql(JUDGE, (1, 3, 2, 5.0))
        with pytest.raises(IntegrityError, match="saaty_scale"), ws.transaction() as conn:
            conn.exec_driver_sql(JUDGE, (1, 2, 3, 10.0))
        with pytest.raises(IntegrityError, match="weights_in_force"), ws.transaction() as conn:
            conn.exec_driver_sql("UPDATE workshop SET weights_in_force = 'mine'")
        with ws.transaction() as conn:  # a criterion goes: its judgements go with it
            conn.exec_driver_sql("DELETE FROM criterion WHERE id = 3")
            left = conn.exec_driver_sql("SELECT count(*) FROM pairwise_judgement").scalar()
        assert left == 2
        with ws.transaction() as conn:  # a participant goes: theirs go
            conn.exec_driver_sql("DELETE FROM rating WHERE participant_id = 2")
            conn.exec_driver_sql("DELETE FROM participant WHERE id = 2")
            left = conn.exec_driver_sql("SELECT count(*) FROM pairwise_judgement").scalar()
        assert left == 1
        with ws.transaction() as conn:  # the workshop goes: all go
            conn.exec_driver_sql("DELETE FROM workshop WHERE id = 1")
            left = conn.exec_driver_sql("SELECT count(*) FROM pairwise_judgement").scalar()
        assert left == 0
    finally:
        ws.close()
