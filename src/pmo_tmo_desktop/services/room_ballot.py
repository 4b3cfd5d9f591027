"""The room's ballot: what a device reads of its own ballot, the ratings it sends, and the
round state every page follows (no value ever). The rules of claims and devices are in
services.room."""

from __future__ import annotations

import zlib
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from pmo_tmo_desktop.domain import figures, scoring
from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain.errors import NotFoundError
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.services import results as results_view
from pmo_tmo_desktop.services import room_weights, workshops
from pmo_tmo_desktop.services.room import (
    _admitted,
    _closed,
    _device_by_hash,
    _latest_round,
    _room_info,
    _seen,
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
    _rating_value,
    _refused,
    _write,
)
from pmo_tmo_desktop.services.rows import Recorder, table
from pmo_tmo_desktop.store.workspace import Workspace

# --- the ballot ------------------------------------------------------------------------------


def _progress(participant_id: int, filled: int, cells: int) -> dict[str, Any]:
    found = scoring.Ballot(participant_id, filled, cells)
    return {"filled": found.filled, "cells": found.cells, "state": found.state}


def _cells(conn: Connection, workshop_id: int) -> int:
    p, c = table("proposal"), table("criterion")
    proposals = conn.execute(
        select(func.count()).select_from(p).where(p.c.workshop_id == workshop_id)
    ).scalar_one()
    criteria = conn.execute(
        select(func.count()).select_from(c).where(c.c.workshop_id == workshop_id)
    ).scalar_one()
    return int(proposals) * int(criteria)


def _filled(conn: Connection, round_id: int, participant_id: int) -> int:
    t = table("rating")
    return int(
        conn.execute(
            select(func.count())
            .select_from(t)
            .where(t.c.round_id == round_id, t.c.participant_id == participant_id)
        ).scalar_one()
    )


def _ballot(conn: Connection, device: Device) -> dict[str, Any]:
    workshop = _workshop(conn, device.workshop_id)
    current = _latest_round(conn, device.workshop_id)
    p, c, r = table("proposal"), table("criterion"), table("rating")
    proposals = conn.execute(
        select(p.c.id, p.c.title, p.c.description)
        .where(p.c.workshop_id == device.workshop_id)
        .order_by(p.c.position, p.c.id)
    ).all()
    criteria = conn.execute(
        select(c.c.id, c.c.name, c.c.description, c.c.scale_min, c.c.scale_max, c.c.direction)
        .where(c.c.workshop_id == device.workshop_id)
        .order_by(c.c.position, c.c.id)
    ).all()
    mine: dict[str, int | float | None] = {}
    if current is not None:
        for proposal_id, criterion_id, value in conn.execute(
            select(r.c.proposal_id, r.c.criterion_id, r.c.value)
            .where(r.c.round_id == current.id, r.c.participant_id == device.participant_id)
            .order_by(r.c.proposal_id, r.c.criterion_id)
        ):
            mine[f"{proposal_id}:{criterion_id}"] = _number(value)
    return {
        "participant": {
            "id": device.participant_id,
            "name": device.name,
            "office": device.office,
        },
        "workshop": {
            "id": int(workshop.id),
            "title": str(workshop.title),
            "anonymity": str(workshop.anonymity),
        },
        "round": None
        if current is None
        else {
            "number": int(current.number),
            "status": str(current.status),
            "blind": bool(current.blind),
        },
        "proposals": [
            {"id": int(x.id), "title": str(x.title), "description": str(x.description)}
            for x in proposals
        ],
        "criteria": [
            {
                "id": int(x.id),
                "name": str(x.name),
                "description": str(x.description),
                "min": _number(x.scale_min),
                "max": _number(x.scale_max),
                "direction": str(x.direction),
            }
            for x in criteria
        ],
        "mine": mine,
        "progress": _progress(device.participant_id, len(mine), len(proposals) * len(criteria)),
        "results": None,
        "weights": room_weights.section(conn, device),
    }


def _shown_results(ws: Workspace, workshop_id: int) -> dict[str, Any] | None:
    """What the presenter shows, figures rounded as it shows them (None: nothing to show)."""
    found = results_view.load(ws, workshop_id)
    shown = results_view.on_screen(found)
    if shown is None:
        return None
    return {
        "round": shown.round_number,
        "withheld": found.any_withheld,
        "proposals": [
            {
                "rank": p.rank,
                "title": p.title,
                "score": figures.shown(p.score),
                "pmo": figures.shown(p.pmo_score),
                "tmo": figures.shown(p.tmo_score),
                "gap": figures.shown(p.gap),
            }
            for p in shown.proposals
        ],
    }


