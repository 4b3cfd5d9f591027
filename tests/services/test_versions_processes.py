"""Two processes editing the same team library: no update is lost, and a change made against
a row the other process changed since it was read is refused with its message."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pmo_tmo_desktop.services import files, queries
from pmo_tmo_desktop.services.files import Workspace
from tests import pg_server as pg

EDITOR = """
import sys
from pmo_tmo_desktop.services import files, methodology
url, count, activity, role = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
changed = 0
with files.open_file(url) as ws:
    for i in range(count):
        # no version named: the one read in the same transaction (FOR UPDATE)
        if methodology.set_letters(ws, [(activity, role, "RACI"[i % 4])]).changes:
            changed += 1
print(changed)
"""

LATE_WRITER = """
import sys
from pmo_tmo_desktop.domain.errors import StaleWriteError
from pmo_tmo_desktop.services import files, methodology, queries
url, activity, role = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
with files.open_file(url) as ws:
    read = queries.cell_versions(ws, [(activity, role)])
    print("read", read[(activity, role)], flush=True)
    sys.stdin.readline()  # the other process edits the cell meanwhile
    try:
        methodology.set_letters(ws, [(activity, role, "A")], read)
    except StaleWriteError as error:
        print(error, error.values, sep="|")
        sys.exit(2)
print("saved")
"""


@pytest.fixture
def library(libraries: pg.Libraries) -> Iterator[Workspace]:
    def build(url: str) -> None:
        files.new(url, "integrated", name="acme").close()

    url = libraries.url_from("template_integrated", build)
    with files.open_file(url) as ws:
        yield ws


def _url(ws: Workspace, name: str) -> str:
    url = getattr(ws, "url")  # noqa: B009 (Library's)
    plain = url.set(drivername="postgresql").render_as_string(hide_password=False)
    return f"{plain}&application_name={name}"


def _python(script: str, *args: object) -> list[str]:
    return [sys.executable, "-c", script, *map(str, args)]


def _cell(ws: Workspace) -> tuple[int, int, int]:
    """A filled RACI cell and its version."""
    cells = queries.methodology(ws).assignments
    first = next(iter(cells))
    key = (first.activity_id, first.role_id)
    return (*key, queries.cell_versions(ws, [key])[key])


def test_two_processes_editing_one_cell_lose_no_update(library: Workspace) -> None:
    activity, role, before = _cell(library)
    runs = [
        subprocess.Popen(
            _python(EDITOR, _url(library, name), 40, activity, role),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).parents[2],
        )
        for name in ("ann", "tom")
    ]
    changed = 0
    for run in runs:
        out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
        changed += int(out)
    after = queries.cell_versions(library, [(activity, role)])[(activity, role)]
    assert changed > 40  # both wrote
    assert after - before == changed  # every acknowledged change is counted in the version


def test_a_write_against_a_cell_the_other_process_changed_is_refused(library: Workspace) -> None:
    activity, role, _ = _cell(library)
    late = subprocess.Popen(
        _python(LATE_WRITER, _url(library, "ann"), activity, role),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    )
    assert late.stdout is not None and late.stdout.readline().startswith("read")
    other = subprocess.run(
        _python(EDITOR, _url(library, "maria"), 1, activity, role),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert other.stdout.strip() == "1"
    out, err = late.communicate("\n", timeout=60)
    assert late.returncode == 2, err
    message, values = out.strip().split("|")
    assert message.startswith("The cell ") and " was changed by maria at " in message
    assert message.endswith("since you read it; your value 'A' was kept, nothing was saved")
    assert values == "{'letters': 'A'}"
    assert queries.letters(library, [(activity, role)])[(activity, role)] == "R"
