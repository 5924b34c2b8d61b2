"""The one way out for an audit's fetches: a CONNECT proxy on 127.0.0.1 that dials the addresses the guard
approved for a host, never a fresh DNS answer.

Without it, the guard resolves a host, approves it, and Playwright's fetch (in its node driver) resolves the
host again: a DNS server answering with a short TTL can give a public address to the first lookup and an
internal one to the second (DNS rebinding). Here the guard's answer is the one dialled.

Only CONNECT requests that carry the session's token are served. Playwright's fetch sends the token
pre-emptively (the context's proxy credentials); Chromium sends proxy credentials only after a 407, which
this proxy never sends, so whatever the browser would open on its own is refused.
"""

from __future__ import annotations

import asyncio
import base64
import secrets
from collections.abc import Callable, Sequence
from contextlib import suppress

MAX_HEAD_BYTES = 8192
CHUNK = 65536
USER = "qraudit"
DIAL_TIMEOUT_S = 5.0  # per address: the next approved address is tried after this


class Egress:
    def __init__(self, pinned: Callable[[str], Sequence[str]], connect_timeout_s: float):
        self._pinned = pinned  # host -> the addresses the guard approved, in resolver order; empty if none
        self._connect_timeout_s = connect_timeout_s
        self._token = secrets.token_urlsafe(16)
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._closing = False
        self._worked: dict[str, str] = {}  # host -> the approved address that last answered

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)

    @property
    def proxy(self) -> dict[str, str]:
        """Playwright's `proxy` option for the context."""
        assert self._server is not None, "start() first"
        port = self._server.sockets[0].getsockname()[1]
        return {"server": f"http://127.0.0.1:{port}", "username": USER, "password": self._token}

    async def close(self) -> None:
        """Stop listening and end every tunnel by closing its sockets (cancelling streams logs noise on 3.11)."""
        self._closing = True
        if self._server is not None:
            self._server.close()
        for writer in list(self._writers):
            writer.transport.abort()  # at once, even if a peer stopped reading
        if self._tasks:
            _, dialling = await asyncio.wait(list(self._tasks), timeout=1)
            for task in dialling:  # still connecting upstream: no stream to leave half-open yet
                task.cancel()
            if dialling:
                await asyncio.wait(dialling, timeout=5)

    # ------------------------------------------------------------ one client
    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if self._closing or task is None:
            writer.close()
            return
        self._tasks.add(task)
        self._writers.add(writer)
        try:
            await self._tunnel(reader, writer)
        except (TimeoutError, OSError, ValueError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        finally:
            self._tasks.discard(task)
            self._writers.discard(writer)
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
        host_text, _, port_text = target.rpartition(":")
        host = host_text.strip("[]").rstrip(".").lower()
        addresses = self._pinned(host)
        port = int(port_text) if port_text.isascii() and port_text.isdigit() else 0
        if not addresses or not 0 < port < 65536:
            return await _reply(writer, 403, "Forbidden")
        upstream = await self._dial(host, addresses, port)
        if upstream is None:
            return  # hang up: the fetch then fails as a connection error would, not as an HTTP 502 page
        up_reader, up_writer = upstream
        if self._closing:
            up_writer.transport.abort()
            return
        self._writers.add(up_writer)
        pipes: list[asyncio.Future[None]] = []
        try:
            writer.write(b"HTTP/1.1 200 Connection Established\r\n\r\n")
            await writer.drain()
            pipes = [asyncio.ensure_future(_pipe(reader, up_writer)), asyncio.ensure_future(_pipe(up_reader, writer))]
            # HTTP clients do not half-close: once either side is done, the tunnel is.
            await asyncio.wait(pipes, return_when=asyncio.FIRST_COMPLETED)
        finally:
            self._writers.discard(up_writer)
            up_writer.transport.abort()
            writer.close()  # flushes what the client has still to read, unless it stopped reading
            with suppress(OSError, asyncio.TimeoutError):
                await asyncio.wait_for(writer.wait_closed(), 5)
            writer.transport.abort()
        if pipes:
            await asyncio.wait(pipes, timeout=5)

    async def _dial(
        self, host: str, addresses: Sequence[str], port: int
    ) -> tuple[asyncio.StreamReader, asyncio.StreamWriter] | None:
        """Each approved address in turn, the last one that answered first (a dual-stack host's IPv6 answer
        may be unreachable from here, and should cost its timeout once, not on every tunnel)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self._connect_timeout_s
        worked = self._worked.get(host)
        first = [worked] if worked is not None and worked in addresses else []
        for address in first + [a for a in addresses if a != worked]:
            remaining = deadline - loop.time()
            if remaining <= 0:
                break
            with suppress(OSError, asyncio.TimeoutError):
                streams = await asyncio.wait_for(asyncio.open_connection(address, port), min(DIAL_TIMEOUT_S, remaining))
                self._worked[host] = address
                return streams
        return None

    def _authorised(self, value: str) -> bool:
        scheme, _, encoded = value.partition(" ")
        if scheme.lower() != "basic":
            return False
        with suppress(ValueError):
            return secrets.compare_digest(base64.b64decode(encoded), f"{USER}:{self._token}".encode())
        return False


async def _pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
    with suppress(OSError, RuntimeError):
        while chunk := await source.read(CHUNK):
            sink.write(chunk)
            await sink.drain()


async def _reply(writer: asyncio.StreamWriter, status: int, reason: str) -> None:
    writer.write(f"HTTP/1.1 {status} {reason}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".encode())
    await writer.drain()
