"""Every migration can be undone: head → baseline → nothing → head on a real file with rows,
and the rows the older schema can hold are kept."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.pool import StaticPool

from pmo_tmo_desktop.store import migrate
from tests.store.helpers import file_at
from tests.store.test_migrations import BASELINE, ROWS

NEWER_ROWS = """
UPDATE workshop SET budget = 250000, dissent_threshold = 0.25 WHERE id = 1;
INSERT INTO amendment (id, workshop_id, made_at, made_by, what, why, entity, entity_id,
                       before, after)
    VALUES (1, 1, '2025-04-03 09:00:00.000000', 'Priya', 'weight', 'typo', 'criterion', 1,
            '2', '3');
INSERT INTO room (workshop_id, code, codes_required, show_results, created)
    VALUES (1, 'ABCD', 1, 0, '2025-04-02 09:00:00.000000');
INSERT INTO room_pass (participant_id, code) VALUES (1, 'P1');
INSERT INTO room_device (id, workshop_id, participant_id, token_hash, state, label, created)
    VALUES (1, 1, 1, 'f00d', 'admitted', 'phone', '2025-04-02 09:01:00.000000');
INSERT INTO round (id, workshop_id, number, blind, status, opened, closed)
    VALUES (2, 1, 2, 1, 'open', '2025-04-03 10:00:00.000000', NULL);
INSERT INTO rating (id, round_id, participant_id, proposal_id, criterion_id, value, comment,
                    entered_by, entered_at)
    VALUES (3, 2, 1, 1, 1, NULL, 'cannot judge', 'self', '2025-04-03 10:07:00.000000'),
           (4, 2, 2, 1, 1, 7, 'from my phone', 'room', '2025-04-03 10:08:00.000000');
UPDATE workshop SET resource_name = 'People', resource_limit = 12 WHERE id = 1;
INSERT INTO proposal (id, workshop_id, title, sponsor, description, cost, benefit,
                      duration_months, position, resource_use, funding, reason, group_name)
    VALUES (2, 1, 'CRM data clean-up', '', '', 20000, NULL, 2, 1, 3, 'must', 'audit', 'CRM');
INSERT INTO proposal_requirement (proposal_id, required_id) VALUES (1, 2);
INSERT INTO proposal_group (id, workshop_id, name, at_most) VALUES (1, 1, 'CRM', 1);
"""
KEPT_PROPOSAL = (2, 1, "CRM data clean-up", "", "", 20000.0, None, 2.0, 1)
"""What the baseline keeps of the proposal 0007 could describe: all but its portfolio rules."""
KEPT_ROUND = (2, 1, 2, 1, "open", "2025-04-03 10:00:00.000000", None)
"""What the baseline keeps of NEWER_ROWS: the round, and the room's rating as one of 'self'
(it knows no 'can't judge', so that answer goes)."""
KEPT_RATING = (4, 2, 2, 1, 1, 7.0, "from my phone", "self", "2025-04-03 10:08:00.000000")


def _migrate(path: Path, step: Callable[[Connection], None]) -> None:
    """Run `step` on the file as the app runs migrations: foreign keys off, then checked."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA foreign_keys = OFF")
        engine = create_engine("sqlite+pysqlite://", creator=lambda: con, poolclass=StaticPool)

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        with engine.connect() as conn:
            step(conn)
            conn.commit()
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()


def _tables(path: Path) -> dict[str, list[tuple[object, ...]]]:
    con = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version' ORDER BY name"
            )
        ]
        return {n: sorted(con.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}
    finally:
        con.close()


def _parts(sql: str) -> tuple[str, ...]:
    """A CREATE statement as its sorted top-level clauses: a rebuilt table lists the same
    columns and constraints in another order."""
    text = " ".join(sql.replace('"', "").split())
    head, _, body = text.partition("(")
    parts, depth, current = [head.strip()], 0, ""
    for char in body.rstrip().removesuffix(")"):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    return tuple(sorted([*parts, current.strip()]))


def _schema(path: Path) -> list[tuple[str, str, tuple[str, ...]]]:
    con = sqlite3.connect(path)
    try:
        rows = con.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY 1, 2"
        ).fetchall()
        return [(t, n, _parts(str(s))) for t, n, s in rows]
    finally:
        con.close()


def test_every_migration_downgrades_and_upgrades_again_keeping_the_rows(tmp_path: Path) -> None:
    path = file_at(tmp_path / "old.pmotmo", BASELINE, ROWS)
    at_baseline = _tables(path)
    baseline_schema = _schema(path)

    _migrate(path, migrate.upgrade)
    con = sqlite3.connect(path, isolation_level=None)
    con.executescript(f"BEGIN; {NEWER_ROWS} COMMIT;")
    con.close()

    _migrate(path, lambda conn: migrate.downgrade(conn, BASELINE))
    assert _schema(path) == baseline_schema, "the baseline schema, triggers included"
    expected = {
        **at_baseline,
        "round": sorted([*at_baseline["round"], KEPT_ROUND], key=repr),
        "rating": sorted([*at_baseline["rating"], KEPT_RATING], key=repr),
        "proposal": sorted([*at_baseline["proposal"], KEPT_PROPOSAL], key=repr),
    }
    assert _tables(path) == expected, "every row the baseline can hold is kept"

    _migrate(path, lambda conn: migrate.downgrade(conn, "base"))
    assert _tables(path) == {}

    _migrate(path, migrate.upgrade)
    fresh = file_at(tmp_path / "fresh.pmotmo", migrate.HEAD, "")
    assert _schema(path) == _schema(fresh)


def test_each_step_down_and_up_again_gives_back_the_same_schema(tmp_path: Path) -> None:
    path = file_at(tmp_path / "old.pmotmo", migrate.HEAD, ROWS)
    head_schema = _schema(path)
    for older, newer in zip(migrate.KNOWN_REVISIONS, migrate.KNOWN_REVISIONS[1:], strict=False):
        _migrate(path, lambda conn, older=older: migrate.downgrade(conn, older))
        _migrate(path, lambda conn, newer=newer: migrate.upgrade(conn, newer))
        _migrate(path, migrate.upgrade)
        assert _schema(path) == head_schema, f"down to {older} and up again"
