"""The room's web application: the participants' page and its JSON API.

Every rule lives in `services.room`; this module only speaks HTTP. Service calls run in a
thread pool (`run_in_threadpool`), a few at a time, so the event loop never waits on SQLite.
Every answer carries the security headers; every /api/ answer `Cache-Control: no-store`
(both `guard`'s, as is the rate limit).
Errors are JSON `{"error": code, "message": one line}`; an unexpected one is logged under
"pmo_tmo_desktop.room" and answered with 500 `{"error": "internal"}`, never a traceback.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import anyio
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from pmo_tmo_desktop.domain.errors import NotFoundError, UserError
from pmo_tmo_desktop.i18n import translate
from pmo_tmo_desktop.resources import resource
from pmo_tmo_desktop.room import page_texts
from pmo_tmo_desktop.room.guard import Guard, RateLimiter, error_response
from pmo_tmo_desktop.services import room, room_ballot, room_weights
from pmo_tmo_desktop.services.files import Workspace

logger = logging.getLogger("pmo_tmo_desktop.room")

T = TypeVar("T")
WorkspaceProvider = Callable[[], Workspace]

MAX_BODY = 4096
"""Bytes a request body may hold; more is answered with 413, whatever Content-Length says."""

PAGE = "index.html"
ASSETS: Mapping[str, str] = {
    "index.html": "text/html; charset=utf-8",
    "room.js": "text/javascript; charset=utf-8",
    "weights.js": "text/javascript; charset=utf-8",
    "room.css": "text/css; charset=utf-8",
}
"""The only files ever served from resources/room/, with their content types."""

TEXTS = "texts.js"
"""The page's strings in every language, made from the compiled translations (page_texts)."""

_CODE = re.compile(r"[0-9A-Za-z]{1,32}")
_TOKEN_MAX = 256


class Refused(Exception):
    """An answer other than success, decided here (not by the services)."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code


# -- shared state ------------------------------------------------------------------------------


@dataclass
class RoomShared:
    """What the requests of one application share: the workspace, the limits, the state."""

    ws_provider: WorkspaceProvider
    workshop_id: int | None
    limiter: RateLimiter
    database: anyio.Semaphore
    poll: float
    ping: float
    max_streams: int
    closing: bool = False
    streams: int = 0
    states: dict[int, tuple[float, dict[str, Any]]] = field(default_factory=dict)
    state_lock: anyio.Lock = field(default_factory=anyio.Lock)
    rated: int = 0
    """Ratings saved from devices so far (a new one, a changed one or one taken back alike):
    the desktop compares it between two looks instead of reading the ratings."""
    rated_lock: threading.Lock = field(default_factory=threading.Lock)

    def note_rated(self) -> None:
        with self.rated_lock:
            self.rated += 1

    async def call(self, work: Callable[[Workspace], T]) -> T:
        """Run one service call in the thread pool, a few at a time (the workspace's
        connection pool is small; waiting here costs no thread and no connection)."""
        async with self.database:
            return await run_in_threadpool(lambda: work(self.ws_provider()))

    async def state(self, workshop_id: int) -> dict[str, Any]:
        """`services.room_ballot.state`, read at most once per poll interval for every stream."""
        async with self.state_lock:
            now = time.monotonic()
            cached = self.states.get(workshop_id)
            if cached is not None and now - cached[0] < self.poll * 0.8:
                return cached[1]
            found = await self.call(lambda ws: room_ballot.state(ws, workshop_id))
            self.states[workshop_id] = (time.monotonic(), found)
            return found


def shared(app: Starlette) -> RoomShared:
    found: RoomShared = app.state.room
    return found


def begin_shutdown(app: Starlette) -> None:
    """End every event stream soon, so that the server can stop without waiting on them."""
    shared(app).closing = True


# -- helpers -----------------------------------------------------------------------------------


def _endpoint(
    handler: Callable[[Request], Awaitable[Response]],
) -> Callable[[Request], Awaitable[Response]]:
    """Turn every refusal into its JSON answer and anything unexpected into a logged 500."""

    async def answer(request: Request) -> Response:
        try:
            return await handler(request)
        except Refused as refused:
            return error_response(refused.status, refused.code, str(refused))
        except room.RoomRefused as refused:
            return error_response(refused.status, refused.code, str(refused))
        except NotFoundError as missing:
            return error_response(404, "not-found", str(missing))
        except UserError as invalid:
            return error_response(400, "invalid", str(invalid))
        except ClientDisconnect:
            return Response(status_code=400)
        except Exception:
            logger.exception("room: %s %s failed", request.method, request.url.path)
            return _internal()

    answer.__name__ = handler.__name__
    return answer


def _internal() -> JSONResponse:
    return error_response(
        500, "internal", translate("Room", "Something went wrong on the facilitator's laptop.")
    )


async def _http_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    if status == 404:
        return error_response(404, "not-found", translate("Room", "Nothing here."))
    if status == 405:
        return error_response(405, "method-not-allowed", translate("Room", "Not allowed here."))
    return error_response(status, "bad-request", translate("Room", "This request is not valid."))


async def _unexpected(request: Request, exc: Exception) -> Response:
    logger.error("room: %s %s failed", request.method, request.url.path, exc_info=exc)
    return _internal()


def _code(request: Request) -> str:
    code = str(request.path_params["code"])
    if not _CODE.fullmatch(code):
        raise _unknown_room()
    return code


def _unknown_room() -> Refused:
    return Refused(404, "unknown-room", translate("Room", "There is no room with this code."))


def _bad_request(message: str) -> Refused:
    return Refused(400, "bad-request", message)


def _token(request: Request) -> str:
    """The device token from `Authorization: Bearer <token>` (a cookie never authorises)."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token or len(token) > _TOKEN_MAX:
        raise _not_signed_in()
    return token


