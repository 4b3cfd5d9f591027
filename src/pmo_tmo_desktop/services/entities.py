"""Create, update, delete and reorder every entity of the model through one small registry.

Each entity (in `services.entity_registry`) names its table, the fields a user may set, and
the scope its order lives in (activities are ordered within their phase, criteria within
their workshop...).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from pmo_tmo_desktop.domain.errors import NotFoundError, ValidationError
from pmo_tmo_desktop.exchange.portfolio_texts import field_caption
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.services import freeze, portfolio_rules
from pmo_tmo_desktop.services.changes import Outcome, key_of
from pmo_tmo_desktop.services.entity_registry import ENTITIES, Entity
from pmo_tmo_desktop.services.integrity import describe_integrity_error
from pmo_tmo_desktop.services.labels import label as _label
from pmo_tmo_desktop.services.rows import Recorder, table, unit_of_work
from pmo_tmo_desktop.store.workspace import Workspace


def _clean(ent: Entity, values: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(values) - set(ent.fields)
    if unknown:
        raise ValidationError(
            translate("Services", "{what}: unknown field {field}").format(
                what=_label(ent.table), field=sorted(unknown)[0]
            )
        )
    cleaned = {}
    for name, value in values.items():
        try:
            cleaned[name] = ent.fields[name](value)
        except (ValueError, TypeError) as exc:
            caption = _caption(ent.table, name)
            if caption is not None:
                raise ValidationError(
                    translate("Services", "{field}: {problem}").format(field=caption, problem=exc)
                ) from None
            raise ValidationError(
                translate("Services", "{what} {field}: {problem}").format(
                    what=_label(ent.table), field=name, problem=exc
                )
            ) from None
    return cleaned


def _caption(table_name: str, field: str) -> str | None:
    """The user's name of a field whose column name does not read as words (None: use it)."""
    if (table_name, field) == ("workshop", "dissent_threshold"):
        return translate("Services", "Dissent threshold")
    if (table_name, field) == ("workshop", "resource_limit"):
        return translate("Services", "Second resource's limit")
    if table_name in ("proposal", "proposal_group") and field in (
        *portfolio_rules.RULE_FIELDS,
        "at_most",
        "reason",
    ):
        return field_caption(field)
    if (table_name, field) == ("proposal_group", "name"):
        return translate("Services", "Group")
    if (table_name, field) == ("workshop", "pairwise_weights"):
        return translate("Services", "Pairwise criterion weights")
    return None


def _row(rec: Recorder, ent: Entity, row_id: int) -> dict[str, Any]:
    t = table(ent.table)
    row = rec.conn.execute(select(t).where(t.c.id == row_id)).mappings().first()
    if row is None:
        raise NotFoundError(
            translate("Services", "no {what} with id {id}").format(
                what=_label(ent.table), id=row_id
            )
        )
    return dict(row)


def _siblings(rec: Recorder, ent: Entity, scope: Mapping[str, Any]) -> list[int]:
    t = table(ent.table)
    if "position" not in t.c:
        return []
    query = select(t.c.id).order_by(t.c.position, t.c.id)
    for column in ent.scope:
        value = scope.get(column)
        query = query.where(t.c[column].is_(None) if value is None else t.c[column] == value)
    return list(rec.conn.execute(query).scalars())


def _renumber(rec: Recorder, ent: Entity, ordered: list[int]) -> None:
    for position, row_id in enumerate(ordered):
        rec.update(ent.table, key_of(id=row_id), {"position": position})


def add(rec: Recorder, name: str, values: Mapping[str, Any]) -> int:
    """Insert one record at the end of its scope inside an open unit of work."""
    ent = ENTITIES[name]
    cleaned = {**ent.defaults, **_clean(ent, values)}
    missing = [f for f in ent.fields if f not in cleaned]
    if missing:
        raise ValidationError(
            translate("Services", "{what} {field}: must be given").format(
                what=_label(ent.table), field=missing[0]
            )
        )
    t = table(ent.table)
    if "position" in t.c:
        query = select(func.coalesce(func.max(t.c.position) + 1, 0))
        for column in ent.scope:
            value = cleaned.get(column)
            query = query.where(t.c[column].is_(None) if value is None else t.c[column] == value)
        cleaned["position"] = rec.conn.execute(query).scalar_one()
    key = rec.insert(ent.table, cleaned)
    if name == "proposal" and portfolio_rules.RULE_FIELDS & set(values):
        portfolio_rules.refuse_broken(rec.conn, cleaned["workshop_id"])
    if name == "criterion":
        weights_by_hand(rec, int(cleaned["workshop_id"]))
    return int(dict(key)["id"])


