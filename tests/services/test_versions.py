"""Row versions on both engines: every change bumps its row's version and names who made it;
a change made against a row someone else has changed since is refused, naming them, keeping
what was typed, writing nothing; undo refuses to undo over another's later change and steps
over one's own."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from pmo_tmo_desktop.domain.errors import StaleWriteError
from pmo_tmo_desktop.services import entities, files, methodology, queries, rows, versions
from pmo_tmo_desktop.services.files import Workspace
from pmo_tmo_desktop.store.editors import os_user
from tests.services.helpers import location
from tests.store.helpers import dump

CLOCK = r"\d\d:\d\d"


@contextlib.contextmanager
def maria(ws: Workspace) -> Iterator[Workspace]:
    """Someone else editing the same workspace: on a library a second connection named
    maria; on a file (one writer) the same connection under maria's editing session."""
    if ws.is_library:
        with files.open_file(location(ws) + "&application_name=maria") as other:
            yield other
        return
    mine = versions.session_of(ws)
    theirs = versions.Session()
    theirs.editor = "maria"
    versions._sessions[ws] = theirs
    try:
        yield ws
    finally:
        versions._sessions[ws] = mine


def _role(ws: Workspace, name: str) -> queries.m.Role:
    return next(r for r in queries.methodology(ws, every_cell=False).roles if r.name == name)


def _who(ws: Workspace, table: str, row_id: int) -> tuple[int, str, object]:
    t = rows.table(table)
    with ws.reading() as conn:
        found = conn.execute(
            select(t.c.version, t.c.changed_by, t.c.changed_at).where(t.c.id == row_id)
        ).one()
    return int(found[0]), str(found[1]), found[2]


def test_a_new_record_is_at_version_one_and_each_change_moves_it_on(workspace: Workspace) -> None:
    ws = workspace
    office = entities.create(ws, "office", name="Finance").new_id
    version, by, at = _who(ws, "office", office)
    assert version == 1 and at is not None
    if ws.is_library:  # no application name in the URL: the role connected
        assert by == location(ws).split("://")[1].split("@")[0]
    else:
        assert by == os_user()
    entities.edit(ws, "office", office, colour="#112233")
    assert _who(ws, "office", office)[0] == 2
    entities.edit(ws, "office", office, colour="#112233")  # nothing differs: nothing written
    assert _who(ws, "office", office)[0] == 2
    assert next(o for o in queries.offices(ws) if o.id == office).version == 2


def test_a_stale_edit_is_refused_naming_who_changed_it_and_nothing_is_written(
    workspace: Workspace,
) -> None:
    ws = workspace
    read = _role(ws, "Head of PMO")
    with maria(ws) as other:
        entities.edit(other, "role", read.id, description="Runs the PMO")
    before = dump(ws, versions=True)
    with pytest.raises(StaleWriteError) as refused:
        entities.edit(ws, "role", read.id, expected_version=read.version, name="Chief of PMO")
    assert re.fullmatch(
        f"Head of PMO was changed by maria at {CLOCK} since you read it; your value "
        "'Chief of PMO' was kept, nothing was saved",
        str(refused.value),
    )
    error = refused.value
    assert (error.table, error.row_id, error.values) == ("role", read.id, {"name": "Chief of PMO"})
    assert error.columns == ("name",) and error.changed_by == "maria"
    assert error.version == read.version + 1
    assert dump(ws, versions=True) == before
    # read again, the same edit goes in
    fresh = _role(ws, "Head of PMO")
    entities.edit(ws, "role", read.id, expected_version=fresh.version, name="Chief of PMO")
    assert _role(ws, "Chief of PMO").description == "Runs the PMO"


def test_a_stale_delete_is_refused(workspace: Workspace) -> None:
    ws = workspace
    read = _role(ws, "Head of PMO")
    with maria(ws) as other:
        entities.edit(other, "role", read.id, description="Runs the PMO")
    with pytest.raises(StaleWriteError, match=r"changed by maria .* nothing was deleted"):
        entities.remove(ws, "role", read.id, expected_version=read.version)
    assert _role(ws, "Head of PMO").description == "Runs the PMO"