def _not_signed_in() -> Refused:
    return Refused(
        401,
        "unknown-token",
        translate("Room", "This device is not known in the room; choose your name again."),
    )


async def _json_body(request: Request) -> dict[str, Any]:
    """The request's JSON object, read with a cap of MAX_BODY bytes whatever the headers say."""
    if "application/json" not in request.headers.get("content-type", "").lower():
        raise Refused(415, "not-json", translate("Room", "Send JSON (application/json)."))
    too_large = Refused(413, "too-large", translate("Room", "The request is too large."))
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise _bad_request(translate("Room", "This request is not valid."))
        if int(declared) > MAX_BODY:
            raise too_large
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            raise too_large
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise _bad_request(translate("Room", "The request is not valid JSON.")) from exc
    if not isinstance(data, dict):
        raise _bad_request(translate("Room", "The request is not valid JSON."))
    return data


def _whole(data: Mapping[str, Any], name: str) -> int:
    value = data.get(name)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _bad_request(
            translate("Room", "{field}: a whole number is needed").format(field=name)
        )
    return value


def _text(data: Mapping[str, Any], name: str) -> str | None:
    value = data.get(name)
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > 64:
        raise _bad_request(translate("Room", "{field}: a short text is needed").format(field=name))
    return value


def _label(request: Request) -> str:
    """A short description of the device, for the facilitator's list."""
    agent = request.headers.get("user-agent", "")
    return "".join(ch for ch in agent if ch.isprintable())[:120]


# -- endpoints ---------------------------------------------------------------------------------


