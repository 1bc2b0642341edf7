"""Request limits for the API: a cap on the size of a request body, and a per-client rate limit.

    >>> app.add_middleware(RequestLimits, max_body=2_000_000, rate=Rate.parse("1200/60"),
    ...                    write_rate=Rate.parse("60/60"))   # create_app does this

* A body larger than ``max_body`` bytes (``EVENTWIRE_MAX_REQUEST_BYTES``, default 2,000,000) is
  refused with 413 before the app reads it: by its Content-Length when given, else while it
  streams in (it is never held whole beyond the limit).
* Each client (its IP address as the server sees it) has a token bucket for all requests
  (``EVENTWIRE_RATE_LIMIT``, default ``1200/60``: 1,200 requests a minute, in bursts of up to
  1,200) and a smaller one for writes, POST requests, which run the extraction
  (``EVENTWIRE_WRITE_RATE_LIMIT``, default ``60/60``). Past it a request gets 429 with
  ``Retry-After``. ``0`` turns a limit off. Behind a reverse proxy every client looks the same:
  set the limits there instead.
"""
from __future__ import annotations

import json
import math
import os
import time
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

DEFAULT_MAX_BODY = 2_000_000
DEFAULT_RATE = "1200/60"
DEFAULT_WRITE_RATE = "60/60"
_MAX_CLIENTS = 10_000  # buckets kept; full ones are dropped first when there are more


@dataclass(frozen=True)
class Rate:
    requests: int
    seconds: float

    @classmethod
    def parse(cls, value: str | None) -> Rate | None:
        """``"N/S"`` (N requests per S seconds) or ``"N"`` (per minute); None or ``"0"`` for no limit."""
        if value is None or value.strip() in ("", "0"):
            return None
        count, _, seconds = value.strip().partition("/")
        try:
            rate = cls(int(count), float(seconds or 60))
        except ValueError:
            raise ValueError(f"a rate limit is N/SECONDS, e.g. 60/60, not {value!r}") from None
        if rate.requests <= 0 or rate.seconds <= 0:
            return None
        return rate


def env_rate(name: str, default: str) -> Rate | None:
    return Rate.parse(os.environ.get(name, default))


def env_max_body() -> int | None:
    value = os.environ.get("EVENTWIRE_MAX_REQUEST_BYTES", "")
    try:
        limit = int(value) if value.strip() else DEFAULT_MAX_BODY
    except ValueError:
        limit = DEFAULT_MAX_BODY
    return limit if limit > 0 else None


class _Buckets:
    def __init__(self, rate: Rate) -> None:
        self.rate = rate
        self.state: dict[str, tuple[float, float]] = {}  # client -> (tokens, when)

    def take(self, client: str) -> float:
        """0 when the client may go on, else the seconds until it may."""
        now = time.monotonic()
        per_second = self.rate.requests / self.rate.seconds
        tokens, when = self.state.get(client, (float(self.rate.requests), now))
        tokens = min(float(self.rate.requests), tokens + (now - when) * per_second)
        if tokens < 1:
            self.state[client] = (tokens, now)
            return (1 - tokens) / per_second
        self.state[client] = (tokens - 1, now)
        if len(self.state) > _MAX_CLIENTS:
            self._prune(now, per_second)
        return 0.0

    def _prune(self, now: float, per_second: float) -> None:
        full = [c for c, (t, w) in self.state.items() if t + (now - w) * per_second >= self.rate.requests]
        for client in full or list(self.state)[: len(self.state) // 2]:
            del self.state[client]


class _TooLarge(Exception):
    pass


class RequestLimits:
    """ASGI middleware: the body size cap and the per-client rate limits (see the module)."""

    def __init__(self, app: ASGIApp, *, max_body: int | None = DEFAULT_MAX_BODY, rate: Rate | None = None,
                 write_rate: Rate | None = None) -> None:
        self.app = app
        self.max_body = max_body
        self.all = _Buckets(rate) if rate else None
        self.writes = _Buckets(write_rate) if write_rate else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        client = (scope.get("client") or ("unknown", 0))[0]
        for buckets in (self.all, self.writes if scope["method"] in ("POST", "PUT", "PATCH", "DELETE") else None):
            wait = buckets.take(client) if buckets else 0.0
            if wait:
                await _refuse(send, 429, "too many requests; slow down", {"retry-after": str(math.ceil(wait))})
                return
        if self.max_body is None:
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None:
            try:
                declared = int(length)
            except ValueError:
                await _refuse(send, 400, "Content-Length is not a number")
                return
            if declared > self.max_body:
                await _refuse(send, 413, f"the request body is larger than {self.max_body:,} bytes")
                return
        # Read the body here, counting, so a body without Content-Length is cut off at the limit too.
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.max_body:
                await _refuse(send, 413, f"the request body is larger than {self.max_body:,} bytes")
                return
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


async def _refuse(send: Send, status: int, detail: str, headers: dict[str, str] | None = None) -> None:
    body = json.dumps({"detail": detail}).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(k.encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})
