"""Methodology use cases beyond plain records: RACI letters, gate approvers, workspace facts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain.errors import ValidationError, clip
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.services.changes import Outcome, key_of
from pmo_tmo_desktop.services.rows import Recorder, table, unit_of_work
from pmo_tmo_desktop.services.versions import stale
from pmo_tmo_desktop.store.workspace import Workspace

Cell = tuple[int, int, str]
"""(activity id, role id, letters): the letters a cell should hold ("" clears it)."""


def _variant(rec: Recorder) -> m.RaciVariant:
    value = rec.conn.execute(select(table("workspace").c.raci_variant)).scalar_one()
    return m.RaciVariant(value)


def put_letters(
    rec: Recorder, cells: Iterable[Cell], versions: Mapping[tuple[int, int], int] | None = None
) -> None:
    """Inside a unit of work: make each cell hold exactly its letters. `versions`: the version
    each cell was read at (0: it was empty), so a cell someone changed since is refused."""
    variant = _variant(rec)
    t = table("assignment")
    for activity_id, role_id, letters in cells:
        try:
            wanted = m.normalise_letters(letters, variant)
        except ValueError as exc:
            raise ValidationError(
                translate("Services", "'{letters}' is not a {variant} letter").format(
                    letters=clip(exc.args[0]), variant=variant.value
                )
            ) from None
        key = key_of(activity_id=activity_id, role_id=role_id)
        expected = None if versions is None else versions.get((activity_id, role_id))
        current = rec.conn.execute(
            select(t.c.letters, t.c.version, t.c.changed_by, t.c.changed_at).where(
                t.c.activity_id == activity_id, t.c.role_id == role_id
            )
        ).first()
        if current is None and expected:  # cleared by someone since it was read
            raise stale(rec.conn, t, key, {"letters": letters}, None)
        if current is not None and expected == 0 and current.letters != wanted:
            raise stale(rec.conn, t, key, {"letters": letters}, tuple(current)[1:])
        if current is None and wanted:
            rec.insert("assignment", dict(key) | {"letters": wanted})
        elif current is not None and not wanted:
            rec.delete("assignment", key, expected or None)
        elif current is not None and current.letters != wanted:
            rec.update("assignment", key, {"letters": wanted}, expected or None)


def set_letters(
    ws: Workspace,
    cells: Iterable[Cell],
    versions: Mapping[tuple[int, int], int] | None = None,
) -> Outcome:
    """Set the letters of many cells as one step (typing in a selection, pasting, clearing).
    `versions` (see `queries.cell_versions`): the versions the cells were read at; a cell
    someone else has changed since refuses the step (StaleWriteError) and nothing is saved."""
    with unit_of_work(ws) as rec:
        put_letters(rec, cells, versions)
    return rec.outcome()


def put_approvers(rec: Recorder, control_point_id: int, role_ids: Iterable[int]) -> None:
    t = table("approver")
    current = set(
        rec.conn.execute(
            select(t.c.role_id).where(t.c.control_point_id == control_point_id)
        ).scalars()
    )
    wanted = set(role_ids)
    for role_id in sorted(current - wanted):
        rec.delete("approver", key_of(control_point_id=control_point_id, role_id=role_id))
    for role_id in sorted(wanted - current):
        rec.insert("approver", {"control_point_id": control_point_id, "role_id": role_id})


def set_approvers(ws: Workspace, control_point_id: int, role_ids: Iterable[int]) -> Outcome:
    """The roles that approve a gate, review or sign-off."""
    with unit_of_work(ws) as rec:
        put_approvers(rec, control_point_id, role_ids)
    return rec.outcome()


def set_info(ws: Workspace, **values: Any) -> Outcome:
    """Change the workspace's name, organisation or RACI variant."""
    allowed = {"name", "organisation", "raci_variant"}
    if set(values) - allowed:
        raise ValidationError(f"unknown workspace field {sorted(set(values) - allowed)[0]}")
    if "name" in values and not str(values["name"]).strip():
        raise ValidationError(translate("Services", "workspace name: must not be empty"))
    if "raci_variant" in values:
        try:
            variant = m.RaciVariant(values["raci_variant"])
        except ValueError:
            raise ValidationError(
                translate("Services", "RACI variant: must be RACI, RASCI or RACI-VS")
            ) from None
        values["raci_variant"] = variant.value
    with unit_of_work(ws) as rec:
        if "raci_variant" in values:
            t = table("assignment")
            other = (  # a letter outside the variant's (SQLite's GLOB, PostgreSQL's regex)
                t.c.letters.op("GLOB")(f"*[^{variant.letters}]*")
                if rec.conn.dialect.name == "sqlite"
                else t.c.letters.regexp_match(f"[^{variant.letters}]")
            )
            stranded = rec.conn.execute(select(t.c.activity_id).where(other).limit(1)).first()
            if stranded is not None:
                raise ValidationError(
                    translate(
                        "Services",
                        "RACI variant: some cells hold letters {variant} does not have; "
                        "clear them first",
                    ).format(variant=variant.value)
                )
        rec.update("workspace", key_of(id=1), values)
    return rec.outcome()
