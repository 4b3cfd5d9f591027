"""Helpers for the services tests."""

from __future__ import annotations

from pmo_tmo_desktop.services import queries
from pmo_tmo_desktop.services.files import Workspace


def office_id(ws: Workspace, name: str) -> int:
    return next(o.id for o in queries.offices(ws) if o.name == name)
