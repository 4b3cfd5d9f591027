"""The registry of the model's entities: each one's table, the fields a user may set (with
the check that cleans each value), their defaults, and the scope its order lives in.

`services.entities` creates, updates, deletes and reorders records through it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum
from typing import Any

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain import scoring
from pmo_tmo_desktop.domain.portfolio_checks import is_group_limit
from pmo_tmo_desktop.domain.portfolio_problem import FundingRule
from pmo_tmo_desktop.i18n import translate


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
