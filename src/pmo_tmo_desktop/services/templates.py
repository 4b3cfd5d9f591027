"""Starter methodologies: fill a workspace from a template in resources/templates."""

from __future__ import annotations

import json
from typing import Any

from pmo_tmo_desktop.domain.errors import UserError, clip
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.resources import resource
from pmo_tmo_desktop.services import entities
from pmo_tmo_desktop.services.changes import key_of
from pmo_tmo_desktop.services.methodology import put_approvers, put_letters
from pmo_tmo_desktop.services.rows import Recorder, unit_of_work
from pmo_tmo_desktop.store.workspace import Workspace

TEMPLATES = ("integrated", "light", "empty")


def load(name: str) -> dict[str, Any]:
    if name not in TEMPLATES:
        raise UserError(
            translate("Services", "unknown template '{name}' (choose {names})").format(
                name=clip(name), names=", ".join(TEMPLATES)
            )
        )
    with open(resource("templates", f"{name}.json"), encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def put_template(rec: Recorder, data: dict[str, Any]) -> None:
    """Inside a unit of work: add the template's offices, roles, phases and RACI."""
    rec.update("workspace", key_of(id=1), {"raci_variant": data.get("raci_variant", "RACI")})
    offices = {o["name"]: entities.add(rec, "office", o) for o in data.get("offices", [])}
    roles = {
        r["name"]: entities.add(
            rec,
            "role",
            {
                "name": r["name"],
                "office_id": offices[r["office"]],
                "description": r.get("description", ""),
            },
        )
        for r in data.get("roles", [])
    }

    def control_point(cp: dict[str, Any], **where: int) -> None:
        cp_id = entities.add(
            rec,
            "control_point",
            {"name": cp["name"], "kind": cp["kind"], "criteria": cp.get("criteria", ""), **where},
        )
        put_approvers(rec, cp_id, [roles[a] for a in cp.get("approvers", [])])

    for phase in data.get("phases", []):
        phase_id = entities.add(
            rec, "phase", {"name": phase["name"], "description": phase.get("description", "")}
        )
        for act in phase.get("activities", []):
            activity_id = entities.add(
                rec,
                "activity",
                {
                    "phase_id": phase_id,
                    "name": act["name"],
                    "kind": act["kind"],
                    "office_id": offices.get(act.get("office", "")),
                    "description": act.get("description", ""),
                },
            )
            for deliverable in act.get("deliverables", []):
                entities.add(rec, "deliverable", {"activity_id": activity_id, **deliverable})
            for cp in act.get("control_points", []):
                control_point(cp, activity_id=activity_id)
            put_letters(
                rec, [(activity_id, roles[role], letters) for role, letters in act["raci"].items()]
            )
        for cp in phase.get("control_points", []):
            control_point(cp, phase_id=phase_id)


def apply_template(ws: Workspace, name: str) -> None:
    data = load(name)
    with unit_of_work(ws) as rec:
        put_template(rec, data)
