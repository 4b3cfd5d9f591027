"""Values the model forbids are refused with a readable message, and nothing is written."""

from __future__ import annotations

from typing import Any

import pytest

from pmo_tmo_desktop.domain.errors import ValidationError
from pmo_tmo_desktop.services import entities, queries, workshops
from pmo_tmo_desktop.services.files import Workspace
from tests.services.conftest import Setup
from tests.services.helpers import office_id
from tests.store.helpers import dump


@pytest.mark.parametrize(
    ("kind", "values", "message"),
    [
        ("office", {"name": ""}, "office name: must not be empty"),
        ("office", {"name": "   "}, "office name: must not be empty"),
        ("office", {"name": "QA", "colour": "blue"}, "colour: must be a colour like #2F6DB5"),
        ("office", {"name": "QA", "colour": "#12345G"}, "must be a colour"),
        ("office", {"name": "QA", "budget": 3}, "office: unknown field budget"),
        ("role", {"name": "Lead"}, "role office_id: must be given"),
        ("phase", {"name": None}, "phase name: must not be empty"),
        ("activity", {"phase_id": "@phase", "name": "X", "kind": "bogus"},
         "must be one of: management, technical, governance"),
        ("deliverable", {"activity_id": "@activity", "name": "X", "kind": "governance"},
         "must be one of: management, technical"),
        ("control_point", {"name": "Gate", "kind": "party", "phase_id": "@phase"},
         "must be one of: gate, review, sign-off"),
        ("workshop", {"title": " "}, "workshop title: must not be empty"),
        ("workshop", {"title": "W", "status": "done"}, "must be one of: planned, live, closed"),
        ("workshop", {"title": "W", "date": "14/10/2026"}, "must be a date like"),
        ("workshop", {"title": "W", "budget": -1}, "budget: must not be negative"),
        ("proposal", {"workshop_id": "@workshop", "title": "P", "cost": -5},
         "proposal cost: must not be negative"),
        ("proposal", {"workshop_id": "@workshop", "title": "P", "cost": "lots"},
         "cost: must be a number"),
        ("criterion", {"workshop_id": "@workshop", "name": "C", "weight": 0},
         "criterion weight: must be greater than zero"),
        ("criterion", {"workshop_id": "@workshop", "name": "C", "weight": -2},
         "must be greater than zero"),
        ("criterion", {"workshop_id": "@workshop", "name": "C", "direction": "sideways"},
         "must be one of: higher, lower"),
        ("criterion", {"workshop_id": "@workshop", "name": "C", "scale_min": 5, "scale_max": 5},
         "ck_criterion_scale"),
        ("criterion", {"workshop_id": "@workshop", "name": "C", "scale_min": 9, "scale_max": 1},
         "ck_criterion_scale"),
        ("agenda_item", {"workshop_id": "@workshop", "title": "A", "duration_minutes": 2.5},
         "must be a whole number"),
        ("action_item", {"workshop_id": "@workshop", "text": "", "status": "open"},
         "action item text: must not be empty"),
        ("action_item", {"workshop_id": "@workshop", "text": "Do", "status": "someday"},
         "must be one of: open, in-progress, done"),
    ],
)  # fmt: skip
def test_a_value_the_model_forbids_is_refused_and_nothing_is_written(
    setup: Setup, kind: str, values: dict[str, Any], message: str
) -> None:
    ws = setup.ws
    phase = entities.create(ws, "phase", name="Initiation").new_id
    activity = entities.create(ws, "activity", phase_id=phase, name="Business case").new_id
    refs = {"@phase": phase, "@activity": activity, "@workshop": setup.workshop}
    values = {k: refs.get(v, v) if isinstance(v, str) else v for k, v in values.items()}
    before = dump(ws)

    with pytest.raises(ValidationError) as refused:
        entities.create(ws, kind, **values)

    assert message in str(refused.value)
    assert "\n" not in str(refused.value)
    assert dump(ws) == before


def test_two_roles_cannot_share_a_name(workspace: Workspace) -> None:
    ws = workspace
    existing = queries.methodology(ws).roles[0]
    before = dump(ws)
    with pytest.raises(ValidationError, match="another role already has this name"):
        entities.create(ws, "role", name=existing.name, office_id=office_id(ws, "TMO"))
    with pytest.raises(ValidationError, match="another role already has this name"):
        entities.create(ws, "role", name=f"  {existing.name}  ", office_id=office_id(ws, "PMO"))
    assert dump(ws) == before


def test_names_only_need_to_be_unique_where_the_model_says_so(setup: Setup) -> None:
    ws = setup.ws
    phases = [entities.create(ws, "phase", name=n).new_id for n in ("Design", "Build")]
    for phase in phases:  # the same activity name in two phases is fine
        entities.create(ws, "activity", phase_id=phase, name="Review")
    with pytest.raises(ValidationError, match="another activity already has this name"):
        entities.create(ws, "activity", phase_id=phases[0], name="Review")
    with pytest.raises(ValidationError, match="another participant already has this name"):
        entities.create(ws, "participant", workshop_id=setup.workshop, name="Ann")
    with pytest.raises(ValidationError, match="another workshop already has this title"):
        entities.create(ws, "workshop", title="Q4 review")


def test_an_edit_is_checked_like_a_new_record(setup: Setup) -> None:
    ws = setup.ws
    before = dump(ws)
    with pytest.raises(ValidationError, match="weight: must be greater than zero"):
        entities.edit(ws, "criterion", setup.fit, weight=0)
    with pytest.raises(ValidationError, match="cost: must not be negative"):
        entities.edit(ws, "proposal", setup.crm, cost=-1)
    with pytest.raises(ValidationError, match="ck_criterion_scale"):
        entities.edit(ws, "criterion", setup.fit, scale_max=1)
    with pytest.raises(ValidationError, match="unknown field"):
        entities.edit(ws, "proposal", setup.crm, id=99)
    assert dump(ws) == before


def test_a_scale_cannot_shrink_below_ratings_already_given(setup: Setup) -> None:
    ws = setup.ws
    round_id = workshops.open_round(ws, setup.workshop).new_id
    workshops.rate(ws, round_id, setup.ann, setup.crm, setup.fit, 9)
    before = dump(ws)
    with pytest.raises(ValidationError, match="ratings already given lie outside the new scale"):
        entities.edit(ws, "criterion", setup.fit, scale_max=5)
    assert dump(ws) == before
    entities.edit(ws, "criterion", setup.fit, scale_max=9)  # still holds the 9


def test_a_role_cannot_lose_its_office_and_says_why(workspace: Workspace) -> None:
    role = queries.methodology(workspace).roles[0]
    before = dump(workspace)
    with pytest.raises(ValidationError, match="office_id"):
        entities.edit(workspace, "role", role.id, office_id=None)
    assert dump(workspace) == before


def test_a_role_office_that_is_no_number_is_refused(workspace: Workspace) -> None:
    role = queries.methodology(workspace).roles[0]
    with pytest.raises(ValidationError, match="role office_id"):
        entities.edit(workspace, "role", role.id, office_id="PMO")