class _Handlers:
    def __init__(self, share: RoomShared, folder: Callable[[], Path]) -> None:
        self.share = share
        self.folder = folder
        self.texts = page_texts.script()

    def room_of(self, ws: Workspace, code: str) -> room.RoomInfo:
        """The room with this code, if this application serves it."""
        info = room.room_by_code(ws, code)
        if info is None or (
            self.share.workshop_id is not None and info.workshop_id != self.share.workshop_id
        ):
            raise _unknown_room()
        return info

    def device_in(self, ws: Workspace, info: room.RoomInfo, token: str) -> None:
        """Refuse a token of another workshop's room as if it were unknown."""
        if room.device_for(ws, token).workshop_id != info.workshop_id:
            raise _not_signed_in()

    async def file(self, name: str) -> Response:
        if name == TEXTS:
            return Response(
                self.texts, media_type=ASSETS["room.js"], headers={"Cache-Control": "no-cache"}
            )
        kind = ASSETS.get(name)
        if kind is None:
            raise Refused(404, "not-found", translate("Room", "Nothing here."))
        path = self.folder() / name

        def read() -> bytes | None:
            try:
                return path.read_bytes()
            except (FileNotFoundError, NotADirectoryError):
                return None

        content = await run_in_threadpool(read)
        if content is None:
            raise Refused(404, "not-found", translate("Room", "Nothing here."))
        return Response(content, media_type=kind, headers={"Cache-Control": "no-cache"})

    async def page(self, request: Request) -> Response:
        code = _code(request)
        await self.share.call(lambda ws: self.room_of(ws, code))
        return await self.file(PAGE)

    async def asset(self, request: Request) -> Response:
        return await self.file(str(request.path_params["name"]))

    async def seats(self, request: Request) -> Response:
        code = _code(request)

        def work(ws: Workspace) -> dict[str, Any]:
            info = self.room_of(ws, code)
            return {
                "workshop": {"id": info.workshop_id, "title": info.title},
                "codes_required": info.codes_required,
                "seats": [
                    {"id": s.participant_id, "name": s.name, "office": s.office, "taken": s.taken}
                    for s in room.seats(ws, info.workshop_id)
                ],
            }

        return JSONResponse(await self.share.call(work))

    async def claim(self, request: Request) -> Response:
        code = _code(request)
        data = await _json_body(request)
        label = _label(request)
        pass_code = _text(data, "pass")
        participant = 0 if pass_code is not None else _whole(data, "participant_id")
        personal = None if pass_code is not None else _text(data, "code")

        def work(ws: Workspace) -> room.Claim:
            info = self.room_of(ws, code)
            if pass_code is not None:
                return room.claim_by_pass(ws, info.workshop_id, pass_code, label=label)
            return room.claim(ws, info.workshop_id, participant, personal, label=label)

        made = await self.share.call(work)
        return JSONResponse(
            {
                "token": made.token,
                "state": made.state,
                "participant": {"id": made.participant_id, "name": made.name},
            },
            status_code=201,
        )

    async def ballot(self, request: Request) -> Response:
        code = _code(request)
        token = _token(request)

        def work(ws: Workspace) -> dict[str, Any]:
            info = self.room_of(ws, code)
            found = room_ballot.ballot(ws, token)
            if found["workshop"]["id"] != info.workshop_id:
                raise _not_signed_in()
            return found

        return JSONResponse(await self.share.call(work))

    async def rating(self, request: Request) -> Response:
        code = _code(request)
        token = _token(request)
        data = await _json_body(request)
        proposal = _whole(data, "proposal_id")
        criterion = _whole(data, "criterion_id")
        cant_judge = data.get("cant_judge", False)
        if not isinstance(cant_judge, bool):
            raise _bad_request(translate("Room", "cant_judge: true or false"))
        value = data.get("value")

        def work(ws: Workspace) -> dict[str, Any]:
            info = self.room_of(ws, code)
            self.device_in(ws, info, token)
            saved = room_ballot.rate(ws, token, proposal, criterion, value, cant_judge=cant_judge)
            self.share.note_rated()
            return saved

        return JSONResponse(await self.share.call(work))

    async def judgement(self, request: Request) -> Response:
        """One pairwise judgement of the device's own: {"criterion_a", "criterion_b", "value"}
        (how many times a outweighs b on Saaty's scale; null takes the answer back)."""
        code = _code(request)
        token = _token(request)
        data = await _json_body(request)
        a = _whole(data, "criterion_a")
        b = _whole(data, "criterion_b")
        if "value" not in data:
            raise _bad_request(translate("Room", "value: a number or null is needed"))
        value = data["value"]

        def work(ws: Workspace) -> dict[str, Any]:
            info = self.room_of(ws, code)
            self.device_in(ws, info, token)
            return room_weights.judge(ws, token, a, b, value)

        return JSONResponse(await self.share.call(work))

    async def state(self, request: Request) -> Response:
        code = _code(request)

        def work(ws: Workspace) -> dict[str, Any]:
            return room_ballot.state(ws, self.room_of(ws, code).workshop_id)

        return JSONResponse(await self.share.call(work))

    async def events(self, request: Request) -> Response:
        code = _code(request)
        info = await self.share.call(lambda ws: self.room_of(ws, code))
        share = self.share
        if share.streams >= share.max_streams:
            return error_response(
                503, "busy", translate("Room", "Too many open pages; please try again shortly.")
            )
        return StreamingResponse(
            self.stream(info.workshop_id),
            media_type="text/event-stream",
            headers={"X-Accel-Buffering": "no"},
        )

    async def stream(self, workshop_id: int) -> AsyncIterator[str]:
        """`event: state` whenever the round's version changes; a comment now and then."""
        share = self.share
        share.streams += 1
        try:
            yield "retry: 3000\n\n"
            version: object = None
            quiet_since = time.monotonic()
            while not share.closing:
                try:
                    current = await share.state(workshop_id)
                except Exception:
                    logger.exception("room: the state of workshop %s failed", workshop_id)
                    return  # the browser reconnects on its own
                if current.get("version") != version:
                    version = current.get("version")
                    yield f"event: state\ndata: {json.dumps(current)}\n\n"
                    quiet_since = time.monotonic()
                elif time.monotonic() - quiet_since >= share.ping:
                    yield ": ping\n\n"
                    quiet_since = time.monotonic()
                waited = 0.0
                while waited < share.poll and not share.closing:
                    step = min(0.1, share.poll - waited)
                    await anyio.sleep(step)
                    waited += step
        finally:
            share.streams -= 1


