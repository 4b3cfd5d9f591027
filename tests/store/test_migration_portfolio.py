"""A file at schema 0006 is upgraded to 0007 (the portfolio's rules) on open: every row kept,
the new columns at their neutral values, the new tables empty and their rules held by the
database; going down to 0006 again keeps every row 0006 can hold."""

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
from tests.store.test_migration_downgrade import _migrate, _tables
from tests.store.test_migrations import ROWS

PAIR = "INSERT INTO proposal_requirement (proposal_id, required_id) VALUES"

WORKSHOP_START = "0006_workshop_start"
SECOND_WORKSHOP = """
INSERT INTO workshop (id, title, status, anonymity, notes, place, facilitator)
    VALUES (2, 'Autumn review', 'planned', 'named', '', '', '');
INSERT INTO proposal (id, workshop_id, title, sponsor, description, position)
    VALUES (2, 1, 'CRM data clean-up', '', '', 1), (3, 2, 'Elsewhere', '', '', 0);
"""


def _file_at_0006(path: Path) -> Path:
    return file_at(path, WORKSHOP_START, f"{ROWS} UPDATE workshop SET status = 'live';")


def test_a_0006_file_is_upgraded_keeping_every_row(tmp_path: Path) -> None:
    path = _file_at_0006(tmp_path / "old.pmotmo")
    old = _tables(path)
    open_workspace(path).close()
    new = without_versions(_tables(path))
    assert new.pop("proposal_requirement") == new.pop("proposal_group") == []
    # 0007: no second resource; 0008 after it: no pairwise weights, set weights in force
    assert [row[-5:] for row in new["workshop"]] == [("", None, 0, "set", None)]
    assert [row[-4:] for row in new["proposal"]] == [(None, "auto", "", None)]
    new["workshop"] = [row[:-5] for row in new["workshop"]]
    assert new.pop("pairwise_judgement") == []
    assert new.pop("analysis") == []  # 0009: nothing analysed yet
    assert new.pop("checkout") == new.pop("library_identity") == []  # 0010: nothing out
    assert all(row[-1] is None for row in new["criterion"])  # 0008: no kept set weight
    new["criterion"] = [row[:-1] for row in new["criterion"]]
    new["proposal"] = [row[:-4] for row in new["proposal"]]
    assert new == old

    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), metadata) == []
    finally:
        engine.dispose()


def test_the_database_holds_the_portfolio_rules(tmp_path: Path) -> None:
    path = file_at(tmp_path / "new.pmotmo", migrate.HEAD, f"{ROWS} {SECOND_WORKSHOP}")
    ws = open_workspace(path)
    try:
        with ws.transaction() as conn:
            conn.exec_driver_sql(PAIR + " (1, 2)")
            conn.exec_driver_sql("INSERT INTO proposal_group (workshop_id, name) VALUES (1, 'A')")
            conn.exec_driver_sql("UPDATE proposal SET funding = 'must_not', reason = 'x'")
        refused = {
            PAIR + " (1, 1)": "not_itself",
            PAIR + " (1, 3)": "its own workshop",
            "INSERT INTO proposal_group (workshop_id, name, at_most) VALUES (1, 'B', 0)": "at_most",
            "INSERT INTO proposal_group (workshop_id, name) VALUES (1, 'A')": "UNIQUE",
            "INSERT INTO proposal_group (workshop_id, name) VALUES (1, '  ')": "name_not_blank",
            "UPDATE proposal SET funding = 'maybe'": "funding",
            "UPDATE proposal SET resource_use = -1": "resource_use",
            "UPDATE workshop SET resource_limit = -1": "resource_limit",
        }
        for statement, rule in refused.items():
            with pytest.raises(IntegrityError, match=rule), ws.transaction() as conn:
                conn.exec_driver_sql(statement)
        with ws.transaction() as conn:  # a required proposal goes: the requirement goes too
            conn.exec_driver_sql("DELETE FROM proposal WHERE id = 2")
            left = conn.exec_driver_sql("SELECT count(*) FROM proposal_requirement").scalar()
        assert left == 0
        with ws.transaction() as conn:  # a workshop goes: its groups go too
            conn.exec_driver_sql("DELETE FROM rating")
            conn.exec_driver_sql("DELETE FROM workshop WHERE id = 1")
            groups = conn.exec_driver_sql("SELECT count(*) FROM proposal_group").scalar()
        assert groups == 0
    finally:
        ws.close()


def test_going_down_to_0006_keeps_every_row_it_can_hold(tmp_path: Path) -> None:
    path = _file_at_0006(tmp_path / "old.pmotmo")
    con = sqlite3.connect(path, isolation_level=None)
    con.executescript(f"BEGIN; {SECOND_WORKSHOP} COMMIT;")
    con.close()
    at_0006 = _tables(path)
    _migrate(path, migrate.upgrade)
    con = sqlite3.connect(path, isolation_level=None)
    con.executescript(
        "BEGIN; UPDATE proposal SET funding = 'must', group_name = 'G', resource_use = 2;"
        "INSERT INTO proposal_requirement (proposal_id, required_id) VALUES (1, 2);"
        "INSERT INTO proposal_group (workshop_id, name, at_most) VALUES (1, 'G', 2); COMMIT;"
    )
    con.close()
    _migrate(path, lambda conn: migrate.downgrade(conn, WORKSHOP_START))
    assert _tables(path) == at_0006
    con = sqlite3.connect(path)
    try:
        triggers = {
            r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
        }
    finally:
        con.close()
    assert triggers == {
        "rating_rules_insert",
        "rating_rules_update",
        "criterion_scale_keeps_ratings",
    }
