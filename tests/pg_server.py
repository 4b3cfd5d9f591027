"""A throwaway PostgreSQL server for the tests: its own data folder, socket folder and port.

`initdb` and `pg_ctl` are found on PATH or under /usr/lib/postgresql/*/bin (where Debian puts
them). PostgreSQL refuses to run as root, so under root the server runs as an unprivileged
user (`postgres` where it exists, else `nobody`). It listens on 127.0.0.1 and on a unix socket
in a temporary folder, with fsync off (nothing here needs to survive a crash), and is stopped
and removed when the test session ends, failed or not.

Roles: `ADMIN` (superuser, trusted on the unix socket) and `PASSWORD_ROLE`, which needs its
password over TCP (the refusal of a wrong password is tested with it).
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pwd

    import psycopg

ADMIN = "pmo_admin"
PASSWORD_ROLE = "pmo_pw"
PASSWORD = "s3cret-pw"


def binaries() -> Path | None:
    """The folder holding initdb and pg_ctl, or None when PostgreSQL is not installed."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).parent
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name)
    )
    for folder in reversed(candidates):
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def without_server(environ: Mapping[str, str]) -> tuple[bool, str]:
    """What the team library tests do where PostgreSQL is not installed: (fail?, reason).
    In CI (the variable CI set, as .ci/run and CI services set it) they fail, elsewhere they
    are skipped."""
    reason = "PostgreSQL is not installed (no initdb/pg_ctl on PATH or in /usr/lib/postgresql)"
    if environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
        return True, f"{reason}; CI must run the team library tests"
    return False, f"{reason}: team library tests skipped"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _unprivileged() -> pwd.struct_passwd | None:
    """The user the server runs as (None: this process's own, which is not root)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return None
    import pwd

    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    raise RuntimeError("running as root and neither a postgres nor a nobody user exists")


class Server:
    """One running PostgreSQL cluster (see the module's docstring)."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.user = _unprivileged()
        self.root = Path(tempfile.mkdtemp(prefix="pmo-pg-"))
        self.data = self.root / "data"
        self.socket_dir = self.root / "socket"
        self.log = self.root / "server.log"
        self.port = _free_port()
        self.socket_dir.mkdir()
        os.chmod(self.root, 0o755)
        if self.user is not None:
            for path in (self.root, self.socket_dir):
                os.chown(path, self.user.pw_uid, self.user.pw_gid)
        self.started = False

    def _run(self, *args: str) -> None:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.user is not None:
            command = ["runuser", "-u", self.user.pw_name, "--", *command]
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=120, cwd=self.root, check=False
        )
        if done.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise RuntimeError(
                f"{' '.join(args[:2])} failed ({done.returncode}): {done.stderr}{done.stdout}{log}"
            )

    def start(self) -> None:
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            ADMIN,
            "--no-locale",
            "--encoding=UTF8",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "--no-sync",
        )
        options = (
            f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=60"
        )
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "start")
        self.started = True
        with self.admin("postgres") as conn:
            conn.execute(f"CREATE ROLE {PASSWORD_ROLE} LOGIN PASSWORD '{PASSWORD}'")

    def stop(self) -> None:
        try:
            if self.started:
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
                self.started = False
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    # -- addresses ---------------------------------------------------------------------------

    def url(self, database: str) -> str:
        """The URL of `database` for the administrator, over the unix socket."""
        return f"postgresql://{ADMIN}@/{database}?host={self.socket_dir}&port={self.port}"

    def tcp_url(self, database: str, user: str = PASSWORD_ROLE, password: str | None = None) -> str:
        """The URL of `database` over TCP (where passwords are asked for)."""
        auth = user if password is None else f"{user}:{password}"
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{database}"

    def admin(self, database: str = "postgres") -> psycopg.Connection[tuple[object, ...]]:
        """An autocommit connection as the administrator."""
        import psycopg

        return psycopg.connect(
            host=str(self.socket_dir),
            port=self.port,
            user=ADMIN,
            dbname=database,
            autocommit=True,
        )

    def create_database(self, name: str, template: str | None = None, owner: str = ADMIN) -> None:
        clause = f" TEMPLATE {template}" if template else ""
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"{clause} OWNER {owner}')
            conn.execute(f'GRANT ALL ON DATABASE "{name}" TO {PASSWORD_ROLE}')

    def drop_database(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class Libraries:
    """Fresh team libraries for tests, each a copy (CREATE DATABASE … TEMPLATE) of one built
    once per session: a library costs a database copy, not a migration run."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self._templates: set[str] = set()
        self._count = 0
        self._made: list[str] = []

    def empty_database(self) -> str:
        """The URL of a new, empty database."""
        return self.server.url(self.empty_database_named())

    def empty_database_named(self, owner: str = ADMIN) -> str:
        """The name of a new, empty database belonging to `owner`."""
        self._count += 1
        name = f"t{os.getpid()}_{self._count}"
        self.server.create_database(name, owner=owner)
        self._made.append(name)
        return name

    def url_from(self, template: str, build: Callable[[str], None]) -> str:
        """The URL of a new database copied from the template `template`, which `build` (a
        callable given the template's URL) fills the first time."""
        if template not in self._templates:
            self.server.create_database(template)
            build(self.server.url(template))
            self._templates.add(template)
        self._count += 1
        name = f"t{os.getpid()}_{self._count}"
        self.server.create_database(name, template=template)
        self._made.append(name)
        return self.server.url(name)

    def drop_made(self) -> None:
        """Drop the databases made since the last call (each test's), so the session's disk
        use stays that of one test's libraries."""
        while self._made:
            self.server.drop_database(self._made.pop())
