"""The room server: uvicorn in a daemon thread with its own event loop.

`RoomServer(ws, workshop_id).start()` opens the workshop's room, binds the address itself
(port 0 picks a free port, so `.url` names the real one), serves until `.stop()`, and
afterwards nothing listens on that port. Service calls run in a thread pool, so neither this
loop nor the caller's (the desktop app's Qt loop) ever waits on SQLite.
"""

from __future__ import annotations

import errno
import logging
import socket
import threading
import time
from typing import Any

import uvicorn

from pmo_tmo_desktop.domain.errors import UserError
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.room.app import begin_shutdown, make_app, shared
from pmo_tmo_desktop.services import room
from pmo_tmo_desktop.services.files import Workspace

logger = logging.getLogger("pmo_tmo_desktop.room")

START_TIMEOUT = 10.0
_WILDCARDS = frozenset({"", "0.0.0.0", "::"})


class RoomAddressError(UserError):
    """The room cannot listen there: the port is taken, or the address is not this machine's."""


def address_text(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on (host, port); port 0 lets the system choose a free one."""
    where = address_text(host, port)
    if not 0 <= port <= 65535:
        raise RoomAddressError(
            translate("Room", "{address}: not a port number").format(address=where)
        )
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
    except (socket.gaierror, UnicodeError) as exc:
        raise RoomAddressError(
            translate("Room", "{address}: not an address of this machine").format(address=where)
        ) from exc
    sock = socket.socket(family, kind, proto)
    try:
        if hasattr(socket, "SO_EXCLUSIVEADDRUSE"):  # Windows: nobody else may take the port
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
        else:  # restart at once on the same port; a port someone listens on stays refused
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            text = translate("Room", "{address}: the port is already in use")
        elif exc.errno == errno.EADDRNOTAVAIL:
            text = translate("Room", "{address}: not an address of this machine")
        elif exc.errno == errno.EACCES:
            text = translate("Room", "{address}: not allowed to listen on this port")
        else:
            text = "{address}: " + (exc.strerror or str(exc)).replace("{", "{{").replace("}", "}}")
        raise RoomAddressError(text.format(address=where)) from exc
    return sock


def lan_address() -> str:
    """This machine's address on its main network (nothing is sent), else the loopback."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("10.255.255.255", 1))
            return str(probe.getsockname()[0])
    except OSError:
        return "127.0.0.1"


class RoomServer:
    """The room of one workshop, served over HTTP from a worker thread.

    `options` go to `room.app.make_app` (rate, burst, poll, ping, max_streams, ...).
    """

    def __init__(
        self,
        ws: Workspace,
        workshop_id: int,
        host: str = "127.0.0.1",
        port: int = 0,
        **options: Any,
    ) -> None:
        self.ws = ws
        self.workshop_id = workshop_id
        self.host = host
        self.port = port
        self.options = options
        self.info: room.RoomInfo | None = None
        self._sock: socket.socket | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._failure: BaseException | None = None
        self._app: Any = None

    # -- what the participants are told ----------------------------------------------------

    @property
    def code(self) -> str:
        if self.info is None:
            raise RuntimeError("the room server has not started")
        return self.info.code

    @property
    def base_url(self) -> str:
        host = lan_address() if self.host in _WILDCARDS else self.host
        return "http://" + address_text(host, self.port)

    @property
    def url(self) -> str:
        """The room's address: http://HOST:PORT/r/CODE."""
        return f"{self.base_url}/r/{self.code}"

    def link(self, pass_code: str) -> str:
        """A participant's personal link."""
        return f"{self.url}/p/{pass_code}"

    @property
    def ratings_saved(self) -> int:
        """How many ratings devices have saved in this room so far (changed ones too)."""
        return 0 if self._app is None else shared(self._app).rated

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # -- life --------------------------------------------------------------------------------

    def start(self) -> room.RoomInfo:
        """Open the room, listen, and return once connections are served. Raises a UserError
        (unknown or closed workshop, address in use or not of this machine)."""
        if self._thread is not None:
            raise RuntimeError("the room server is already running")
        self.info = room.open_room(self.ws, self.workshop_id)
        sock = bind(self.host, self.port)
        self.port = int(sock.getsockname()[1])
        ws = self.ws
        self._app = make_app(lambda: ws, workshop_id=self.workshop_id, **self.options)
        config = uvicorn.Config(
            self._app,
            loop="asyncio",
            http="h11",
            ws="none",
            lifespan="off",
            log_config=None,
            access_log=False,
            proxy_headers=False,
            server_header=False,
            limit_concurrency=1024,
            timeout_keep_alive=5,
            timeout_graceful_shutdown=5,
        )
        server = uvicorn.Server(config)
        self._sock, self._server, self._failure = sock, server, None
        self._thread = threading.Thread(target=self._serve, name="room-server", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the room server did not start: {self._failure!r}")
            time.sleep(0.01)
        logger.info("room %s of workshop %s at %s", self.code, self.workshop_id, self.url)
        return self.info

    def _serve(self) -> None:
        assert self._server is not None and self._sock is not None
        try:
            self._server.run(sockets=[self._sock])  # its own loop; no signal handlers here
        except BaseException as exc:  # also uvicorn's SystemExit on a failed start
            self._failure = exc
            logger.error("the room server stopped: %r", exc, exc_info=exc)

    def stop(self, timeout: float = 10.0) -> None:
        """Stop serving: open event streams end, requests in flight finish (their ratings
        are committed), the thread ends and the port is free again."""
        thread, server = self._thread, self._server
        if self._app is not None:
            begin_shutdown(self._app)
        if server is not None:
            server.should_exit = True
        if thread is not None:
            thread.join(timeout)
            if thread.is_alive() and server is not None:
                server.force_exit = True
                thread.join(5.0)
        if self._sock is not None:
            self._sock.close()
        self._thread = self._server = self._sock = None

    def __enter__(self) -> RoomServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
