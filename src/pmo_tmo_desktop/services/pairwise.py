"""Pairwise criterion weights (AHP) as use cases: a participant's judgements, recorded the
moment they are given; the adoption of the group's weights (undoable); and the weights
report, with office privacy decided here once for every output (weights_view).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select

from pmo_tmo_desktop.domain import ahp
from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain.errors import NotFoundError, ValidationError
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.services import freeze
from pmo_tmo_desktop.services.changes import Outcome, key_of
from pmo_tmo_desktop.services.rows import Recorder, table, unit_of_work
from pmo_tmo_desktop.store.workspace import Workspace

WEIGHT_DIGITS = 2
"""Adopted weights are written as percentages to this many decimals (they sum to 100)."""


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _criteria(conn: Any, workshop_id: int) -> list[Any]:
    c = table("criterion")
    return list(
        conn.execute(
            select(c.c.id, c.c.name, c.c.weight, c.c.set_weight)
            .where(c.c.workshop_id == workshop_id)
            .order_by(c.c.position, c.c.id)
        )
    )


def _participant_workshop(rec: Recorder, participant_id: int) -> int:
    found = freeze.workshop_of(rec, "participant", participant_id)
    if found is None:
        raise NotFoundError(
            translate("Services", "no participant with id {id}").format(id=participant_id)
        )
    return found


def put_judgement(
    rec: Recorder,
    participant_id: int,
    criterion_a: int,
    criterion_b: int,
    value: float | None,
    entered_by: m.EnteredBy = m.EnteredBy.SELF,
    at: datetime | None = None,
) -> None:
    """Inside a unit of work: set (or with None, clear) a participant's judgement of a pair:
    `value` is how many times criterion a outweighs criterion b, on Saaty's scale."""
    workshop_id = _participant_workshop(rec, participant_id)
    freeze.ensure_open(rec, workshop_id)
    names = {row.id: row.name for row in _criteria(rec.conn, workshop_id)}
    for criterion in (criterion_a, criterion_b):
        if criterion not in names:
            raise NotFoundError(
                translate("Services", "no criterion with id {id} in this workshop").format(
                    id=criterion
                )
            )
    if criterion_a == criterion_b:
        raise ValidationError(translate("Services", "a criterion is not compared with itself"))
    if value is not None:
        try:
            value = ahp.scale_value(float(value))
        except (TypeError, ValueError):
            raise ValidationError(
                translate(
                    "Services", "{a} vs {b}: {value} is not on the 1/9 to 9 scale of importance"
                ).format(a=names[criterion_a], b=names[criterion_b], value=value)
            ) from None
    pair = ahp.Judgement(criterion_a, criterion_b, value or 1.0).canonical()
    t = table("pairwise_judgement")
    existing = rec.conn.execute(
        select(t.c.id).where(
            t.c.participant_id == participant_id,
            t.c.criterion_a_id == pair.a,
            t.c.criterion_b_id == pair.b,
        )
    ).scalar()
    if value is None:
        if existing is not None:
            rec.delete("pairwise_judgement", key_of(id=existing))
        return
    values = {
        "value": pair.value,
        "entered_by": m.EnteredBy(entered_by).value,
        "entered_at": at or _now(),
    }
    if existing is None:
        row = {
            "workshop_id": workshop_id,
            "participant_id": participant_id,
            "criterion_a_id": pair.a,
            "criterion_b_id": pair.b,
        }
        rec.insert("pairwise_judgement", row | values)
    else:
        rec.update("pairwise_judgement", key_of(id=existing), values)


def record_judgement(
    ws: Workspace,
    participant_id: int,
    criterion_a: int,
    criterion_b: int,
    value: float,
    entered_by: m.EnteredBy = m.EnteredBy.SELF,
) -> Outcome:
    """Record one judgement the moment it is given (committed at once), replacing the
    participant's earlier judgement of that pair. Like a rating, it is the participant's own
    answer: not a step of the facilitator's undo."""
    with unit_of_work(ws) as rec:
        put_judgement(rec, participant_id, criterion_a, criterion_b, value, entered_by)
    return rec.outcome()


