"""The room: each participant rates from their own phone or laptop, over the facilitator's
network. Every rule of the room is here; the room server only speaks HTTP.

- A workshop's room is found by its room code; a participant claims their name from the
  list of seats (with their personal code when the room asks for one) or through their
  personal link. The first device to claim a free name is admitted; a device claiming a name
  another device holds waits until the facilitator admits it, and admitting it revokes the
  other one. Releasing a device frees the name; no room action ever removes a rating.
- A device is known by a random token it shows with every request; only the sha256 of the
  token is stored, and a request is matched by looking that hash up.
- A device writes only its own participant's ballot, only in the open round of a workshop
  that is not closed, only inside each criterion's scale; its ratings are recorded as
  entered from the room. It reads back only its own participant's values.
- What every device may ask about a workshop without a token (`state`) carries no value.
"""

from __future__ import annotations

import secrets
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.engine import Connection

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain.errors import NotFoundError, ValidationError
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.services import freeze
from pmo_tmo_desktop.services.changes import Outcome, key_of
from pmo_tmo_desktop.services.room_rules import (  # noqa: F401 (the records are public)
    ALPHABET,
    BUSY_ATTEMPTS,
    LABEL_LENGTH,
    PASS_CODE_LENGTH,
    ROOM_CODE_LENGTH,
    SEEN_EVERY,
    TOKEN_BYTES,
    TOKEN_LENGTH_LIMIT,
    WAITING_PER_SEAT,
    Claim,
    Device,
    RoomInfo,
    RoomRefused,
    Seat,
    T,
    _as_id,
    _clean_label,
    _digest,
    _is_busy,
    _new_code,
    _normal_code,
    _now,
    _number,
    _rating_value,
    _refused,
    _write,
)
from pmo_tmo_desktop.services.rows import Recorder, table
from pmo_tmo_desktop.store.workspace import Workspace

__all__ = [
    "ALPHABET",
    "TOKEN_BYTES",
    "Claim",
    "Device",
    "RoomInfo",
    "RoomRefused",
    "Seat",
    "admit",
    "claim",
    "claim_by_pass",
    "device_for",
    "devices",
    "open_room",
    "passes",
    "release",
    "revoke",
    "room_by_code",
    "seats",
    "set_room",
]

# --- the room ------------------------------------------------------------------------------


def _workshop(conn: Connection, workshop_id: int) -> Any:
    t = table("workshop")
    row = conn.execute(
        select(t.c.id, t.c.title, t.c.status, t.c.anonymity).where(t.c.id == workshop_id)
    ).first()
    if row is None:
        raise NotFoundError(translate("Room", "no workshop with id {id}").format(id=workshop_id))
    return row


def _writing(rec: Recorder, workshop_id: int) -> Any:
    """The workshop's row, for a change to its room: refused while it is checked out."""
    row = _workshop(rec.conn, workshop_id)
    freeze.ensure_not_lent(rec, workshop_id)
    return row


def _latest_round(conn: Connection, workshop_id: int) -> Any:
    """The workshop's latest round (the open one, if any: only the latest can be open)."""
    t = table("round")
    return conn.execute(
        select(t.c.id, t.c.number, t.c.status, t.c.blind)
        .where(t.c.workshop_id == workshop_id)
        .order_by(t.c.number.desc())
        .limit(1)
    ).first()


def _closed(workshop: Any) -> bool:
    return bool(workshop.status == m.WorkshopStatus.CLOSED.value)


def _room_info(conn: Connection, workshop_id: int) -> RoomInfo | None:
    r, w = table("room"), table("workshop")
    row = conn.execute(
        select(r.c.workshop_id, r.c.code, r.c.codes_required, r.c.show_results, w.c.title)
        .join(w, w.c.id == r.c.workshop_id)
        .where(r.c.workshop_id == workshop_id)
    ).first()
    return None if row is None else _info(row)


def _info(row: Any) -> RoomInfo:
    return RoomInfo(
        int(row.workshop_id),
        str(row.code),
        bool(row.codes_required),
        bool(row.show_results),
        str(row.title),
    )


