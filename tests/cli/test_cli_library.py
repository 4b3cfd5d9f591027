"""`pmo-tmo` on team libraries, run as a user runs it: `new` and the commands on a URL, `copy`
both ways, and every refusal in one line, exit code 2, within five seconds, nothing changed."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from pmo_tmo_desktop.store import library
from tests import pg_server as pg
from tests.cli.test_cli import PMO_TMO, assert_refused
from tests.store.helpers import dump_file

pytestmark = pytest.mark.usefixtures("pg_server")


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The tool with stdin not a terminal (no password is ever asked for) and no password
    from the environment unless `env` gives one."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    clean["PGPASSFILE"] = str(Path(__file__).with_name("no-such-pgpass"))  # none at all
    return subprocess.run(
        [PMO_TMO, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        stdin=subprocess.DEVNULL,
        env={**clean, **(env or {})},
    )


def refused_quickly(*args: str | Path, env: dict[str, str] | None = None) -> str:
    """Run the tool, expect a one-line refusal within five seconds; its line."""
    started = time.monotonic()
    result = run(*args, env=env)
    took = time.monotonic() - started
    assert_refused(result)
    assert took < 5, f"took {took:.1f} s"
    return result.stderr.strip()


def _state(url: str) -> tuple[list[str], str | None, int]:
    """The database's tables, schema revision and number of roles, read apart from the app."""
    engine = create_engine(library.parse(url))
    try:
        with engine.connect() as conn:
            names = sorted(
                conn.execute(
                    text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
                ).scalars()
            )
            if "alembic_version" not in names:
                return names, None, 0
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            roles = conn.execute(text("SELECT count(*) FROM role")).scalar()
        return names, revision, int(roles or 0)
    finally:
        engine.dispose()


@pytest.fixture
def team(libraries: pg.Libraries, pg_server: pg.Server) -> str:
    """A new library made with `pmo-tmo new`, owned by the password role; its URL over TCP
    without the password."""
    name = libraries.empty_database_named(owner=pg.PASSWORD_ROLE)
    url = pg_server.tcp_url(name)
    made = run("new", url, "--template", "light", env={"PGPASSWORD": pg.PASSWORD})
    assert made.returncode == 0, made.stderr
    assert url in made.stdout and pg.PASSWORD not in made.stdout
    return url


def test_commands_work_on_a_library_with_the_password_from_the_environment_or_pgpass(
    team: str, tmp_path: Path
) -> None:
    checked = run("check", team, "--json", env={"PGPASSWORD": pg.PASSWORD})
    assert checked.returncode == 0, checked.stderr
    assert '"journal_mode": "postgresql"' in checked.stdout
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"*:*:*:{pg.PASSWORD_ROLE}:{pg.PASSWORD}\n")
    pgpass.chmod(0o600)
    listed = run("workshop", "list", team, env={"PGPASSFILE": str(pgpass)})
    assert listed.returncode == 0, listed.stderr
    exported = run(
        "export", team, "--xlsx", tmp_path / "team.xlsx", env={"PGPASSWORD": pg.PASSWORD}
    )
    assert exported.returncode == 0, exported.stderr
    assert (tmp_path / "team.xlsx").stat().st_size > 0


def test_the_demo_is_made_in_an_empty_database_and_read_like_a_file(
    libraries: pg.Libraries,
) -> None:
    url = libraries.empty_database()
    made = run("demo", url)
    assert made.returncode == 0, made.stderr
    listed = run("workshop", "list", url, "--json")
    assert listed.returncode == 0, listed.stderr
    assert '"status": "closed"' in listed.stdout
    results = run("results", url, "--workshop", "1")
    assert results.returncode == 0, results.stderr
    assert "ballots complete" in results.stdout


def test_a_workspace_copied_to_a_library_and_back_is_unchanged(
    libraries: pg.Libraries, demo_path: Path, tmp_path: Path
) -> None:
    url = libraries.empty_database()
    there = run("copy", demo_path, url)
    assert there.returncode == 0, there.stderr
    assert "records" in there.stdout
    back = tmp_path / "back.pmotmo"
    again = run("copy", url, back)
    assert again.returncode == 0, again.stderr
    assert dump_file(back, versions=True) == dump_file(demo_path, versions=True)
    before = _state(url)
    assert "not empty" in refused_quickly("copy", demo_path, url)
    assert "already exists" in refused_quickly("copy", url, back)
    assert _state(url) == before


