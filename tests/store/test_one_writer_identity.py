"""The writer lock follows the file, not its name: a hard link, a symbolic link, a deleted or a
stale lock file never lets a second writer in."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pmo_tmo_desktop.domain.errors import WorkspaceLockedError
from pmo_tmo_desktop.services import files
from pmo_tmo_desktop.store.lock import lock_path
from pmo_tmo_desktop.store.workspace import open_workspace
from tests.store.conftest import Holder
from tests.store.helpers import fingerprint


def _refused(path: Path, *words: str) -> str:
    with pytest.raises(WorkspaceLockedError) as refused:
        open_workspace(path)
    message = str(refused.value)
    assert "\n" not in message
    for word in words:
        assert word in message, (word, message)
    return message


def test_a_hard_link_to_a_file_open_elsewhere_is_refused(held) -> None:
    path, _holder = held
    link = path.with_name("other.pmotmo")
    os.link(path, link)
    before = fingerprint(path)
    _refused(link, "other.pmotmo", "hard link", "read-only")
    assert fingerprint(path) == before
    assert not link.with_name("other.pmotmo-wal").exists(), "no second log was started"


def test_a_workspace_with_two_names_is_not_written_through_either(tmp_path: Path) -> None:
    path = tmp_path / "acme.pmotmo"
    files.new(path, "empty").close()
    os.link(path, tmp_path / "other.pmotmo")
    _refused(path, "acme.pmotmo", "more than one name")
    reader = files.open_file(path, read_only=True)  # reading stays possible
    reader.close()


def test_a_symbolic_link_to_a_file_open_elsewhere_is_refused(held) -> None:
    path, holder = held
    link = path.with_name("shortcut.pmotmo")
    link.symlink_to(path)
    _refused(link, "already open", f"process {holder.process.pid}")


def test_a_deleted_lock_file_does_not_let_a_second_writer_in(held) -> None:
    path, _holder = held
    lock_path(path).unlink()
    _refused(path, "already open")
    assert not lock_path(path).exists(), "the refused attempt leaves no lock file behind"


def test_a_stale_lock_file_put_in_place_of_the_holders_does_not_let_a_second_writer_in(
    held,
) -> None:
    path, _holder = held
    lock_path(path).unlink()
    lock_path(path).write_text("process 1 on a machine long gone\n", encoding="utf-8")
    _refused(path, "already open")


def test_a_stale_lock_file_of_a_process_that_is_gone_does_not_keep_anyone_out(
    tmp_path: Path,
) -> None:
    path = tmp_path / "acme.pmotmo"
    files.new(path, "empty").close()
    lock_path(path).write_text("process 1 on a machine long gone\n", encoding="utf-8")
    with open_workspace(path) as ws:
        assert not ws.read_only
    assert not lock_path(path).exists(), "a clean close removes the lock file"


def test_the_same_process_cannot_write_one_file_through_two_names(tmp_path: Path) -> None:
    path = tmp_path / "acme.pmotmo"
    with files.new(path, "empty"):
        link = tmp_path / "shortcut.pmotmo"
        link.symlink_to(path)
        _refused(link, "already open")


def test_a_second_writer_is_refused_once_the_holder_linked_its_file(tmp_path: Path) -> None:
    """The link is made after the file was opened: the identity lock still meets it."""
    path = tmp_path / "acme.pmotmo"
    files.new(path, "empty").close()
    holder = Holder(path)
    try:
        link = tmp_path / "other.pmotmo"
        link.symlink_to(path)
        _refused(link, "already open")
    finally:
        holder.kill()
