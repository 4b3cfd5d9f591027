"""Closing a workshop freezes it; a correction after that is an amendment, on the record.

`close_workshop` closes any open round and marks the workshop closed; nothing reopens it.
While a workshop is closed the normal services refuse to change its rounds, ratings,
decisions, action items, participants, criteria and proposals (services.freeze, called by
services.workshops, services.entities and services.workshop_setup); its agenda items (and
their minutes) and its own fields stay editable. A correction goes through `amend_rating`,
`amend_decision` or `amend_action` instead: each applies the change and records an
amendment (what, why, when, by whom, the record before and after as JSON) in one unit of
work, so one undo takes back both.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain.errors import NotFoundError, ValidationError
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.services import entity_registry, freeze, workshops
from pmo_tmo_desktop.services.changes import Outcome, key_of
from pmo_tmo_desktop.services.freeze import workshop_row
from pmo_tmo_desktop.services.labels import label as _label
from pmo_tmo_desktop.services.rows import Recorder, table, unit_of_work
from pmo_tmo_desktop.store.schema import VERSION_COLUMNS
from pmo_tmo_desktop.store.workspace import Workspace

__all__ = [
    "amend_action",
    "amend_decision",
    "amend_rating",
    "close_workshop",
]

SHORT = 60
"""Characters of a quoted text an amendment's description shows."""


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def close_workshop(ws: Workspace, workshop_id: int) -> Outcome:
    """Close the workshop: its open round (if any) closes, and from now on it is frozen."""
    with unit_of_work(ws) as rec:
        row = workshop_row(rec, workshop_id)
        freeze.ensure_not_lent(rec, workshop_id)
        if row.status == m.WorkshopStatus.CLOSED.value:
            raise ValidationError(
                translate("Services", "workshop '{title}' is already closed").format(
                    title=row.title
                )
            )
        rounds = table("round")
        still_open = rec.conn.execute(
            select(rounds.c.id).where(
                rounds.c.workshop_id == workshop_id, rounds.c.status == m.RoundStatus.OPEN.value
            )
        ).scalar()
        if still_open is not None:
            workshops.finish_round(rec, workshop_id)
        rec.update("workshop", key_of(id=workshop_id), {"status": m.WorkshopStatus.CLOSED.value})
    return rec.outcome(workshop_id)


# -- amendments ---------------------------------------------------------------------------------


def _reason(why: str) -> str:
    text = "" if why is None else str(why).strip()
    if not text:
        raise ValidationError(translate("Services", "an amendment needs a reason (why)"))
    return text


def _nothing() -> ValidationError:
    return ValidationError(translate("Services", "the amendment changes nothing"))


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _json(row: Mapping[str, Any] | None) -> str:
    if row is None:
        return "null"
    content = {k: _plain(v) for k, v in row.items() if k not in VERSION_COLUMNS}
    return json.dumps(content, sort_keys=True, ensure_ascii=False)


def _short(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= SHORT else text[: SHORT - 1] + "…"


def _number(value: float) -> str:
    return f"{value:g}"


def _get(rec: Recorder, table_name: str, row_id: int) -> dict[str, Any]:
    t = table(table_name)
    row = rec.conn.execute(select(t).where(t.c.id == row_id)).mappings().first()
    if row is None:
        raise NotFoundError(
            translate("Services", "no {what} with id {id}").format(
                what=_label(table_name), id=row_id
            )
        )
    return dict(row)


def _record(
    rec: Recorder,
    workshop_id: int,
    what: str,
    why: str,
    by: str,
    entity: str,
    entity_id: int | None,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any] | None,
) -> int:
    freeze.ensure_not_lent(rec, workshop_id)
    key = rec.insert(
        "amendment",
        {
            "workshop_id": workshop_id,
            "made_at": _now(),
            "made_by": "" if by is None else str(by).strip(),
            "what": what,
            "why": why,
            "entity": entity,
            "entity_id": entity_id,
            "before": _json(before),
            "after": _json(after),
        },
    )
    return int(dict(key)["id"])


def _office_of(rec: Recorder, participant_id: int) -> str:
    office_id = _get(rec, "participant", participant_id)["office_id"]
    return "" if office_id is None else str(_get(rec, "office", office_id)["name"])


def amend_rating(ws: Workspace, rating_id: int, value: float, why: str, by: str = "") -> Outcome:
    """Correct one rating's value, on the record; the outcome's value is the amendment's id."""
    why = _reason(why)
    try:
        new = float(value)
    except (TypeError, ValueError):
        raise ValidationError(translate("Services", "rating: must be a number")) from None
    with unit_of_work(ws) as rec:
        before = _get(rec, "rating", rating_id)
        crit = _get(rec, "criterion", before["criterion_id"])
        if not crit["scale_min"] <= new <= crit["scale_max"]:
            raise ValidationError(
                translate(
                    "Services", "{criterion}: {value} is outside the scale {low}–{high}"
                ).format(
                    criterion=crit["name"],
                    value=_number(new),
                    low=_number(crit["scale_min"]),
                    high=_number(crit["scale_max"]),
                )
            )
        if new == before["value"]:
            raise _nothing()
        round_ = _get(rec, "round", before["round_id"])
        workshop = workshop_row(rec, round_["workshop_id"])
        proposal = _get(rec, "proposal", before["proposal_id"])
        rec.update("rating", key_of(id=rating_id), {"value": new})
        change = {
            "proposal": proposal["title"],
            "criterion": crit["name"],
            "n": round_["number"],
            "old": (
                translate("Services", "can't judge")
                if before["value"] is None
                else _number(before["value"])
            ),
            "new": _number(new),
        }
        office = _office_of(rec, before["participant_id"])
        if workshop.anonymity == m.Anonymity.ANONYMOUS.value or (
            workshop.anonymity == m.Anonymity.OFFICE_TAGGED.value and not office
        ):
            what = translate(
                "Services", "Rating of '{proposal}' on '{criterion}' (round {n}): {old} → {new}"
            ).format(**change)
        elif workshop.anonymity == m.Anonymity.OFFICE_TAGGED.value:  # by office, never by name
            what = translate(
                "Services",
                "Rating by a {office} participant of '{proposal}' on '{criterion}' (round {n}): "
                "{old} → {new}",
            ).format(office=office, **change)
        else:
            who = _get(rec, "participant", before["participant_id"])["name"]
            what = translate(
                "Services",
                "Rating by {who} of '{proposal}' on '{criterion}' (round {n}): {old} → {new}",
            ).format(who=who, **change)
        made = _record(
            rec, workshop.id, what, why, by, "rating", rating_id, before, {**before, "value": new}
        )
    return rec.outcome(made)


