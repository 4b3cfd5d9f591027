"""The room's criteria weights step: when the workshop asks for pairwise weights, a
participant compares the criteria in pairs from their own device before rating (AHP).

- A device writes only its own participant's judgements, under the rules of ratings: only
  while the workshop's latest round is open and the workshop is not closed; they are
  recorded through services.pairwise as entered from the room.
- A device reads back only its own participant's judgements, with what they say: that
  person's weights, consistency ratio and most inconsistent pair. Nothing of them goes to
  any other device, to the room's state or to its event stream.
"""

from __future__ import annotations

import math
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from pmo_tmo_desktop.domain import ahp
from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain.figures import half_away
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.services import pairwise
from pmo_tmo_desktop.services.room import (
    _admitted,
    _closed,
    _device_by_hash,
    _latest_round,
    _stale,
    _touch,
    _workshop,
)
from pmo_tmo_desktop.services.room_rules import (
    Device,
    _as_id,
    _digest,
    _now,
    _number,
    _refused,
    _write,
)
from pmo_tmo_desktop.services.rows import Recorder, table
from pmo_tmo_desktop.store.workspace import Workspace

RATIO_DIGITS = 2
"""A consistency ratio is shown to two decimals (Saaty's threshold is 0.10)."""


def _criteria(conn: Connection, workshop_id: int) -> list[tuple[int, str]] | None:
    """The criteria to compare, in the workshop's order; None when it asks for no weights
    (the flag is off, or fewer than two criteria: nothing to compare)."""
    w, c = table("workshop"), table("criterion")
    asked = conn.execute(select(w.c.pairwise_weights).where(w.c.id == workshop_id)).scalar()
    if not asked:
        return None
    found = [
        (int(row.id), str(row.name))
        for row in conn.execute(
            select(c.c.id, c.c.name)
            .where(c.c.workshop_id == workshop_id)
            .order_by(c.c.position, c.c.id)
        )
    ]
    return found if len(found) >= 2 else None


def _mine(conn: Connection, participant_id: int) -> list[ahp.Judgement]:
    t = table("pairwise_judgement")
    return [
        ahp.Judgement(int(row.criterion_a_id), int(row.criterion_b_id), float(row.value))
        for row in conn.execute(
            select(t.c.criterion_a_id, t.c.criterion_b_id, t.c.value).where(
                t.c.participant_id == participant_id
            )
        )
    ]


def _consistency(items: list[int], judgements: list[ahp.Judgement]) -> dict[str, Any]:
    """What a participant's own judgements say, rounded as shown: weights in whole percent,
    the consistency ratio to two decimals (None with fewer than three criteria compared into
    weights, or beyond the sizes Saaty's index covers)."""
    found = ahp.weights(items, judgements)
    ratio = found.consistency_ratio if len(items) >= 3 else None
    return {
        "weights": None
        if found.weights is None
        else [{"id": i, "percent": half_away(100 * found.weights[i])} for i in items],
        "ratio": None if ratio is None else half_away(ratio, RATIO_DIGITS),
        "acceptable": None if ratio is None else found.acceptable,
        "worst": None if found.most_inconsistent is None else list(found.most_inconsistent),
        "cut_off": list(found.cut_off),
    }


def _oriented(
    judgements: list[ahp.Judgement], pairs: tuple[tuple[int, int], ...]
) -> dict[str, Any]:
    """The judgements keyed "a:b" as the step lists its pairs (a_ab, as the page asks it)."""
    stored = {(j.a, j.b): j.value for j in judgements}
    mine: dict[str, Any] = {}
    for a, b in pairs:
        if (a, b) in stored:
            mine[f"{a}:{b}"] = _number(stored[(a, b)])
        elif (b, a) in stored:
            mine[f"{a}:{b}"] = _number(1.0 / stored[(b, a)])
    return mine


def section(conn: Connection, device: Device) -> dict[str, Any] | None:
    """The device's criteria weights step, for its ballot: the pairs to compare (in the order a
    ballot lists them), its own answers and what they say; None when none is asked."""
    criteria = _criteria(conn, device.workshop_id)
    if criteria is None:
        return None
    items = [i for i, _ in criteria]
    pairs = ahp.pairs(items)
    mine = [j for j in _mine(conn, device.participant_id) if j.a in items and j.b in items]
    return {
        "pairs": [list(p) for p in pairs],
        "mine": _oriented(mine, pairs),
        "consistency": _consistency(items, mine),
    }


def _value(value: object, a: str, b: str) -> float | None:
    """A judgement as it arrives from JSON: None (take the answer back) or one of the 17
    values of Saaty's scale."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _refused("not-a-number", translate("Room", "An answer must be a number."))
    try:
        if math.isfinite(value):
            return ahp.scale_value(float(value))
    except (OverflowError, ValueError):
        pass
    raise _refused(
        "off-scale",
        translate("Room", "{a} vs {b}: this is not one of the 17 answers.").format(a=a, b=b),
    )


def judge(
    ws: Workspace, token: str, criterion_a: object, criterion_b: object, value: object
) -> dict[str, Any]:
    """Record (or with None take back) the device's own judgement of a pair: `value` is how
    many times criterion a outweighs criterion b, on Saaty's scale. Returns {"saved": True,
    "answered": n, "pairs": count, "consistency": {...}}, the participant's own only.

    RoomRefused as ratings are ("unknown-token", "waiting", "revoked", "closed-workshop",
    "no-round", "round-closed", "not-a-number", "off-scale") and "no-weights" (the workshop
    asks for none), "unknown-pair".
    """
    digest = _digest(token)
    a, b = _as_id(criterion_a), _as_id(criterion_b)

    def work(rec: Recorder) -> dict[str, Any]:
        conn = rec.conn
        device = _device_by_hash(conn, digest)
        _admitted(device)
        if _closed(_workshop(conn, device.workshop_id)):
            raise _refused(
                "closed-workshop",
                translate("Room", "The workshop is closed; criteria weights can no longer change."),
            )
        current = _latest_round(conn, device.workshop_id)
        if current is None:
            raise _refused("no-round")
        if current.status != m.RoundStatus.OPEN.value:
            raise _refused(
                "round-closed",
                translate("Room", "The round is closed; criteria weights can no longer change."),
            )
        criteria = _criteria(conn, device.workshop_id)
        if criteria is None:
            raise _refused("no-weights")
        names = dict(criteria)
        if a is None or b is None or a == b or a not in names or b not in names:
            raise _refused("unknown-pair")
        number = _value(value, names[a], names[b])
        pairwise.put_judgement(rec, device.participant_id, a, b, number, m.EnteredBy.ROOM)
        now = _now()
        if _stale(device, now):
            _touch(conn, device.id, now)
        items = list(names)
        mine = [j for j in _mine(conn, device.participant_id) if j.a in names and j.b in names]
        return {
            "saved": True,
            "answered": len(mine),
            "pairs": len(ahp.pairs(items)),
            "consistency": _consistency(items, mine),
        }

    return _write(ws, work)[0]
