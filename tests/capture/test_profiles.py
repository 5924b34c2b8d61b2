"""Device profiles are data, and the page sees a phone inside the app, not headless Linux."""

from __future__ import annotations

import json
from dataclasses import replace
from urllib.parse import urlsplit

import pytest

from qraudit.capture.profiles import get_profile, load_profiles
from qraudit.errors import InputError
from tests.capture.conftest import LOCAL, PINNED_HOST
from tests.support.server import Reply


def test_all_profiles_load_with_zh_cn_and_shanghai():
    profiles = load_profiles()
    assert set(profiles) == {"wechat-ios", "wechat-android", "alipay-ios", "alipay-android", "mobile-browser"}
    for profile in profiles.values():
        options = profile.context_options()
        assert options["locale"] == "zh-CN" and options["timezone_id"] == "Asia/Shanghai"
        assert options["permissions"] == [] and options["is_mobile"] and options["has_touch"]
    assert "MicroMessenger/8.0.47(0x18002f2c)" in profiles["wechat-ios"].user_agent
    assert "MicroMessenger/" in profiles["wechat-android"].user_agent
    assert "AliApp(AP/10.5.36.6000)" in profiles["alipay-ios"].user_agent
    assert "AlipayClient/10.5.36.6000" in profiles["alipay-android"].user_agent
    assert "MicroMessenger" not in profiles["mobile-browser"].user_agent


def test_unknown_profile_names_the_known_ones():
    with pytest.raises(InputError) as err:
        get_profile("wechat-symbian")
    assert "wechat-symbian" in err.value.one_line() and "wechat-ios" in err.value.one_line()


def _navigator(harness, site, profile: str) -> dict:
    server = site()
    snap = harness.capture(server.url("/navigator.html"), replace(LOCAL, profile=profile))[0]
    return json.loads(next(t.text for t in snap.texts if t.text.startswith("{")))


def test_wechat_ios_page_sees_an_iphone_in_wechat(harness, site):
    seen = _navigator(harness, site, "wechat-ios")
    assert seen["platform"] == "iPhone" and seen["vendor"] == "Apple Computer, Inc." and seen["touch"] == 5
    assert seen["webdriver"] is False and seen["uaData"] is None
    assert "MicroMessenger" in seen["ua"] and seen["lang"] == "zh-CN" and seen["tz"] == "Asia/Shanghai"
    assert seen["wechat"] == "object" and seen["alipay"] == "undefined"
    assert seen["width"] == 390


def test_android_profiles_look_like_android_webviews(harness, site):
    seen = _navigator(harness, site, "alipay-android")
    assert seen["platform"] == "Linux armv8l" and seen["vendor"] == "Google Inc." and seen["uaData"] == "Android"
    assert seen["alipay"] == "object" and seen["wechat"] == "undefined" and "AlipayClient" in seen["ua"]


def test_mobile_browser_has_no_app_bridges(harness, site):
    seen = _navigator(harness, site, "mobile-browser")
    assert seen["wechat"] == "undefined" and seen["alipay"] == "undefined" and "Safari" in seen["ua"]


def test_geolocation_is_denied_and_the_request_recorded(harness, site):
    server = site()

    async def body(session):
        snap = await session.goto(server.url("/navigator.html"))
        return snap, await session.page.evaluate("window.geoError")

    snap, code = harness.session_run(body)
    assert code == 1  # PERMISSION_DENIED
    assert [(c.bridge, c.method) for c in snap.bridge_calls] == [("navigator", "geolocation.getCurrentPosition")]


HINTS_PAGE = '<title>hints</title><img src="/pixel"><script src="/script.js"></script>'


def _hints_site(site):
    return site(
        {
            "/hints": lambda r: Reply(200, HINTS_PAGE),
            "/pixel": lambda r: Reply(200, b"", content_type="image/gif"),
            "/script.js": lambda r: Reply(200, "1", content_type="text/javascript"),
        }
    )


def _headers_seen(harness, site, profile: str) -> list[dict[str, str]]:
    server = _hints_site(site)
    harness.capture(server.url("/hints"), replace(LOCAL, profile=profile))
    seen = {r.route: r.headers for r in server.seen()}
    assert {"/hints", "/pixel", "/script.js"} <= set(seen)  # the document and its subresources
    return list(seen.values())


