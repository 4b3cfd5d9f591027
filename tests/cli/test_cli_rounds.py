"""`pmo-tmo round open|close` and what `results` says about ballots, as separate processes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from pmo_tmo_desktop.services import entities, files, queries, workshops
from tests.cli.test_cli import assert_refused, run
from tests.cli.test_cli_workshop import Made, made  # noqa: F401  (the module fixture)
from tests.exchange.test_workshop_xlsx import edit_cells
from tests.store.helpers import fingerprint


def _fill(workspace: Path, workshop_id: int, complete: int, partial: int) -> None:
    """`complete` participants fill every cell ("can't judge" in one), `partial` fill one."""
    with files.open_file(workspace) as ws:
        data = queries.workshop(ws, workshop_id)
        current = data.open_round
        assert current is not None
        people = data.participants
        for person in people[:complete]:
            for i, p in enumerate(data.proposals):
                for j, c in enumerate(data.criteria):
                    unsure = i == j == 0
                    workshops.rate(
                        ws, current.id, person.id, p.id, c.id,
                        None if unsure else c.scale_max, cant_judge=unsure,
                    )  # fmt: skip
        for person in people[complete : complete + partial]:
            p, c = data.proposals[0], data.criteria[0]
            workshops.rate(ws, current.id, person.id, p.id, c.id, c.scale_min)


def test_round_open_prints_its_number_and_close_reveals_it(made: Made, tmp_path: Path) -> None:  # noqa: F811
    workspace = shutil.copyfile(made.workspace, tmp_path / "acme.pmotmo")
    wid = str(made.id)
    opened = run("round", "open", workspace, "--workshop", wid)
    assert (opened.returncode, opened.stdout, opened.stderr) == (0, "1\n", "")
    _fill(workspace, made.id, complete=1, partial=1)

    during = json.loads(run("results", workspace, "--workshop", wid, "--json").stdout)
    assert during["round"] is None, "an open blind round is never the default"
    chosen = json.loads(
        run("results", workspace, "--workshop", wid, "--round", "1", "--json").stdout
    )
    assert (chosen["revealed"], chosen["proposals"]) == (False, [])
    assert (chosen["rated"], chosen["partial"]) == (1, 1)

    closed = run("round", "close", workspace, "--workshop", wid)
    assert closed.returncode == 0, closed.stderr
    assert "round 1" in closed.stdout and "1 of 3 ballots complete, 1 started" in closed.stdout
    after = json.loads(run("results", workspace, "--workshop", wid, "--json").stdout)
    assert (after["round"], after["revealed"], after["rated"], after["partial"]) == (1, True, 1, 1)
    assert after["proposals"] and after["dissent_threshold"] == 0.3

    again = run("round", "open", workspace, "--workshop", wid)
    assert again.stdout == "2\n"


def test_round_commands_refuse_with_one_line_and_change_nothing(
    made: Made,  # noqa: F811
    tmp_path: Path,
) -> None:
    workspace = shutil.copyfile(made.workspace, tmp_path / "acme.pmotmo")
    wid = str(made.id)
    before = fingerprint(workspace)
    assert_refused(run("round", "close", workspace, "--workshop", wid), "no round to close")
    assert_refused(run("round", "open", workspace, "--workshop", "99"), "no workshop with id 99")
    assert fingerprint(workspace) == before
    assert run("round", "open", workspace, "--workshop", wid).returncode == 0
    opened = fingerprint(workspace)
    assert_refused(run("round", "open", workspace, "--workshop", wid), "already open")
    assert fingerprint(workspace) == opened
    assert run("round", "close", workspace, "--workshop", wid).returncode == 0
    assert run("workshop", "close", workspace, "--workshop", wid).returncode == 0
    closed = fingerprint(workspace)
    assert_refused(run("round", "open", workspace, "--workshop", wid), "is closed")
    assert_refused(run("round", "close", workspace, "--workshop", wid), "is closed")
    assert fingerprint(workspace) == closed


def test_ballots_import_goes_into_the_round_the_script_opened(made: Made, tmp_path: Path) -> None:  # noqa: F811
    workspace = shutil.copyfile(made.workspace, tmp_path / "acme.pmotmo")
    wid = str(made.id)
    assert run("round", "open", workspace, "--workshop", wid).stdout == "1\n"
    assert run("round", "close", workspace, "--workshop", wid).returncode == 0
    assert run("round", "open", workspace, "--workshop", wid).stdout == "2\n"
    ballot = shutil.copyfile(made.ballots / "ballot-ana-garcia.xlsx", tmp_path / "ana.xlsx")
    edit_cells(ballot, "Ballot", {"B7": 8})
    imported = run("ballots", "import", workspace, "--workshop", wid, ballot)
    assert imported.returncode == 0, imported.stderr
    assert "into round 2" in imported.stdout and "opened" not in imported.stdout


def test_ballots_after_a_closed_round_are_refused_not_put_in_a_new_round(
    made: Made,  # noqa: F811
    tmp_path: Path,
) -> None:
    workspace = shutil.copyfile(made.workspace, tmp_path / "acme.pmotmo")
    wid = str(made.id)
    assert run("round", "open", workspace, "--workshop", wid).returncode == 0
    assert run("round", "close", workspace, "--workshop", wid).returncode == 0
    ballot = shutil.copyfile(made.ballots / "ballot-ana-garcia.xlsx", tmp_path / "ana.xlsx")
    edit_cells(ballot, "Ballot", {"B7": 8})
    before = fingerprint(workspace)
    refused = run("ballots", "import", workspace, "--workshop", wid, ballot)
    assert_refused(refused, "no round is open", "round open")
    assert fingerprint(workspace) == before


def test_the_results_table_rounds_once_as_the_pages_do(tmp_path: Path) -> None:
    """62.449 is 62.4 on every page; rounding 62.45 (two decimals) again would give 62.5."""
    path = tmp_path / "round.pmotmo"
    ws = files.new(path, "empty")
    try:
        wid = entities.create(ws, "workshop", title="Rounding", anonymity="named").new_id
        who = entities.create(ws, "participant", workshop_id=wid, name="Ann").new_id
        crit = entities.create(
            ws, "criterion", workshop_id=wid, name="Value", scale_min=0, scale_max=1000
        ).new_id
        prop = entities.create(ws, "proposal", workshop_id=wid, title="CRM").new_id
        round_id = workshops.open_round(ws, wid).new_id
        workshops.rate(ws, round_id, who, prop, crit, 624.49)
        workshops.close_round(ws, wid)
    finally:
        ws.close()
    shown = run("results", path, "--workshop", str(wid))
    assert shown.returncode == 0, shown.stderr
    [row] = [line for line in shown.stdout.splitlines() if line.endswith("CRM")]
    assert row.split()[1] == "62.4"
