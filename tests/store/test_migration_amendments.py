"""A file at schema 0002 is upgraded to 0003 (amendments) on open: backup first, no row lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from pmo_tmo_desktop.services import closing, queries, workshops
from pmo_tmo_desktop.store import backups, migrate
from pmo_tmo_desktop.store.schema import metadata
from pmo_tmo_desktop.store.workspace import open_workspace
from tests.store.helpers import file_at
from tests.store.test_migrations import ROWS

BUDGET = "0002_workshop_budget"
TABLES = (
    "workspace", "office", "role", "phase", "activity", "assignment", "workshop",
    "participant", "criterion", "proposal", "round", "rating", "decision", "action_item",
    "agenda_item",
)  # fmt: skip


def _file_at_0002(path: Path) -> Path:
    """A workspace file exactly as the version with the workshop budget wrote it."""
    return file_at(
        path,
        BUDGET,
        f"""{ROWS}
        UPDATE workshop SET budget = 250000 WHERE id = 1;
        INSERT INTO decision (id, proposal_id, kind, rationale, conditions, decided_at)
            VALUES (1, 1, 'approve', 'fits', '', '2025-04-02 11:00:00.000000');
        INSERT INTO action_item (id, workshop_id, text, owner, due, status, proposal_id,
                                 agenda_item_id, position)
            VALUES (1, 1, 'Send minutes', 'Priya', '2025-04-09', 'open', 1, NULL, 0);""",
    )


def _facts(path: Path) -> dict[str, object]:
    con = sqlite3.connect(path)
    try:
        return {
            "revision": con.execute("SELECT version_num FROM alembic_version").fetchone()[0],
            "tables": sorted(
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            ),
            "rows": {t: con.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES},
        }
    finally:
        con.close()


def test_a_0002_file_is_upgraded_to_0003_keeping_every_row(tmp_path: Path) -> None:
    path = _file_at_0002(tmp_path / "budget.pmotmo")
    old = _facts(path)
    assert old["revision"] == BUDGET and "amendment" not in old["tables"]

    ws = open_workspace(path)
    try:
        with ws.reading() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(amendment)")]
        assert columns == [
            "id", "workshop_id", "made_at", "made_by", "what", "why", "entity", "entity_id",
            "before", "after", "version", "changed_by", "changed_at",
        ]  # fmt: skip
        assert ws.pragma("foreign_keys") == 1 and ws.pragma("integrity_check") == "ok"

        data = queries.workshop(ws, 1)
        assert data.workshop.budget == 250000 and data.workshop.status == "closed"
        assert [(r.value, r.comment) for r in data.ratings] == [(8.0, ""), (4.0, "too early")]
        assert [d.kind for d in data.decisions] == ["approve"]
        assert [a.text for a in data.actions] == ["Send minutes"]
        assert data.amendments == ()

        # The old closed workshop is frozen now, and amendable.
        try:
            workshops.decide(ws, 1, "reject")
        except Exception as error:
            assert "record an amendment instead" in str(error)
        else:
            raise AssertionError("a closed workshop's decision changed")
        closing.amend_rating(ws, 2, 5, "misread the ballot", "Priya")
        [amendment] = queries.workshop(ws, 1).amendments
        assert amendment.what.endswith("4 → 5")
    finally:
        ws.close()

    new = _facts(path)
    assert new["revision"] == migrate.HEAD == "0011_row_versions"
    assert "amendment" in new["tables"]
    old_rows, new_rows = dict(old["rows"]), dict(new["rows"])  # type: ignore[call-overload]
    # 0010: every row ends with its version and who changed it last, when (some were, above)
    new_rows = {t: [row[:-3] for row in found] for t, found in new_rows.items()}
    assert old_rows.pop("rating") != new_rows.pop("rating"), "only the amended rating changed"
    # 0004 adds the workshop's dissent threshold (0.3 for every existing workshop), 0006 its
    # start time (none yet), 0007 its second resource (none), 0008 its pairwise weights (not
    # asked, set weights in force), at the end; 0008 gives criteria a kept hand-set weight
    assert all(row[-7:] == (0.3, None, "", None, 0, "set", None) for row in new_rows["workshop"])
    new_rows["workshop"] = [row[:-7] for row in new_rows["workshop"]]
    assert all(row[-1] is None for row in new_rows["criterion"])
    new_rows["criterion"] = [row[:-1] for row in new_rows["criterion"]]
    # 0007: each proposal uses none of the second resource, is left to the selection, no group
    assert all(row[-4:] == (None, "auto", "", None) for row in new_rows["proposal"])
    new_rows["proposal"] = [row[:-4] for row in new_rows["proposal"]]
    assert new_rows == old_rows

    made = [b for b in backups.list_backups(path) if backups.reason_of(b) == "before-upgrade"]
    assert len(made) == 1 and _facts(made[0]) == old


def test_the_migrated_amendment_table_matches_the_schema(tmp_path: Path) -> None:
    path = _file_at_0002(tmp_path / "budget.pmotmo")
    open_workspace(path).close()
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            differences = compare_metadata(MigrationContext.configure(conn), metadata)
    finally:
        engine.dispose()
    about_amendments = [d for d in differences if "amendment" in repr(d)]
    assert about_amendments == []
