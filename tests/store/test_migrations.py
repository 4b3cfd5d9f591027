"""A file written at an older schema is upgraded on open: backup first, no row lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from pmo_tmo_desktop.domain.errors import WorkspaceError
from pmo_tmo_desktop.services import entities, queries
from pmo_tmo_desktop.store import backups, migrate
from pmo_tmo_desktop.store.workspace import open_workspace
from tests.store.helpers import file_at, fingerprint

BASELINE = "0001_baseline"

ROWS = """
INSERT INTO workspace (id, name, organisation, raci_variant, created)
    VALUES (1, 'Old Acme', 'Acme Group', 'RASCI', '2025-03-01 09:30:00.000000');
INSERT INTO office (id, name, colour, description, position) VALUES
    (1, 'PMO', '#2F6DB5', '', 0), (2, 'TMO', '#2E8B57', '', 1);
INSERT INTO role (id, name, office_id, description, position) VALUES
    (1, 'Portfolio Manager', 1, '', 0), (2, 'Chief Architect', 2, 'Owns the design', 1);
INSERT INTO phase (id, name, description, position) VALUES (1, 'Initiation', '', 0);
INSERT INTO activity (id, phase_id, name, description, kind, office_id, position) VALUES
    (1, 1, 'Business case', '', 'management', 1, 0);
INSERT INTO assignment (activity_id, role_id, letters) VALUES (1, 1, 'A'), (1, 2, 'RS');
INSERT INTO workshop (id, title, date, place, facilitator, status, anonymity, notes) VALUES
    (1, 'Spring review', '2025-04-02', 'Room 4', 'Priya', 'closed', 'named', 'kept');
INSERT INTO participant (id, workshop_id, name, office_id, title, position) VALUES
    (1, 1, 'Margaret', 1, 'Head of PMO', 0), (2, 1, 'Tom', 2, 'Architect', 1);
INSERT INTO criterion (id, workshop_id, name, weight, direction, scale_min, scale_max,
                       description, position)
    VALUES (1, 1, 'Strategic fit', 2, 'higher', 1, 10, '', 0);
INSERT INTO proposal (id, workshop_id, title, sponsor, description, cost, benefit,
                      duration_months, position)
    VALUES (1, 1, 'New CRM', 'Sales', '', 100000, NULL, 6, 0);
INSERT INTO round (id, workshop_id, number, blind, status, opened, closed)
    VALUES (1, 1, 1, 1, 'closed', '2025-04-02 10:00:00.000000', '2025-04-02 10:30:00.000000');
INSERT INTO rating (id, round_id, participant_id, proposal_id, criterion_id, value, comment,
                    entered_by, entered_at)
    VALUES (1, 1, 1, 1, 1, 8, '', 'self', '2025-04-02 10:05:00.000000'),
           (2, 1, 2, 1, 1, 4, 'too early', 'ballot', '2025-04-02 10:06:00.000000');
"""

CHILD_TABLES = ("participant", "criterion", "proposal", "round", "rating", "agenda_item")


def _baseline_file(path: Path) -> Path:
    """A workspace file exactly as the first released version wrote it."""
    return file_at(path, BASELINE, ROWS)


def _facts(path: Path) -> dict[str, object]:
    con = sqlite3.connect(path)
    try:
        return {
            "revision": con.execute("SELECT version_num FROM alembic_version").fetchone()[0],
            "columns": [r[1] for r in con.execute("PRAGMA table_info(workshop)")],
            "counts": {
                t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("office", "role", "activity", "assignment", "workshop", *CHILD_TABLES)
            },
        }
    finally:
        con.close()


def test_every_migration_script_is_a_revision_this_version_knows() -> None:
    scripts = migrate.alembic_revisions()
    assert scripts == migrate.KNOWN_REVISIONS
    assert scripts[-1] == migrate.HEAD


def test_a_baseline_file_is_upgraded_on_open_with_a_backup_and_no_row_lost(
    tmp_path: Path,
) -> None:
    path = _baseline_file(tmp_path / "old.pmotmo")
    old = _facts(path)
    assert old["revision"] == BASELINE
    assert "budget" not in old["columns"]

    ws = open_workspace(path)
    try:
        with ws.reading() as conn:
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(workshop)")]
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        assert revision == migrate.HEAD == "0011_row_versions"
        assert "budget" in columns
        assert ws.pragma("foreign_keys") == 1, "foreign keys are back on after the upgrade"
        assert ws.pragma("integrity_check") == "ok"

        info = queries.workspace_info(ws)
        assert (info.name, info.organisation, info.raci_variant) == (
            "Old Acme", "Acme Group", "RASCI",
        )  # fmt: skip
        meth = queries.methodology(ws)
        assert [r.name for r in meth.roles] == ["Portfolio Manager", "Chief Architect"]
        assert {(a.activity_id, a.role_id, a.letters) for a in meth.assignments} == {
            (1, 1, "A"),
            (1, 2, "RS"),
        }
        # The workshop table was rebuilt by the migration: its children must all survive.
        data = queries.workshop(ws, 1)
        assert data.workshop.title == "Spring review" and data.workshop.budget is None
        assert [p.name for p in data.participants] == ["Margaret", "Tom"]
        assert [(r.value, r.comment) for r in data.ratings] == [(8.0, ""), (4.0, "too early")]
        assert len(data.criteria) == len(data.proposals) == len(data.rounds) == 1

        # The new column is usable and its rule is enforced.
        entities.edit(ws, "workshop", 1, budget=250000)
        assert queries.workshop(ws, 1).workshop.budget == 250000
        with ws.transaction() as conn, pytest.raises(Exception, match="CHECK constraint"):
            conn.exec_driver_sql("UPDATE workshop SET budget = -1 WHERE id = 1")
    finally:
        ws.close()

    new = _facts(path)
    assert new["counts"] == old["counts"]

    made = [b for b in backups.list_backups(path) if backups.reason_of(b) == "before-upgrade"]
    assert len(made) == 1
    assert _facts(made[0]) == old, "the backup holds the file as it was before the upgrade"
    assert backups.is_good(made[0])

    reopened = open_workspace(path)  # already at head: no second upgrade, no second backup
    reopened.close()
    assert len(backups.list_backups(path)) == 1


def test_an_old_file_cannot_be_upgraded_by_a_read_only_open(tmp_path: Path) -> None:
    path = _baseline_file(tmp_path / "old.pmotmo")
    before = fingerprint(path)
    with pytest.raises(WorkspaceError, match="needs an upgrade") as refused:
        open_workspace(path, read_only=True)
    assert path.name in str(refused.value)
    assert fingerprint(path) == before
    assert backups.list_backups(path) == []