def test_a_wrong_or_missing_password_is_refused_in_one_line_and_never_echoed(
    team: str, pg_server: pg.Server
) -> None:
    before = _state(team.replace("@", f":{pg.PASSWORD}@"))
    wrong = pg_server.tcp_url(team.rsplit("/", 1)[1], password="not-it")
    line = refused_quickly("check", wrong)
    assert "password authentication failed" in line and "not-it" not in line
    line = refused_quickly("check", team, env={"PGPASSWORD": "also-wrong"})
    assert "password authentication failed" in line and "also-wrong" not in line
    assert "no password supplied" in refused_quickly("check", team)
    assert _state(team.replace("@", f":{pg.PASSWORD}@")) == before


def test_an_unreachable_server_and_a_bad_address_are_refused_in_one_line() -> None:
    with __import__("socket").socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    line = refused_quickly("check", f"postgresql://someone@127.0.0.1:{closed}/team")
    assert f"postgresql://someone@127.0.0.1:{closed}/team" in line
    assert "Connection refused" in line
    assert "not a valid library address" in refused_quickly(
        "check", "postgresql://someone:secret@host:99x/team"
    )
    line = refused_quickly("workshop", "list", "postgresql://someone:secret@127.0.0.1:1")
    assert "name the database" in line and "secret" not in line


def test_a_server_that_never_answers_is_given_up_on_within_five_seconds() -> None:
    import socket

    with socket.socket() as silent:  # takes connections (the kernel's backlog), says nothing
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        port = silent.getsockname()[1]
        line = refused_quickly("check", f"postgresql://someone@127.0.0.1:{port}/team")
    assert f"127.0.0.1:{port}/team: cannot open the library" in line


def test_a_database_that_is_not_a_library_or_is_newer_is_refused_and_unchanged(
    libraries: pg.Libraries, team: str
) -> None:
    empty = libraries.empty_database()
    assert "pmo-tmo new" in refused_quickly("check", empty)
    assert _state(empty) == ([], None, 0)

    foreign = libraries.empty_database()
    engine = create_engine(library.parse(foreign))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id integer PRIMARY KEY)"))
    engine.dispose()
    assert "not a PMO–TMO library" in refused_quickly("check", foreign)
    assert "not empty" in refused_quickly("new", foreign)
    assert _state(foreign) == (["invoices"], None, 0)

    owner = team.replace("@", f":{pg.PASSWORD}@")
    engine = create_engine(library.parse(owner))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    engine.dispose()
    before = _state(owner)
    line = refused_quickly("workshop", "list", owner)
    assert "newer version" in line and pg.PASSWORD not in line
    assert _state(owner) == before


def _at_terminal(args: list[str], answer: str) -> tuple[int, str]:
    """Run the tool on a pseudo-terminal, answer its password question; exit code, output."""
    import pty
    import select

    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["PGPASSFILE"] = str(Path(__file__).with_name("no-such-pgpass"))
    pid, fd = pty.fork()
    if pid == 0:  # the child: the tool, with the terminal as its controlling terminal
        try:
            os.execve(PMO_TMO, [PMO_TMO, *args], env)
        finally:
            os._exit(127)
    seen, answered, deadline = b"", False, time.monotonic() + 30
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.5)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the tool has ended and closed the terminal
                break
            if not chunk:
                break
            seen += chunk
            if not answered and b"Password for" in seen:
                os.write(fd, answer.encode() + b"\n")
                answered = True
    finally:
        os.close(fd)
        _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), seen.decode(errors="replace")


def test_at_a_terminal_the_password_is_asked_for_and_never_shown(team: str) -> None:
    code, seen = _at_terminal(["workshop", "list", team], pg.PASSWORD)
    assert code == 0, seen
    assert f"Password for {team}: " in seen
    assert pg.PASSWORD not in seen, "the answer is not echoed"
    code, seen = _at_terminal(["workshop", "list", team], "a-wrong-one")
    assert code == 2, seen
    assert "password authentication failed" in seen and "a-wrong-one" not in seen
