"""A team library's address: told apart from a file's path, parsed, and shown without its
password (no server needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pmo_tmo_desktop.cli.common import location
from pmo_tmo_desktop.domain.errors import WorkspaceError
from pmo_tmo_desktop.services import files
from pmo_tmo_desktop.store import library


@pytest.mark.parametrize(
    ("given", "is_library"),
    [
        ("postgresql://ann@db.example.org/team", True),
        ("postgres://ann@db.example.org:5433/team", True),
        ("POSTGRESQL://ann@db/team", True),
        ("team.pmotmo", False),
        ("/home/ann/postgresql:/team.pmotmo", False),
        (Path("postgresql://ann@db/team"), False),  # a path is a path, whatever its name
    ],
)
def test_a_library_address_is_told_apart_from_a_file(given: object, is_library: bool) -> None:
    assert library.is_library_address(given) is is_library


def test_the_command_line_keeps_a_url_as_written_and_makes_a_path_of_the_rest() -> None:
    assert location("postgresql://ann@db/team") == "postgresql://ann@db/team"
    assert location("postgres://ann@db/team") == "postgres://ann@db/team"
    assert location("acme.pmotmo") == Path("acme.pmotmo")


def test_an_address_is_shown_without_its_password_and_with_its_options() -> None:
    url = library.parse("postgres://ann:pa%40ss@db.example.org:5433/team?sslmode=require")
    assert url.drivername == "postgresql+psycopg" and url.password == "pa@ss"
    shown = library.display(url)
    assert shown == "postgresql://ann@db.example.org:5433/team?sslmode=require"
    socket = "postgresql://ann@/team?host=/run/postgresql&port=5433"
    assert files.location_label(socket) == socket
    assert files.location_label("postgresql://ann:secret@db/team") == "postgresql://ann@db/team"


@pytest.mark.parametrize(
    ("given", "words"),
    [
        ("postgresql://ann:secret@db:54x2/team", "not a valid library address"),
        ("postgresql://ann:secret@db.example.org", "name the database"),
        ("postgresql://ann:secret@db.example.org/", "name the database"),
    ],
)
def test_a_bad_address_is_one_line_without_its_password(given: str, words: str) -> None:
    with pytest.raises(WorkspaceError, match=words) as refused:
        files.open_file(given)
    assert "secret" not in str(refused.value) and "\n" not in str(refused.value)


def test_a_password_given_as_an_option_is_never_shown() -> None:
    url = library.parse("postgresql://ann@db/team?sslmode=require&password=hunter2")
    assert library.display(url) == "postgresql://ann@db/team?sslmode=require"
    assert "hunter2" not in files.location_label(
        "postgresql://ann@db/team?password=hunter2&sslpassword=k3y"
    )
    with pytest.raises(WorkspaceError, match="not a valid library address") as refused:
        files.open_file("postgresql://ann@db:54x2/team?password=hunter2")
    assert "hunter2" not in str(refused.value)