def amend_decision(
    ws: Workspace,
    proposal_id: int,
    kind: str | None,
    rationale: str = "",
    conditions: str = "",
    why: str = "",
    by: str = "",
) -> Outcome:
    """Correct (or with kind None, withdraw) the decision on a proposal, on the record."""
    why = _reason(why)
    if kind is not None:
        try:
            kind = m.DecisionKind(kind).value
        except ValueError:
            raise ValidationError(
                translate(
                    "Services", "decision: must be approve, reject, defer or needs-information"
                )
            ) from None
    with unit_of_work(ws) as rec:
        proposal = _get(rec, "proposal", proposal_id)
        t = table("decision")
        found = rec.conn.execute(select(t).where(t.c.proposal_id == proposal_id)).mappings()
        row = found.first()
        before = None if row is None else dict(row)
        after: dict[str, Any] | None
        if kind is None:
            if before is None:
                raise _nothing()
            rec.delete("decision", key_of(id=before["id"]))
            after, decision_id = None, int(before["id"])
        else:
            values: dict[str, Any] = {
                "kind": kind,
                "rationale": (rationale or "").strip(),
                "conditions": (conditions or "").strip(),
            }
            if before is None:
                values["decided_at"] = _now()
                decision_id = int(
                    dict(rec.insert("decision", {"proposal_id": proposal_id} | values))["id"]
                )
                after = {"id": decision_id, "proposal_id": proposal_id, **values}
            else:
                decision_id = int(before["id"])
                if not rec.update("decision", key_of(id=decision_id), values):
                    raise _nothing()
                after = {**before, **values}
        what = _decision_change(proposal["title"], before, after)
        made = _record(
            rec, proposal["workshop_id"], what, why, by, "decision", decision_id, before, after
        )
    return rec.outcome(made)


def _decision_change(
    title: str, before: Mapping[str, Any] | None, after: Mapping[str, Any] | None
) -> str:
    none = translate("Services", "none")
    old = none if before is None else str(before["kind"])
    new = none if after is None else str(after["kind"])
    if old != new:
        return translate("Services", "Decision on '{proposal}': {old} → {new}").format(
            proposal=_short(title), old=old, new=new
        )
    assert before is not None and after is not None
    fields = [f for f in ("rationale", "conditions") if before[f] != after[f]]
    return translate("Services", "Decision on '{proposal}' ({kind}): {fields} changed").format(
        proposal=_short(title), kind=new, fields=", ".join(fields)
    )


AMENDABLE_ACTION_FIELDS = ("text", "owner", "due", "status", "proposal_id", "agenda_item_id")


def amend_action(ws: Workspace, action_id: int, why: str, by: str = "", **fields: Any) -> Outcome:
    """Correct fields of one action item (text, owner, due, status, proposal_id,
    agenda_item_id), on the record."""
    why = _reason(why)
    ent = entity_registry.entity("action_item")
    what_label = _label("action_item")
    cleaned: dict[str, Any] = {}
    for name, value in fields.items():
        if name not in AMENDABLE_ACTION_FIELDS:
            raise ValidationError(
                translate("Services", "{what}: unknown field {field}").format(
                    what=what_label, field=name
                )
            )
        try:
            cleaned[name] = ent.fields[name](value)
        except (ValueError, TypeError) as exc:
            raise ValidationError(
                translate("Services", "{what} {field}: {problem}").format(
                    what=what_label, field=name, problem=exc
                )
            ) from None
    with unit_of_work(ws) as rec:
        before = _get(rec, "action_item", action_id)
        changed = {k: v for k, v in cleaned.items() if before[k] != v}
        if not changed:
            raise _nothing()
        rec.update("action_item", key_of(id=action_id), changed)
        parts = [
            f"{name}: {_shown(rec, name, before[name])} → {_shown(rec, name, value)}"
            for name, value in changed.items()
        ]
        what = translate("Services", "Action item '{text}': {changes}").format(
            text=_short(before["text"]), changes="; ".join(parts)
        )
        made = _record(
            rec,
            before["workshop_id"],
            what,
            why,
            by,
            "action_item",
            action_id,
            before,
            {**before, **changed},
        )
    return rec.outcome(made)


def _shown(rec: Recorder, field: str, value: Any) -> str:
    """A field's value as a reader knows it: titles for links, ISO dates, '—' for nothing."""
    if value is None or value == "":
        return "—"
    if field in ("proposal_id", "agenda_item_id"):
        t = table("proposal" if field == "proposal_id" else "agenda_item")
        title = rec.conn.execute(select(t.c.title).where(t.c.id == value)).scalar()
        return f"'{_short(str(title))}'" if title is not None else str(value)
    if isinstance(value, date):
        return value.isoformat()
    if field == "text":
        return f"'{_short(str(value))}'"
    return str(value)