def test_an_iphone_profile_sends_no_client_hints(harness, site):
    # Safari and WKWebView send no sec-ch-ua headers; Chromium would send its own, "HeadlessChrome" included.
    for headers in _headers_seen(harness, site, "wechat-ios"):
        assert not [k for k in headers if k.startswith("sec-ch-ua")], headers
        assert "Headless" not in json.dumps(headers)


def test_an_android_profile_sends_the_client_hints_of_its_webview(harness, site):
    for headers in _headers_seen(harness, site, "wechat-android"):
        assert headers["sec-ch-ua"] == '"Chromium";v="116", "Not)A;Brand";v="24", "Android WebView";v="116"'
        assert headers["sec-ch-ua-mobile"] == "?1" and headers["sec-ch-ua-platform"] == '"Android"'
        assert "Headless" not in json.dumps(headers)


@pytest.mark.parametrize("profile", ["wechat-ios", "wechat-android"])
def test_the_har_logs_the_client_hints_that_were_sent(harness, site, profile, tmp_path):
    server = _hints_site(site)
    harness.capture(server.url("/hints"), replace(LOCAL, profile=profile, har=True), evidence_dir=tmp_path)
    sent = {r.route: {k: v for k, v in r.headers.items() if k.startswith("sec-ch-ua")} for r in server.seen()}
    entries = json.loads((tmp_path / "network.har").read_text(encoding="utf-8"))["log"]["entries"]
    logged = {
        urlsplit(e["request"]["url"]).path: {
            h["name"].lower(): h["value"] for h in e["request"]["headers"] if h["name"].lower().startswith("sec-ch-ua")
        }
        for e in entries
    }
    assert set(sent) == {"/hints", "/pixel", "/script.js"} <= set(logged)
    for path, headers in sent.items():
        assert logged[path] == headers, path


def test_an_insecure_origin_gets_no_client_hints_from_any_profile(harness, site, pinned_host):
    # Browsers send client hints to secure origins only (127.0.0.1 counts as one; a plain-http host does not).
    server = _hints_site(site)
    url = server.url("/hints").replace("127.0.0.1", PINNED_HOST)
    harness.capture(url, replace(LOCAL, profile="wechat-android", allow_hosts=frozenset({PINNED_HOST})))
    seen = {r.route: r.headers for r in server.seen()}
    assert {"/hints", "/pixel", "/script.js"} <= set(seen)
    assert [k for headers in seen.values() for k in headers if k.startswith("sec-ch-ua")] == []


def test_a_redirect_to_an_insecure_origin_carries_no_client_hints(harness, site, pinned_host):
    # The image starts on a secure origin (hints sent) and is redirected to plain http elsewhere (none).
    def page(request):
        elsewhere = server.url("/pixel").replace("127.0.0.1", PINNED_HOST)
        return Reply(200, f'<title>hints</title><img src="/moved?to={elsewhere}">')

    server = site(
        {
            "/page": page,
            "/moved": lambda r: Reply(302, b"", headers={"Location": r.query["to"][0]}),
            "/pixel": lambda r: Reply(200, b"", content_type="image/gif"),
        }
    )
    harness.capture(
        server.url("/page"), replace(LOCAL, profile="wechat-android", allow_hosts=frozenset({"127.0.0.1", PINNED_HOST}))
    )
    seen = {(r.route, r.headers.get("host", "").split(":")[0]): r.headers for r in server.seen()}
    assert "sec-ch-ua" in seen[("/moved", "127.0.0.1")]
    assert [k for k in seen[("/pixel", PINNED_HOST)] if k.startswith("sec-ch-ua")] == []


def test_profiles_command_lists_every_profile_the_audit_accepts():
    from typer.testing import CliRunner

    from qraudit.cli import app

    result = CliRunner().invoke(app, ["profiles", "--json"], catch_exceptions=False)
    assert result.exit_code == 0
    listed = {row["name"]: row for row in json.loads(result.output)}
    assert set(listed) == set(load_profiles()) and listed["wechat-ios"]["app"] == "wechat"
    table = CliRunner().invoke(app, ["profiles"], catch_exceptions=False)
    assert table.exit_code == 0 and "alipay-android" in table.output
