"""Workshops offline: a workshop checked out of a team library into a workspace file for the
session in the room, and checked in again afterwards.

Checkout copies the workshop with its methodology into a new file (ids kept) and marks it in
the library: who has it, since when, in which file, and a random token the file carries. While
the mark stands, every change to the workshop's records in the library is refused
(services.freeze). Checkin brings the workshop's records back from the file in one transaction
and takes the mark away; only the file holding the mark's token, from this very library, is
taken. `release` takes the mark away without a file (the facilitator who lost it).
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select, update

from pmo_tmo_desktop import WORKSPACE_SUFFIX
from pmo_tmo_desktop.domain.errors import NotFoundError, ValidationError, WorkspaceError
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.services.changes import Outcome, key_of
from pmo_tmo_desktop.services.rows import Recorder, table, unit_of_work
from pmo_tmo_desktop.store import library, workshop_rows
from pmo_tmo_desktop.store.schema import metadata
from pmo_tmo_desktop.store.workspace import Workspace, open_workspace

__all__ = ["CheckIn", "Mark", "checkin", "checkout", "marks", "release"]


@dataclass(frozen=True)
class Mark:
    """A workshop checked out: to which file, by whom, since when."""

    workshop_id: int
    title: str
    file: str
    by: str
    at: datetime


@dataclass(frozen=True)
class CheckIn:
    """A workshop checked in: its records brought back, per table."""

    workshop_id: int
    title: str
    counts: Mapping[str, int]


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _mark(row: Any) -> Mark:
    return Mark(int(row.workshop_id), str(row.title), str(row.file), str(row.by), row.at)


def _lent(conn: Any, workshop_id: int | None = None, *, lock: bool = False) -> list[Any]:
    """The marks of workshops this workspace lent out (with their titles)."""
    c, w = table("checkout"), table("workshop")
    query = (
        select(c, w.c.title)
        .join(w, w.c.id == c.c.workshop_id)
        .where(c.c.library.is_(None))
        .order_by(c.c.workshop_id)
    )
    if workshop_id is not None:
        query = query.where(c.c.workshop_id == workshop_id)
    if lock:
        query = query.with_for_update(of=c)
    return list(conn.execute(query))


def marks(ws: Workspace) -> dict[int, Mark]:
    """The workshops checked out of this workspace, by id."""
    with ws.reading() as conn:
        return {int(row.workshop_id): _mark(row) for row in _lent(conn)}


def _identity(conn: Any) -> str | None:
    t = table("library_identity")
    found = conn.execute(select(t.c.identity)).scalar()
    return None if found is None else str(found)


def _file_path(out: Path | str) -> Path:
    path = Path(out)
    if path.suffix != WORKSPACE_SUFFIX:
        path = path.with_name(path.name + WORKSPACE_SUFFIX)
    return path.absolute()


def checkout(ws: Workspace, workshop_id: int, out: Path | str) -> Mark:
    """Copy the workshop with its methodology into the new file `out` and mark it checked out
    here; the file appears complete, and the mark with it, or neither."""
    path = _file_path(out)
    made = False
    try:
        with ws.transaction() as conn:
            w = table("workshop")
            # waits for the changes to the workshop under way (they hold a share lock)
            found = conn.execute(
                select(w.c.id, w.c.title).where(w.c.id == workshop_id).with_for_update()
            ).first()
            if found is None:
                raise NotFoundError(
                    translate("Services", "no workshop with id {id}").format(id=workshop_id)
                )
            _refuse_marked(conn, workshop_id, str(found.title))
            identity = _identity(conn)
            if identity is None:
                identity = secrets.token_hex(16)
                conn.execute(insert(table("library_identity")).values(id=1, identity=identity))
            at = _now()
            mark = {
                "workshop_id": workshop_id,
                "token": secrets.token_urlsafe(24),
                "by": library.current_user(conn),
                "at": at,
                "file": path.name,
            }
            conn.execute(insert(table("checkout")).values(**mark))

            def carried(target: Any) -> None:
                target.execute(
                    insert(table("checkout")).values(
                        **mark, library=ws.label, library_id=identity, checked_in=None
                    )
                )

            workshop_rows.workshop_file(conn, path, workshop_id, carried).close()
            made = True
    except BaseException:
        if made:
            path.unlink(missing_ok=True)
        raise
    return Mark(workshop_id, str(found.title), path.name, str(mark["by"]), at)


def _refuse_marked(conn: Any, workshop_id: int, title: str) -> None:
    c = table("checkout")
    row = conn.execute(select(c).where(c.c.workshop_id == workshop_id)).first()
    if row is None:
        return
    if row.library is not None:
        raise ValidationError(
            translate(
                "Services",
                "workshop '{title}' in this file was checked out from {library}; check it in "
                "there rather than checking it out again",
            ).format(title=title, library=row.library)
        )
    raise ValidationError(
        translate(
            "Services",
            "workshop '{title}' is already checked out to {file} by {who} since {at}",
        ).format(title=title, file=row.file, who=row.by or "?", at=_shown(row.at))
    )


def _shown(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M")


def release(ws: Workspace, workshop_id: int) -> Mark:
    """Take a workshop's checkout mark away without its file (whatever was done in the file
    stays there); the mark that was released."""
    with ws.transaction() as conn:
        found = _lent(conn, workshop_id, lock=True)
        if not found:
            raise ValidationError(_not_out(conn, workshop_id))
        conn.execute(
            delete(table("checkout")).where(table("checkout").c.workshop_id == workshop_id)
        )
    return _mark(found[0])


def _not_out(conn: Any, workshop_id: int) -> str:
    w = table("workshop")
    title = conn.execute(select(w.c.title).where(w.c.id == workshop_id)).scalar()
    if title is None:
        return translate("Services", "no workshop with id {id}").format(id=workshop_id)
    return translate(
        "Services", "workshop '{title}' is not checked out; nothing was changed"
    ).format(title=title)


# -- checkin ------------------------------------------------------------------------------------


def _refused(path: Path, reason: str) -> WorkspaceError:
    return WorkspaceError(
        translate("Services", "{file}: {reason}; nothing was changed").format(
            file=path.name, reason=reason
        )
    )


def _carried_mark(conn: Any, path: Path) -> Any:
    c = table("checkout")
    found = list(conn.execute(select(c).where(c.c.library.is_not(None))))
    if len(found) != 1:
        raise _refused(path, translate("Services", "not a workshop checked out from a library"))
    row = found[0]
    if row.checked_in is not None:
        raise _refused(
            path,
            translate("Services", "already checked in on {at}").format(at=_shown(row.checked_in)),
        )
    return row


def checkin(ws: Workspace, source: Path | str, workshop_id: int | None = None) -> Outcome:
    """Bring the workshop of the checked-out file `source` back, in one transaction, and take
    its mark away; the file is then marked checked in. Refused, with nothing changed, for a
    file not checked out from this library (or for another workshop than `workshop_id`), or
    whose mark is gone (released, or checked out again since). The value is a CheckIn."""
    path = Path(source).absolute()
    held = open_workspace(path)
    try:
        with held.reading() as conn:
            carried = _carried_mark(conn, path)
            wanted = int(carried.workshop_id)
            rows = {n: workshop_rows.rows_of(conn, n, wanted) for n in workshop_rows.BROUGHT_BACK}
        if workshop_id is not None and workshop_id != wanted:
            raise _refused(
                path,
                translate("Services", "it holds workshop {held}, not workshop {id}").format(
                    held=wanted, id=workshop_id
                ),
            )
        every = frozenset(metadata.tables)
        with unit_of_work(ws, every) as rec:
            _refuse_stranger(rec, path, carried)
            title = _merge(rec, wanted, rows)
            rec.conn.execute(
                delete(table("checkout")).where(table("checkout").c.workshop_id == wanted)
            )
        with held.transaction() as conn:
            c = table("checkout")
            conn.execute(update(c).where(c.c.workshop_id == wanted).values(checked_in=_now()))
    finally:
        held.close()
    counts = {name: len(found) for name, found in rows.items()}
    return rec.outcome(CheckIn(wanted, title, counts))


def _refuse_stranger(rec: Recorder, path: Path, carried: Any) -> None:
    """Refuse a file from another library, or whose mark here is gone or newer."""
    if _identity(rec.conn) != carried.library_id:
        raise _refused(
            path,
            translate(
                "Services", "it was checked out from {library}, not from this library"
            ).format(library=carried.library),
        )
    found = _lent(rec.conn, int(carried.workshop_id), lock=True)
    if not found or found[0].token != carried.token:
        raise _refused(
            path,
            translate(
                "Services",
                "workshop {id} is no longer checked out to this file (released, or checked "
                "out again since)",
            ).format(id=carried.workshop_id),
        )


def _merge(rec: Recorder, workshop_id: int, rows: Mapping[str, Sequence[dict[str, Any]]]) -> str:
    """Make the workshop's records here those of the file: rows gone from the file go (the
    children first), rows the file shares with the library are updated, rows made offline are
    added with new ids here (their references follow). The workshop's title."""
    names = [t.name for t in metadata.sorted_tables if t.name in workshop_rows.BROUGHT_BACK]
    kept = {name: {r["id"] for r in rows[name]} for name in names if "id" in table(name).c}
    for name in reversed(names):
        if name == "workshop":
            continue
        here = workshop_rows.rows_of(rec.conn, name, workshop_id)
        keys = [_key(name, r) for r in here if "id" not in r or r["id"] not in kept[name]]
        if keys:
            rec.delete_many(name, keys)
    ids: dict[str, dict[int, int]] = {}
    offices = set(rec.conn.execute(select(table("office").c.id)).scalars())
    for name in names:
        ids[name] = _bring(
            rec, name, workshop_id, [_remapped(name, r, ids, offices) for r in rows[name]]
        )
    w = table("workshop")
    return str(rec.conn.execute(select(w.c.title).where(w.c.id == workshop_id)).scalar_one())


