"""The room's records, refusals and small rules (codes, tokens, values, busy retries),
shared by the room's use cases in services.room."""

from __future__ import annotations

import hashlib
import math
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError

from pmo_tmo_desktop.domain.errors import UserError
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.services.rows import Recorder, table, unit_of_work
from pmo_tmo_desktop.store.workspace import Workspace

T = TypeVar("T")

TOKEN_BYTES = 24
"""secrets.token_urlsafe(24): 192 random bits per device token."""
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
"""Room and personal codes: no 0/O, 1/I/L to mix up when read aloud or typed."""
ROOM_CODE_LENGTH = 6
PASS_CODE_LENGTH = 8
LABEL_LENGTH = 120
"""A device's description (from its User-Agent) is cut to this many characters."""
TOKEN_LENGTH_LIMIT = 256
"""A longer token cannot be one of ours; it is refused before it is hashed."""
SEEN_EVERY = timedelta(seconds=5)
"""A device's `seen` time is written only when it is older than this, so many devices
reading at once do not queue up behind writes that tell nobody anything new."""
WAITING_PER_SEAT = 5
"""At most this many devices wait for one name; more claims of that name are refused."""
BUSY_ATTEMPTS = 3
"""A write that still finds the file locked after the busy timeout is tried this often."""


class RoomRefused(UserError):
    """A request the room refuses: the HTTP status a front end answers with, a stable
    machine word (`code`), and the one-line message (`str(error)`)."""

    status: int
    """The HTTP status a front end answers with: 400, 401, 403, 404 or 409."""
    code: str
    """A stable machine word: "bad-code", "unknown-token", "unknown-participant", "waiting",
    "revoked", "no-round", "round-closed", "off-scale", "not-a-number", "unknown-cell",
    "taken", "closed-workshop", "personal-code", "no-weights", "unknown-pair"."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code


def _refused(code: str, message: str | None = None) -> RoomRefused:
    known: dict[str, tuple[int, str]] = {
        "bad-code": (404, translate("Room", "There is no room with this code.")),
        "unknown-token": (
            401,
            translate("Room", "This device is not known in the room; choose your name again."),
        ),
        "unknown-participant": (
            404,
            translate("Room", "This name is not on the workshop's list; choose it again."),
        ),
        "waiting": (
            403,
            translate("Room", "Another device holds this name; the facilitator admits you."),
        ),
        "revoked": (
            403,
            translate("Room", "This device no longer rates for this name; choose your name again."),
        ),
        "no-round": (409, translate("Room", "No round is open yet; wait for the facilitator.")),
        "round-closed": (
            409,
            translate("Room", "The round is closed; ratings can no longer change."),
        ),
        "off-scale": (400, translate("Room", "The rating lies outside the criterion's scale.")),
        "not-a-number": (400, translate("Room", "A rating must be a number.")),
        "unknown-cell": (
            400,
            translate("Room", "This proposal or criterion is not part of the workshop."),
        ),
        "taken": (
            409,
            translate("Room", "Too many devices are waiting for this name; ask the facilitator."),
        ),
        "closed-workshop": (
            409,
            translate("Room", "The workshop is closed; ratings can no longer change."),
        ),
        "personal-code": (403, translate("Room", "The personal code is not right.")),
        "no-weights": (
            409,
            translate("Room", "This workshop does not ask for criteria weights."),
        ),
        "unknown-pair": (
            400,
            translate("Room", "These are not two different criteria of the workshop."),
        ),
    }
    status, text = known[code]
    return RoomRefused(status, code, message or text)


# --- records -----------------------------------------------------------------------------


@dataclass(frozen=True)
class RoomInfo:
    workshop_id: int
    code: str
    codes_required: bool
    """Claiming a name needs that participant's personal code."""
    show_results: bool
    """Participants may see the revealed results."""
    title: str


@dataclass(frozen=True)
class Seat:
    participant_id: int
    name: str
    office: str | None
    """None in an anonymous workshop (or for a participant without an office)."""
    taken: bool
    """An admitted device holds this name."""


@dataclass(frozen=True)
class Claim:
    device_id: int
    token: str
    """Shown once, to the device that claimed; only its hash is kept."""
    state: str
    participant_id: int
    name: str


@dataclass(frozen=True)
class Device:
    id: int
    workshop_id: int
    participant_id: int
    name: str
    office: str | None
    """None in an anonymous workshop (or for a participant without an office)."""
    state: str
    label: str
    created: datetime
    seen: datetime | None


# --- small rules ---------------------------------------------------------------------------


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _digest(token: object) -> str:
    """The stored form of a device token; a token that cannot be ours is refused."""
    if not isinstance(token, str) or not token or len(token) > TOKEN_LENGTH_LIMIT:
        raise _refused("unknown-token")
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def _normal_code(code: object) -> str | None:
    """A code as typed (any case, spaces or dashes between groups) in its stored form."""
    if not isinstance(code, str) or len(code) > 64:
        return None
    return "".join(ch for ch in code.upper() if ch not in " -\t")


def _new_code(conn: Connection, table_name: str, length: int) -> str:
    t = table(table_name)
    while True:
        code = "".join(secrets.choice(ALPHABET) for _ in range(length))
        if conn.execute(select(t.c.code).where(t.c.code == code)).first() is None:
            return code


def _clean_label(text: object) -> str:
    if not isinstance(text, str):
        return ""
    printable = "".join(ch if ch.isprintable() else " " for ch in text[: LABEL_LENGTH * 4])
    return " ".join(printable.split())[:LABEL_LENGTH]


def _as_id(value: object) -> int | None:
    """An id as it arrives from JSON: an int (not a bool), else None."""
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value


def _rating_value(value: object, cant_judge: bool) -> float | None:
    """The value of a rating as it arrives from JSON: a finite number (never a bool or a
    string), or None ("can't judge" with `cant_judge`, an empty cell without it)."""
    if value is None:
        return None
    if cant_judge:
        raise _refused("not-a-number", translate("Room", "'Can't judge' takes no value."))
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _refused("not-a-number")
    if isinstance(value, float) and not math.isfinite(value):
        raise _refused("not-a-number")
    try:
        return float(value)
    except OverflowError:  # an int too large for a float lies outside every scale
        return math.inf if value > 0 else -math.inf


def _number(value: float | None) -> int | float | None:
    """1.0 is shown as 1, 7.5 as 7.5."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else float(value)


def _is_busy(error: OperationalError) -> bool:
    text = str(error.orig).lower()
    return "locked" in text or "busy" in text


def _write(ws: Workspace, work: Callable[[Recorder], T]) -> tuple[T, Recorder]:
    """Run `work` as one unit of work; a file still locked after the busy timeout (many
    devices writing at once) is tried again, from the start, a few times."""
    for attempt in range(1, BUSY_ATTEMPTS + 1):
        try:
            with unit_of_work(ws) as rec:
                value = work(rec)
        except OperationalError as error:
            if attempt == BUSY_ATTEMPTS or not _is_busy(error):
                raise
            time.sleep(0.05 * attempt)
        else:
            return value, rec
    raise AssertionError("unreachable")  # pragma: no cover
