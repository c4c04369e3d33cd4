"""Request bodies over ``settings.max_request_bytes`` get a 413 problem.

A pure ASGI middleware, so a chunked upload is cut off while it streams: when Content-Length
is absent (or lies) the bytes are counted as they arrive, and the app sees a disconnect once
the limit is passed instead of buffering the rest.
"""

from __future__ import annotations

import contextlib

import orjson
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from jobsift.api.problems import PROBLEM_MEDIA_TYPE, problem_body


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            await _send_too_large(send, self.max_bytes)
            return
        await _Guard(self, receive, send).run(scope)


class _Guard:
    """One request's byte count; once over the limit it answers 413 and mutes the app."""

    def __init__(self, limit: BodyLimitMiddleware, receive: Receive, send: Send) -> None:
        self.limit = limit
        self.inner_receive = receive
        self.inner_send = send
        self.seen = 0
        self.rejected = False
        self.started = False

    async def run(self, scope: Scope) -> None:
        try:
            await self.limit.app(scope, self.receive, self.send)
        except Exception:
            # The app failed because we cut its body off; the 413 is already the answer.
            if not self.rejected:
                raise

    async def receive(self) -> Message:
        message = await self.inner_receive()
        if message["type"] != "http.request" or self.rejected:
            return message
        self.seen += len(message.get("body", b""))
        if self.seen <= self.limit.max_bytes:
            return message
        self.rejected = True
        if not self.started:
            await _send_too_large(self.inner_send, self.limit.max_bytes)
        return {"type": "http.disconnect"}

    async def send(self, message: Message) -> None:
        if self.rejected:
            return
        if message["type"] == "http.response.start":
            self.started = True
        await self.inner_send(message)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            with contextlib.suppress(ValueError):
                return int(value)
    return None


async def _send_too_large(send: Send, max_bytes: int) -> None:
    body = orjson.dumps(
        problem_body(
            413,
            "E413",
            f"the request body is larger than {max_bytes} bytes",
            hint="send fewer postings per request, or raise JOBSIFT_MAX_REQUEST_BYTES",
        )
    )
    headers = [
        (b"content-type", PROBLEM_MEDIA_TYPE.encode()),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
    ]
    await send({"type": "http.response.start", "status": 413, "headers": headers})
    await send({"type": "http.response.body", "body": body})
