"""Store fixtures: a workspace held open by another process."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

HOLDER = r"""
import sys
from pmo_tmo_desktop.services import files, methodology, queries

ws = files.open_file(sys.argv[1])
methodology.set_info(ws, organisation="Held by the other process")
queries.counts(ws)
print("ready", flush=True)
sys.stdin.readline()
ws.close()
print("closed", flush=True)
"""


class Holder:
    """A second process that has the workspace open for writing until told to close it."""

    def __init__(self, path: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if line.strip() != "ready":
            self.process.kill()
            raise AssertionError(f"holder did not start: {line!r} {self.process.stderr.read()}")

    def close(self) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write("\n")
        self.process.stdin.flush()
        assert self.process.stdout.readline().strip() == "closed"
        assert self.process.wait(timeout=20) == 0

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(timeout=20)


@pytest.fixture
def held(tmp_path: Path) -> Iterator[tuple[Path, Holder]]:
    """A light workspace that another process holds open for writing."""
    from pmo_tmo_desktop.services import files

    path = tmp_path / "shared.pmotmo"
    files.new(path, "light").close()
    holder = Holder(path)
    try:
        yield path, holder
    finally:
        if holder.process.poll() is None:
            holder.kill()
