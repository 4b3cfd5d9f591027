"""Services fixtures: the integrated workspace (built once), and a workshop ready for rating.

`workspace` and `empty_workspace` come on both engines: a workspace file (SQLite) and a team
library (PostgreSQL, a copy of a template library built once per session), so every service
test that takes them runs on both. A test about what only a file has (backups, its path)
carries the mark `file_only` and runs on SQLite alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from pmo_tmo_desktop.services import entities, files
from pmo_tmo_desktop.services.files import Workspace
from tests import pg_server as pg
from tests.services.helpers import office_id

_INTEGRATED: dict[str, bytes] = {}


ENGINES = ("sqlite", "postgresql")


@pytest.fixture(params=ENGINES)
def engine(request: pytest.FixtureRequest) -> str:
    """The engine a service test runs on (each test that takes a workspace runs on both)."""
    return str(request.param)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A `file_only` test runs on SQLite alone (not collected for PostgreSQL at all)."""
    here = Path(__file__).parent
    dropped = [
        item
        for item in items
        if here in item.path.parents
        and item.get_closest_marker("file_only")
        and getattr(getattr(item, "callspec", None), "params", {}).get("engine") == "postgresql"
    ]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = [item for item in items if item not in dropped]


def _library(request: pytest.FixtureRequest, template: str) -> Iterator[Workspace]:
    libraries: pg.Libraries = request.getfixturevalue("libraries")

    def build(url: str) -> None:
        files.new(url, template, name="acme").close()

    ws = files.open_file(libraries.url_from(f"template_{template}", build))
    yield ws
    ws.close()


@pytest.fixture
def workspace(engine: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Workspace]:
    """A new workspace from the integrated methodology (a copy of one built per session).

    Overrides the top-level fixture of the same name only to save the half second the
    template takes to build: the copy is byte for byte a closed, freshly made workspace.
    """
    if engine == "postgresql":
        yield from _library(request, "integrated")
        return
    if "integrated" not in _INTEGRATED:
        build = tmp_path / "build" / "acme.pmotmo"
        build.parent.mkdir()
        files.new(build, "integrated").close()
        _INTEGRATED["integrated"] = build.read_bytes()
    path = tmp_path / "acme.pmotmo"
    path.write_bytes(_INTEGRATED["integrated"])
    ws = files.open_file(path)
    yield ws
    ws.close()


@pytest.fixture
def empty_workspace(
    engine: str, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[Workspace]:
    """A new workspace from the empty methodology, on both engines."""
    if engine == "postgresql":
        yield from _library(request, "empty")
        return
    ws = files.new(tmp_path / "empty.pmotmo", "empty")
    yield ws
    ws.close()


@dataclass(frozen=True)
class Setup:
    ws: Workspace
    workshop: int
    ann: int  # PMO
    tom: int  # TMO
    fit: int  # 1..10, higher is better
    risk: int  # 0..4, lower is better
    crm: int
    erp: int


@pytest.fixture
def setup(empty_workspace: Workspace) -> Setup:
    """A planned workshop with two participants, two criteria and two proposals."""
    ws = empty_workspace
    workshop = entities.create(ws, "workshop", title="Q4 review", date="2026-10-14").new_id
    ann = entities.create(ws, "participant", workshop_id=workshop, name="Ann",
                 office_id=office_id(ws, "PMO"), title="Head of PMO").new_id  # fmt: skip
    tom = entities.create(ws, "participant", workshop_id=workshop, name="Tom",
                 office_id=office_id(ws, "TMO"), title="Chief Architect").new_id  # fmt: skip
    fit = entities.create(ws, "criterion", workshop_id=workshop, name="Strategic fit", weight=3,
                 scale_min=1, scale_max=10).new_id  # fmt: skip
    risk = entities.create(ws, "criterion", workshop_id=workshop, name="Delivery risk", weight=1,
                  direction="lower", scale_min=0, scale_max=4).new_id  # fmt: skip
    crm = entities.create(ws, "proposal", workshop_id=workshop, title="New CRM", cost=100).new_id
    erp = entities.create(ws, "proposal", workshop_id=workshop, title="ERP upgrade").new_id
    return Setup(ws, workshop, ann, tom, fit, risk, crm, erp)