def _ensure_room(rec: Recorder, workshop_id: int) -> RoomInfo:
    workshop = _writing(rec, workshop_id)
    found = _room_info(rec.conn, workshop_id)
    if found is not None:
        return found
    if _closed(workshop):
        raise ValidationError(
            translate("Room", "workshop '{title}' is closed; its room cannot open").format(
                title=workshop.title
            )
        )
    code = _new_code(rec.conn, "room", ROOM_CODE_LENGTH)
    rec.insert(
        "room",
        {
            "workshop_id": workshop_id,
            "code": code,
            "codes_required": False,
            "show_results": False,
            "created": _now(),
        },
    )
    return RoomInfo(workshop_id, code, False, False, str(workshop.title))


def open_room(ws: Workspace, workshop_id: int) -> RoomInfo:
    """The workshop's room, made (with a new room code) the first time.

    NotFoundError for an unknown workshop; ValidationError for a closed one.
    """

    def work(rec: Recorder) -> RoomInfo:
        workshop = _writing(rec, workshop_id)
        if _closed(workshop):
            raise ValidationError(
                translate("Room", "workshop '{title}' is closed; its room cannot open").format(
                    title=workshop.title
                )
            )
        return _ensure_room(rec, workshop_id)

    return _write(ws, work)[0]


def room_by_code(ws: Workspace, code: str) -> RoomInfo | None:
    """The room with this code (any case), or None."""
    wanted = _normal_code(code)
    if not wanted:
        return None
    r, w = table("room"), table("workshop")
    with ws.reading() as conn:
        row = conn.execute(
            select(r.c.workshop_id, r.c.code, r.c.codes_required, r.c.show_results, w.c.title)
            .join(w, w.c.id == r.c.workshop_id)
            .where(r.c.code == wanted)
        ).first()
    return None if row is None else _info(row)


def set_room(
    ws: Workspace,
    workshop_id: int,
    *,
    codes_required: bool | None = None,
    show_results: bool | None = None,
) -> RoomInfo:
    """Change the room's settings (None leaves one as it is); makes the room if needed."""

    def work(rec: Recorder) -> RoomInfo:
        info = _ensure_room(rec, workshop_id)
        wanted = replace(
            info,
            codes_required=info.codes_required if codes_required is None else bool(codes_required),
            show_results=info.show_results if show_results is None else bool(show_results),
        )
        rec.update(
            "room",
            key_of(workshop_id=workshop_id),
            {"codes_required": wanted.codes_required, "show_results": wanted.show_results},
        )
        return wanted

    return _write(ws, work)[0]


# --- seats and passes -------------------------------------------------------------------------


def _office_shown(anonymity: str, office: str | None) -> str | None:
    return None if anonymity == m.Anonymity.ANONYMOUS.value else office


def seats(ws: Workspace, workshop_id: int) -> tuple[Seat, ...]:
    """The workshop's names to claim, in the workshop's order, and which are held."""
    p, o, d = table("participant"), table("office"), table("room_device")
    with ws.reading() as conn:
        workshop = _workshop(conn, workshop_id)
        rows = conn.execute(
            select(p.c.id, p.c.name, o.c.name.label("office"))
            .select_from(p.outerjoin(o, o.c.id == p.c.office_id))
            .where(p.c.workshop_id == workshop_id)
            .order_by(p.c.position, p.c.id)
        ).all()
        taken = set(
            conn.execute(
                select(d.c.participant_id).where(
                    d.c.workshop_id == workshop_id,
                    d.c.state == m.DeviceState.ADMITTED.value,
                )
            ).scalars()
        )
    return tuple(
        Seat(
            int(row.id),
            str(row.name),
            _office_shown(workshop.anonymity, row.office),
            row.id in taken,
        )
        for row in rows
    )


def passes(ws: Workspace, workshop_id: int) -> dict[int, str]:
    """Each participant's personal code (participant id -> code, in the workshop's order);
    a participant without one is given one."""

    def work(rec: Recorder) -> dict[int, str]:
        _writing(rec, workshop_id)
        p, rp = table("participant"), table("room_pass")
        rows = rec.conn.execute(
            select(p.c.id, rp.c.code)
            .select_from(p.outerjoin(rp, rp.c.participant_id == p.c.id))
            .where(p.c.workshop_id == workshop_id)
            .order_by(p.c.position, p.c.id)
        ).all()
        found: dict[int, str] = {}
        for participant_id, code in rows:
            if code is None:
                code = _new_code(rec.conn, "room_pass", PASS_CODE_LENGTH)
                rec.insert("room_pass", {"participant_id": participant_id, "code": code})
            found[int(participant_id)] = str(code)
        return found

    return _write(ws, work)[0]


