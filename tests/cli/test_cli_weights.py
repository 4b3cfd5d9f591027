"""`pmo-tmo weights`, run as a separate process: the pairwise criterion weights per
participant, office and group, their consistency, and the workshop's privacy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pmo_tmo_desktop.domain import ahp
from pmo_tmo_desktop.services import entities, files, pairwise, queries
from tests.cli.test_cli import assert_refused, run
from tests.store.helpers import fingerprint

# Saaty 1990 (EJOR 48, Table 3), "Size of house": weights .754 .181 .065, CR 0.117.
SIZE = ((0, 1, 6.0), (0, 2, 8.0), (1, 2, 4.0))


def _workspace(path: Path, anonymity: str) -> tuple[int, list[int]]:
    ws = files.new(path, "empty")
    try:
        offices = {o.name: o.id for o in queries.offices(ws)}
        workshop = entities.create(ws, "workshop", title="Q4 review", anonymity=anonymity).new_id
        criteria = [
            entities.create(ws, "criterion", workshop_id=workshop, name=name).new_id
            for name in ("Fit", "Risk", "Cost")
        ]
        people = [
            entities.create(
                ws, "participant", workshop_id=workshop, name=name, office_id=offices[office]
            ).new_id
            for name, office in (("Ann", "PMO"), ("Tom", "TMO"), ("Pia", "PMO"))
        ]
        for who in people[:2]:
            for a, b, value in SIZE:
                pairwise.record_judgement(ws, who, criteria[a], criteria[b], value)
        pairwise.record_judgement(ws, people[2], criteria[0], criteria[1], 3)
    finally:
        ws.close()
    return workshop, criteria


def test_weights_json_gives_saatys_figures_for_each_participant_office_and_group(
    tmp_path: Path,
) -> None:
    path = tmp_path / "named.pmotmo"
    workshop, _ = _workspace(path, "named")
    before = fingerprint(path)
    result = run("weights", path, "--workshop", workshop, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert fingerprint(path) == before, "weights only reads"
    assert data["criteria"] == ["Fit", "Risk", "Cost"]
    assert data["in_force"] == "set"
    ann, tom, pia = data["participants"]
    assert (ann["name"], ann["office"]) == ("Ann", "PMO")
    assert {k: round(v, 3) for k, v in ann["weights"].items()} == {
        "Fit": 0.754,
        "Risk": 0.181,
        "Cost": 0.065,
    }
    assert round(ann["consistency_ratio"], 3) == 0.117
    assert ann["most_inconsistent"] is not None and ann["missing"] == 0
    assert tom["weights"] == ann["weights"]
    # Pia compared one pair: Cost is cut off, so she has no weights yet.
    assert pia["weights"] is None and pia["cut_off"] == ["Cost"] and pia["missing"] == 2
    assert data["offices"]["TMO"]["weights"] == ann["weights"]
    assert data["offices"]["PMO"]["participants"] == 2
    group = ahp.weights(
        (0, 1, 2),
        ahp.aggregate(
            [[ahp.Judgement(*j) for j in SIZE]] * 2 + [[ahp.Judgement(0, 1, 3)]]  # type: ignore[list-item]
        ),
    )
    assert group.weights is not None
    assert data["group"]["weights"] == {
        name: round(group.weights[i], 4) for i, name in enumerate(("Fit", "Risk", "Cost"))
    }


def test_weights_text_shows_group_offices_and_people(tmp_path: Path) -> None:
    path = tmp_path / "named.pmotmo"
    workshop, _ = _workspace(path, "named")
    result = run("weights", path, "--workshop", workshop)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Q4 review — pairwise criterion weights; in force: the criteria's set weights" in out
    assert "Group (3 compared)" in out and "TMO (1 compared)" in out
    assert "Ann (PMO)" in out and "75.4 %" in out
    assert "consistency ratio 0.12" in out
    assert "no weights yet: Cost not linked to the other criteria" in out


def test_an_office_tagged_workshop_withholds_people_and_a_lone_office(tmp_path: Path) -> None:
    path = tmp_path / "tagged.pmotmo"
    workshop, _ = _workspace(path, "office-tagged")
    data = json.loads(run("weights", path, "--workshop", workshop, "--json").stdout)
    assert all(p["weights"] is None and p["withheld"] for p in data["participants"])
    assert data["offices"]["TMO"]["weights"] is None and data["offices"]["PMO"]["weights"] is None
    assert data["group"]["weights"] is not None
    text = run("weights", path, "--workshop", workshop).stdout
    assert "Ann (PMO)" in text and "— withheld" in text
    assert "75.4 %" not in text, "no one's own weights"


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--workshop", "99"), ("no workshop with id 99",)),
        (("--workshop", "x"), ("invalid int value",)),
    ],
)
def test_bad_input_is_refused_in_one_line(
    tmp_path: Path, args: tuple[str, ...], words: tuple[str, ...]
) -> None:
    path = tmp_path / "named.pmotmo"
    _workspace(path, "named")
    assert_refused(run("weights", path, *args), *words)
