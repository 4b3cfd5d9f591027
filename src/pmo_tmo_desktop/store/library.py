"""A team library: the workspace schema in a PostgreSQL database, opened by its URL.

`postgresql://user@host[:port]/database` (or `postgres://…`) wherever a workspace file goes.
The same SQLAlchemy tables and the same Alembic migrations as a file; psycopg 3 through
SQLAlchemy's `postgresql+psycopg` dialect. Passwords are never stored: libpq reads
`~/.pgpass` and PGPASSWORD itself, and a caller may pass a way to ask for one. Every failure
to reach or use the database is one line naming the URL without its password, and leaves the
database as it was. What only a file has (backups, journal, lock, integrity check) is the
server's business: those operations say so in one line.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from sqlalchemy import create_engine, insert, inspect, text
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from pmo_tmo_desktop.domain.errors import WorkspaceError, WriteRefusedError
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.store import migrate
from pmo_tmo_desktop.store.editors import APPLICATION_NAME
from pmo_tmo_desktop.store.schema import metadata
from pmo_tmo_desktop.store.schema import workspace as workspace_table
from pmo_tmo_desktop.store.workspace import Workspace

SCHEMES = ("postgresql://", "postgres://")
CONNECT_TIMEOUT_S = 3
"""libpq's connect_timeout: an unreachable server is reported within five seconds."""

PasswordPrompt = Callable[[str], str | None]
"""Asked with the URL (without password) when the server wants a password none gave; None:
the user gave none."""


def is_library_address(location: object) -> bool:
    """True when `location` (a path or text) is a team library's URL rather than a file."""
    return isinstance(location, str) and location.lower().startswith(SCHEMES)


SECRET_OPTIONS = frozenset({"password", "sslpassword"})
"""Query options that carry a secret: never shown."""


def display(url: URL) -> str:
    """The URL as a user reads it: the scheme they know, never a password (neither the one
    before the host nor one given as an option)."""
    shown = url._replace(drivername="postgresql", password=None).difference_update_query(
        SECRET_OPTIONS
    )
    return unquote(shown.render_as_string(hide_password=False))


def _unreadable(location: str) -> str:
    """An address that could not be parsed, as a message may quote it: the part after the
    last "@" (no user or password), without any query (where options and secrets go)."""
    return location.split("@")[-1].split("?")[0]


def parse(location: str) -> URL:
    """The SQLAlchemy URL of a library address, or one line saying what is wrong with it."""
    try:
        url = make_url(location)
    except (ArgumentError, ValueError):
        raise WorkspaceError(
            translate(
                "Workspace",
                "{url}: not a valid library address (postgresql://user@host[:port]/database)",
            ).format(url=_unreadable(location))
        ) from None
    url = url.set(drivername="postgresql+psycopg")
    if not url.database:
        raise WorkspaceError(
            translate(
                "Workspace",
                "{url}: name the database (postgresql://user@host[:port]/database)",
            ).format(url=display(url))
        )
    return url


def _engine(url: URL, *, read_only: bool) -> Engine:
    try:
        import psycopg  # noqa: F401  (the driver; a clear message where it is missing)
    except ImportError:
        raise WorkspaceError(
            translate("Workspace", "{url}: PostgreSQL support (psycopg) is not installed").format(
                url=display(url)
            )
        ) from None
    # The URL's own server options (e.g. a search_path) are kept; a read-only open adds its own.
    given = url.query.get("options")
    options = [given] if isinstance(given, str) and given else list(given or ())
    if read_only:
        options.append("-c default_transaction_read_only=on")
    args: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT_S}
    if options:
        args["options"] = " ".join(options)
    if "application_name" not in url.query:  # one in the URL names the editor (store.editors)
        args["application_name"] = APPLICATION_NAME
    return create_engine(
        url.difference_update_query({"options"}),
        connect_args=args,
        pool_size=2,
        max_overflow=2,
    )


def _reason(exc: DBAPIError) -> str:
    """The driver's words on one line, without libpq's "connection failed:" preamble."""
    lines = [line.strip() for line in str(exc.orig).splitlines() if line.strip()]
    first = lines[0] if lines else type(exc.orig).__name__
    for prefix in ("connection failed:",):
        if first.startswith(prefix):
            first = first[len(prefix) :].strip()
    return first.replace("FATAL:  ", "").replace("FATAL: ", "")