def ballot(ws: Workspace, token: str) -> dict[str, Any]:
    """What the device's participant sees: their ballot of the open round (or, read-only, of
    the latest round when none is open) with their own values only, and its progress; and,
    when the workshop asks for pairwise criterion weights, their own judgements (`weights`,
    services.room_weights.section; None otherwise).

    RoomRefused 401 "unknown-token", 403 "waiting" / "revoked".
    """
    digest = _digest(token)
    with ws.reading() as conn:
        device = _device_by_hash(conn, digest)
        admitted = device.state == m.DeviceState.ADMITTED.value
        found = _ballot(conn, device) if admitted else {}
        room = _room_info(conn, device.workshop_id)
    _seen(ws, device)  # a waiting device is seen too: the facilitator knows it is there
    _admitted(device)
    if room is not None and room.show_results:
        found["results"] = _shown_results(ws, device.workshop_id)
    return found


def rate(
    ws: Workspace,
    token: str,
    proposal_id: int,
    criterion_id: int,
    value: object,
    cant_judge: bool = False,
) -> dict[str, Any]:
    """Record one cell of the device's own ballot in the open round, as entered from the room.

    `value`: a finite number inside the criterion's scale; None with `cant_judge` is "can't
    judge"; None without it clears the cell. Returns {"saved": True, "progress": {...}}.
    """
    digest = _digest(token)
    judged = cant_judge is True
    proposal, criterion = _as_id(proposal_id), _as_id(criterion_id)

    def work(rec: Recorder) -> dict[str, Any]:
        conn = rec.conn
        device = _device_by_hash(conn, digest)
        _admitted(device)
        if _closed(_workshop(conn, device.workshop_id)):
            raise _refused("closed-workshop")
        current = _latest_round(conn, device.workshop_id)
        if current is None:
            raise _refused("no-round")
        if current.status != m.RoundStatus.OPEN.value:
            raise _refused("round-closed")
        p, c = table("proposal"), table("criterion")
        known = conn.execute(
            select(p.c.id).where(p.c.id == proposal, p.c.workshop_id == device.workshop_id)
        ).first()
        scale = conn.execute(
            select(c.c.name, c.c.scale_min, c.c.scale_max).where(
                c.c.id == criterion, c.c.workshop_id == device.workshop_id
            )
        ).first()
        if proposal is None or criterion is None or known is None or scale is None:
            raise _refused("unknown-cell")
        number = _rating_value(value, judged)
        if number is not None and not scale.scale_min <= number <= scale.scale_max:
            raise _refused(
                "off-scale",
                translate("Room", "{criterion}: {value} is outside the scale {low}–{high}").format(
                    criterion=scale.name,
                    value=f"{number:g}",
                    low=f"{scale.scale_min:g}",
                    high=f"{scale.scale_max:g}",
                ),
            )
        workshops.put_rating(
            rec,
            int(current.id),
            device.participant_id,
            proposal,
            criterion,
            number,
            m.EnteredBy.ROOM,
            cant_judge=judged and number is None,
        )
        now = _now()
        if _stale(device, now):
            _touch(conn, device.id, now)
        return _progress(
            device.participant_id,
            _filled(conn, int(current.id), device.participant_id),
            _cells(conn, device.workshop_id),
        )

    progress = _write(ws, work)[0]
    return {"saved": True, "progress": progress}


# --- what every device may ask -------------------------------------------------------------------


def state(ws: Workspace, workshop_id: int) -> dict[str, Any]:
    """The workshop's round as the room's pages follow it, never a value:
    {"round": n | None, "status": "open" | "closed" | None, "blind": bool | None,
    "version": int}. `version` changes whenever a round opens or closes (and when the
    workshop closes or the room starts or stops showing results)."""
    w, r, rm = table("workshop"), table("round"), table("room")
    earlier = r.alias("latest")
    latest = (
        select(earlier.c.id)
        .where(earlier.c.workshop_id == w.c.id)
        .order_by(earlier.c.number.desc())
        .limit(1)
        .scalar_subquery()
    )
    shown = select(rm.c.show_results).where(rm.c.workshop_id == w.c.id).scalar_subquery()
    query = (
        select(
            w.c.status.label("workshop_status"),
            shown.label("show_results"),
            r.c.id,
            r.c.number,
            r.c.status,
            r.c.blind,
            r.c.opened,
            r.c.closed,
        )
        .select_from(w.outerjoin(r, r.c.id == latest))
        .where(w.c.id == workshop_id)
    )
    with ws.reading() as conn:
        row = conn.execute(query).first()
    if row is None:
        raise NotFoundError(translate("Room", "no workshop with id {id}").format(id=workshop_id))
    fingerprint = repr(
        (
            row.id,
            row.number,
            row.status,
            row.blind,
            str(row.opened),
            str(row.closed),
            row.workshop_status,
            bool(row.show_results),
        )
    )
    return {
        "round": None if row.number is None else int(row.number),
        "status": None if row.status is None else str(row.status),
        "blind": None if row.blind is None else bool(row.blind),
        "version": zlib.crc32(fingerprint.encode()),
    }
