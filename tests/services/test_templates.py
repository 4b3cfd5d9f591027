"""The starter methodologies are complete, consistent RACI models of joint PMO/TMO delivery."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from pmo_tmo_desktop.domain.errors import UserError
from pmo_tmo_desktop.services import files, queries
from pmo_tmo_desktop.services.queries import Methodology

STANDARD_OFFICES = ["PMO", "TMO", "Business", "Vendor"]


def _methodology(path: Path, template: str) -> Methodology:
    ws = files.new(path, template)
    try:
        return queries.methodology(ws)
    finally:
        ws.close()


def _check_starter(meth: Methodology, phases: int, activities: int, roles: int) -> None:
    office = {o.id: o.name for o in meth.offices}
    role_office = {r.id: office[r.office_id] for r in meth.roles}
    assert [o.name for o in meth.offices] == STANDARD_OFFICES
    assert len(meth.phases) >= phases
    assert len(meth.activities) >= activities
    assert len(meth.roles) >= roles
    assert {"PMO", "TMO", "Business"} <= set(role_office.values())
    assert meth.info.raci_variant == "RACI"

    for activity in meth.activities:
        letters = [a.letters for a in meth.assignments if a.activity_id == activity.id]
        assert sum(cell.count("A") for cell in letters) == 1, f"{activity.name}: one A"
        assert any("R" in cell for cell in letters), f"{activity.name}: at least one R"

    for phase in meth.phases:
        assert meth.activities_of(phase.id), f"{phase.name} has activities"
        gates = [c for c in meth.control_points if c.phase_id == phase.id and c.kind == "gate"]
        assert gates, f"{phase.name} has a gate"
        for gate in gates:
            approving = Counter(role_office[r] for r in gate.approver_ids)
            assert approving["PMO"] >= 1 and approving["TMO"] >= 1, gate.name

    kinds = {d.kind for d in meth.deliverables}
    assert kinds == {"management", "technical"}
    assert {a.kind for a in meth.activities} >= {"management", "technical"}
    for items in (meth.phases, meth.roles, meth.offices):
        assert [i.position for i in items] == list(range(len(items)))
    for phase in meth.phases:
        positions = [a.position for a in meth.activities_of(phase.id)]
        assert positions == list(range(len(positions)))
    assert all(r.description for r in meth.roles), "every role says what it does"


def test_the_integrated_methodology_covers_pmo_and_tmo_end_to_end(tmp_path: Path) -> None:
    meth = _methodology(tmp_path / "integrated.pmotmo", "integrated")
    _check_starter(meth, phases=6, activities=40, roles=12)


def test_the_light_methodology_is_the_same_shape_only_smaller(tmp_path: Path) -> None:
    light = _methodology(tmp_path / "light.pmotmo", "light")
    _check_starter(light, phases=3, activities=10, roles=5)
    integrated = _methodology(tmp_path / "integrated.pmotmo", "integrated")
    assert len(light.phases) < len(integrated.phases)
    assert len(light.activities) < len(integrated.activities)
    assert len(light.roles) < len(integrated.roles)


def test_the_empty_methodology_has_only_the_standard_offices(tmp_path: Path) -> None:
    ws = files.new(tmp_path / "empty.pmotmo", "empty")
    try:
        meth = queries.methodology(ws)
        assert [o.name for o in meth.offices] == STANDARD_OFFICES
        assert all(o.colour.startswith("#") for o in meth.offices)
        counts = queries.counts(ws)
        assert counts.pop("office") == 4
        assert set(counts.values()) == {0}
    finally:
        ws.close()


def test_an_unknown_template_is_refused_before_any_file_is_made(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="unknown template 'agile'"):
        files.new(tmp_path / "x.pmotmo", "agile")
    assert list(tmp_path.iterdir()) == []


def test_a_new_workspace_is_named_after_its_file_unless_told_otherwise(tmp_path: Path) -> None:
    ws = files.new(tmp_path / "acme-delivery.pmotmo", "empty")
    try:
        assert queries.workspace_info(ws).name == "acme-delivery"
    finally:
        ws.close()
