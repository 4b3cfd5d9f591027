"""Shared fixtures. Qt runs offscreen, set before anything imports Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

from collections.abc import Iterator
from pathlib import Path

import pytest

from pmo_tmo_desktop.services import demo, files
from pmo_tmo_desktop.services.files import Workspace
from tests import pg_server as pg

_DEMO_CACHE: dict[str, bytes] = {}


@pytest.fixture(autouse=True, scope="session")
def english(qapp: object) -> None:
    """The application's language, English, installed as the app installs it at start-up
    (its plural forms: "1 rating", "2 ratings")."""
    from pmo_tmo_desktop import i18n

    i18n.install("en")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[pg.Server]:
    """A throwaway PostgreSQL server for the session (tests/pg_server.py). Without
    PostgreSQL the team library tests are skipped, except in CI (CI set), where that fails."""
    folder = pg.binaries()
    if folder is None:
        fail, reason = pg.without_server(os.environ)
        if fail:
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    server = pg.Server(folder)
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def libraries(pg_server: pg.Server) -> pg.Libraries:
    """Fresh team libraries (tests/pg_server.Libraries) on the session's server."""
    return pg.Libraries(pg_server)


@pytest.fixture(autouse=True)
def _drop_test_libraries(request: pytest.FixtureRequest) -> Iterator[None]:
    """After a test that made team libraries, their databases go (the templates stay)."""
    yield
    if "libraries" in request.fixturenames:
        libraries: pg.Libraries = request.getfixturevalue("libraries")
        libraries.drop_made()


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    """A new workspace from the integrated methodology, in a temporary folder."""
    ws = files.new(tmp_path / "acme.pmotmo", "integrated")
    yield ws
    ws.close()


@pytest.fixture
def empty_workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = files.new(tmp_path / "empty.pmotmo", "empty")
    yield ws
    ws.close()


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    """A closed demo workspace file (built once per session, copied per test)."""
    target = tmp_path / "demo.pmotmo"
    if "demo" not in _DEMO_CACHE:
        build = tmp_path / "build.pmotmo"
        demo.create_demo(build).close()
        _DEMO_CACHE["demo"] = build.read_bytes()
        build.unlink()
    target.write_bytes(_DEMO_CACHE["demo"])
    return target
