"""One writer per workspace: a second writer is refused with a clear message, readers are not."""

from __future__ import annotations

import pytest

from pmo_tmo_desktop.domain.errors import WorkspaceError
from pmo_tmo_desktop.services import files, methodology, queries
from pmo_tmo_desktop.store.workspace import open_workspace
from tests.store.helpers import fingerprint


def test_a_second_writer_is_refused_while_another_process_has_the_file_open(held) -> None:
    path, holder = held
    with pytest.raises(WorkspaceError, match="already open") as refused:
        open_workspace(path)
    message = str(refused.value)
    assert path.name in message and "\n" not in message
    assert f"process {holder.process.pid}" in message, "the message says who holds it"
    assert "read-only" in message


def test_reading_is_allowed_meanwhile_and_sees_the_other_process_committed_data(held) -> None:
    path, _holder = held
    reader = open_workspace(path, read_only=True)
    try:
        assert reader.read_only
        info = queries.workspace_info(reader)
        assert info.organisation == "Held by the other process"
        assert len(queries.methodology(reader).activities) > 0
    finally:
        reader.close()


def test_after_the_other_process_closes_the_file_it_can_be_opened_for_writing(held) -> None:
    path, holder = held
    holder.close()
    ws = open_workspace(path)
    try:
        methodology.set_info(ws, name="Mine now")
        assert queries.workspace_info(ws).organisation == "Held by the other process"
    finally:
        ws.close()


def test_a_killed_writer_leaves_no_lock_behind(held) -> None:
    path, holder = held
    holder.kill()  # SIGKILL: no clean-up runs; the operating system drops the lock
    ws = open_workspace(path)
    try:
        assert ws.pragma("integrity_check") == "ok"
        assert queries.workspace_info(ws).organisation == "Held by the other process"
        methodology.set_info(ws, name="Recovered")
    finally:
        ws.close()


def test_the_same_process_cannot_open_a_second_writer_either(tmp_path) -> None:
    path = tmp_path / "twice.pmotmo"
    ws = files.new(path, "empty")
    try:
        before = fingerprint(path)
        with pytest.raises(WorkspaceError, match="already open"):
            open_workspace(path)
        assert fingerprint(path) == before
    finally:
        ws.close()
    open_workspace(path).close()