def clear_judgement(
    ws: Workspace, participant_id: int, criterion_a: int, criterion_b: int
) -> Outcome:
    """Take back a participant's judgement of a pair (the pair is then missing)."""
    with unit_of_work(ws) as rec:
        put_judgement(rec, participant_id, criterion_a, criterion_b, None)
    return rec.outcome()


def judgements(conn: Any, workshop_id: int) -> dict[int, list[ahp.Judgement]]:
    """Every judgement of a workshop, per participant id."""
    t = table("pairwise_judgement")
    found: dict[int, list[ahp.Judgement]] = {}
    for row in conn.execute(
        select(t.c.participant_id, t.c.criterion_a_id, t.c.criterion_b_id, t.c.value)
        .where(t.c.workshop_id == workshop_id)
        .order_by(t.c.id)
    ):
        found.setdefault(int(row[0]), []).append(ahp.Judgement(row[1], row[2], float(row[3])))
    return found


def _workshop(rec: Recorder, workshop_id: int) -> Any:
    w = table("workshop")
    row = rec.conn.execute(
        select(w.c.title, w.c.status, w.c.weights_in_force).where(w.c.id == workshop_id)
    ).first()
    if row is None:
        raise NotFoundError(
            translate("Services", "no workshop with id {id}").format(id=workshop_id)
        )
    freeze.ensure_not_lent(rec, workshop_id)
    freeze.refuse_closed(row.title, row.status)
    return row


def _percent(weight: float) -> float:
    return max(round(100 * weight, WEIGHT_DIGITS), 10.0**-WEIGHT_DIGITS)


def adopt_group_weights(ws: Workspace, workshop_id: int) -> Outcome:
    """Write the group's pairwise weights into the criteria (as percentages) and record that
    group weights are in force, and since when. One undoable step: its undo brings back the
    weights before. The outcome's value: the new weight per criterion id."""
    with unit_of_work(ws) as rec:
        row = _workshop(rec, workshop_id)
        criteria = _criteria(rec.conn, workshop_id)
        names = {c.id: c.name for c in criteria}
        group = ahp.weights(
            [c.id for c in criteria], ahp.aggregate(judgements(rec.conn, workshop_id).values())
        )
        if group.weights is None:
            if not group.judged:
                raise ValidationError(
                    translate("Services", "nobody has compared the criteria pairwise yet")
                )
            raise ValidationError(
                translate(
                    "Services",
                    "the comparisons do not link every criterion yet: {names} cut off; "
                    "compare them with the others first",
                ).format(names=", ".join(names[i] for i in group.cut_off))
            )
        adopted = {i: _percent(w) for i, w in group.weights.items()}
        keep_set = row.weights_in_force == "set"
        for c in criteria:
            values: dict[str, Any] = {"weight": adopted[c.id]}
            if keep_set:
                values["set_weight"] = c.weight
            rec.update("criterion", key_of(id=c.id), values)
        rec.update(
            "workshop",
            key_of(id=workshop_id),
            {"weights_in_force": "group", "weights_adopted_at": _now()},
        )
    return rec.outcome(adopted)


def keep_set_weights(ws: Workspace, workshop_id: int) -> Outcome:
    """Put the criteria's hand-set weights back in force (if group weights were adopted);
    undoable like any edit."""
    with unit_of_work(ws) as rec:
        row = _workshop(rec, workshop_id)
        if row.weights_in_force == "group":
            for c in _criteria(rec.conn, workshop_id):
                values: dict[str, Any] = {"set_weight": None}
                if c.set_weight is not None:
                    values["weight"] = c.set_weight
                rec.update("criterion", key_of(id=c.id), values)
            rec.update(
                "workshop",
                key_of(id=workshop_id),
                {"weights_in_force": "set", "weights_adopted_at": None},
            )
    return rec.outcome()
