"""`pmo-tmo workshop checkout|checkin|release` on a team library, run as a user runs them; two
ballot imports into two workshops of one library at the same moment; a reader's library."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from pmo_tmo_desktop.services import files, queries
from pmo_tmo_desktop.store import library
from tests import pg_server as pg
from tests.cli.test_cli import PMO_TMO, assert_refused
from tests.cli.test_cli_library import run
from tests.cli.test_cli_rounds import _fill
from tests.cli.test_cli_workshop import Made, made  # noqa: F401  (the module fixture)
from tests.exchange.test_workshop_xlsx import edit_cells, fill_setup

pytestmark = pytest.mark.usefixtures("pg_server")


@pytest.fixture
def team(libraries: pg.Libraries, made: Made) -> str:  # noqa: F811
    """A library holding the workshop of `made` (no ratings yet)."""
    url = libraries.empty_database()
    copied = run("copy", made.workspace, url)
    assert copied.returncode == 0, copied.stderr
    return url


def _results(where: str | Path, workshop_id: int) -> dict[str, object]:
    done = run("results", where, "--workshop", str(workshop_id), "--json")
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout))


def _listing(url: str) -> str:
    return run("workshop", "list", url, "--json").stdout


def test_a_session_offline_is_checked_out_run_on_the_file_and_checked_in(
    team: str,
    made: Made,  # noqa: F811
    tmp_path: Path,
) -> None:
    wid = str(made.id)
    room = tmp_path / "room.pmotmo"
    out = run("workshop", "checkout", team, "--workshop", wid, "--out", room)
    assert out.returncode == 0, out.stderr
    assert "read-only in the library" in out.stdout and room.exists()

    assert_refused(run("round", "open", team, "--workshop", wid), "checked out to room.pmotmo")
    assert_refused(run("workshop", "close", team, "--workshop", wid), "read-only here")

    assert run("round", "open", room, "--workshop", wid).returncode == 0
    _fill(room, made.id, complete=2, partial=1)
    assert run("round", "close", room, "--workshop", wid).returncode == 0
    assert run("workshop", "close", room, "--workshop", wid).returncode == 0
    offline = _results(room, made.id)

    back = run("workshop", "checkin", team, "--from", room)
    assert back.returncode == 0, back.stderr
    assert f"Checked in workshop {wid}" in back.stdout and "records" in back.stdout
    assert _results(team, made.id) == offline
    with files.open_file(team, read_only=True) as lib:
        assert queries.workshop(lib, made.id).workshop.status.value == "closed"

    listing = _listing(team)
    assert_refused(run("workshop", "checkin", team, "--from", room), "already checked in")
    assert _listing(team) == listing


def test_checkin_refusals_each_one_line_and_nothing_changed(
    team: str,
    made: Made,  # noqa: F811
    tmp_path: Path,
) -> None:
    wid = str(made.id)
    first, second = tmp_path / "first.pmotmo", tmp_path / "second.pmotmo"
    assert run("workshop", "checkout", team, "--workshop", wid, "--out", first).returncode == 0
    released = run("workshop", "release", team, "--workshop", wid)
    assert released.returncode == 0 and "Released workshop" in released.stdout, released.stderr
    assert run("workshop", "checkout", team, "--workshop", wid, "--out", second).returncode == 0
    other, elsewhere = tmp_path / "other.pmotmo", tmp_path / "elsewhere.pmotmo"
    shutil.copyfile(made.workspace, elsewhere)
    assert run("workshop", "checkout", elsewhere, "--workshop", wid, "--out", other).returncode == 0
    before = _results(second, made.id), _listing(team)

    assert_refused(run("workshop", "checkin", team, "--from", first), "no longer checked out")
    assert_refused(run("workshop", "checkin", team, "--from", other), "not from this library")
    assert_refused(
        run("workshop", "checkin", team, "--from", second, "--workshop", "99"), "not workshop 99"
    )
    assert_refused(run("workshop", "checkin", team, "--from", made.blank), "not a workshop")
    assert_refused(
        run("workshop", "checkout", team, "--workshop", wid, "--out", tmp_path / "x.pmotmo"),
        "already checked out",
    )
    assert not (tmp_path / "x.pmotmo").exists()
    assert (_results(second, made.id), _listing(team)) == before
    assert run("workshop", "checkin", team, "--from", second).returncode == 0
    assert_refused(run("workshop", "release", team, "--workshop", wid), "not checked out")


def test_two_ballot_imports_into_two_workshops_at_the_same_moment_both_land(
    team: str,
    made: Made,  # noqa: F811
    tmp_path: Path,
) -> None:
    setup = fill_setup(made.template, tmp_path / "setup2.xlsx", title="Q2 Portfolio Review")
    second = run("workshop", "new", team, "--from", setup)
    assert second.returncode == 0, second.stderr
    ids = [made.id, int(second.stdout)]
    filled = []
    for wid in ids:
        folder = tmp_path / f"ballots-{wid}"
        assert run("ballots", "export", team, "--workshop", wid, "--out", folder).returncode == 0
        ballot = folder / "ballot-ana-garcia.xlsx"
        filled.append(edit_cells(ballot, "Ballot", {"B7": 8, "C7": 1}))
    running = [
        subprocess.Popen(
            [PMO_TMO, "ballots", "import", team, "--workshop", str(wid), str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for wid, path in zip(ids, filled, strict=True)
    ]
    for process in running:
        out, err = process.communicate(timeout=60)
        assert process.returncode == 0, err
        assert "2 ratings written" in out
    with files.open_file(team, read_only=True) as lib:
        for wid in ids:
            rounds = queries.workshop(lib, wid).rounds
            assert len(rounds) == 1


def test_a_reader_may_read_the_library_but_not_change_it(
    team: str,
    pg_server: pg.Server,
    made: Made,  # noqa: F811
) -> None:
    database = str(library.parse(team).database)
    with pg_server.admin(database) as conn:
        for role in ("pmo_readers", "pmo_reader LOGIN IN ROLE pmo_readers"):
            conn.execute(
                f"DO $$ BEGIN CREATE ROLE {role}; EXCEPTION WHEN duplicate_object THEN NULL; END $$"
            )
        conn.execute(f'GRANT CONNECT ON DATABASE "{database}" TO pmo_readers')
        conn.execute("GRANT USAGE ON SCHEMA public TO pmo_readers")
        conn.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO pmo_readers")
    reader = team.replace(f"{pg.ADMIN}@", "pmo_reader@")
    listing = _listing(team)
    assert _listing(reader) == listing and "Q1 Portfolio Review" in listing
    assert_refused(
        run("round", "open", reader, "--workshop", str(made.id)),
        "you may read this library but not change it",
    )
    assert _listing(team) == listing
    with files.open_file(reader, read_only=True) as lib:
        assert lib.read_only
