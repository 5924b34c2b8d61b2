"""Fetches dial the address the guard approved (no second DNS lookup to rebind), and nothing else gets out."""

from __future__ import annotations

import asyncio
import base64
from dataclasses import replace

from qraudit.capture import guard as guard_module
from qraudit.capture.egress import USER, Egress
from tests.capture.conftest import LOCAL
from tests.support.server import FixtureServer, Reply

# Reserved for testing (RFC 6761): no real resolver answers it, so a page loads only through the guard's answer.
PINNED_HOST = "checkout.qraudit.test"


def test_a_fetch_dials_the_guards_answer_not_a_second_lookup(harness, site, monkeypatch):
    server = site()
    original = guard_module.Guard._resolve
    lookups: list[str] = []

    async def resolve(self, host: str) -> list[str]:
        lookups.append(host)
        return ["127.0.0.1"] if host == PINNED_HOST else await original(self, host)

    monkeypatch.setattr(guard_module.Guard, "_resolve", resolve)
    url = server.url("/navigator.html").replace("127.0.0.1", PINNED_HOST)
    snap = harness.capture(url, replace(LOCAL, allow_hosts=frozenset({PINNED_HOST})))[0]
    assert snap.error is None and snap.title, snap.error  # no resolver but the guard's knows the host
    assert PINNED_HOST in lookups
    assert any(r.headers.get("host", "").startswith(PINNED_HOST) for r in server.seen())


async def _ask(port: int, request: bytes) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(request)
    await writer.drain()
    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
    if head.startswith(b"HTTP/1.1 200"):  # a tunnel: speak HTTP through it
        writer.write(b"GET /hello HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        await writer.drain()
        head += await asyncio.wait_for(reader.read(), 10)
    writer.close()
    return head


def test_the_egress_serves_only_token_bearing_connects_to_approved_hosts():
    with FixtureServer(routes={"/hello": lambda r: Reply(200, "tunnelled", content_type="text/plain")}) as server:
        port = server.base_url.rsplit(":", 1)[1]

        async def go() -> dict[str, bytes]:
            egress = Egress({"approved.test": "127.0.0.1"}.get, connect_timeout_s=5)
            await egress.start()
            proxy_port = int(egress.proxy["server"].rsplit(":", 1)[1])
            token = base64.b64encode(f"{USER}:{egress.proxy['password']}".encode()).decode()
            auth = f"Proxy-Authorization: Basic {token}\r\n".encode()
            wrong = base64.b64encode(f"{USER}:guess".encode())
            try:
                return {
                    "approved": await _ask(proxy_port, f"CONNECT approved.test:{port} HTTP/1.1\r\n".encode() + auth + b"\r\n"),
                    "no token": await _ask(proxy_port, f"CONNECT approved.test:{port} HTTP/1.1\r\n\r\n".encode()),
                    "wrong token": await _ask(proxy_port, f"CONNECT approved.test:{port} HTTP/1.1\r\n".encode()
                                              + b"Proxy-Authorization: Basic " + wrong + b"\r\n\r\n"),
                    "unapproved": await _ask(proxy_port, f"CONNECT 127.0.0.1:{port} HTTP/1.1\r\n".encode() + auth + b"\r\n"),
                    "plain GET": await _ask(proxy_port, f"GET http://approved.test:{port}/hello HTTP/1.1\r\n".encode()
                                            + auth + b"\r\n"),
                }
            finally:
                await egress.close()

        answers = asyncio.run(go())
    assert answers["approved"].startswith(b"HTTP/1.1 200") and answers["approved"].endswith(b"tunnelled")
    for name in ("no token", "wrong token", "unapproved", "plain GET"):
        assert answers[name].startswith(b"HTTP/1.1 403"), name
    assert [r.route for r in server.seen()] == ["/hello"]  # only the approved tunnel reached the server


def test_the_browsers_own_connections_are_refused_even_to_an_allowed_host(harness, site):
    # A WebSocket the guard allows is opened by Chromium itself, not by Playwright's fetch: the egress
    # proxy refuses it (no token), so it is recorded and never reaches the server.
    server = site({"/ws": lambda r: Reply(200, f"<title>ws</title><script>new WebSocket('{server.url('/').replace('http', 'ws')}socket')</script>")})
    snap = harness.capture(server.url("/ws"), replace(LOCAL, dwell_s=1.0))[0]
    (socket,) = [r for r in snap.requests if r.resource_type == "websocket"]
    assert socket.blocked is None  # the guard let it through...
    assert "/socket" not in [r.route for r in server.seen()]  # ...and the browser still could not connect
