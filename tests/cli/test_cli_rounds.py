"""`pmo-tmo round open|close` and what `results` says about ballots, as separate processes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from pmo_tmo_desktop.services import files, queries, workshops
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
