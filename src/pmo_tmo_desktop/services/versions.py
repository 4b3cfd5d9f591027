"""Row versions: who may write over a row, and the refusal when someone else changed it first.

Every versioned row counts its changes (`version`) and names who made the last one, when. An
edit names the version it was made against (the version read, or read in its own unit of
work); a row at another version was changed since, and the edit is refused — unless every
change since was this session's own (a person's undo steps over their own later edits).
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.engine import Connection

from pmo_tmo_desktop.domain.errors import StaleWriteError, clip
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.services.changes import Key
from pmo_tmo_desktop.services.labels import label as _label
from pmo_tmo_desktop.store.editors import editor_name
from pmo_tmo_desktop.store.schema import VERSIONED, metadata
from pmo_tmo_desktop.store.workspace import Workspace

VERSIONED_TABLES = frozenset(VERSIONED)


class Session:
    """One open workspace's editor: their name and the row versions their commits produced."""

    def __init__(self) -> None:
        self.editor: str | None = None
        self._mine: dict[tuple[str, Key], set[int]] = {}

    def name(self, conn: Connection) -> str:
        if self.editor is None:
            self.editor = editor_name(conn)
        return self.editor

    def keep(self, produced: Iterable[tuple[str, Key, int | None]]) -> None:
        """Remember the versions a committed unit of work produced (None: the row went)."""
        for table, key, version in produced:
            if version is None:
                self._mine.pop((table, key), None)
            elif version == 1:  # a new row (a key may be used again after a deletion)
                self._mine[(table, key)] = {1}
            else:
                self._mine.setdefault((table, key), set()).add(version)

    def only_mine_since(
        self, table: str, key: Key, expected: int, current: int, pending: set[int]
    ) -> bool:
        """Every change after version `expected` up to `current` was this session's (committed
        before, or `pending` in the unit of work asking)."""
        if current <= expected:
            return False
        mine = self._mine.get((table, key), set()) | pending
        return all(v in mine for v in range(expected + 1, current + 1))


_sessions: weakref.WeakKeyDictionary[Workspace, Session] = weakref.WeakKeyDictionary()


def session_of(ws: Workspace) -> Session:
    """The editing session of an open workspace (made at its first unit of work)."""
    found = _sessions.get(ws)
    if found is None:
        found = _sessions[ws] = Session()
    return found


def _record(conn: Connection, t: Table, key: Key) -> str:
    """How a refusal names a row: its name or title, a RACI cell by activity and role."""
    where = dict(key)
    if t.name == "assignment":
        activity, role = metadata.tables["activity"], metadata.tables["role"]
        a = conn.execute(select(activity.c.name).where(activity.c.id == where["activity_id"]))
        r = conn.execute(select(role.c.name).where(role.c.id == where["role_id"]))
        return translate("Services", "The cell {activity} / {role}").format(
            activity=a.scalar() or where["activity_id"], role=r.scalar() or where["role_id"]
        )
    for column in ("name", "title", "text"):
        if column in t.c and "id" in where:
            found = conn.execute(select(t.c[column]).where(t.c.id == where["id"])).scalar()
            if found:
                return clip(found)
    ids = ", ".join(str(v) for _, v in key)
    return f"{_label(t.name).capitalize()} {ids}"


def _when(at: datetime | None) -> str:
    if at is None:
        return "?"
    return at.strftime("%H:%M" if at.date() == datetime.now().date() else "%Y-%m-%d %H:%M")


def stale(
    conn: Connection,
    t: Table,
    key: Key,
    values: Mapping[str, Any],
    now: tuple[int, str | None, datetime | None] | None,
    *,
    undoing: bool = False,
) -> StaleWriteError:
    """The refusal of a change to row `key` of `t`, which is now at (version, by, at), or gone
    (`now` None); `values` is what was to be written."""
    record = _record(conn, t, key) if now is not None else _label(t.name).capitalize()
    version, by, at = now if now is not None else (None, None, None)
    who = by or translate("Services", "someone")
    if now is None:
        message = translate("Services", "{record} was removed since; nothing was changed").format(
            record=record
        )
    elif undoing:
        message = translate(
            "Services",
            "This step cannot be undone: {record} was changed by {who} at {when} since; "
            "nothing was changed",
        ).format(record=record, who=who, when=_when(at))
    elif values:
        message = translate(
            "Services",
            "{record} was changed by {who} at {when} since you read it; your value {value} was "
            "kept, nothing was saved",
        ).format(
            record=record,
            who=who,
            when=_when(at),
            value=", ".join(f"'{clip(v)}'" for v in values.values()),
        )
    else:
        message = translate(
            "Services",
            "{record} was changed by {who} at {when} since you read it; nothing was deleted",
        ).format(record=record, who=who, when=_when(at))
    return StaleWriteError(
        message,
        table=t.name,
        key=key,
        values=values,
        changed_by=by,
        changed_at=at,
        version=version,
    )
