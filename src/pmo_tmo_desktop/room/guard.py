"""The room's outermost layer: a rate limit per client address, the security headers on
every answer and `Cache-Control: no-store` on every /api/ answer, and the JSON error answer
they share with the endpoints (`app`).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from pmo_tmo_desktop.i18n import LANGUAGES, speaking, translate

SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (
        b"content-security-policy",
        b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        b"connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
)

_REPLACED = frozenset(k for k, _ in SECURITY_HEADERS)


def error_response(status: int, code: str, message: str) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse({"error": code, "message": message}, status_code=status, headers=headers)


# -- rate limit ------------------------------------------------------------------------------


@dataclass
class _Bucket:
    tokens: float
    stamp: float


@dataclass
class RateLimiter:
    """A token bucket per client address: `rate` requests a second, bursts of `burst`."""

    rate: float
    burst: float
    buckets: dict[str, _Bucket] = field(default_factory=dict)
    clock: Callable[[], float] = time.monotonic

    def allow(self, address: str) -> bool:
        now = self.clock()
        bucket = self.buckets.get(address)
        if bucket is None:
            if len(self.buckets) >= 4096:
                self._forget_full(now)
            bucket = self.buckets[address] = _Bucket(self.burst, now)
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.stamp) * self.rate)
        bucket.stamp = now
        if bucket.tokens < 1.0:
            return False
        bucket.tokens -= 1.0
        return True

    def retry_after(self, address: str) -> int:
        bucket = self.buckets.get(address)
        missing = 1.0 - (bucket.tokens if bucket else 0.0)
        return max(1, math.ceil(missing / self.rate)) if self.rate > 0 else 60

    def _forget_full(self, now: float) -> None:
        for address, bucket in list(self.buckets.items()):
            if bucket.tokens + (now - bucket.stamp) * self.rate >= self.burst:
                del self.buckets[address]


# -- middleware --------------------------------------------------------------------------------


class Guard:
    """Outermost layer of ours: the rate limit, the security headers, no-store on /api/."""

    def __init__(self, app: ASGIApp, limiter: RateLimiter) -> None:
        self.app = app
        self.limiter = limiter

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        api = "/api/" in str(scope.get("path", ""))

        async def guarded(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (k, v)
                    for k, v in message.get("headers", [])
                    if k.lower() not in _REPLACED and not (api and k.lower() == b"cache-control")
                ]
                headers.extend(SECURITY_HEADERS)
                if api:
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        client = scope.get("client")
        address = str(client[0]) if client else "-"
        with speaking(_language(scope)):
            if not self.limiter.allow(address):
                response = error_response(
                    429,
                    "too-many-requests",
                    translate("Room", "Too many requests; please wait a moment and try again."),
                )
                response.headers["Retry-After"] = str(self.limiter.retry_after(address))
                await response(scope, receive, guarded)
                return
            await self.app(scope, receive, guarded)


def _language(scope: Scope) -> str | None:
    """The first language of the request's Accept-Language that the application speaks; the
    page sends the one it shows, so a participant's messages come in the page's language."""
    for name, value in scope.get("headers", []):
        if name.lower() == b"accept-language":
            accepted: str = value.decode("latin-1")  # ASGI headers are byte pairs
            for part in accepted.split(","):
                wanted = part.split(";")[0].strip().lower()[:2]
                if wanted in LANGUAGES:
                    return wanted
            return None
    return None
