"""Requests and the redirect chain of each step: HTTP, meta refresh and script hops, cookies, POST bodies."""

from __future__ import annotations

from tests.support.server import Reply


def test_redirect_chain_tells_http_meta_and_script_hops_apart(harness, site):
    routes = {
        "/a": lambda r: Reply(302, headers={"Location": "/b"}),
        "/b": lambda r: Reply(200, '<meta http-equiv="refresh" content="0;url=/c">'),
        "/c": lambda r: Reply(200, "<script>location.replace('/landing.html')</script>"),
    }
    server = site(routes)
    snap = harness.capture(server.url("/a"))[0]
    assert [(h.url.removeprefix(server.base_url), h.status, h.via) for h in snap.redirects] == [
        ("/a", 302, "http"),
        ("/b", 200, "http"),
        ("/c", 200, "meta"),
        ("/landing.html", 200, "script"),
    ]
    assert snap.title == "落地页"


def test_cookies_set_on_a_redirect_reach_the_next_hop(harness, site):
    routes = {
        "/login": lambda r: Reply(302, headers={"Location": "/me", "Set-Cookie": "sid=abc; Path=/"}),
        "/me": lambda r: Reply(200, f"<title>me</title><p>cookie {r.headers.get('cookie', 'none')}</p>"),
    }
    snap = harness.capture(site(routes).url("/login"))[0]
    assert "cookie sid=abc" in snap.visible_text and "sid@127.0.0.1" in snap.cookies


def test_post_bodies_and_third_party_flags(harness, site):
    page = """<title>t</title><script src="https://res.wx.qq.com/open/js/jweixin-1.6.0.js"></script>
    <script>fetch("/api/user", {method: "POST", body: JSON.stringify({phone: "13800000000"})})</script>"""
    seen = []
    server = site(
        {
            "/t": lambda r: Reply(200, page),
            "/api/user": lambda r: seen.append(r.body) or Reply(200, "{}", content_type="application/json"),
        }
    )
    snap = harness.capture(server.url("/t"))[0]
    api = next(r for r in snap.requests if r.url.endswith("/api/user"))
    assert (api.method, api.status, api.resource_type, api.third_party) == ("POST", 200, "fetch", False)
    assert api.post_data == '{"phone":"13800000000"}' and seen == [b'{"phone":"13800000000"}']
    sdk = next(r for r in snap.requests if "jweixin" in r.url)
    assert sdk.third_party and sdk.status == 200


def test_a_redirected_post_keeps_or_drops_its_body_as_a_browser_does(harness, site):
    # A script POSTs a form to /pay; 307 and 308 keep the POST and its body, 302 and 303 turn it into a GET.
    page = """<title>post</title><script>
      for (const code of ["307", "308", "302", "303"]) {
        fetch("/pay?code=" + code, {method: "POST", body: "plate=京A12345",
                                    headers: {"Content-Type": "application/x-www-form-urlencoded"}});
      }</script>"""
    routes = {
        "/page": lambda r: Reply(200, page),
        "/pay": lambda r: Reply(int(r.query["code"][0]), headers={"Location": f"/paid?after={r.query['code'][0]}"}),
        "/paid": lambda r: Reply(200, "ok", content_type="text/plain"),
    }
    server = site(routes)
    harness.capture(server.url("/page"))
    arrived = {r.query["after"][0]: r for r in server.seen() if r.route == "/paid"}
    assert set(arrived) == {"307", "308", "302", "303"}
    for kept in ("307", "308"):
        assert arrived[kept].method == "POST" and arrived[kept].body.decode() == "plate=京A12345", kept
        assert arrived[kept].headers["content-type"] == "application/x-www-form-urlencoded"
    for dropped in ("302", "303"):
        assert arrived[dropped].method == "GET" and arrived[dropped].body == b"", dropped
        assert "content-type" not in arrived[dropped].headers, dropped
