"""The demo workspace: the integrated methodology plus one finished two-round workshop.

Ratings come from each office's typical view of a proposal (resources/demo/workshop.json)
with a small per-participant spread from a fixed seed, so the same command always gives the
same content, and the offices visibly disagree where the content says they do.
"""

from __future__ import annotations

import json
import random
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain.offices import is_tmo
from pmo_tmo_desktop.resources import resource
from pmo_tmo_desktop.services import entities, files, workshops
from pmo_tmo_desktop.services.rows import Recorder, unit_of_work
from pmo_tmo_desktop.store.workspace import Workspace

SEED = 20261014
SPREAD = (-1, 0, 0, 0, 1)


def load() -> dict[str, Any]:
    with open(resource("demo", "workshop.json"), encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def _offices(rec: Recorder) -> dict[str, int]:
    from sqlalchemy import select

    from pmo_tmo_desktop.services.rows import table

    t = table("office")
    return {name: oid for oid, name in rec.conn.execute(select(t.c.id, t.c.name))}


def put_workshop(rec: Recorder, data: dict[str, Any]) -> int:
    """Inside a unit of work: the whole finished workshop; returns its id."""
    offices = _offices(rec)
    day = date.fromisoformat(data["date"])
    clock = datetime.combine(day, time(9, 0))
    workshop_id = entities.add(
        rec,
        "workshop",
        {
            "title": data["title"],
            "date": day,
            "place": data["place"],
            "facilitator": data["facilitator"],
            "status": "planned",
            "anonymity": data["anonymity"],
            "notes": data["notes"],
            "budget": data.get("budget"),
        },
    )
    people = {
        p["name"]: (
            entities.add(
                rec,
                "participant",
                {
                    "workshop_id": workshop_id,
                    "name": p["name"],
                    "office_id": offices.get(p["office"]),
                    "title": p["title"],
                },
            ),
            p["office"],
        )
        for p in data["participants"]
    }
    criteria = {
        c["name"]: (entities.add(rec, "criterion", {"workshop_id": workshop_id, **c}), c)
        for c in data["criteria"]
    }
    proposals = {}
    for p in data["proposals"]:
        fields = {k: v for k, v in p.items() if k != "views"}
        proposals[p["title"]] = entities.add(
            rec, "proposal", {"workshop_id": workshop_id, **fields}
        )
    agenda = {
        a["title"]: entities.add(rec, "agenda_item", {"workshop_id": workshop_id, **a})
        for a in data["agenda"]
    }
    spread = random.Random(SEED)
    for number, view_key in ((1, "round1"), (2, "round2")):
        opened = clock + timedelta(minutes=30 if number == 1 else 150)
        round_id = workshops.start_round(rec, workshop_id, blind=True, opened=opened)
        for index, (person_id, office) in enumerate(people.values()):
            at = opened + timedelta(minutes=2 + index)
            for p in data["proposals"]:
                view = p["views"].get(office, {}).get(view_key, {})
                for crit_name, (crit_id, crit) in criteria.items():
                    if crit_name not in view:
                        continue
                    # A few deterministic "can't judge" answers in round 1 (answered cells,
                    # not scored: every ballot is complete).
                    unsure = number == 1 and spread.random() < 0.02
                    value = None
                    if not unsure:
                        value = view[crit_name] + spread.choice(SPREAD)
                        value = min(max(value, crit["scale_min"]), crit["scale_max"])
                    workshops.put_rating(
                        rec,
                        round_id,
                        person_id,
                        proposals[p["title"]],
                        crit_id,
                        value,
                        m.EnteredBy.SELF if index % 3 else m.EnteredBy.FACILITATOR,
                        at=at,
                        cant_judge=unsure,
                    )
        workshops.finish_round(rec, workshop_id, closed=opened + timedelta(minutes=40))
    decided = clock + timedelta(hours=4)
    for d in data["decisions"]:
        workshops.put_decision(
            rec,
            proposals[d["proposal"]],
            d["decision"],
            d["rationale"],
            d["conditions"],
            at=decided,
        )
    for a in data["actions"]:
        entities.add(
            rec,
            "action_item",
            {
                "workshop_id": workshop_id,
                "text": a["text"],
                "owner": a["owner"],
                "due": a["due"],
                "status": a["status"],
                "proposal_id": proposals.get(a.get("proposal") or ""),
                "agenda_item_id": agenda.get(a.get("agenda") or ""),
            },
        )
    rec.update("workshop", (("id", workshop_id),), {"status": "closed"})
    return workshop_id


DEMO_GAPS = (
    # (activity, role, letters): the gaps a real first draft has, for the checks to find.
    ("Provision environments", "Project Manager", ""),
)
GATE_WITHOUT_TMO = "Gate 3 – Design approved"


def put_demo_gaps(rec: Recorder) -> None:
    """A methodology people are still working on: a PMO blind spot and a gate only one office
    signs, for the checks to find."""
    from sqlalchemy import select

    from pmo_tmo_desktop.services.methodology import put_approvers, put_letters
    from pmo_tmo_desktop.services.rows import table

    activities = {
        n: i for i, n in rec.conn.execute(select(table("activity").c.id, table("activity").c.name))
    }
    roles = {n: i for i, n in rec.conn.execute(select(table("role").c.id, table("role").c.name))}
    put_letters(rec, [(activities[a], roles[r], letters) for a, r, letters in DEMO_GAPS])
    cp, role, office = table("control_point"), table("role"), table("office")
    gate = rec.conn.execute(select(cp.c.id).where(cp.c.name == GATE_WITHOUT_TMO)).scalar_one()
    approving = rec.conn.execute(
        select(role.c.id, office.c.name)
        .join(office, role.c.office_id == office.c.id)
        .join(table("approver"), table("approver").c.role_id == role.c.id)
        .where(table("approver").c.control_point_id == gate)
    )
    pmo_or_business = [role_id for role_id, name in approving if not is_tmo(name)]
    put_approvers(rec, gate, pmo_or_business)


def create_demo(path: Path | str) -> Workspace:
    """A new demo workspace at `path` (a library URL: made aside and copied in whole)."""
    if files.is_library(path):
        return files.staged_library(str(path), create_demo)
    ws = files.new(path, "integrated", name="Acme Group — demo", organisation="Acme Group")
    try:
        with unit_of_work(ws) as rec:
            put_demo_gaps(rec)
            put_workshop(rec, load())
    except BaseException:
        ws.close()
        Path(path).unlink(missing_ok=True)
        raise
    return ws