# --- claiming a name -------------------------------------------------------------------------


def _claimable_room(conn: Connection, workshop_id: int) -> RoomInfo:
    """The room of a workshop that takes claims: it exists and the workshop is not closed."""
    info = _room_info(conn, workshop_id)
    if info is None:
        raise _refused("bad-code")
    if _closed(_workshop(conn, workshop_id)):
        raise _refused("closed-workshop")
    return info


def _seat_device(
    rec: Recorder, workshop_id: int, participant_id: int, name: str, token: str, label: object
) -> Claim:
    """A new device for the participant: admitted when no admitted device holds the name,
    else waiting for the facilitator."""
    d = table("room_device")
    held: dict[str, int] = dict(
        rec.conn.execute(
            select(d.c.state, func.count())
            .where(d.c.participant_id == participant_id)
            .group_by(d.c.state)
        ).all()
    )
    if held.get(m.DeviceState.ADMITTED.value):
        if held.get(m.DeviceState.WAITING.value, 0) >= WAITING_PER_SEAT:
            raise _refused("taken")
        state = m.DeviceState.WAITING.value
    else:
        state = m.DeviceState.ADMITTED.value
    key = rec.insert(
        "room_device",
        {
            "workshop_id": workshop_id,
            "participant_id": participant_id,
            "token_hash": _digest(token),
            "state": state,
            "label": _clean_label(label),
            "created": _now(),
            "seen": None,
        },
    )
    return Claim(int(dict(key)["id"]), token, state, participant_id, name)


def claim(
    ws: Workspace,
    workshop_id: int,
    participant_id: int,
    personal_code: str | None = None,
    label: str = "",
) -> Claim:
    """Claim a participant's name for this device.

    Admitted when no admitted device holds the name, else waiting (the facilitator admits).
    With personal codes required, a wrong or missing code is refused (403 "personal-code").
    """
    token = secrets.token_urlsafe(TOKEN_BYTES)
    wanted = _as_id(participant_id)

    def work(rec: Recorder) -> Claim:
        info = _claimable_room(rec.conn, workshop_id)
        p, rp = table("participant"), table("room_pass")
        row = rec.conn.execute(
            select(p.c.id, p.c.name, rp.c.code)
            .select_from(p.outerjoin(rp, rp.c.participant_id == p.c.id))
            .where(p.c.id == wanted, p.c.workshop_id == workshop_id)
        ).first()
        if row is None:
            raise _refused("unknown-participant")
        if info.codes_required:
            given = _normal_code(personal_code)
            if (
                row.code is None
                or not given
                or not secrets.compare_digest(given.encode(), str(row.code).encode())
            ):
                raise _refused("personal-code")
        return _seat_device(rec, workshop_id, int(row.id), str(row.name), token, label)

    return _write(ws, work)[0]


