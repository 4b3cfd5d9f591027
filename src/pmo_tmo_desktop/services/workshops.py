"""Workshop use cases: rounds, ratings (who entered them, when), decisions."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain import scoring
from pmo_tmo_desktop.domain.errors import NotFoundError, ValidationError
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.services import freeze
from pmo_tmo_desktop.services.changes import Outcome, key_of
from pmo_tmo_desktop.services.rows import Recorder, table, unit_of_work
from pmo_tmo_desktop.store.workspace import Workspace


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _open_round_id(rec: Recorder, workshop_id: int) -> int | None:
    t = table("round")
    found = rec.conn.execute(
        select(t.c.id).where(t.c.workshop_id == workshop_id, t.c.status == "open")
    ).scalar()
    return None if found is None else int(found)


def missing_for_round(participants: int, criteria: int, proposals: int) -> list[str]:
    """What a workshop lacks before a round can open — someone to rate, something to rate
    and something to rate it by — in words for the user; empty when a round can open."""
    missing = []
    if not participants:
        missing.append(translate("Services", "participants"))
    if not criteria:
        missing.append(translate("Services", "criteria"))
    if not proposals:
        missing.append(translate("Services", "proposals"))
    return missing


def round_refusal(missing: list[str]) -> str:
    return translate(
        "Services", "nothing can be rated yet: add {missing} on the Set-up page first"
    ).format(missing=", ".join(missing))


def start_round(
    rec: Recorder, workshop_id: int, blind: bool = True, opened: datetime | None = None
) -> int:
    """Inside a unit of work: open the next round (the workshop goes live); a closed
    workshop is refused."""
    _known(rec, workshop_id)
    freeze.ensure_open(rec, workshop_id)
    if _open_round_id(rec, workshop_id) is not None:
        raise ValidationError(translate("Services", "a round is already open; close it first"))
    counts = [
        rec.conn.execute(
            select(func.count())
            .select_from(table(name))
            .where(table(name).c.workshop_id == workshop_id)
        ).scalar_one()
        for name in ("participant", "criterion", "proposal")
    ]
    missing = missing_for_round(*counts)
    if missing:
        raise ValidationError(round_refusal(missing))
    t = table("round")
    number = rec.conn.execute(
        select(func.coalesce(func.max(t.c.number), 0) + 1).where(t.c.workshop_id == workshop_id)
    ).scalar_one()
    key = rec.insert(
        "round",
        {
            "workshop_id": workshop_id,
            "number": number,
            "blind": blind,
            "status": "open",
            "opened": opened or _now(),
            "closed": None,
        },
    )
    rec.update("workshop", key_of(id=workshop_id), {"status": "live"})
    return int(dict(key)["id"])


def open_round(ws: Workspace, workshop_id: int, blind: bool = True) -> Outcome:
    with unit_of_work(ws) as rec:
        round_id = start_round(rec, workshop_id, blind)
    return rec.outcome(round_id)


def _known(rec: Recorder, workshop_id: int) -> None:
    t = table("workshop")
    if rec.conn.execute(select(t.c.id).where(t.c.id == workshop_id)).first() is None:
        raise NotFoundError(
            translate("Services", "no workshop with id {id}").format(id=workshop_id)
        )


def finish_round(rec: Recorder, workshop_id: int, closed: datetime | None = None) -> int:
    _known(rec, workshop_id)
    freeze.ensure_open(rec, workshop_id)
    round_id = _open_round_id(rec, workshop_id)
    if round_id is None:
        raise ValidationError(translate("Services", "no round is open; there is no round to close"))
    rec.update("round", key_of(id=round_id), {"status": "closed", "closed": closed or _now()})
    return round_id


def close_round(ws: Workspace, workshop_id: int) -> Outcome:
    """Close the open round; a blind round's ratings are revealed by closing it."""
    with unit_of_work(ws) as rec:
        round_id = finish_round(rec, workshop_id)
    return rec.outcome(round_id)


