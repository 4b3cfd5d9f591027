"""Create, update, delete and reorder every entity of the model through one small registry.

Each entity names its table, the fields a user may set, and the scope its order lives in
(activities are ordered within their phase, criteria within their workshop...).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain import scoring
from pmo_tmo_desktop.domain.errors import NotFoundError, ValidationError
from pmo_tmo_desktop.domain.portfolio_checks import is_group_limit
from pmo_tmo_desktop.domain.portfolio_problem import FundingRule
from pmo_tmo_desktop.exchange.portfolio_texts import field_caption
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.services import freeze, portfolio_rules
from pmo_tmo_desktop.services.changes import Outcome, key_of
from pmo_tmo_desktop.services.labels import label as _label
from pmo_tmo_desktop.services.rows import Recorder, describe_integrity_error, table, unit_of_work
from pmo_tmo_desktop.store.workspace import Workspace


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _required(value: Any) -> str:
    text = _text(value)
    if not text:
        raise ValueError(translate("Services", "must not be empty"))
    return text


def _enum(kind: type[StrEnum]) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        try:
            text = str(value).strip()
            return kind(text if text in kind._value2member_map_ else text.lower()).value
        except ValueError:
            allowed = ", ".join(k.value for k in kind)
            raise ValueError(
                translate("Services", "must be one of: {allowed}").format(allowed=allowed)
            ) from None

    return check


def _number(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        raise ValueError(translate("Services", "must be a number")) from None


def _optional_number(value: Any) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    number = _number(value)
    if number < 0:
        raise ValueError(translate("Services", "must not be negative"))
    return number


def _optional_text(value: Any) -> str | None:
    """Text that may be left out: None when empty."""
    return _text(value) or None


def _group_limit(value: Any) -> int:
    """How many members of a group of alternatives may be funded: a whole number, 1 or more."""
    number = _number(value)
    if not is_group_limit(number):
        raise ValueError(translate("Services", "must be a whole number, 1 or more"))
    return int(number)


def _positive(value: Any) -> float:
    number = _number(value)
    if number <= 0:
        raise ValueError(translate("Services", "must be greater than zero"))
    return number


def _dissent_threshold(value: Any) -> float:
    """The dissent at or above which a workshop flags a proposal: 0.05 to 1 (the range the
    set-up page and the set-up workbook offer)."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = float("nan")
    if isinstance(value, bool) or not 0.05 <= number <= 1:  # NaN fails the comparison too
        raise ValueError(translate("Services", "must be a number from 0.05 to 1, like 0.3"))
    return number


def _whole(value: Any) -> int:
    number = _number(value)
    if number < 0 or number != int(number):
        raise ValueError(translate("Services", "must be a whole number, zero or more"))
    return int(number)


def _colour(value: Any) -> str:
    text = _text(value)
    digits = text[1:]
    if not (text.startswith("#") and len(digits) in (6, 8)) or any(
        c not in "0123456789abcdefABCDEF" for c in digits
    ):
        raise ValueError(translate("Services", "must be a colour like #2F6DB5"))
    return text.upper()


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        raise ValueError(translate("Services", "must be a date like 2026-11-25")) from None


def _time(value: Any) -> time | None:
    """A time of day: a time, or "9:30" / "09:30" (seconds dropped); empty is none."""
    if value is None or isinstance(value, time):
        return value.replace(second=0, microsecond=0) if value else None
    text = str(value).strip()
    if not text:
        return None
    try:
        hours, minutes = (int(part) for part in text.split(":")[:2])
        return time(hours, minutes)
    except ValueError:
        raise ValueError(translate("Services", "must be a time of day like 09:30")) from None


def _flag(value: Any) -> bool:
    """Yes or no: a bool, 1/0, or yes/no, true/false, on/off in words."""
    if isinstance(value, bool):
        return value
    text = str(value).strip().casefold()
    if text in ("1", "yes", "true", "on", "y", "x"):
        return True
    if text in ("0", "no", "false", "off", "n", ""):
        return False
    raise ValueError(translate("Services", "must be yes or no"))


def _id(value: Any) -> int:
    if value is None or isinstance(value, bool):
        raise ValueError(translate("Services", "must be chosen"))
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ValueError(translate("Services", "must be chosen")) from None


def _any(value: Any) -> Any:
    return value


@dataclass(frozen=True)
class Entity:
    """How one kind of record is stored and checked."""

    table: str
    label: str
    fields: Mapping[str, Callable[[Any], Any]]
    defaults: Mapping[str, Any]
    scope: tuple[str, ...] = ()
    """Columns whose values group records for ordering (empty: one list)."""


