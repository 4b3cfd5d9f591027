"""A workshop checked out into a file for a session offline, run there, and checked in: on a
file and on a team library alike. While it is out the workshop is read-only where it came
from; a file that is not this library's current checkout of it is refused, nothing changed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pmo_tmo_desktop.domain.errors import UserError
from pmo_tmo_desktop.services import (
    checkout,
    closing,
    entities,
    files,
    pairwise,
    queries,
    room,
    workshops,
)
from pmo_tmo_desktop.services.files import Workspace
from pmo_tmo_desktop.store import workshop_rows
from tests.services.conftest import Setup


def _rows(ws: Workspace, workshop_id: int) -> dict[str, list[tuple[Any, ...]]]:
    """The workshop's records as they read, ids left out (rows made offline get new ones),
    and the rows' bookkeeping (version, who and when: the checkin is a change of its own)."""
    from pmo_tmo_desktop.store.schema import VERSION_COLUMNS

    found: dict[str, list[tuple[Any, ...]]] = {}
    with ws.reading() as conn:
        for name in workshop_rows.BROUGHT_BACK:
            rows = workshop_rows.rows_of(conn, name, workshop_id)
            found[name] = sorted(
                tuple(
                    str(v)
                    for k, v in sorted(r.items())
                    if not k.endswith("id") and k not in VERSION_COLUMNS
                )
                for r in rows
            )
    return found