def _needs_password(exc: DBAPIError) -> bool:
    return "no password supplied" in str(exc.orig)


def _cannot_connect(url: URL, exc: DBAPIError) -> WorkspaceError:
    return WorkspaceError(
        translate(
            "Workspace", "{url}: cannot open the library ({reason}); nothing was changed"
        ).format(url=display(url), reason=_reason(exc))
    )


def connect(
    location: str, *, read_only: bool = False, password: PasswordPrompt | None = None
) -> tuple[URL, Engine]:
    """An engine on the library at `location` whose first connection has worked (asking for a
    password through `password` where the server wants one and none is known)."""
    url = parse(location)
    engine = _engine(url, read_only=read_only)
    try:
        engine.connect().close()
    except DBAPIError as exc:  # refused, unreachable, or an option the server rejects
        engine.dispose()
        given = password(display(url)) if password and _needs_password(exc) else None
        if given is None:
            raise _cannot_connect(url, exc) from None
        url = url.set(password=given)
        engine = _engine(url, read_only=read_only)
        try:
            engine.connect().close()
        except DBAPIError as again:
            engine.dispose()
            raise _cannot_connect(url, again) from None
    return url, engine


def _revision(conn: Connection, url: URL) -> str | None:
    """The library's schema revision; None for an empty database. A database holding tables
    of something else is refused."""
    names = set(inspect(conn).get_table_names())
    if not names:
        return None
    row = None
    if "alembic_version" in names and "workspace" in names:
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    if row is None:
        raise WorkspaceError(
            translate(
                "Workspace",
                "{url}: not a PMO–TMO library (the database holds other tables); "
                "nothing was changed",
            ).format(url=display(url))
        )
    revision = str(row[0])
    if revision not in migrate.KNOWN_REVISIONS:
        raise WorkspaceError(
            translate(
                "Workspace",
                "{url} was written by a newer version of PMO–TMO Desktop (schema {found}); "
                "this version reads up to schema {head}. Update the app to open it; "
                "nothing was changed.",
            ).format(url=display(url), found=revision, head=migrate.HEAD)
        )
    return revision


_SCHEMA_LOCK = 0x504D544D
"""The advisory lock held while a library's schema is made or changed (one at a time)."""


def _upgrade(engine: Engine, url: URL) -> None:
    """Run the pending migrations in one transaction: PostgreSQL's DDL is transactional, so a
    failing migration leaves the library as it was."""
    with engine.connect() as conn, conn.begin():
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SCHEMA_LOCK})
        if _revision(conn, url) != migrate.HEAD:
            migrate.upgrade(conn)


def may_write(conn: Connection) -> bool:
    """Whether the connected user may change every table of the library (the editors' grants:
    INSERT, UPDATE and DELETE on the tables; a reader holds SELECT only)."""
    names = [t.name for t in metadata.sorted_tables]
    return bool(
        conn.execute(
            text(
                "SELECT bool_and(has_table_privilege(quote_ident(t), 'INSERT') "
                "AND has_table_privilege(quote_ident(t), 'UPDATE') "
                "AND has_table_privilege(quote_ident(t), 'DELETE')) "
                "FROM unnest(CAST(:names AS text[])) AS t"
            ),
            {"names": names},
        ).scalar()
    )


def current_user(conn: Connection) -> str:
    """Who is working: the server's user on a library, the system's on a file."""
    if conn.dialect.name == "postgresql":
        return str(conn.execute(text("SELECT current_user")).scalar())
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this user id (a container, a service)
        return ""


def refuse_writing(url: URL) -> WriteRefusedError:
    return WriteRefusedError(
        translate(
            "Workspace", "{url}: you may read this library but not change it; nothing was changed"
        ).format(url=display(url))
    )


