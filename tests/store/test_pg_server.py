"""The throwaway PostgreSQL server of the tests: found where Debian puts it, run unprivileged,
stopped and removed at the end; and missing, a failure in CI rather than a silent skip."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests import pg_server as pg


@pytest.mark.parametrize(
    ("environ", "fails"),
    [({}, False), ({"CI": ""}, False), ({"CI": "false"}, False), ({"CI": "true"}, True),
     ({"CI": "1"}, True)],
)  # fmt: skip
def test_without_postgresql_ci_fails_and_a_desk_skips(environ: dict[str, str], fails: bool) -> None:
    fail, reason = pg.without_server(environ)
    assert fail is fails
    assert "PostgreSQL is not installed" in reason


def test_the_server_runs_unprivileged_on_its_own_socket_and_port(pg_server: pg.Server) -> None:
    with pg_server.admin() as conn:
        assert conn.execute("SHOW listen_addresses").fetchone() == ("127.0.0.1",)
        assert conn.execute("SHOW fsync").fetchone() == ("off",)
        assert conn.execute("SHOW port").fetchone() == (str(pg_server.port),)
    socket = pg_server.socket_dir / f".s.PGSQL.{pg_server.port}"
    assert socket.exists()
    owner = socket.stat().st_uid
    assert owner != 0 and (os.geteuid() == 0 or owner == os.geteuid())


def test_a_stopped_server_leaves_nothing_behind() -> None:
    folder = pg.binaries()
    if folder is None:
        pytest.skip("PostgreSQL is not installed")
    server = pg.Server(folder)
    server.start()
    root: Path = server.root
    assert (server.data / "PG_VERSION").exists()
    server.stop()
    assert not root.exists()
