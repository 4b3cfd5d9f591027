"""Reading a workspace the user may not write leaves nothing beside it, so the file works as
before once it is writable again.

Root ignores file permissions, so when the suite runs as root each command runs without the
capabilities that let it (CAP_DAC_OVERRIDE, CAP_FOWNER: dropped from the bounding set before
the command starts); it still reads everything, as the owner of a read-only file does. Run as
anyone else, permissions apply anyway. Skipped only where root cannot drop them.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.test_cli import PMO_TMO, assert_refused
from tests.cli.test_cli_workshop import Made, ballots, made, workspace  # noqa: F401 - fixtures
from tests.exchange.test_workshop_xlsx import edit_cells

_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE, _CAP_FOWNER = 1, 3


def _drop_override() -> None:
    """In the child, before it runs the command: give up root's right to ignore permissions."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (_CAP_DAC_OVERRIDE, _CAP_FOWNER):
        if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def _preexec() -> Callable[[], None] | None:
    if os.geteuid() != 0:
        return None
    try:
        subprocess.run(["true"], preexec_fn=_drop_override, check=True)
    except (OSError, subprocess.SubprocessError):
        pytest.skip("running as root and root's permission override cannot be dropped here")
    return _drop_override


def _as_user(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PMO_TMO, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        preexec_fn=_preexec(),
    )


def _read_everything(path: Path, out: Path, workshop: int) -> None:
    for args in (
        ("check", path),
        ("workshop", "list", path),
        ("results", path, "--workshop", workshop),
        ("export", path, "--xlsx", out / "matrix.xlsx"),
        ("ballots", "export", path, "--workshop", workshop, "--out", out / "ballots"),
    ):
        done = _as_user(*args)
        assert done.returncode in (0, 1), (args, done.stderr)
        assert len(done.stderr.strip().splitlines()) <= 1, done.stderr


@pytest.mark.parametrize("locked", ["file", "folder"])
def test_reading_a_read_only_workspace_leaves_nothing_beside_it(
    made: Made,  # noqa: F811
    workspace: Path,  # noqa: F811
    ballots: dict[str, Path],  # noqa: F811
    tmp_path: Path,
    locked: str,
) -> None:
    place = tmp_path / "shared"
    place.mkdir()
    path = Path(shutil.move(workspace, place / "acme.pmotmo"))
    ana = edit_cells(ballots["ana-garcia"], "Ballot", {"B7": 8})
    os.chmod(path, 0o444 if locked == "file" else 0o644)
    os.chmod(place, 0o755 if locked == "file" else 0o555)
    try:
        (tmp_path / "out").mkdir()
        _read_everything(path, tmp_path / "out", made.id)
        assert sorted(p.name for p in place.iterdir()) == ["acme.pmotmo"], "nothing new beside it"
    finally:
        os.chmod(place, 0o755)
    os.chmod(path, 0o644)
    done = _as_user("ballots", "import", path, "--workshop", str(made.id), ana)
    assert done.returncode == 0, done.stderr
    assert "1 rating written" in done.stdout


def test_a_read_only_side_file_an_older_version_left_is_named_in_one_line(
    made: Made,  # noqa: F811
    workspace: Path,  # noqa: F811
    ballots: dict[str, Path],  # noqa: F811
) -> None:
    os.chmod(workspace, 0o444)
    # What an ordinary SQLite connection leaves after reading a file it may not write.
    script = f"import sqlite3; sqlite3.connect({str(workspace)!r}).execute('PRAGMA user_version')"
    left = subprocess.run(
        [sys.executable, "-c", script], check=True, preexec_fn=_preexec(), capture_output=True
    )
    assert left.returncode == 0
    shm = workspace.with_name("acme.pmotmo-shm")
    assert shm.exists() and not shm.stat().st_mode & 0o222
    os.chmod(workspace, 0o644)
    ana = edit_cells(ballots["ana-garcia"], "Ballot", {"B7": 8})
    refused = _as_user("ballots", "import", workspace, "--workshop", str(made.id), ana)
    assert_refused(refused, "acme.pmotmo-shm", "read-only")