def make_app(
    ws_provider: WorkspaceProvider,
    *,
    workshop_id: int | None = None,
    rate: float = 20.0,
    burst: float = 60.0,
    poll: float = 0.5,
    ping: float = 15.0,
    max_streams: int = 256,
    database_calls: int = 2,
    assets: Callable[[], Path] | None = None,
) -> Starlette:
    """The room's application. `ws_provider` gives the open workspace (a callable so the host
    may continue in another file); `workshop_id` limits it to that workshop's room (other
    rooms' codes and tokens are unknown here); `rate`/`burst` the per-address token bucket;
    `database_calls` how many service calls run at once."""
    share = RoomShared(
        ws_provider=ws_provider,
        workshop_id=workshop_id,
        limiter=RateLimiter(rate, burst),
        database=anyio.Semaphore(database_calls),
        poll=poll,
        ping=ping,
        max_streams=max_streams,
    )
    handlers = _Handlers(share, assets or (lambda: resource("room")))
    e = _endpoint
    routes = [
        Route("/r/{code}", e(handlers.page), methods=["GET"]),
        Route("/r/{code}/p/{pass_code}", e(handlers.page), methods=["GET"]),
        Route("/assets/{name}", e(handlers.asset), methods=["GET"]),
        Route("/r/{code}/api/seats", e(handlers.seats), methods=["GET"]),
        Route("/r/{code}/api/claim", e(handlers.claim), methods=["POST"]),
        Route("/r/{code}/api/ballot", e(handlers.ballot), methods=["GET"]),
        Route("/r/{code}/api/rating", e(handlers.rating), methods=["PUT"]),
        Route("/r/{code}/api/judgement", e(handlers.judgement), methods=["POST"]),
        Route("/r/{code}/api/state", e(handlers.state), methods=["GET"]),
        Route("/r/{code}/api/events", e(handlers.events), methods=["GET"]),
    ]
    app = Starlette(
        routes=routes,
        middleware=[Middleware(Guard, limiter=share.limiter)],
        exception_handlers={HTTPException: _http_error, Exception: _unexpected},
    )
    app.state.room = share
    return app
