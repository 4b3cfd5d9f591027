"""Helpers for the services tests."""

from __future__ import annotations

from pmo_tmo_desktop.services import queries
from pmo_tmo_desktop.services.files import Workspace


def office_id(ws: Workspace, name: str) -> int:
    return next(o.id for o in queries.offices(ws) if o.name == name)


def location(ws: Workspace) -> str:
    """Where another process finds `ws`: a file's path, a library's URL (with whatever
    password it was opened with)."""
    if ws.is_library:
        url = getattr(ws, "url")  # noqa: B009 (Library's, not Workspace's)
        return str(url.set(drivername="postgresql").render_as_string(hide_password=False))
    return str(ws.path)


def backups_made(ws: Workspace, reasons: list[str]) -> list[str]:
    """The backups an operation leaves: `reasons` beside a file; none for a library, whose
    backups are its server's."""
    return [] if ws.is_library else reasons