def put_rating(
    rec: Recorder,
    round_id: int,
    participant_id: int,
    proposal_id: int,
    criterion_id: int,
    value: float | None,
    entered_by: m.EnteredBy,
    comment: str = "",
    at: datetime | None = None,
    cant_judge: bool = False,
) -> None:
    """Inside a unit of work: set (or with None, withdraw) one rating in an open round;
    `cant_judge` records the explicit answer "can't judge" (a rating without a value)."""
    found = _rating_cell(rec, round_id, participant_id, proposal_id, criterion_id)
    if found is None:
        raise NotFoundError(translate("Services", "no round with id {id}").format(id=round_id))
    freeze.ensure_not_lent(rec, found.workshop_id, found)
    freeze.refuse_closed(found.workshop_title, found.workshop_status)
    if found.round_status != "open":
        raise ValidationError(
            translate("Services", "this round is closed; ratings can no longer change")
        )
    if found.scale_min is None:
        raise NotFoundError(
            translate("Services", "no criterion with id {id}").format(id=criterion_id)
        )
    scale = (found.scale_min, found.scale_max, found.criterion)
    existing = found.rating_id
    if value is None and not cant_judge:
        if existing is not None:
            rec.delete("rating", key_of(id=existing))
        return
    if value is not None and not scale[0] <= value <= scale[1]:
        raise ValidationError(
            translate("Services", "{criterion}: {value} is outside the scale {low}–{high}").format(
                criterion=scale[2], value=f"{value:g}", low=f"{scale[0]:g}", high=f"{scale[1]:g}"
            )
        )
    values: dict[str, Any] = {
        "value": None if value is None else float(value),
        "comment": comment,
        "entered_by": m.EnteredBy(entered_by).value,
        "entered_at": at or _now(),
    }
    if existing is None:
        rec.insert(
            "rating",
            {
                "round_id": round_id,
                "participant_id": participant_id,
                "proposal_id": proposal_id,
                "criterion_id": criterion_id,
            }
            | values,
        )
    else:
        rec.update("rating", key_of(id=existing), values)


def _rating_cell(
    rec: Recorder, round_id: int, participant_id: int, proposal_id: int, criterion_id: int
) -> Any:
    """Everything a rating is checked against, in one statement: the round's status, its
    workshop's title and status, the criterion's scale and name (None when there is no such
    criterion) and the id of the cell's rating if there is one. None: no such round."""
    rd, w, c, t = table("round"), table("workshop"), table("criterion"), table("rating")
    cell = (
        (t.c.round_id == rd.c.id)
        & (t.c.participant_id == participant_id)
        & (t.c.proposal_id == proposal_id)
        & (t.c.criterion_id == criterion_id)
    )
    query = (
        select(
            rd.c.status.label("round_status"),
            rd.c.workshop_id,
            w.c.title.label("workshop_title"),
            w.c.title,
            w.c.status.label("workshop_status"),
            *freeze.lent_columns(),
            c.c.scale_min,
            c.c.scale_max,
            c.c.name.label("criterion"),
            t.c.id.label("rating_id"),
        )
        .select_from(
            rd.join(freeze.lent(w), w.c.id == rd.c.workshop_id)
            .outerjoin(c, c.c.id == criterion_id)
            .outerjoin(t, cell)
        )
        .where(rd.c.id == round_id)
    )
    return rec.conn.execute(query).first()


def round_ballots(conn: Any, round_id: int) -> tuple[scoring.Ballot, ...]:
    """How far each participant's ballot in a round is filled (participant order), counted by
    the database in one GROUP BY; never a value."""
    p, rd, t = table("participant"), table("round"), table("rating")
    proposals, criteria = table("proposal"), table("criterion")
    cells = (
        select(func.count())
        .select_from(proposals)
        .where(proposals.c.workshop_id == rd.c.workshop_id)
        .scalar_subquery()
        * select(func.count())
        .select_from(criteria)
        .where(criteria.c.workshop_id == rd.c.workshop_id)
        .scalar_subquery()
    )
    query = (
        select(p.c.id, func.count(t.c.id), cells)
        .select_from(
            p.join(rd, (rd.c.id == round_id) & (rd.c.workshop_id == p.c.workshop_id)).outerjoin(
                t, (t.c.participant_id == p.c.id) & (t.c.round_id == rd.c.id)
            )
        )
        .group_by(p.c.id, rd.c.workshop_id)  # one round: its workshop adds no group
        .order_by(p.c.position, p.c.id)
    )
    return tuple(
        scoring.Ballot(int(pid), int(filled), int(total))
        for pid, filled, total in conn.execute(query)
    )


def rate(
    ws: Workspace,
    round_id: int,
    participant_id: int,
    proposal_id: int,
    criterion_id: int,
    value: float | None,
    entered_by: m.EnteredBy = m.EnteredBy.SELF,
    comment: str = "",
    cant_judge: bool = False,
) -> Outcome:
    """Record one rating (or "can't judge") the moment it is entered (committed at once).

    The outcome's value is the round's ballots as they now stand (`round_ballots`), counted
    in the same transaction: all the hot seat has to show after a rating.
    """
    with unit_of_work(ws) as rec:
        put_rating(
            rec,
            round_id,
            participant_id,
            proposal_id,
            criterion_id,
            value,
            entered_by,
            comment,
            cant_judge=cant_judge,
        )
        ballots = round_ballots(rec.conn, round_id)
    return rec.outcome(ballots)


