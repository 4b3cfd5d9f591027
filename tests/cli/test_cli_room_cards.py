"""`pmo-tmo room cards`, run as a process: the name cards PDF, read back with pypdf."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from pmo_tmo_desktop.cli.room import default_base_url
from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.services import closing, entities, files, queries
from pmo_tmo_desktop.services import room as rooms
from tests.cli.test_cli import assert_refused, run
from tests.exchange.test_pdf_cards import all_text, expected_matrix, qr_codes_drawn, squeezed

BASE = "http://192.168.1.20:8765"
PEOPLE = (
    ("Ana <PMO> Ruiz", "PMO"),
    ("Ólafur & Sons", "TMO"),
    ("Ярослава Ковальчук", "TMO"),
    ("Zoë Ångström-Núñez", "PMO"),
    ("Bo Chen", "PMO"),
    ("Chidi Okafor", "TMO"),
    ("Dana Weiss", "PMO"),
    ("Eitan Levi", "TMO"),
    ("Fatima Zahra", "PMO"),
)


@dataclass(frozen=True)
class Workspace:
    path: Path
    named: int
    anonymous: int
    closed: int


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    path = tmp_path / "cards.pmotmo"
    ws = files.new(path, "empty")
    try:
        offices = {o.name: o.id for o in queries.offices(ws)}
        ids = []
        for title, anonymity in (
            ("Portfolio day", m.Anonymity.NAMED),
            ("Secret ballot", m.Anonymity.ANONYMOUS),
            ("Last year", m.Anonymity.NAMED),
        ):
            workshop = entities.create(
                ws, "workshop", title=title, anonymity=anonymity.value
            ).new_id
            for name, office in PEOPLE:
                entities.create(
                    ws, "participant", workshop_id=workshop, name=name, office_id=offices[office]
                )
            ids.append(workshop)
        closing.close_workshop(ws, ids[2])
    finally:
        ws.close()
    return Workspace(path, *ids)


def _codes(path: Path, workshop: int) -> tuple[str, list[tuple[str, str | None, str]]]:
    """The room code and (name, office shown, personal code) per participant, in order."""
    with files.open_file(path) as ws:
        room = rooms.open_room(ws, workshop)
        codes = rooms.passes(ws, workshop)
        seats = rooms.seats(ws, workshop)
    return room.code, [(s.name, s.office, codes[s.participant_id]) for s in seats]


def test_the_cards_carry_each_persons_name_office_code_link_and_qr_code(
    workspace: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "cards.pdf"
    result = run(
        "room", "cards", workspace.path, "--workshop", workspace.named, "--pdf", out, "--url", BASE
    )
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout
    room_code, people = _codes(workspace.path, workspace.named)
    text = all_text(out)
    flat = squeezed(text)
    links = [f"{BASE}/r/{room_code}/p/{code}" for _name, _office, code in people]
    for (name, office, code), link in zip(people, links, strict=True):
        assert name in text
        assert code in text
        assert link in flat
        assert office in text
    assert "Portfolio day" in text
    assert (
        squeezed("Scan with your phone's camera, or open the address and enter the code.") in flat
    )
    drawn = [qr.matrix for page in qr_codes_drawn(out) for qr in page]
    assert drawn == [expected_matrix(link) for link in links]
    assert len(PdfReader(out).pages) == 2


def test_an_anonymous_workshop_prints_no_office(workspace: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "cards.pdf"
    result = run(
        "room", "cards", workspace.path, "--workshop", workspace.anonymous, "--pdf", out,
        "--url", BASE + "/",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    room_code, people = _codes(workspace.path, workspace.anonymous)
    text = all_text(out)
    assert all(name in text and code in text for name, _office, code in people)
    assert "TMO" not in text and "PMO" not in text.replace("<PMO>", "")
    assert f"{BASE}/r/{room_code}/p/{people[0][2]}" in squeezed(text)


def test_without_url_the_links_point_where_the_room_would_listen(
    workspace: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "cards.pdf"
    result = run("room", "cards", workspace.path, "--workshop", workspace.named, "--pdf", out)
    assert result.returncode == 0, result.stderr
    room_code, people = _codes(workspace.path, workspace.named)
    link = f"{default_base_url()}/r/{room_code}/p/{people[0][2]}"
    assert default_base_url().endswith(":8765")
    assert link in squeezed(all_text(out))
    assert qr_codes_drawn(out)[0][0].matrix == expected_matrix(link)


@pytest.mark.parametrize("which", ["unknown", "closed"])
def test_an_unknown_or_closed_workshop_is_refused_and_nothing_is_written(
    workspace: Workspace, tmp_path: Path, which: str
) -> None:
    out = tmp_path / "cards.pdf"
    workshop = 999 if which == "unknown" else workspace.closed
    result = run("room", "cards", workspace.path, "--workshop", workshop, "--pdf", out)
    assert_refused(result, "999" if which == "unknown" else "Last year")
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("cards.pdf")) == []


def test_an_unwritable_out_is_refused_in_one_line(workspace: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "missing" / "cards.pdf"
    result = run("room", "cards", workspace.path, "--workshop", workspace.named, "--pdf", out)
    assert_refused(result, "cards.pdf")
    assert not out.parent.exists()


def test_a_bad_url_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "cards.pdf"
    for url in ("ftp://10.0.0.1", "http://10.0.0.1:8765/r/x", "10.0.0.1:8765"):
        result = run(
            "room", "cards", workspace.path, "--workshop", workspace.named, "--pdf", out,
            "--url", url,
        )  # fmt: skip
        assert_refused(result, "--url")
    assert not out.exists()


def test_room_help_names_both_forms() -> None:
    result = run("room", "--help")
    assert result.returncode == 0
    assert "room WORKSPACE --workshop ID" in result.stdout
    assert "room cards WORKSPACE --workshop ID --pdf OUT" in result.stdout
    cards = run("room", "cards", "--help")
    assert cards.returncode == 0 and "--url" in cards.stdout and "--bind" not in cards.stdout
    serve = run("room", "--workshop", "1")
    assert_refused(serve, "WORKSPACE")


def test_a_workshop_without_participants_has_no_cards(workspace: Workspace, tmp_path: Path) -> None:
    with files.open_file(workspace.path) as ws:
        empty = entities.create(ws, "workshop", title="Nobody yet").new_id
    out = tmp_path / "cards.pdf"
    result = run("room", "cards", workspace.path, "--workshop", empty, "--pdf", out)
    assert_refused(result, "Nobody yet")
    assert not out.exists()