def test_a_raci_cell_changed_since_it_was_read_is_refused_with_the_letters_typed(
    workspace: Workspace,
) -> None:
    ws = workspace
    cells = queries.methodology(ws).assignments
    (activity, role), letters = next(iter(queries.m.letters_of(cells).items()))
    empty = next(
        (a.id, r.id)
        for a in queries.methodology(ws, every_cell=False).activities
        for r in queries.methodology(ws, every_cell=False).roles
        if queries.letters(ws, [(a.id, r.id)])[(a.id, r.id)] == ""
    )
    read = queries.cell_versions(ws, [(activity, role), empty])
    assert read[empty] == 0 and read[(activity, role)] >= 1
    with maria(ws) as other:
        methodology.set_letters(other, [(activity, role, "C" if letters != "C" else "I")])
        methodology.set_letters(other, [(*empty, "I")])
    before = dump(ws, versions=True)
    with pytest.raises(StaleWriteError) as refused:
        methodology.set_letters(ws, [(activity, role, "A")], read)
    assert re.fullmatch(
        f"The cell .+ / .+ was changed by maria at {CLOCK} since you read it; your value 'A' "
        "was kept, nothing was saved",
        str(refused.value),
    )
    assert refused.value.values == {"letters": "A"}
    assert dict(refused.value.key) == {"activity_id": activity, "role_id": role}
    with pytest.raises(StaleWriteError, match="changed by maria"):  # empty when read
        methodology.set_letters(ws, [(*empty, "R")], read)
    assert dump(ws, versions=True) == before
    methodology.set_letters(ws, [(activity, role, "A")])  # no version named: the one read now
    assert queries.letters(ws, [(activity, role)])[(activity, role)] == "A"


def test_undo_is_refused_over_someone_elses_later_change(workspace: Workspace) -> None:
    ws = workspace
    role = _role(ws, "Head of PMO")
    renamed = entities.edit(ws, "role", role.id, name="Chief of PMO")
    with maria(ws) as other:
        entities.edit(other, "role", role.id, description="Runs the PMO")
    before = dump(ws, versions=True)
    with pytest.raises(StaleWriteError) as refused:
        rows.apply(ws, renamed.undo)
    assert re.fullmatch(
        f"This step cannot be undone: Chief of PMO was changed by maria at {CLOCK} since; "
        "nothing was changed",
        str(refused.value),
    )
    assert dump(ws, versions=True) == before


def test_redo_is_refused_over_someone_elses_change_of_what_the_undo_put_back(
    workspace: Workspace,
) -> None:
    ws = workspace
    role = _role(ws, "Head of PMO")
    removed = entities.remove(ws, "role", role.id)
    undone = rows.apply(ws, removed.undo)
    with maria(ws) as other:
        entities.edit(other, "role", role.id, description="Runs the PMO")
    with pytest.raises(StaleWriteError, match="cannot be undone: Head of PMO was changed by"):
        rows.apply(ws, undone.undo)
    assert _role(ws, "Head of PMO").description == "Runs the PMO"


def test_undo_steps_over_ones_own_later_changes(workspace: Workspace) -> None:
    ws = workspace
    role = _role(ws, "Head of PMO")
    first = entities.edit(ws, "role", role.id, name="Chief of PMO")
    second = entities.edit(ws, "role", role.id, description="Runs the PMO")
    rows.apply(ws, first.undo)  # over my own later edit: fine, only the name goes back
    back = _role(ws, "Head of PMO")
    assert back.description == "Runs the PMO"
    rows.apply(ws, second.undo)
    assert _role(ws, "Head of PMO").description == role.description
    created = entities.create(ws, "office", name="Finance")
    entities.edit(ws, "office", created.new_id, colour="#123456")
    rows.apply(ws, created.undo)  # the new office goes, my later edit of it with it
    assert "Finance" not in {o.name for o in queries.offices(ws)}