ENTITIES: dict[str, Entity] = {
    "office": Entity(
        "office",
        "office",
        {"name": _required, "colour": _colour, "description": _text},
        {"colour": "#808080", "description": ""},
    ),
    "role": Entity(
        "role",
        "role",
        {"name": _required, "office_id": _id, "description": _text},
        {"description": ""},
    ),
    "phase": Entity(
        "phase", "phase", {"name": _required, "description": _text}, {"description": ""}
    ),
    "activity": Entity(
        "activity",
        "activity",
        {
            "phase_id": _id,
            "name": _required,
            "description": _text,
            "kind": _enum(m.ActivityKind),
            "office_id": _any,
        },
        {"description": "", "kind": "management", "office_id": None},
        scope=("phase_id",),
    ),
    "deliverable": Entity(
        "deliverable",
        "deliverable",
        {
            "activity_id": _id,
            "name": _required,
            "kind": _enum(m.DeliverableKind),
            "description": _text,
        },
        {"kind": "management", "description": ""},
        scope=("activity_id",),
    ),
    "control_point": Entity(
        "control_point",
        "control point",
        {
            "name": _required,
            "kind": _enum(m.ControlKind),
            "phase_id": _any,
            "activity_id": _any,
            "criteria": _text,
        },
        {"kind": "gate", "phase_id": None, "activity_id": None, "criteria": ""},
        scope=("phase_id", "activity_id"),
    ),
    "workshop": Entity(
        "workshop",
        "workshop",
        {
            "title": _required,
            "date": _date,
            "place": _text,
            "facilitator": _text,
            "status": _enum(m.WorkshopStatus),
            "anonymity": _enum(m.Anonymity),
            "notes": _text,
            "budget": _optional_number,
            "dissent_threshold": _dissent_threshold,
            "start_time": _time,
            "resource_name": _text,
            "resource_limit": _optional_number,
            "pairwise_weights": _flag,
        },
        {
            "date": None,
            "place": "",
            "facilitator": "",
            "status": "planned",
            "anonymity": "office-tagged",
            "notes": "",
            "budget": None,
            "dissent_threshold": scoring.DISSENT_THRESHOLD,
            "start_time": None,
            "resource_name": "",
            "resource_limit": None,
            "pairwise_weights": False,
        },
    ),
    "agenda_item": Entity(
        "agenda_item",
        "agenda item",
        {
            "workshop_id": _id,
            "title": _required,
            "presenter": _text,
            "duration_minutes": _whole,
            "minutes": _text,
        },
        {"presenter": "", "duration_minutes": 10, "minutes": ""},
        scope=("workshop_id",),
    ),
    "participant": Entity(
        "participant",
        "participant",
        {"workshop_id": _id, "name": _required, "office_id": _any, "title": _text},
        {"office_id": None, "title": ""},
        scope=("workshop_id",),
    ),
    "criterion": Entity(
        "criterion",
        "criterion",
        {
            "workshop_id": _id,
            "name": _required,
            "weight": _positive,
            "direction": _enum(m.Direction),
            "scale_min": _number,
            "scale_max": _number,
            "description": _text,
        },
        {
            "weight": 1.0,
            "direction": "higher",
            "scale_min": 1.0,
            "scale_max": 10.0,
            "description": "",
        },
        scope=("workshop_id",),
    ),
    "proposal": Entity(
        "proposal",
        "proposal",
        {
            "workshop_id": _id,
            "title": _required,
            "sponsor": _text,
            "description": _text,
            "cost": _optional_number,
            "benefit": _optional_number,
            "duration_months": _optional_number,
            "resource_use": _optional_number,
            "funding": _enum(FundingRule),
            "reason": _text,
            "group_name": _optional_text,
        },
        {
            "sponsor": "",
            "description": "",
            "cost": None,
            "benefit": None,
            "duration_months": None,
            "resource_use": None,
            "funding": FundingRule.AUTO.value,
            "reason": "",
            "group_name": None,
        },
        scope=("workshop_id",),
    ),
    "proposal_group": Entity(
        "proposal_group",
        "group of alternatives",
        {"workshop_id": _id, "name": _required, "at_most": _group_limit},
        {"at_most": 1},
        scope=("workshop_id",),
    ),
    "action_item": Entity(
        "action_item",
        "action item",
        {
            "workshop_id": _id,
            "text": _required,
            "owner": _text,
            "due": _date,
            "status": _enum(m.ActionStatus),
            "proposal_id": _any,
            "agenda_item_id": _any,
        },
        {"owner": "", "due": None, "status": "open", "proposal_id": None, "agenda_item_id": None},
        scope=("workshop_id",),
    ),
}


def entity(name: str) -> Entity:
    return ENTITIES[name]


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


def edit(ws: Workspace, name: str, row_id: int, /, **values: Any) -> Outcome:
    """Change fields of one record (moving it to another scope appends it there)."""
    ent = ENTITIES[name]
    with unit_of_work(ws) as rec:
        before = _row(rec, ent, row_id)
        freeze.guard(rec, name, row_id, values)
        cleaned = _clean(ent, values)
        moved = any(c in cleaned and cleaned[c] != before[c] for c in ent.scope)
        rec.update(ent.table, key_of(id=row_id), cleaned)
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


def remove(ws: Workspace, name: str, row_id: int) -> Outcome:
    """Delete one record and everything that belongs to it (the undo restores it all)."""
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
        rec.delete(ent.table, key_of(id=row_id))
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