def _library_state(ws: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    """Every table of the workspace, as it reads (for "nothing was changed")."""
    from sqlalchemy import select

    from pmo_tmo_desktop.store.schema import metadata

    with ws.reading() as conn:
        return {
            t.name: sorted(tuple(map(str, row)) for row in conn.execute(select(t)))
            for t in metadata.sorted_tables
        }


def _session(path: Path, s: Setup) -> None:
    """The session in the room, on the checked-out file: a round rated and closed, a
    decision, an action, the minutes and a participant who walked in."""
    with files.open_file(path) as ws:
        eve = entities.create(ws, "participant", workshop_id=s.workshop, name="Eve").new_id
        round_id = workshops.open_round(ws, s.workshop).value
        for person, value in ((s.ann, 8), (s.tom, 3), (eve, 5)):
            workshops.rate(ws, round_id, person, s.crm, s.fit, value)
            workshops.rate(ws, round_id, person, s.erp, s.risk, 2, comment="so-so")
        workshops.close_round(ws, s.workshop)
        workshops.decide(ws, s.crm, "approve", rationale="clear winner")
        entities.create(ws, "action_item", workshop_id=s.workshop, text="Plan the CRM pilot")
        item = entities.create(ws, "agenda_item", workshop_id=s.workshop, title="Scoring").new_id
        entities.edit(ws, "agenda_item", item, minutes="Ann and Tom agreed.")


def test_a_session_offline_comes_back_with_exactly_its_rows(setup: Setup, tmp_path: Path) -> None:
    lib = setup.ws
    mark = checkout.checkout(lib, setup.workshop, tmp_path / "room")
    assert (mark.file, mark.title) == ("room.pmotmo", "Q4 review")
    room_file = tmp_path / "room.pmotmo"
    _session(room_file, setup)
    with files.open_file(room_file, read_only=True) as offline:
        wanted = _rows(offline, setup.workshop)
    assert len(wanted["rating"]) == 6 and len(wanted["decision"]) == 1

    done = checkout.checkin(lib, room_file).value
    assert (done.workshop_id, done.counts["rating"], done.counts["participant"]) == (
        setup.workshop, 6, 3,
    )  # fmt: skip
    assert _rows(lib, setup.workshop) == wanted
    assert checkout.marks(lib) == {}
    entities.edit(lib, "proposal", setup.erp, cost=50)  # writable again
    with pytest.raises(UserError, match="already checked in"):
        checkout.checkin(lib, room_file)


def test_while_checked_out_the_workshop_is_read_only_and_says_who_has_it(
    setup: Setup, tmp_path: Path
) -> None:
    lib = setup.ws
    checkout.checkout(lib, setup.workshop, tmp_path / "room.pmotmo")
    before = _library_state(lib)
    who = "is checked out to room.pmotmo by .* since .*read-only here"
    changes = [
        lambda: entities.edit(lib, "proposal", setup.crm, cost=5),
        lambda: entities.create(lib, "participant", workshop_id=setup.workshop, name="Max"),
        lambda: entities.create(lib, "agenda_item", workshop_id=setup.workshop, title="Intro"),
        lambda: entities.edit(lib, "workshop", setup.workshop, title="Renamed"),
        lambda: entities.remove(lib, "criterion", setup.fit),
        lambda: workshops.open_round(lib, setup.workshop),
        lambda: workshops.decide(lib, setup.crm, "reject"),
        lambda: closing.close_workshop(lib, setup.workshop),
        lambda: room.open_room(lib, setup.workshop),
        lambda: pairwise.adopt_group_weights(lib, setup.workshop),
    ]
    for change in changes:
        with pytest.raises(UserError, match=who) as refused:
            change()
        assert "\n" not in str(refused.value)
    assert _library_state(lib) == before
    other = entities.create(lib, "workshop", title="Another").new_id  # others stay writable
    entities.create(lib, "participant", workshop_id=other, name="Max")
    with pytest.raises(UserError, match=r"already checked out to room\.pmotmo"):
        checkout.checkout(lib, setup.workshop, tmp_path / "again.pmotmo")
    assert not (tmp_path / "again.pmotmo").exists()


def test_a_rating_in_an_open_round_is_refused_while_checked_out(
    setup: Setup, tmp_path: Path
) -> None:
    lib = setup.ws
    round_id = workshops.open_round(lib, setup.workshop).value
    checkout.checkout(lib, setup.workshop, tmp_path / "room.pmotmo")
    with pytest.raises(UserError, match=r"checked out to room\.pmotmo"):
        workshops.rate(lib, round_id, setup.ann, setup.crm, setup.fit, 7)


def test_files_that_are_not_this_librarys_current_checkout_are_refused(
    setup: Setup, tmp_path: Path
) -> None:
    lib = setup.ws
    plain = tmp_path / "plain.pmotmo"
    files.new(plain, "empty").close()
    first = tmp_path / "first.pmotmo"
    checkout.checkout(lib, setup.workshop, first)
    stranger = tmp_path / "stranger.pmotmo"
    with files.new(tmp_path / "elsewhere.pmotmo", "empty") as elsewhere:
        made = entities.create(elsewhere, "workshop", title="Q4 review").new_id
        checkout.checkout(elsewhere, made, stranger)
    checkout.release(lib, setup.workshop)
    second = tmp_path / "second.pmotmo"
    checkout.checkout(lib, setup.workshop, second)
    before = _library_state(lib)
    refusals = {
        plain: "not a workshop checked out from a library",
        stranger: "not from this library",
        first: "no longer checked out to this file",
    }
    for path, words in refusals.items():
        with pytest.raises(UserError, match=words) as refused:
            checkout.checkin(lib, path)
        assert "nothing was changed" in str(refused.value)
    with pytest.raises(UserError, match=f"holds workshop {setup.workshop}, not workshop 99"):
        checkout.checkin(lib, second, 99)
    assert _library_state(lib) == before
    checkout.release(lib, setup.workshop)
    with pytest.raises(UserError, match="no longer checked out"):
        checkout.checkin(lib, second)
    with pytest.raises(UserError, match="is not checked out"):
        checkout.release(lib, setup.workshop)


@pytest.mark.file_only
def test_a_checked_out_file_cannot_be_checked_out_again_and_holds_only_its_workshop(
    setup: Setup, tmp_path: Path
) -> None:
    other = entities.create(setup.ws, "workshop", title="Another").new_id
    path = tmp_path / "room.pmotmo"
    checkout.checkout(setup.ws, setup.workshop, path)
    with files.open_file(path) as offline:
        with pytest.raises(UserError, match="check it in there"):
            checkout.checkout(offline, setup.workshop, tmp_path / "nested.pmotmo")
        entities.edit(offline, "proposal", setup.crm, cost=7)  # writable in the file
        assert [w.id for w in queries.workshops(offline)] == [setup.workshop]
    assert other != setup.workshop