def weights_by_hand(rec: Recorder, workshop_id: int) -> None:
    """A criterion's weight set by hand (or a criterion added) while the group's pairwise
    weights are in force: the weights are the facilitator's again. The criteria's weights
    as they now stand become the set ones; the kept earlier set weights are let go (Undo of
    the same step brings them, and the group weights, back)."""
    w, c = table("workshop"), table("criterion")
    in_force = rec.conn.execute(select(w.c.weights_in_force).where(w.c.id == workshop_id)).scalar()
    if in_force != "group":
        return
    rec.update(
        "workshop", key_of(id=workshop_id), {"weights_in_force": "set", "weights_adopted_at": None}
    )
    kept = rec.conn.execute(
        select(c.c.id).where(c.c.workshop_id == workshop_id, c.c.set_weight.is_not(None))
    ).scalars()
    for criterion in list(kept):
        rec.update("criterion", key_of(id=criterion), {"set_weight": None})


def add_many(rec: Recorder, name: str, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """Insert many records, each at the end of its scope, in one statement; their ids.

    Each record is checked as `add` checks it; positions are looked up once per scope.
    """
    ent = ENTITIES[name]
    t = table(ent.table)
    cleaned = []
    for values in rows:
        row = {**ent.defaults, **_clean(ent, values)}
        missing = [f for f in ent.fields if f not in row]
        if missing:
            raise ValidationError(
                translate("Services", "{what} {field}: must be given").format(
                    what=_label(ent.table), field=missing[0]
                )
            )
        cleaned.append(row)
    if "position" in t.c:
        following: dict[tuple[Any, ...], int] = {}
        for row in cleaned:
            scope = tuple(row.get(c) for c in ent.scope)
            if scope not in following:
                query = select(func.coalesce(func.max(t.c.position) + 1, 0))
                for column, value in zip(ent.scope, scope, strict=True):
                    query = query.where(
                        t.c[column].is_(None) if value is None else t.c[column] == value
                    )
                following[scope] = rec.conn.execute(query).scalar_one()
            row["position"] = following[scope]
            following[scope] += 1
    ids = [int(dict(key)["id"]) for key in rec.insert_many(ent.table, cleaned)]
    if name == "criterion":
        for workshop_id in {int(row["workshop_id"]) for row in cleaned}:
            weights_by_hand(rec, workshop_id)
    return ids


def create(ws: Workspace, name: str, /, **values: Any) -> Outcome:
    """Create one record; the outcome's value is its id."""
    with unit_of_work(ws) as rec:
        freeze.guard(rec, name, None, values)
        new_id = add(rec, name, values)
    return rec.outcome(new_id)


def create_many(ws: Workspace, name: str, rows: Sequence[Mapping[str, Any]]) -> Outcome:
    """Create several records in one step (rows pasted from a spreadsheet); the outcome's
    value is their ids in order. A row that cannot be added refuses them all, naming it."""
    with unit_of_work(ws) as rec:
        ids: list[int] = []
        for number, values in enumerate(rows, start=1):
            freeze.guard(rec, name, None, values)
            try:
                ids.append(add(rec, name, values))
            except (ValidationError, IntegrityError) as error:
                said = (
                    describe_integrity_error(error) if isinstance(error, IntegrityError) else error
                )
                raise ValidationError(
                    translate("Services", "row {n}: {error}").format(n=number, error=said)
                ) from None
    return rec.outcome(tuple(ids))


def edit(
    ws: Workspace, name: str, row_id: int, /, expected_version: Any = None, **values: Any
) -> Outcome:
    """Change fields of one record (moving it to another scope appends it there).
    `expected_version`: the record's version when it was read (its record's `version`); if
    someone else has changed it since, the edit is refused (StaleWriteError, carrying the
    values) and nothing is saved. None: the version read in this unit of work. (Typed Any
    only so that callers may pass `**{field: value}` of any type; it is an int or None.)"""
    ent = ENTITIES[name]
    with unit_of_work(ws) as rec:
        before = _row(rec, ent, row_id)
        freeze.guard(rec, name, row_id, values)
        cleaned = _clean(ent, values)
        moved = any(c in cleaned and cleaned[c] != before[c] for c in ent.scope)
        rec.update(ent.table, key_of(id=row_id), cleaned, expected_version)
        if name == "proposal" and portfolio_rules.RULE_FIELDS & set(cleaned):
            edited = sorted(portfolio_rules.RULE_FIELDS & set(cleaned))
            portfolio_rules.refuse_broken(rec.conn, before["workshop_id"], edited[0])
        if name == "proposal_group":
            portfolio_rules.regroup(rec, before["workshop_id"], before["name"], cleaned)
        if name == "criterion" and cleaned.get("weight", before["weight"]) != before["weight"]:
            weights_by_hand(rec, int(before["workshop_id"]))
        if moved:
            after = {**before, **cleaned}
            old = [i for i in _siblings(rec, ent, before) if i != row_id]
            new = [i for i in _siblings(rec, ent, after) if i != row_id] + [row_id]
            _renumber(rec, ent, old)
            _renumber(rec, ent, new)
    return rec.outcome(row_id)


def remove(ws: Workspace, name: str, row_id: int, expected_version: int | None = None) -> Outcome:
    """Delete one record and everything that belongs to it (the undo restores it all);
    refused if someone else has changed it since `expected_version` (see `edit`)."""
    ent = ENTITIES[name]
    with unit_of_work(ws) as rec:
        before = _row(rec, ent, row_id)
        freeze.guard(rec, name, row_id)
        if name == "office":
            roles = table("role")
            held = (
                rec.conn.execute(
                    select(roles.c.name)
                    .where(roles.c.office_id == row_id)
                    .order_by(roles.c.position)
                )
                .scalars()
                .all()
            )
            if held:
                raise ValidationError(
                    translate(
                        "Services",
                        "office {office} still has {count} roles ({names}); move or delete "
                        "them first",
                    ).format(
                        office=before["name"],
                        count=len(held),
                        names=", ".join(held[:3]) + (", …" if len(held) > 3 else ""),
                    )
                )
        if name == "proposal_group":  # its proposals are no longer alternatives
            portfolio_rules.regroup(rec, before["workshop_id"], before["name"], {"name": None})
        rec.delete(ent.table, key_of(id=row_id), expected_version)
        _renumber(rec, ent, _siblings(rec, ent, before))
    return rec.outcome(row_id)


def move(ws: Workspace, name: str, row_id: int, index: int, /, **scope: Any) -> Outcome:
    """Put a record at `index` in its scope, or in another scope (e.g. another phase)."""
    ent = ENTITIES[name]
    with unit_of_work(ws) as rec:
        before = _row(rec, ent, row_id)
        freeze.guard(rec, name, row_id, scope)
        target = {**before, **_clean(ent, scope)}
        if any(target[c] != before[c] for c in ent.scope):
            rec.update(ent.table, key_of(id=row_id), {c: target[c] for c in ent.scope})
            _renumber(rec, ent, [i for i in _siblings(rec, ent, before) if i != row_id])
        ordered = [i for i in _siblings(rec, ent, target) if i != row_id]
        ordered.insert(max(0, min(index, len(ordered))), row_id)
        _renumber(rec, ent, ordered)
    return rec.outcome(row_id)


def reorder(ws: Workspace, name: str, ids: list[int]) -> Outcome:
    """Give the records of one scope the order of `ids` (all of them, each once)."""
    ent = ENTITIES[name]
    with unit_of_work(ws) as rec:
        if not ids:
            return rec.outcome()
        freeze.guard(rec, name, ids[0])  # the others are its siblings, or refused below
        current = _siblings(rec, ent, _row(rec, ent, ids[0]))
        if sorted(current) != sorted(ids):
            raise ValidationError(
                translate(
                    "Services", "{what}: the new order must list each record of the list once"
                ).format(what=_label(ent.table))
            )
        _renumber(rec, ent, list(ids))
    return rec.outcome()
