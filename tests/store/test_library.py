"""Team libraries on PostgreSQL: the same migrations and tables as a file, opened and checked by
URL, refused when they are not ours or are newer, and copied to and from files without loss."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from pmo_tmo_desktop.domain.errors import ValidationError, WorkspaceError
from pmo_tmo_desktop.services import entities, files, queries, workshops
from pmo_tmo_desktop.store import library, migrate
from pmo_tmo_desktop.store.schema import metadata
from tests import pg_server as pg
from tests.store.helpers import dump, dump_file
from tests.store.test_migrations import ROWS

pytestmark = pytest.mark.usefixtures("pg_server")


def _engine(url: str) -> Engine:
    return create_engine(library.parse(url), poolclass=None)


def _tables(url: str) -> dict[str, object]:
    """What the database holds, read apart from the app: its tables and schema revision."""
    engine = _engine(url)
    try:
        with engine.connect() as conn:
            names = sorted(
                conn.execute(
                    text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
                ).scalars()
            )
            revision = (
                conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                if "alembic_version" in names
                else None
            )
        return {"tables": names, "revision": revision}
    finally:
        engine.dispose()


def test_the_migrations_make_on_postgresql_the_tables_the_app_queries(
    libraries: pg.Libraries,
) -> None:
    url = libraries.empty_database()
    files.new(url, "empty").close()
    engine = _engine(url)
    try:
        with engine.connect() as conn:
            differences = compare_metadata(MigrationContext.configure(conn), metadata)
            indexes = conn.execute(
                text("SELECT indexdef FROM pg_indexes WHERE indexname LIKE 'ux_%' ORDER BY 1")
            ).scalars()
            partial = [i for i in indexes if "WHERE" in i]
    finally:
        engine.dispose()
    assert differences == []
    assert len(partial) == 2, "one open round per workshop, one admitted device per person"
    assert _tables(url)["revision"] == migrate.HEAD


def test_the_rules_the_triggers_hold_hold_on_postgresql(libraries: pg.Libraries) -> None:
    url = libraries.empty_database()
    with files.new(url, "light") as ws:
        workshop = entities.create(ws, "workshop", title="Review").new_id
        other = entities.create(ws, "workshop", title="Other").new_id
        person = entities.create(ws, "participant", workshop_id=workshop, name="Ann").new_id
        stranger = entities.create(ws, "participant", workshop_id=other, name="Bo").new_id
        fit = entities.create(
            ws, "criterion", workshop_id=workshop, name="Fit", scale_min=1, scale_max=5
        ).new_id
        crm = entities.create(ws, "proposal", workshop_id=workshop, title="CRM").new_id
        rnd = workshops.open_round(ws, workshop).new_id
        with ws.transaction() as conn, pytest.raises(Exception, match="outside the criterion"):
            conn.execute(
                text(
                    "INSERT INTO rating (round_id, participant_id, proposal_id, criterion_id, "
                    "value, comment, entered_by, entered_at) "
                    "VALUES (:r, :p, :x, :c, 9, '', 'self', now())"
                ),
                {"r": rnd, "p": person, "x": crm, "c": fit},
            )
        with pytest.raises(ValidationError, match="rating belongs to another workshop"):
            workshops.rate(ws, rnd, stranger, crm, fit, 3)
        workshops.rate(ws, rnd, person, crm, fit, 5)
        with pytest.raises(ValidationError, match="outside the new scale"):
            entities.edit(ws, "criterion", fit, scale_max=4)
        activity = queries.methodology(ws).activities[0]
        role = queries.methodology(ws).roles[0]
        with (
            pytest.raises(IntegrityError, match="ck_assignment_letters"),
            ws.transaction() as conn,
        ):
            conn.execute(
                text("INSERT INTO assignment VALUES (:a, :r, 'RX')"),
                {"a": activity.id, "r": role.id},
            )
        assert [r.value for r in queries.workshop(ws, workshop).ratings] == [5.0]


def test_a_library_at_the_baseline_is_upgraded_on_open_keeping_every_row(
    libraries: pg.Libraries,
) -> None:
    url = libraries.empty_database()
    engine = _engine(url)
    try:
        with engine.connect() as conn, conn.begin():
            migrate.upgrade(conn, "0001_baseline")
            for statement in ROWS.replace("1, 1, 1, 1, 'closed'", "1, 1, 1, true, 'closed'").split(
                ";"
            ):
                if statement.strip():
                    conn.execute(text(statement))
    finally:
        engine.dispose()
    with files.open_file(url, read_only=True) as ws:
        assert _tables(url)["revision"] == migrate.HEAD
        data = queries.workshop(ws, 1)
        assert [(r.participant_id, r.value) for r in data.ratings] == [(1, 8.0), (2, 4.0)]
        assert data.workshop.dissent_threshold == 0.3
        assert queries.methodology(ws).info.name == "Old Acme"


def test_every_migration_goes_down_and_up_again_on_postgresql(libraries: pg.Libraries) -> None:
    url = libraries.empty_database()
    files.new(url, "light").close()
    engine = _engine(url)
    try:
        for older in reversed(migrate.KNOWN_REVISIONS[:-1]):
            with engine.connect() as conn, conn.begin():
                migrate.downgrade(conn, older)
        with engine.connect() as conn, conn.begin():
            assert conn.execute(text("SELECT count(*) FROM role")).scalar() > 0
            migrate.upgrade(conn)
    finally:
        engine.dispose()
    assert _tables(url)["revision"] == migrate.HEAD
    with files.open_file(url) as ws:
        entities.create(ws, "workshop", title="After the round trip")


def test_a_newer_library_is_refused_and_left_as_it_was(libraries: pg.Libraries) -> None:
    url = libraries.empty_database()
    files.new(url, "empty").close()
    engine = _engine(url)
    try:
        with engine.connect() as conn, conn.begin():
            conn.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    finally:
        engine.dispose()
    before = _tables(url)
    with pytest.raises(WorkspaceError, match="newer version") as refused:
        files.open_file(url)
    assert "\n" not in str(refused.value) and "0099_future" in str(refused.value)
    assert _tables(url) == before


def test_a_database_that_is_not_a_library_is_refused_and_left_as_it_was(
    libraries: pg.Libraries,
) -> None:
    url = libraries.empty_database()
    with pytest.raises(WorkspaceError, match="empty, not a library"):
        files.open_file(url)
    engine = _engine(url)
    try:
        with engine.connect() as conn, conn.begin():
            conn.execute(text("CREATE TABLE invoices (id integer PRIMARY KEY)"))
    finally:
        engine.dispose()
    with pytest.raises(WorkspaceError, match="not a PMO–TMO library"):
        files.open_file(url)
    with pytest.raises(WorkspaceError, match="not empty"):
        files.new(url, "empty")
    assert _tables(url) == {"tables": ["invoices"], "revision": None}


def test_what_only_a_file_has_is_refused_in_one_line_for_a_library(
    libraries: pg.Libraries, tmp_path: Path
) -> None:
    url = libraries.empty_database()
    with files.new(url, "empty") as ws:
        assert ws.is_library and ws.backup("before-import") is None
        assert files.list_backups(ws) == [] and files.timed_backup(ws) is None
        assert files.verify(ws)["schema"] == migrate.HEAD
        for refused in (
            lambda: ws.pragma("journal_mode"),
            lambda: files.save_as(ws, tmp_path / "copy.pmotmo"),
            lambda: files.restore(ws, tmp_path / "backup.pmotmo"),
        ):
            with pytest.raises(WorkspaceError, match="a team library has none") as error:
                refused()
            assert "\n" not in str(error.value)
    assert not (tmp_path / "copy.pmotmo").exists()


def test_a_library_opened_read_only_cannot_be_changed(libraries: pg.Libraries) -> None:
    url = libraries.empty_database()
    files.new(url, "empty").close()
    with files.open_file(url, read_only=True) as ws:
        with pytest.raises(WorkspaceError, match="read-only"):
            entities.create(ws, "phase", name="Nope")
        with pytest.raises(Exception, match="read-only transaction"), ws.engine.begin() as conn:
            conn.execute(
                text("INSERT INTO phase (name, description, position) VALUES ('x', '', 0)")
            )
    with files.open_file(url, read_only=True) as ws:
        assert queries.methodology(ws).phases == ()


def test_a_workspace_copied_to_a_library_and_back_is_the_same_row_for_row(
    libraries: pg.Libraries, demo_path: Path, tmp_path: Path
) -> None:
    url = libraries.empty_database()
    counts = files.copy(demo_path, url)
    assert counts["rating"] > 100 and counts["workspace"] == 1
    back = tmp_path / "back.pmotmo"
    files.copy(url, back)
    assert dump_file(back, versions=True) == dump_file(demo_path, versions=True)

    with files.open_file(url) as ws:  # ids were kept; new rows get fresh ones
        before = dump(ws)
        made = entities.create(ws, "office", name="Finance").new_id
        assert made == max(o.id for o in queries.offices(ws))
        assert made > max(row[0] for row in before["office"])
    with pytest.raises(WorkspaceError, match="not empty"):
        files.copy(demo_path, url)
    with pytest.raises(WorkspaceError, match="already exists"):
        files.copy(url, back)
    assert dump_file(back, versions=True) == dump_file(demo_path, versions=True)


def test_a_library_whose_making_fails_halfway_is_an_empty_database_again(
    libraries: pg.Libraries, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pmo_tmo_desktop.services import templates

    applied = templates.apply_template

    def half(ws: files.Workspace, template: str) -> None:
        applied(ws, template)
        raise OSError("the connection went away")

    monkeypatch.setattr(templates, "apply_template", half)
    url = libraries.empty_database()
    with pytest.raises(OSError, match="went away"):
        files.new(url, "light")
    assert _tables(url) == {"tables": [], "revision": None}
    engine = _engine(url)
    try:
        with engine.connect() as conn:
            functions = conn.execute(
                text(
                    "SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                    "WHERE n.nspname = 'public'"
                )
            ).scalar()
    finally:
        engine.dispose()
    assert functions == 0, "the trigger functions went too"
    monkeypatch.setattr(templates, "apply_template", applied)
    with files.new(url, "light") as ws:
        assert queries.methodology(ws).phases


def test_the_address_s_own_server_options_hold_beside_a_read_only_open(
    libraries: pg.Libraries,
) -> None:
    """`options=` in the URL (e.g. a search path or a time limit) reaches the server, also
    where the app adds its own read-only option; an option the server rejects is one line."""
    url = libraries.empty_database()
    files.new(url, "empty").close()
    with_options = f"{url}{'&' if '?' in url else '?'}options=-c%20statement_timeout%3D4321"
    for read_only in (False, True):
        ws = files.open_file(with_options, read_only=read_only)
        try:
            with ws.reading() as conn:
                assert conn.execute(text("SHOW statement_timeout")).scalar() == "4321ms"
                shown = conn.execute(text("SHOW default_transaction_read_only")).scalar()
                assert shown == ("on" if read_only else "off")
        finally:
            ws.close()
    with pytest.raises(WorkspaceError, match="cannot open the library") as refused:
        files.open_file(f"{url}{'&' if '?' in url else '?'}no_such_option=1")
    assert "\n" not in str(refused.value)


def test_a_library_is_made_whole_or_not_at_all(
    libraries: pg.Libraries, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`new` and the demo are made in a file aside and copied in with the schema in one
    transaction: a failure half-way leaves the database as empty as it was."""
    from pmo_tmo_desktop.services import demo, templates

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the disk filled up")

    url = libraries.empty_database()
    monkeypatch.setattr(templates, "apply_template", broken)
    with pytest.raises(RuntimeError):
        files.new(url, "light")
    assert _tables(url) == {"tables": [], "revision": None}
    monkeypatch.undo()
    monkeypatch.setattr(demo, "put_workshop", broken)
    with pytest.raises(RuntimeError):
        demo.create_demo(url)
    assert _tables(url) == {"tables": [], "revision": None}
    monkeypatch.undo()
    made = demo.create_demo(url)
    try:
        assert [w.title for w in queries.workshops(made)]
    finally:
        made.close()
