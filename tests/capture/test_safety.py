"""The guard: only http(s), no loopback/private/link-local/CGNAT/multicast/reserved address after DNS,
on the start URL, every redirect and every subresource. Proved with loopback only: 127.0.0.2 is "private"."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import replace

import pytest

from qraudit.capture.guard import Guard, address_problem
from qraudit.capture.options import CaptureOptions
from qraudit.errors import UnsafeTargetError
from qraudit.models import Action
from tests.capture.conftest import LOCAL, control
from tests.support.server import FixtureServer, Reply


@pytest.fixture
def private() -> Iterator[FixtureServer]:
    """A server on 127.0.0.2: whatever it sees is a request the guard let through."""
    with FixtureServer(
        routes={
            "/": lambda r: Reply(200, "<title>internal</title>secret"),
            "/pixel.png": lambda r: Reply(200, b"", content_type="image/png"),
        },
        host="127.0.0.2",
    ) as server:
        yield server


@pytest.mark.parametrize(
    "ip, reason",
    [
        ("127.0.0.2", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "link-local"),
        ("100.64.0.1", "CGNAT"),
        ("224.0.0.251", "multicast"),
        ("240.0.0.1", "private"),
        ("0.0.0.0", "special"),
        ("198.18.0.1", "special"),
        ("::1", "loopback"),
        ("fe80::1", "link-local"),
        ("fd00::1", "private"),
        ("ff02::1", "multicast"),
        ("::ffff:192.168.0.1", "private"),
    ],
)
def test_internal_addresses_are_refused(ip, reason):
    assert reason in address_problem(ip)


@pytest.mark.parametrize("ip", ["8.8.8.8", "114.114.114.114", "2400:3200::1"])
def test_public_addresses_pass(ip):
    assert address_problem(ip) is None


def _problem(url: str, **options) -> str | None:
    return asyncio.run(Guard(CaptureOptions(**options)).problem(url))


def test_guard_resolves_names_and_honours_the_allow_switches():
    assert "resolves to 127.0.0.1, a loopback address" in _problem("http://localhost:8080/")
    assert _problem("http://localhost:8080/", allow_hosts=frozenset({"localhost"})) is None
    assert _problem("http://127.0.0.2/", allow_hosts=frozenset({"127.0.0.1"})) is not None
    assert _problem("http://127.0.0.2/", allow_private_network=True) is None
    assert "scheme ftp" in _problem("ftp://127.0.0.1/", allow_private_network=True)
    assert "does not resolve" in _problem("http://no-such-host.invalid/")


@pytest.mark.parametrize("url", ["file:///etc/passwd", "data:text/html,<b>x</b>", "chrome://version", "javascript:1"])
def test_start_url_with_another_scheme_is_refused(harness, url):
    with pytest.raises(UnsafeTargetError) as err:
        harness.capture(url, replace(LOCAL, allow_private_network=True))
    assert "is not http or https" in err.value.one_line()


def test_private_start_url_is_refused_before_any_traffic(harness, private):
    with pytest.raises(UnsafeTargetError) as err:
        harness.capture(private.url("/"))
    assert "127.0.0.2" in err.value.one_line() and "loopback" in err.value.one_line()
    assert private.seen() == []


def test_allow_hosts_and_allow_private_network_let_it_through(harness, private):
    one = harness.capture(private.url("/"), replace(LOCAL, allow_hosts=frozenset({"127.0.0.2"})))[0]
    every = harness.capture(private.url("/"), replace(LOCAL, allow_hosts=frozenset(), allow_private_network=True))[0]
    assert one.title == every.title == "internal" and len(private.seen()) == 2


def test_subresources_to_a_private_address_are_blocked(harness, site, private):
    page = f"""<title>shop</title><img src="{private.url("/pixel.png")}"><iframe src="{private.url("/")}"></iframe>
    <script>fetch("{private.url("/api")}", {{method: "POST", body: "phone=138"}}).catch(() => {{}})</script>"""
    server = site({"/shop": lambda r: Reply(200, page)})
    snap = harness.capture(server.url("/shop"))[0]
    blocked = {r.resource_type: r.blocked for r in snap.requests if "127.0.0.2" in r.url}
    assert set(blocked) == {"image", "document", "fetch"}
    assert all("127.0.0.2 is a loopback address" in why for why in blocked.values())
    assert snap.error is None  # a refused subframe or image is evidence, not the end of the audit
    assert private.seen() == []


def test_server_redirect_of_the_document_to_a_private_address(harness, site, private):
    server = site({"/go": lambda r: Reply(302, headers={"Location": private.url("/")})})
    snap = harness.capture(server.url("/go"))[0]
    assert snap.error and "refused" in snap.error and "127.0.0.2" in snap.error
    assert [(h.status, h.via) for h in snap.redirects] == [(302, "http")]
    assert private.seen() == []


def test_server_redirect_of_a_subresource_to_a_private_address(harness, site, private):
    routes = {
        "/img": lambda r: Reply(302, headers={"Location": private.url("/pixel.png")}),
        "/page": lambda r: Reply(200, '<title>p</title><img src="/img">'),
    }
    server = site(routes)
    snap = harness.capture(server.url("/page"))[0]
    image = next(r for r in snap.requests if r.url.endswith("/img"))
    assert image.status == 302 and image.blocked.startswith(f"redirect to {private.url('/pixel.png')}")
    assert snap.error is None and private.seen() == []


def test_script_navigation_to_a_private_address(harness, site, private):
    server = site({"/js": lambda r: Reply(200, f"<script>location.href = '{private.url('/')}'</script>")})
    snap = harness.capture(server.url("/js"))[0]
    assert snap.error and "127.0.0.2" in snap.error and private.seen() == []


def test_links_to_file_data_and_chrome_go_nowhere(harness, site):
    server = site()
    first = harness.capture(server.url("/links.html"))[0]
    for text in ("数据链接", "本地文件", "浏览器页"):
        snap = harness.capture(server.url("/links.html"), actions=[Action("click", ref=control(first, text).ref)])[1]
        assert snap.url == server.url("/links.html") and snap.title == "链接" and snap.error is None, text


def test_acting_goto_is_guarded_too(harness, site, private):
    server = site()

    async def body(session):
        await session.goto(server.url("/landing.html"))
        with pytest.raises(UnsafeTargetError):
            await session.act(Action("goto", value=private.url("/")))
        return session.snapshots

    assert len(harness.session_run(body)) == 1 and private.seen() == []


def test_websocket_to_a_private_address_is_refused(harness, site, private):
    page = f"<title>ws</title><script>new WebSocket('{private.url('/').replace('http', 'ws')}socket')</script>"
    snap = harness.capture(site({"/ws": lambda r: Reply(200, page)}).url("/ws"))[0]
    (socket,) = [r for r in snap.requests if r.resource_type == "websocket"]
    assert "127.0.0.2 is a loopback address" in socket.blocked and private.seen() == []