def _key(name: str, row: Mapping[str, Any]) -> Any:
    return key_of(**{c.name: row[c.name] for c in table(name).primary_key.columns})


def _remapped(
    name: str, row: Mapping[str, Any], ids: Mapping[str, Mapping[int, int]], offices: set[int]
) -> dict[str, Any]:
    """The file's row with its references turned into this library's ids."""
    out = dict(row)
    for column in table(name).columns:
        for fk in column.foreign_keys:
            value = out[column.name]
            target = fk.column.table.name
            if value is None:
                continue
            if target in ids:
                out[column.name] = ids[target].get(value, value)
            elif target == "office" and value not in offices:
                out[column.name] = None  # an office removed from the library meanwhile
    entity = str(out.get("entity")) if name == "amendment" else ""
    if entity in ids and out.get("entity_id") is not None:
        out["entity_id"] = ids[entity].get(out["entity_id"], out["entity_id"])
    return out


def _bring(
    rec: Recorder, name: str, workshop_id: int, rows: Sequence[dict[str, Any]]
) -> dict[int, int]:
    """Update the rows the library has, insert the others; the file's ids → the library's."""
    if "id" not in table(name).c:  # a pair table: its rows here went in the deletes above
        if rows:
            rec.insert_many(name, rows)
        return {}
    here = {r["id"] for r in workshop_rows.rows_of(rec.conn, name, workshop_id)}
    mapping: dict[int, int] = {}
    changes = []
    added: list[dict[str, Any]] = []
    for row in rows:
        if row["id"] in here:
            mapping[row["id"]] = row["id"]
            changes.append((key_of(id=row["id"]), {k: v for k, v in row.items() if k != "id"}))
        else:
            added.append(row)
    rec.update_many(name, changes)
    if added:
        keys = rec.insert_many(name, [{k: v for k, v in r.items() if k != "id"} for r in added])
        for row, key in zip(added, keys, strict=True):
            mapping[row["id"]] = int(dict(key)["id"])
    return mapping
