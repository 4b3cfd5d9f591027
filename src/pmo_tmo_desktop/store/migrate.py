"""Schema versions: Alembic upgrades run on a connection with foreign keys off.

Batch mode copies and drops tables; with cascades on that would delete child rows, so the
caller switches foreign keys off outside any transaction, runs the upgrade, and then asks
`PRAGMA foreign_key_check` before anything else may touch the file. Alembic is imported only
when a file needs an upgrade, so opening a current file costs nothing.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import StaticPool

from pmo_tmo_desktop.domain.errors import WorkspaceError
from pmo_tmo_desktop.i18n import translate

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")

KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_baseline",
    "0002_workshop_budget",
    "0003_amendments",
    "0004_round_rules",
    "0005_room",
    "0006_workshop_start",
    "0007_portfolio",
    "0008_pairwise",
    "0009_analyses",
    "0010_checkout",
    "0011_row_versions",
)
"""Every schema revision this version knows, oldest first (a test holds it to Alembic's)."""

HEAD = KNOWN_REVISIONS[-1]


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def alembic_revisions() -> tuple[str, ...]:
    """The revisions in the migration scripts, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    return tuple(rev.revision for rev in reversed(list(script.walk_revisions())))


def upgrade(connection: Connection, target: str = "head") -> None:
    """Upgrade the schema on `connection` (foreign keys must already be off)."""
    from alembic import command

    config = _config()
    config.attributes["connection"] = connection
    command.upgrade(config, target)


def downgrade(connection: Connection, target: str) -> None:
    """Take the schema on `connection` back to `target` (foreign keys must already be off);
    rows the older schema cannot hold are dropped, every other row is kept."""
    from alembic import command

    config = _config()
    config.attributes["connection"] = connection
    command.downgrade(config, target)


def upgrade_file(path: Path, busy_timeout_ms: int) -> None:
    """Run pending migrations with foreign keys off, then demand a clean foreign key check."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA foreign_keys = OFF")
        con.execute(f"PRAGMA busy_timeout = {busy_timeout_ms}")
        with single_engine(con).connect() as conn:
            upgrade(conn)
            conn.commit()
        problems = con.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise WorkspaceError(
                translate("Workspace", "{file}: the upgrade left {count} broken references").format(
                    file=path.name, count=len(problems)
                )
            )
    finally:
        con.close()


def single_engine(con: sqlite3.Connection) -> Engine:
    """An engine over one raw connection, with real transactions (for schema work)."""
    engine = create_engine("sqlite+pysqlite://", creator=lambda: con, poolclass=StaticPool)

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
