"""The one way out for an audit's fetches: a CONNECT proxy on 127.0.0.1 that dials the address the guard
approved for a host, never a fresh DNS answer.

Without it, the guard resolves a host, approves it, and Playwright's fetch (in its node driver) resolves the
host again: a DNS server answering with a short TTL can give a public address to the first lookup and an
internal one to the second (DNS rebinding). Here the guard's answer is the one dialled.

Only CONNECT requests that carry the session's token are served. Playwright's fetch sends the token
pre-emptively (the context's proxy credentials); Chromium sends proxy credentials only after a 407, which
this proxy never sends, so whatever the browser would send on its own is refused, as by the dead proxy.
"""

from __future__ import annotations

import asyncio
import base64
import secrets
from collections.abc import Callable
from contextlib import suppress

MAX_HEAD_BYTES = 8192
CHUNK = 65536
USER = "qraudit"


class Egress:
    def __init__(self, pinned: Callable[[str], str | None], connect_timeout_s: float):
        self._pinned = pinned  # host -> the address the guard approved, or None
        self._connect_timeout_s = connect_timeout_s
        self._token = secrets.token_urlsafe(16)
        self._server: asyncio.base_events.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)

    @property
    def proxy(self) -> dict[str, str]:
        """Playwright's `proxy` option for the context."""
        assert self._server is not None, "start() first"
        port = self._server.sockets[0].getsockname()[1]
        return {"server": f"http://127.0.0.1:{port}", "username": USER, "password": self._token}

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    # ------------------------------------------------------------ one client
    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)
        try:
            await self._tunnel(reader, writer)
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, asyncio.TimeoutError):
            pass
        finally:
            if task is not None:
                self._tasks.discard(task)
            writer.close()

    async def _tunnel(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), self._connect_timeout_s)
        if len(head) > MAX_HEAD_BYTES:
            return await _reply(writer, 431, "Request Header Fields Too Large")
        lines = head.decode("latin-1").split("\r\n")
        method, _, target = lines[0].partition(" ")
        target = target.rpartition(" ")[0]
        headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
        if method != "CONNECT" or not self._authorised(headers.get("proxy-authorization", "")):
            return await _reply(writer, 403, "Forbidden")
        host, _, port = target.rpartition(":")
        host = host.strip("[]").rstrip(".").lower()
        address = self._pinned(host)
        if address is None or not port.isdigit():
            return await _reply(writer, 403, "Forbidden")
        try:
            up_reader, up_writer = await asyncio.wait_for(
                asyncio.open_connection(address, int(port)), self._connect_timeout_s
            )
        except (OSError, asyncio.TimeoutError):
            return  # hang up: the fetch then fails as a connection error would, not as an HTTP 502 page
        writer.write(b"HTTP/1.1 200 Connection Established\r\n\r\n")
        await writer.drain()
        try:
            await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))
        finally:
            up_writer.close()

    def _authorised(self, value: str) -> bool:
        scheme, _, encoded = value.partition(" ")
        if scheme.lower() != "basic":
            return False
        with suppress(ValueError):
            return secrets.compare_digest(base64.b64decode(encoded), f"{USER}:{self._token}".encode())
        return False


async def _pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
    try:
        while chunk := await source.read(CHUNK):
            sink.write(chunk)
            await sink.drain()
    finally:
        with suppress(OSError, RuntimeError):
            if sink.can_write_eof():
                sink.write_eof()


async def _reply(writer: asyncio.StreamWriter, status: int, reason: str) -> None:
    writer.write(f"HTTP/1.1 {status} {reason}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".encode())
    await writer.drain()