def claim_by_pass(ws: Workspace, workshop_id: int, pass_code: str, label: str = "") -> Claim:
    """Claim the name whose personal code this is (a personal link); admitted or waiting as
    with `claim`. An unknown code is refused (403 "personal-code")."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    given = _normal_code(pass_code)

    def work(rec: Recorder) -> Claim:
        _claimable_room(rec.conn, workshop_id)
        p, rp = table("participant"), table("room_pass")
        row = rec.conn.execute(
            select(p.c.id, p.c.name)
            .join(rp, rp.c.participant_id == p.c.id)
            .where(rp.c.code == given, p.c.workshop_id == workshop_id)
        ).first()
        if not given or row is None:
            raise _refused("personal-code")
        return _seat_device(rec, workshop_id, int(row.id), str(row.name), token, label)

    return _write(ws, work)[0]


# --- devices ---------------------------------------------------------------------------------


def _devices_query() -> Any:
    d, p, w, o = table("room_device"), table("participant"), table("workshop"), table("office")
    return select(
        d.c.id,
        d.c.workshop_id,
        d.c.participant_id,
        p.c.name,
        o.c.name.label("office"),
        w.c.anonymity,
        d.c.state,
        d.c.label,
        d.c.created,
        d.c.seen,
    ).select_from(
        d.join(p, p.c.id == d.c.participant_id)
        .join(w, w.c.id == d.c.workshop_id)
        .outerjoin(o, o.c.id == p.c.office_id)
    )


def _device(row: Any) -> Device:
    return Device(
        id=int(row.id),
        workshop_id=int(row.workshop_id),
        participant_id=int(row.participant_id),
        name=str(row.name),
        office=_office_shown(row.anonymity, row.office),
        state=str(row.state),
        label=str(row.label),
        created=row.created,
        seen=row.seen,
    )


def _device_by_hash(conn: Connection, digest: str) -> Device:
    row = conn.execute(_devices_query().where(table("room_device").c.token_hash == digest)).first()
    if row is None:
        raise _refused("unknown-token")
    return _device(row)


def _stale(device: Device, now: datetime) -> bool:
    return device.seen is None or now - device.seen >= SEEN_EVERY


def _touch(conn: Connection, device_id: int, now: datetime) -> None:
    """Note that the device was seen (bookkeeping: no change anyone undoes)."""
    d = table("room_device")
    conn.execute(
        update(d)
        .where(d.c.id == device_id, (d.c.seen.is_(None)) | (d.c.seen <= now - SEEN_EVERY))
        .values(seen=now)
    )


def _seen(ws: Workspace, device: Device) -> Device:
    """The device, with `seen` written when it is older than SEEN_EVERY."""
    now = _now()
    if ws.read_only or not _stale(device, now):
        return device

    def work(rec: Recorder) -> None:
        _touch(rec.conn, device.id, now)

    _write(ws, work)
    return replace(device, seen=now)


def device_for(ws: Workspace, token: str) -> Device:
    """The device that holds this token (whatever its state); RoomRefused(401,
    "unknown-token") when none does. Notes that the device was seen."""
    digest = _digest(token)
    with ws.reading() as conn:
        device = _device_by_hash(conn, digest)
    return _seen(ws, device)


def devices(ws: Workspace, workshop_id: int) -> tuple[Device, ...]:
    """The workshop's devices for the Rating page, in the workshop's order of names:
    admitted, waiting and revoked (a revoked device stays listed until it is released)."""
    d, p = table("room_device"), table("participant")
    with ws.reading() as conn:
        _workshop(conn, workshop_id)
        rows = conn.execute(
            _devices_query()
            .where(d.c.workshop_id == workshop_id)
            .order_by(p.c.position, p.c.id, d.c.created, d.c.id)
        ).all()
    return tuple(_device(row) for row in rows)


def _device_row(rec: Recorder, device_id: int) -> Any:
    d = table("room_device")
    row = rec.conn.execute(
        select(d.c.id, d.c.participant_id, d.c.state).where(d.c.id == device_id)
    ).first()
    if row is None:
        raise NotFoundError(translate("Room", "no device with id {id}").format(id=device_id))
    return row


def admit(ws: Workspace, device_id: int) -> Outcome:
    """The device rates for its participant; the participant's other admitted device, if
    any, is revoked."""

    def work(rec: Recorder) -> None:
        row = _device_row(rec, device_id)
        d = table("room_device")
        others = rec.conn.execute(
            select(d.c.id).where(
                d.c.participant_id == row.participant_id,
                d.c.state == m.DeviceState.ADMITTED.value,
                d.c.id != device_id,
            )
        ).scalars()
        for other in list(others):
            rec.update("room_device", key_of(id=other), {"state": m.DeviceState.REVOKED.value})
        rec.update("room_device", key_of(id=device_id), {"state": m.DeviceState.ADMITTED.value})

    rec = _write(ws, work)[1]
    return rec.outcome(device_id)


def release(ws: Workspace, device_id: int) -> Outcome:
    """The device goes (its token no longer works, the name is free); its ratings stay."""

    def work(rec: Recorder) -> None:
        _device_row(rec, device_id)
        rec.delete("room_device", key_of(id=device_id))

    rec = _write(ws, work)[1]
    return rec.outcome(device_id)


def revoke(ws: Workspace, device_id: int) -> Outcome:
    """The device's token no longer works (the device stays listed); its ratings stay."""

    def work(rec: Recorder) -> None:
        _device_row(rec, device_id)
        rec.update("room_device", key_of(id=device_id), {"state": m.DeviceState.REVOKED.value})

    rec = _write(ws, work)[1]
    return rec.outcome(device_id)


def _admitted(device: Device) -> None:
    if device.state == m.DeviceState.WAITING.value:
        raise _refused("waiting")
    if device.state != m.DeviceState.ADMITTED.value:
        raise _refused("revoked")
