"""Who is editing: the name a row's `changed_by` records and refusals show.

On a workspace file, the operating system's user name; on a team library, the application
name given in the URL (`?application_name=maria`) or else the PostgreSQL role connected.
"""

from __future__ import annotations

import getpass
import os

from sqlalchemy.engine import Connection

APPLICATION_NAME = "PMO-TMO Desktop"
"""How a library connection names itself to the server unless its URL names the editor."""


def editor_name(conn: Connection) -> str:
    """The person editing through `conn`, as `changed_by` records it."""
    if conn.dialect.name == "postgresql":
        named, role = conn.exec_driver_sql(
            "SELECT current_setting('application_name'), current_user"
        ).one()
        return str(role if named in ("", APPLICATION_NAME) else named)
    return os_user()


def os_user() -> str:
    """The operating system's user name (the one a workspace file's edits are made by)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for the uid (a container), no environment
        return os.environ.get("USERNAME") or str(os.getuid() if hasattr(os, "getuid") else "?")