@dataclass(frozen=True, slots=True)
class RoundLoss:
    """What discarding a round takes: its number and its ratings, by how many people."""

    round_id: int
    number: int
    status: str
    ratings: int
    raters: int


def discard_preview(ws: Workspace, workshop_id: int) -> RoundLoss:
    """What `discard_round` would remove (the workshop's latest round); for the confirmation."""
    with ws.reading() as conn:
        return _latest_round(conn, workshop_id)


def _latest_round(conn: Any, workshop_id: int) -> RoundLoss:
    rounds, ratings = table("round"), table("rating")
    found = conn.execute(
        select(rounds.c.id, rounds.c.number, rounds.c.status)
        .where(rounds.c.workshop_id == workshop_id)
        .order_by(rounds.c.number.desc())
    ).first()
    if found is None:
        raise ValidationError(translate("Services", "this workshop has no round to discard"))
    given = conn.execute(
        select(func.count(), func.count(func.distinct(ratings.c.participant_id))).where(
            ratings.c.round_id == found.id
        )
    ).one()
    return RoundLoss(int(found.id), int(found.number), str(found.status), given[0], given[1])


def discard_round(ws: Workspace, workshop_id: int, why: str, by: str = "") -> Outcome:
    """Remove the workshop's latest round and its ratings, on purpose and on the record.

    A backup is taken first (its file is named in the record), and the discard is recorded
    as an amendment of the workshop (what, why, when, by whom). Not undoable: the backup
    brings it back. A closed workshop is refused.
    """
    reason = why.strip()
    if not reason:
        raise ValidationError(translate("Services", "say why the round is discarded"))
    with unit_of_work(ws) as check:
        _known(check, workshop_id)
        freeze.ensure_open(check, workshop_id)
        loss = _latest_round(check.conn, workshop_id)
    backup = ws.backup("discard")
    with unit_of_work(ws, frozenset({"round"})) as rec:
        freeze.ensure_open(rec, workshop_id)
        again = _latest_round(rec.conn, workshop_id)
        if again != loss:
            raise ValidationError(translate("Services", "the round changed; try again"))
        rec.delete("round", key_of(id=loss.round_id))
        rec.insert(
            "amendment",
            {
                "workshop_id": workshop_id,
                "made_at": _now(),
                "made_by": by.strip(),
                "what": translate(
                    "Services", "Round {n} discarded with its ratings ({counts})"
                ).format(
                    n=loss.number,
                    counts=", ".join(
                        (
                            translate("Services", "%n rating(s)", None, loss.ratings),
                            translate("Services", "%n participant(s)", None, loss.raters),
                        )
                    ),
                ),
                "why": reason,
                "entity": "round",
                "entity_id": loss.round_id,
                "before": json.dumps(
                    {
                        "number": loss.number,
                        "status": loss.status,
                        "ratings": loss.ratings,
                        "raters": loss.raters,
                        "backup": backup.name if backup is not None else None,
                    }
                ),
                "after": "null",
            },
        )
    return rec.outcome(loss)


def put_decision(
    rec: Recorder,
    proposal_id: int,
    kind: str | None,
    rationale: str = "",
    conditions: str = "",
    at: datetime | None = None,
) -> None:
    freeze.ensure_open(rec, freeze.workshop_of(rec, "proposal", proposal_id))
    t = table("decision")
    existing = rec.conn.execute(select(t.c.id).where(t.c.proposal_id == proposal_id)).scalar()
    if kind is None:
        if existing is not None:
            rec.delete("decision", key_of(id=existing))
        return
    try:
        kind = m.DecisionKind(kind).value
    except ValueError:
        raise ValidationError(
            translate("Services", "decision: must be approve, reject, defer or needs-information")
        ) from None
    values = {
        "kind": kind,
        "rationale": rationale.strip(),
        "conditions": conditions.strip(),
        "decided_at": at or _now(),
    }
    if existing is None:
        rec.insert("decision", {"proposal_id": proposal_id} | values)
    else:
        rec.update("decision", key_of(id=existing), values)


def decide(
    ws: Workspace, proposal_id: int, kind: str | None, rationale: str = "", conditions: str = ""
) -> Outcome:
    """Record (or with kind None, withdraw) the decision on a proposal."""
    with unit_of_work(ws) as rec:
        put_decision(rec, proposal_id, kind, rationale, conditions)
    return rec.outcome()
