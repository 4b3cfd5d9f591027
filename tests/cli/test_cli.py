"""`pmo-tmo`, run as the user runs it: a separate process, its exit code, stdout and stderr."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from pmo_tmo_desktop.services import files
from pmo_tmo_desktop.store.files import APPLICATION_ID
from tests.store.helpers import fingerprint, siblings

PMO_TMO = str(Path(sys.executable).with_name("pmo-tmo"))


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PMO_TMO, *map(str, args)], capture_output=True, text=True, timeout=120, check=False
    )


def assert_refused(result: subprocess.CompletedProcess[str], *words: str) -> None:
    """Exit code 2, one line on stderr naming the problem, no traceback, nothing on stdout."""
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stdout == ""
    for word in words:
        assert word in result.stderr, (word, result.stderr)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.pmotmo"
    result = run("demo", path)
    assert result.returncode == 0, result.stderr
    assert "demo.pmotmo" in result.stdout
    return path


@pytest.mark.parametrize(("template", "phases"), [("integrated", 6), ("light", 3), ("empty", 0)])
def test_new_makes_a_workspace_from_each_starter_methodology(
    tmp_path: Path, template: str, phases: int
) -> None:
    path = tmp_path / f"{template}.pmotmo"
    result = run("new", path, "--template", template)
    assert result.returncode == 0, result.stderr
    assert template in result.stdout and path.name in result.stdout
    assert result.stderr == ""

    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        found = con.execute("SELECT count(*) FROM phase").fetchone()[0]
        offices = con.execute("SELECT count(*) FROM office").fetchone()[0]
    finally:
        con.close()
    assert (found >= phases) if phases else found == 0
    assert offices == 4


def test_check_reports_what_the_demo_holds(demo_file: Path) -> None:
    result = run("check", demo_file)
    assert result.returncode == 0, result.stderr
    assert "File integrity: ok" in result.stdout
    assert "schema 0011_row_versions" in result.stdout
    assert "1 workshop with 840 ratings" in result.stdout  # real plural forms


def test_check_json_is_valid_json_with_the_facts(demo_file: Path) -> None:
    before, beside = fingerprint(demo_file), siblings(demo_file)
    result = run("check", demo_file, "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["errors"] == []
    assert report["file"]["integrity"] == "ok"
    assert report["file"]["foreign_key_problems"] == 0
    assert report["file"]["schema"] == "0011_row_versions"
    assert report["workspace"]["raci_variant"] == "RACI"
    facts = report["facts"]
    assert facts["workshop"] == 1
    assert facts["phase"] >= 6 and facts["activity"] >= 40 and facts["role"] >= 12
    assert facts["rating"] > 500 and facts["round"] == 2
    assert fingerprint(demo_file) == before, "check only reads"
    assert siblings(demo_file) == beside, "and leaves nothing beside the file"


def test_workshop_list_json_gives_ids_and_titles(demo_file: Path) -> None:
    result = run("workshop", "list", demo_file, "--json")
    assert result.returncode == 0, result.stderr
    [workshop] = json.loads(result.stdout)["workshops"]
    assert isinstance(workshop["id"], int)
    assert workshop["title"].startswith("Q4 Portfolio Review")
    assert workshop["status"] == "closed" and workshop["rounds"] == 2
    assert workshop["participants"] >= 8 and workshop["proposals"] >= 6

    plain = run("workshop", "list", demo_file)
    assert plain.returncode == 0
    assert str(workshop["id"]) in plain.stdout and workshop["title"] in plain.stdout


def test_workshop_list_of_a_workspace_without_workshops_says_so(tmp_path: Path) -> None:
    path = tmp_path / "fresh.pmotmo"
    files.new(path, "empty").close()
    result = run("workshop", "list", path)
    assert result.returncode == 0
    assert "No workshops yet." in result.stdout


def test_the_output_language_can_be_chosen(demo_file: Path) -> None:
    result = run("--lang", "de", "check", demo_file)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout.strip()


def test_check_exits_1_when_the_file_holds_broken_references(tmp_path: Path) -> None:
    path = tmp_path / "broken.pmotmo"
    files.new(path, "empty").close()
    con = sqlite3.connect(path)  # a foreign tool, foreign keys off
    con.execute("INSERT INTO role (name, office_id, description, position) VALUES ('X', 99, '', 0)")
    con.commit()
    con.close()
    result = run("check", path, "--json")
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert report["file"]["foreign_key_problems"] == 1
    assert report["errors"] == ["1 broken references"]


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.pmotmo"
    assert_refused(run("check", missing), "nowhere.pmotmo", "no such file")
    assert_refused(run("workshop", "list", missing, "--json"), "nowhere.pmotmo")
    assert not missing.exists()


def test_a_file_that_is_no_workspace_is_refused_and_left_alone(tmp_path: Path) -> None:
    text = tmp_path / "minutes.pmotmo"
    text.write_text("Minutes of the steering committee\n", encoding="utf-8")
    before = fingerprint(text)
    assert_refused(run("workshop", "list", text), "minutes.pmotmo", "not a PMO–TMO workspace")
    assert fingerprint(text) == before


@pytest.mark.parametrize("command", ["new", "demo"])
def test_an_existing_file_is_never_overwritten(demo_file: Path, command: str) -> None:
    before = fingerprint(demo_file)
    assert_refused(run(command, demo_file), "demo.pmotmo", "already exists")
    assert fingerprint(demo_file) == before


def test_an_unknown_command_is_refused(tmp_path: Path) -> None:
    assert_refused(run("frobnicate", tmp_path / "x.pmotmo"), "frobnicate")
    assert_refused(run(), "COMMAND")
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_template_is_refused_and_no_file_is_made(tmp_path: Path) -> None:
    path = tmp_path / "agile.pmotmo"
    assert_refused(run("new", path, "--template", "agile"), "agile", "--template")
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


def test_the_version_is_printed(tmp_path: Path) -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("pmo-tmo ")


def test_check_json_lists_findings_and_alignment_metrics(demo_file: Path) -> None:
    report = json.loads(run("check", demo_file, "--json").stdout)
    assert set(report["findings"][0]) >= {"rule", "severity", "activity", "role", "message"}
    rules = {(f["rule"], f["activity"]) for f in report["findings"]}
    assert ("pmo-blind-spot", "Provision environments") in rules
    assert any(f["rule"] == "gate-one-office" for f in report["findings"])
    metrics = report["metrics"]
    assert 0 < metrics["alignment_index"] < 1
    assert len(metrics["phases"]) == 8 and len(metrics["roles"]) == 18


def test_check_exits_1_when_an_activity_has_no_accountable(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "broken.pmotmo"
    assert run("new", path).returncode == 0
    con = sqlite3.connect(path)
    with con:
        con.execute(
            "UPDATE assignment SET letters = 'R' WHERE letters = 'A' AND activity_id = "
            "(SELECT min(activity_id) FROM assignment WHERE letters = 'A')"
        )
    con.close()
    result = run("check", path)
    assert result.returncode == 1
    assert "has no Accountable role" in result.stdout
    assert json.loads(run("check", path, "--json").stdout)["findings"][0]["severity"] == "error"


def test_export_then_import_into_an_empty_workspace_gives_the_same_matrix(
    demo_file: Path, tmp_path: Path
) -> None:
    import openpyxl

    first = tmp_path / "first.xlsx"
    assert run("export", demo_file, "--xlsx", first).returncode == 0
    empty = tmp_path / "empty.pmotmo"
    assert run("new", empty, "--template", "empty").returncode == 0
    imported = run("import", empty, "--xlsx", first)
    assert imported.returncode == 0, imported.stderr
    second = tmp_path / "second.xlsx"
    assert run("export", empty, "--xlsx", second).returncode == 0

    def matrix(path: Path) -> list[tuple[object, ...]]:
        return list(openpyxl.load_workbook(path)["RACI"].iter_rows(values_only=True))

    assert matrix(first) == matrix(second)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            [
                ["Activity", "Project Manager", "Chief Architect"],
                ["Capture business need", "X", "R"],
            ],
            "cell B2",
        ),
        (
            [
                ["Activity", "Project Manager", "Project Manager"],
                ["Capture business need", "R", "A"],
            ],
            "sheet",
        ),
        (
            [
                ["Activity", "Project Manager", "Chief Architect"],
                ["Draft charter", "A", "R"],
                [None, "R", "C"],
            ],
            "cell A3",
        ),
    ],
)
def test_a_bad_workbook_is_refused_with_exit_2_and_the_workspace_untouched(
    tmp_path: Path, content: list[list[object]], expected: str
) -> None:
    import openpyxl

    workspace = tmp_path / "w.pmotmo"
    assert run("new", workspace).returncode == 0
    book = openpyxl.Workbook()
    for row in content:
        book.active.append(row)
    path = tmp_path / "bad.xlsx"
    book.save(path)
    before = fingerprint(workspace)
    result = run("import", workspace, "--xlsx", path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "bad.xlsx" in result.stderr and expected in result.stderr
    assert fingerprint(workspace) == before


def test_reading_commands_upgrade_an_older_file_first(tmp_path: Path) -> None:
    """A file from the previous schema is upgraded (with a backup) before it is read."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    from pmo_tmo_desktop.store import migrate
    from pmo_tmo_desktop.store.files import APPLICATION_ID as APP

    path = tmp_path / "old.pmotmo"
    con = sqlite3.connect(path, isolation_level=None)
    con.execute(f"PRAGMA application_id = {APP}")
    engine = create_engine("sqlite://", creator=lambda: con, poolclass=StaticPool)
    with engine.connect() as conn:
        migrate.upgrade(conn, "0001_baseline")
        conn.exec_driver_sql(
            "INSERT INTO workspace (id, name, organisation, raci_variant, created) "
            "VALUES (1, 'Old', '', 'RACI', '2025-01-01 00:00:00')"
        )
        conn.commit()
    con.close()
    result = run("check", path, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["file"]["schema"] == migrate.HEAD
    assert any(
        p.name.endswith("before-upgrade.pmotmo")
        for p in (tmp_path / "old.pmotmo.backups").iterdir()
    )
