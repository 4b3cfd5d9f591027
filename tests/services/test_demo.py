"""The demo workspace: always the same content, and a workshop worth showing."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from statistics import mean

from pmo_tmo_desktop.services import files, queries
from tests.store.helpers import dump_file

UNCONTROLLED = {"workspace": {"created"}}
"""The one value the demo cannot fix: when the file was made (everything else is dated)."""


def test_the_demo_is_the_same_every_time_it_is_built(demo_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "again.pmotmo"
    # Built in another process with another hash seed, so nothing may depend on set order.
    subprocess.run(
        [sys.executable, "-c",
         "import sys; from pmo_tmo_desktop.services import demo; "
         "demo.create_demo(sys.argv[1]).close()", str(other)],
        check=True, env={**os.environ, "PYTHONHASHSEED": "12345"}, timeout=120,
    )  # fmt: skip
    first = dump_file(demo_path, skip=UNCONTROLLED)
    second = dump_file(other, skip=UNCONTROLLED)
    assert first.keys() == second.keys()
    for table in first:
        assert first[table] == second[table], table
    assert len(first["rating"]) > 500


def test_the_demo_workshop_shows_a_real_pmo_tmo_disagreement(demo_path: Path) -> None:
    ws = files.open_file(demo_path, read_only=True)
    try:
        info = queries.workspace_info(ws)
        [workshop] = queries.workshops(ws)
        data = queries.workshop(ws, workshop.id)
        offices = {o.id: o.name for o in queries.offices(ws)}
        meth = queries.methodology(ws)
    finally:
        ws.close()

    assert info.organisation and len(meth.activities) >= 40, "on the integrated methodology"
    assert workshop.status == "closed" and workshop.date is not None

    office_of = {p.id: offices.get(p.office_id) for p in data.participants}
    assert len(data.participants) >= 8
    assert list(office_of.values()).count("PMO") >= 2
    assert list(office_of.values()).count("TMO") >= 2

    assert len(data.criteria) >= 5
    assert {c.direction for c in data.criteria} == {"higher", "lower"}
    assert len(data.proposals) >= 6
    assert all(p.cost is not None and p.cost > 0 for p in data.proposals)

    assert [(r.number, r.status) for r in data.rounds] == [(1, "closed"), (2, "closed")]
    for round_ in data.rounds:
        assert any(r.round_id == round_.id for r in data.ratings), f"round {round_.number}"
    scale = {c.id: (c.scale_min, c.scale_max) for c in data.criteria}
    assert all(scale[r.criterion_id][0] <= r.value <= scale[r.criterion_id][1]
               for r in data.ratings if r.value is not None)  # fmt: skip
    unsure = [r for r in data.ratings if r.value is None]
    assert unsure and {r.round_id for r in unsure} == {data.rounds[0].id}, "can't judge, round 1"
    every = len(data.participants) * len(data.proposals) * len(data.criteria)
    assert all(sum(r.round_id == x.id for r in data.ratings) == every for x in data.rounds), (
        "every demo ballot is complete"
    )
    assert {r.entered_by for r in data.ratings} >= {"self", "facilitator"}

    by_office: dict[tuple[int, int, int, str], list[float]] = defaultdict(list)
    for r in data.ratings:
        office = office_of[r.participant_id]
        if office in ("PMO", "TMO") and r.value is not None:
            by_office[(r.round_id, r.proposal_id, r.criterion_id, office)].append(r.value)
    gaps = [
        abs(mean(values) - mean(by_office[(rnd, prop, crit, "TMO")]))
        for (rnd, prop, crit, office), values in by_office.items()
        if office == "PMO" and (rnd, prop, crit, "TMO") in by_office
    ]
    assert max(gaps) >= 2, "PMO and TMO visibly disagree somewhere"

    assert len(data.decisions) >= 3
    assert len({d.kind for d in data.decisions}) >= 2, "not every proposal is simply approved"
    assert all(d.rationale for d in data.decisions)
    assert len(data.actions) >= 3 and all(a.owner for a in data.actions)
    assert any(a.proposal_id is not None for a in data.actions)
    assert data.agenda and all(a.minutes.strip() for a in data.agenda)
