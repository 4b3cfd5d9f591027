"""The Deliverables and Control points sheets of our methodology workbook, read back.

Every row names its phase and activity as the Methodology and RACI sheets do, and every
approver one of the workbook's roles; anything else is refused in one line naming the sheet
and cell. A workbook without these sheets (an older export) leaves deliverables and control
points as they are.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from pmo_tmo_desktop.domain.errors import clip
from pmo_tmo_desktop.domain.model import ControlKind, DeliverableKind
from pmo_tmo_desktop.exchange.raci_xlsx_model import (
    ACTIVITY_WORDS,
    CONTROL_WORDS,
    DELIVERABLE_WORDS,
    PHASE_WORDS,
    PlanControlPoint,
    PlanDeliverable,
)
from pmo_tmo_desktop.exchange.raci_xlsx_sheet import Sheet, text_at
from pmo_tmo_desktop.i18n import translate

DETAIL_SHEET_WORDS = DELIVERABLE_WORDS | CONTROL_WORDS
"""Third headers that mark a sheet as one of these two (not the Methodology sheet)."""


def find_detail_sheet(others: Mapping[str, Sheet], third: frozenset[str]) -> Sheet | None:
    """The sheet headed Phase, Activity and one of `third`."""
    for sheet in others.values():
        heads = [text_at(sheet.grid, 0, c).casefold() for c in range(3)]
        if heads[0] in PHASE_WORDS and heads[1] in ACTIVITY_WORDS and heads[2] in third:
            return sheet
    return None


class _Places:
    """The workbook's phases, activities and roles, to check what a detail row names."""

    def __init__(
        self,
        phases: Mapping[str, str],
        activities: Mapping[tuple[str | None, str], object],
        roles: Collection[str],
    ) -> None:
        self.phases = phases
        self.activities = activities
        self.roles = {name.casefold(): name for name in roles}

    def phase(self, sheet: Sheet, row: int) -> str:
        name = text_at(sheet.grid, row, 0)
        found = self.phases.get(name.casefold())
        if found is None:
            raise sheet.fail(
                row,
                0,
                translate("Import", "unknown phase '{name}': not in the Methodology sheet").format(
                    name=clip(name)
                ),
            )
        return found

    def activity(self, sheet: Sheet, row: int, phase: str, *, required: bool) -> str | None:
        name = text_at(sheet.grid, row, 1)
        if not name and not required:
            return None
        found = self.activities.get((phase.casefold(), name.casefold()))
        if found is None:
            raise sheet.fail(
                row,
                1,
                translate("Import", "unknown activity '{name}' in phase '{phase}'").format(
                    name=clip(name), phase=clip(phase)
                ),
            )
        return str(getattr(found, "name", name))

    def role(self, sheet: Sheet, row: int, column: int, name: str) -> str:
        found = self.roles.get(name.casefold())
        if found is None:
            raise sheet.fail(
                row,
                column,
                translate("Import", "unknown role '{name}' as approver").format(name=clip(name)),
            )
        return found


def _name(sheet: Sheet, row: int, empty: str) -> str:
    """The name in column 2; `empty` is the message when there is none."""
    name = text_at(sheet.grid, row, 2)
    if not name:
        raise sheet.fail(row, 2, empty)
    return name


def _choice(sheet: Sheet, row: int, column: int, allowed: list[str], default: str) -> str:
    value = text_at(sheet.grid, row, column).casefold() or default
    if value not in allowed:
        raise sheet.fail(
            row,
            column,
            translate("Import", "kind '{value}' must be one of: {allowed}").format(
                value=clip(value), allowed=", ".join(allowed)
            ),
        )
    return value


def read_deliverables(sheet: Sheet, places: _Places) -> tuple[PlanDeliverable, ...]:
    found: list[PlanDeliverable] = []
    seen: dict[tuple[str, str, str], int] = {}
    kinds = [k.value for k in DeliverableKind]
    for row in range(1, len(sheet.grid)):
        if not any(text_at(sheet.grid, row, c) for c in range(5)):
            continue
        phase = places.phase(sheet, row)
        activity = places.activity(sheet, row, phase, required=True)
        assert activity is not None
        name = _name(sheet, row, translate("Import", "the deliverable's name is empty"))
        key = (phase.casefold(), activity.casefold(), name.casefold())
        if key in seen:
            raise sheet.fail(
                row,
                2,
                translate("Import", "deliverable '{name}' appears twice (also row {row})").format(
                    name=clip(name), row=seen[key] + 1
                ),
            )
        seen[key] = row
        kind = _choice(sheet, row, 3, kinds, DeliverableKind.MANAGEMENT.value)
        description = text_at(sheet.grid, row, 4)
        found.append(PlanDeliverable(phase, activity, name, kind, description))
    return tuple(found)


def read_control_points(sheet: Sheet, places: _Places) -> tuple[PlanControlPoint, ...]:
    found: list[PlanControlPoint] = []
    kinds = [k.value for k in ControlKind]
    for row in range(1, len(sheet.grid)):
        if not any(text_at(sheet.grid, row, c) for c in range(6)):
            continue
        phase = places.phase(sheet, row)
        activity = places.activity(sheet, row, phase, required=False)
        name = _name(sheet, row, translate("Import", "the control point's name is empty"))
        kind = _choice(sheet, row, 3, kinds, ControlKind.GATE.value)
        criteria = text_at(sheet.grid, row, 4)
        approvers: list[str] = []
        for line in text_at(sheet.grid, row, 5).splitlines():
            if line.strip():
                role = places.role(sheet, row, 5, line.strip())
                if role not in approvers:
                    approvers.append(role)
        found.append(PlanControlPoint(phase, activity, name, kind, criteria, tuple(approvers)))
    return tuple(found)


def read_details(
    others: Mapping[str, Sheet],
    phases: Mapping[str, str],
    activities: Mapping[tuple[str | None, str], object],
    roles: Collection[str],
) -> tuple[tuple[PlanDeliverable, ...] | None, tuple[PlanControlPoint, ...] | None]:
    """The deliverables and control points, or None for a sheet the workbook lacks."""
    places = _Places(phases, activities, roles)
    made = find_detail_sheet(others, DELIVERABLE_WORDS)
    controls = find_detail_sheet(others, CONTROL_WORDS)
    return (
        read_deliverables(made, places) if made is not None else None,
        read_control_points(controls, places) if controls is not None else None,
    )
