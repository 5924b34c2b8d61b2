"""Fetches dial the address the guard approved (no second DNS lookup to rebind), and nothing else gets out."""

from __future__ import annotations

import asyncio
import base64
from dataclasses import replace

from qraudit.capture.egress import USER, Egress
from tests.capture.conftest import LOCAL, PINNED_HOST
from tests.support.server import FixtureServer, Reply


def test_a_fetch_dials_the_guards_answer_not_a_second_lookup(harness, site, pinned_host):
    server = site()
    url = server.url("/navigator.html").replace("127.0.0.1", PINNED_HOST)
    snap = harness.capture(url, replace(LOCAL, allow_hosts=frozenset({PINNED_HOST})))[0]
    assert snap.error is None and snap.title, snap.error  # no resolver but the guard's knows the host
    assert PINNED_HOST in pinned_host
    assert any(r.headers.get("host", "").startswith(PINNED_HOST) for r in server.seen())


async def _ask(port: int, request: bytes) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(request)
    await writer.drain()
    try:
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
    except asyncio.IncompleteReadError as hung_up:
        return hung_up.partial or b"(hung up)"
    if head.startswith(b"HTTP/1.1 200"):  # a tunnel: speak HTTP through it
        writer.write(b"GET /hello HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        await writer.drain()
        head += await asyncio.wait_for(reader.read(), 10)
    writer.close()
    return head


# Approved addresses: IPv6 loopback first, where nothing listens (a dual-stack host seen from an IPv4-only
# network), then the server's own; and one host whose only address has nobody listening.
APPROVED = {"approved.test": ("::1", "127.0.0.1"), "down.test": ("::1",)}


def test_the_egress_serves_only_token_bearing_connects_to_approved_hosts():
    with FixtureServer(routes={"/hello": lambda r: Reply(200, "tunnelled", content_type="text/plain")}) as server:
        port = server.base_url.rsplit(":", 1)[1]

        async def go() -> dict[str, bytes]:
            egress = Egress(lambda host: APPROVED.get(host, ()), connect_timeout_s=5)
            await egress.start()
            proxy_port = int(egress.proxy["server"].rsplit(":", 1)[1])
            token = base64.b64encode(f"{USER}:{egress.proxy['password']}".encode()).decode()
            auth = f"Proxy-Authorization: Basic {token}\r\n\r\n".encode()
            wrong = base64.b64encode(f"{USER}:guess".encode()).decode()

            def connect(target: str | bytes, credentials: bytes = auth) -> bytes:
                target = target if isinstance(target, bytes) else target.encode()
                return b"CONNECT " + target + b" HTTP/1.1\r\n" + credentials

            try:
                return {
                    "approved": await _ask(proxy_port, connect(f"approved.test:{port}")),
                    "no token": await _ask(proxy_port, connect(f"approved.test:{port}", b"\r\n")),
                    "wrong token": await _ask(
                        proxy_port,
                        connect(f"approved.test:{port}", f"Proxy-Authorization: Basic {wrong}\r\n\r\n".encode()),
                    ),
                    "unapproved": await _ask(proxy_port, connect(f"127.0.0.1:{port}")),
                    "plain GET": await _ask(
                        proxy_port, f"GET http://approved.test:{port}/hello HTTP/1.1\r\n".encode() + auth
                    ),
                    "odd port": await _ask(proxy_port, connect(b"approved.test:\xb2")),  # latin-1 '²', a digit to str
                    "huge port": await _ask(proxy_port, connect("approved.test:99999")),
                    "nobody there": await _ask(proxy_port, connect(f"down.test:{port}")),
                }
            finally:
                await egress.close()

        answers = asyncio.run(go())
    assert answers["approved"].startswith(b"HTTP/1.1 200") and answers["approved"].endswith(b"tunnelled")
    for name in ("no token", "wrong token", "unapproved", "plain GET", "odd port", "huge port"):
        assert answers[name].startswith(b"HTTP/1.1 403"), name
    assert answers["nobody there"] == b"(hung up)"  # a connection error for the fetch, not an HTTP page
    assert [r.route for r in server.seen()] == ["/hello"]  # only the approved tunnel reached the server


def test_closing_the_egress_ends_open_tunnels_at_once():
    with FixtureServer(routes={"/hello": lambda r: Reply(200, "x", content_type="text/plain")}) as server:
        port = server.base_url.rsplit(":", 1)[1]

        async def go() -> bytes:
            egress = Egress(lambda host: ("127.0.0.1",), connect_timeout_s=5)
            await egress.start()
            token = base64.b64encode(f"{USER}:{egress.proxy['password']}".encode()).decode()
            reader, writer = await asyncio.open_connection("127.0.0.1", int(egress.proxy["server"].rsplit(":", 1)[1]))
            writer.write(f"CONNECT any.test:{port} HTTP/1.1\r\nProxy-Authorization: Basic {token}\r\n\r\n".encode())
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)  # open, and idle
            await egress.close()
            rest = await asyncio.wait_for(reader.read(), 5)  # EOF now: the tunnel was closed, not left open
            writer.close()
            return head + rest

        assert asyncio.run(go()).startswith(b"HTTP/1.1 200")


def test_closing_the_egress_ends_a_tunnel_whose_server_stopped_reading():
    async def go() -> None:
        async def deaf(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await asyncio.sleep(60)  # accepts, never reads: the tunnel's writes back up

        server = await asyncio.start_server(deaf, "127.0.0.1", 0)
        egress = Egress(lambda host: ("127.0.0.1",), connect_timeout_s=5)
        await egress.start()
        token = base64.b64encode(f"{USER}:{egress.proxy['password']}".encode()).decode()
        reader, writer = await asyncio.open_connection("127.0.0.1", int(egress.proxy["server"].rsplit(":", 1)[1]))
        writer.write(
            f"CONNECT deaf.test:{server.sockets[0].getsockname()[1]} HTTP/1.1\r\n"
            f"Proxy-Authorization: Basic {token}\r\n\r\n".encode()
        )
        await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
        for _ in range(64):  # 32 MiB: more than any socket buffer holds
            writer.write(b"x" * 2**19)
            await asyncio.sleep(0)
        await asyncio.sleep(0.5)
        await asyncio.wait_for(egress.close(), 3)  # a tunnel stuck in drain() is aborted, not waited for
        writer.transport.abort()
        server.close()

    asyncio.run(go())


def test_the_browsers_own_connections_are_refused_even_to_an_allowed_host(harness, site):
    # A WebSocket the guard allows is opened by Chromium itself, not by Playwright's fetch: the egress
    # proxy refuses it (no token), so it is recorded and never reaches the server.
    def page(request):
        socket_url = server.url("/socket").replace("http", "ws")
        return Reply(
            200,
            f"<title>open</title><script>const ws = new WebSocket('{socket_url}');"
            "ws.onclose = () => { document.title = 'closed'; };</script>",
        )

    server = site({"/ws": page})
    snap = harness.capture(server.url("/ws"), replace(LOCAL, dwell_s=1.0))[0]
    (socket,) = [r for r in snap.requests if r.resource_type == "websocket"]
    assert socket.blocked is None  # the guard let it through...
    assert snap.title == "closed"  # ...the browser tried, and its connection was refused...
    assert "/socket" not in [r.route for r in server.seen()]  # ...before reaching the server
