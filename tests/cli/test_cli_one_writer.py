"""While the app has a workspace open, `pmo-tmo` writing through another name of the same file
is refused with one line, and the file stays healthy."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from pmo_tmo_desktop.services import files
from pmo_tmo_desktop.store.lock import lock_path
from tests.cli.test_cli import assert_refused, run
from tests.cli.test_cli_workshop import Made, ballots, made, workspace  # noqa: F401 - fixtures
from tests.exchange.test_workshop_xlsx import edit_cells
from tests.store.conftest import Holder
from tests.store.helpers import fingerprint


def _hard_link(path: Path) -> Path:
    os.link(path, path.with_name("other.pmotmo"))
    return path.with_name("other.pmotmo")


def _symbolic_link(path: Path) -> Path:
    link = path.with_name("other.pmotmo")
    link.symlink_to(path)
    return link


def _lock_file_deleted(path: Path) -> Path:
    lock_path(path).unlink()
    return path


def _assert_healthy(path: Path) -> None:
    checked = run("check", path)
    assert checked.returncode in (0, 1), checked.stderr
    assert "File integrity: ok" in checked.stdout, checked.stdout
    assert checked.stderr == ""


@pytest.mark.parametrize(
    ("other_name", "words"),
    [
        (_hard_link, ("other.pmotmo", "hard link")),
        (_symbolic_link, ("acme.pmotmo", "already open")),
        (_lock_file_deleted, ("acme.pmotmo", "already open")),
    ],
    ids=["hard-link", "symbolic-link", "lock-file-deleted"],
)
def test_importing_ballots_through_another_name_while_the_app_has_the_file_open_is_refused(
    made: Made,  # noqa: F811
    workspace: Path,  # noqa: F811
    ballots: dict[str, Path],  # noqa: F811
    other_name: Callable[[Path], Path],
    words: tuple[str, ...],
) -> None:
    ana = edit_cells(ballots["ana-garcia"], "Ballot", {"B7": 8, "C7": 1})
    app = files.open_file(workspace)  # as the app opens a workspace: for writing
    try:
        before = fingerprint(workspace)
        other = other_name(workspace)
        refused = run("ballots", "import", other, "--workshop", made.id, ana)
        assert_refused(refused, *words)
        assert fingerprint(workspace) == before
    finally:
        app.close()
    _assert_healthy(workspace)


def test_importing_ballots_while_another_process_writes_the_file_is_refused(
    made: Made,  # noqa: F811
    workspace: Path,  # noqa: F811
    ballots: dict[str, Path],  # noqa: F811
) -> None:
    ana = edit_cells(ballots["ana-garcia"], "Ballot", {"B7": 8})
    holder = Holder(workspace)
    try:
        refused = run("ballots", "import", _symbolic_link(workspace), "--workshop", made.id, ana)
        assert_refused(refused, "already open", f"process {holder.process.pid}")
        holder.close()
        done = run("ballots", "import", workspace, "--workshop", made.id, ana)
        assert done.returncode == 0, done.stderr
    finally:
        if holder.process.poll() is None:
            holder.kill()
    _assert_healthy(workspace)