class Library(Workspace):
    """An open team library; services use it exactly as they use a workspace file."""

    is_library = True

    def __init__(self, url: URL, engine: Engine, *, read_only: bool) -> None:
        # Not Workspace.__init__: a library has no file, lock, journal or integrity check.
        self.url = url
        self.address = display(url)
        self.path = Path(url.database or "library")
        """The database's name where a file name is shown (a default export name)."""
        self.read_only = read_only
        self._lock = None
        self.check = None
        self.wal = False
        self.generation = 0
        self._backed_up_generation = 0
        self.engine = engine
        self.closed = False

    @property
    def label(self) -> str:
        return self.address

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        """A consistent read: one snapshot (REPEATABLE READ, read only)."""
        self.refuse_if_closed()
        with (
            self.engine.connect().execution_options(
                isolation_level="REPEATABLE READ", postgresql_readonly=True
            ) as conn,
            conn.begin(),
        ):
            yield conn

    def not_applicable(self, what: str) -> WorkspaceError:
        return WorkspaceError(
            translate(
                "Workspace", "{url}: {what} is for workspace files; a team library has none"
            ).format(url=self.address, what=what)
        )

    def pragma(self, name: str) -> Any:
        raise self.not_applicable(
            translate("Workspace", "the SQLite setting {name}").format(name=name)
        )

    def backup(self, reason: str) -> Path | None:
        """None: a library's backups are the server's (its operator's dumps), not ours."""
        return None

    def backup_if_changed(self, keep: int = 0) -> Path | None:
        return None

    def copy_to(self, target: Path) -> None:
        raise self.not_applicable(translate("Workspace", "Save As"))

    def restore_from(self, backup: Path) -> None:
        raise self.not_applicable(translate("Workspace", "restoring a backup"))

    def close(self) -> None:
        self.closed = True
        self.engine.dispose()


def open_library(
    location: str, *, read_only: bool = False, password: PasswordPrompt | None = None
) -> Library:
    """Open the library at `location`; an older schema is upgraded first, a newer one, an
    empty database and a database of something else are refused (nothing changed)."""
    url, engine = connect(location, read_only=read_only, password=password)
    try:
        with engine.connect() as conn:
            revision = _revision(conn, url)
            writer = revision is None or read_only or may_write(conn)
        if revision is None:
            raise WorkspaceError(
                translate(
                    "Workspace",
                    "{url}: the database is empty, not a library yet; make it one with pmo-tmo new",
                ).format(url=display(url))
            )
        if revision != migrate.HEAD:  # upgraded even when it is then only read, as a file is
            upgrading = _engine(url, read_only=False)
            try:
                _upgrade(upgrading, url)
            finally:
                upgrading.dispose()
        if not writer:
            raise refuse_writing(url)
    except DBAPIError as exc:  # e.g. no right to read the tables, or to upgrade them
        engine.dispose()
        raise _cannot_connect(url, exc) from None
    except BaseException:
        engine.dispose()
        raise
    return Library(url, engine, read_only=read_only)


def create_library(
    location: str,
    name: str,
    organisation: str = "",
    raci_variant: str = "RACI",
    *,
    password: PasswordPrompt | None = None,
    fill: Callable[[Connection], None] | None = None,
) -> Library:
    """Make the empty database at `location` a library: the schema, then its one workspace
    row. A database holding any table is refused, and nothing is left half made.

    `fill`: writes the rows itself, the workspace row among them (a copy of another
    workspace), in the same transaction as the schema."""
    url, engine = connect(location, password=password)
    try:
        with engine.connect() as conn, conn.begin():
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SCHEMA_LOCK})
            if inspect(conn).get_table_names():
                raise WorkspaceError(
                    translate(
                        "Workspace",
                        "{url}: the database is not empty; a library is made in an empty "
                        "database, nothing was changed",
                    ).format(url=display(url))
                )
            migrate.upgrade(conn)
            if fill is not None:
                fill(conn)
            else:
                conn.execute(
                    insert(workspace_table).values(
                        id=1,
                        name=name,
                        organisation=organisation,
                        raci_variant=raci_variant,
                        created=datetime.now().replace(microsecond=0),
                    )
                )
    except DBAPIError as exc:
        engine.dispose()
        raise _cannot_connect(url, exc) from None
    except BaseException:
        engine.dispose()
        raise
    return Library(url, engine, read_only=False)
