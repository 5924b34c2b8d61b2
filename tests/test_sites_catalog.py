"""The fixture corpus of checkout sites: labels valid, coverage as promised, pages served, walls really enforced."""

from __future__ import annotations

import http.client
import json
import re
from collections import Counter
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit

import pytest

from tests.sites.catalog import (
    BLIND_SITES,
    KINDS,
    LANGS,
    VERDICTS,
    WALLS,
    SiteLabelError,
    load_sites,
    parse_label,
    personal_data_seen,
    start_site,
)
from tests.support.server import FixtureServer

SITES = load_sites()
# The blind tier is only served and rendered here; its walks are scored by benchmarks/accuracy.py --tier blind.
BLIND = load_sites(BLIND_SITES)
BY_ID = {site.id: site for site in SITES}


def request(server: FixtureServer, method: str, path: str, body: bytes | str = b"", headers: dict | None = None):
    """One HTTP request that does not follow redirects: (status, headers, body text)."""
    host, port = urlsplit(server.base_url).hostname, urlsplit(server.base_url).port
    conn = http.client.HTTPConnection(host, port, timeout=10)
    try:
        conn.request(method, path, body=body.encode() if isinstance(body, str) else body, headers=headers or {})
        response = conn.getresponse()
        return (
            response.status,
            {k.lower(): v for k, v in response.getheaders()},
            response.read().decode("utf-8", "replace"),
        )
    finally:
        conn.close()


def site_text(site_id: str, suffixes=(".html", ".js", ".py", ".css")) -> str:
    root = BY_ID[site_id].root
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(root.rglob("*")) if p.suffix in suffixes)


def sites_whose_files_match(pattern: str) -> list[str]:
    return [site.id for site in SITES if re.search(pattern, site_text(site.id))]


# ------------------------------------------------------------------ labels and coverage


def test_the_corpus_is_large_sorted_and_uniquely_named():
    assert len(SITES) >= 28
    ids = [site.id for site in SITES]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", i) for i in ids)


def test_labels_cover_every_kind_language_verdict_and_wall():
    labels = [site.label for site in SITES]
    assert {lab.kind for lab in labels} == set(KINDS)
    assert {lab.lang for lab in labels} == set(LANGS)
    assert {lab.verdict for lab in labels} == set(VERDICTS)
    assert {w for lab in labels for w in lab.mandatory_walls} == set(WALLS)
    assert {w for lab in labels for w in lab.optional_walls} == set(WALLS)
    findings = {f for lab in labels for f in lab.findings}
    assert {"marketing-prechecked", "follow-after-payment"} <= findings


def test_about_half_are_violations_and_one_or_two_inconclusive():
    verdicts = Counter(site.label.verdict for site in SITES)
    assert 0.4 <= verdicts["violation"] / len(SITES) <= 0.6
    assert 1 <= verdicts["inconclusive"] <= 2
    for kind in KINDS:
        kinds = {s.label.verdict for s in SITES if s.label.kind == kind}
        assert {"violation", "compliant"} <= kinds, kind
    english = [s.label.verdict for s in SITES if s.label.lang == "en"]
    assert "violation" in english and "compliant" in english


@pytest.mark.parametrize(
    "what, pattern, verdicts",
    [
        ("shadow DOM wall", r"attachShadow\(", {"violation"}),
        ("iframe wall", r"<iframe[^>]+src=", {"violation"}),
        ("meta refresh", r'http-equiv="refresh"', {"compliant"}),
        ("JS redirect", r"location\.(replace\(|href\s*=)", {"violation", "compliant"}),
        ("hash routing", r"hashchange", {"violation", "compliant"}),
        (
            "delayed pop-up",
            r"setTimeout\((openSheet|function \(\) \{ document\.getElementById\('(dialog|couponLayer)'\)[^}]*\}), \d{3,4}\)",  # noqa: E501
            {"violation", "compliant"},
        ),
        ("bottom sheet", r"class=\"sheet\"", {"violation"}),
        ("pay button disabled until following", r"disabled>关注公众号后即可缴费<", {"violation"}),
        ("我已关注 re-check", r"我已关注", {"violation"}),
        ("bundled follow consent", r"同意<a[^>]*>《服务协议》</a>并关注", {"violation"}),
        ("pre-ticked marketing", r"checked>[^<]*(营销|offers)", {"compliant"}),
        ("close that re-opens", r"setTimeout\(\(\) => this\.open\(\)|setTimeout\(showFollow", {"violation"}),
        ("div plate keyboard", r"京[',\s]*[津沪]", {"violation", "compliant"}),
        ("phone + SMS login", r"获取验证码", {"violation"}),
        ("membership registration", r"注册会员", {"violation"}),
        ("name and ID for parking", r"身份证号", {"violation"}),
        ("optional phone 选填", r"手机号<span class=\"opt\">（选填）", {"compliant"}),
        ("optional 登录领积分", r"登录领积分", {"compliant"}),
        ("follow QR in a footer", r"<footer>[\s\S]*follow-qr\.png", {"compliant"}),
        ("JS-SDK pay", r"wx\.chooseWXPay\(", {"compliant"}),
        ("WeixinJSBridge pay", r"getBrandWCPayRequest", {"violation", "compliant"}),
        ("AlipayJSBridge tradePay", r"AlipayJSBridge\.call\('tradePay'", {"violation", "compliant"}),
        ("H5 cashier", r"wechat_cashier_url\(", {"compliant"}),
        ("snsapi_userinfo from JS", r"scope=snsapi_userinfo", {"violation"}),
        ("div amount keypad", r'data-act="pay">付款<', {"compliant"}),
    ],
)
def test_the_corpus_covers(what, pattern, verdicts):
    found = sites_whose_files_match(pattern)
    assert found, f"no site has {what}"
    assert verdicts <= {BY_ID[i].label.verdict for i in found}, f"{what}: {found}"


def test_a_good_share_of_sites_have_server_behaviour():
    with_routes = [s for s in SITES if s.routes_file.is_file()]
    assert len(with_routes) >= len(SITES) * 3 // 4


# ------------------------------------------------------------------ label schema


GOOD_LABEL = {
    "title": "某停车场",
    "kind": "parking",
    "lang": "zh",
    "verdict": "violation",
    "reached_payment": False,
    "mandatory_walls": ["follow"],
    "optional_walls": [],
    "findings": [],
    "notes": "one line",
}


def write_label(tmp_path: Path, **changes) -> Path:
    data = {**GOOD_LABEL, **changes}
    data = {k: v for k, v in data.items() if v is not None}
    path = tmp_path / "label.yaml"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")  # JSON is YAML
    return path


def test_a_good_label_parses(tmp_path):
    label = parse_label(write_label(tmp_path))
    assert label.mandatory_walls == ("follow",) and label.reached_payment is False


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"colour": "red"}, "unknown keys ['colour']"),
        ({"notes": None}, "missing keys ['notes']"),
        ({"kind": "vending"}, "kind='vending' is not one of parking"),
        ({"mandatory_walls": ["captcha"]}, "known: follow, login, personal_data"),
        ({"findings": ["Marketing Prechecked"]}, "lower-case ids"),
        ({"reached_payment": "no"}, "reached_payment must be true or false"),
        ({"reached_payment": True}, "a violation needs a mandatory wall and no payment reached"),
        ({"verdict": "compliant"}, "a compliant site has no mandatory wall"),
        ({"optional_walls": ["follow"]}, "both mandatory and optional"),
        ({"notes": "two\nlines"}, "notes must be a non-empty one-line string"),
    ],
)
def test_a_bad_label_is_refused_with_the_file_named(tmp_path, changes, message):
    path = write_label(tmp_path, **changes)
    with pytest.raises(SiteLabelError) as caught:
        parse_label(path)
    assert message in str(caught.value)
    assert str(path) in str(caught.value)


# ------------------------------------------------------------------ serving


@pytest.mark.parametrize("site", SITES + BLIND, ids=lambda s: s.id)
def test_every_start_page_is_served(site):
    server = start_site(site)
    try:
        status, headers, body = request(server, "GET", site.start_path, headers={"User-Agent": "MicroMessenger"})
        if status in (301, 302, 303, 307):
            location = urljoin(server.base_url, headers["location"])  # a relative Location stays on the site
            assert urlsplit(location).hostname in ("open.weixin.qq.com", "openauth.alipay.com", "127.0.0.1")
        else:
            assert status == 200 and "<html" in body.lower() and "<title>" in body
        assert request(server, "GET", "/label.yaml")[0] == 404
        assert request(server, "GET", "/routes.py")[0] == 404
    finally:
        server.stop()


def _authorize_redirect(site_id: str, ua: str = "MicroMessenger") -> tuple[FixtureServer, dict[str, str]]:
    server = start_site(BY_ID[site_id])
    status, headers, _ = request(server, "GET", "/", headers={"User-Agent": ua})
    assert status == 302
    parts = urlsplit(headers["location"])
    return server, {"host": parts.hostname, **{k: v[0] for k, v in parse_qs(parts.query).items()}}


@pytest.mark.parametrize(
    "site_id, host, scope",
    [
        ("park-userinfo-302", "open.weixin.qq.com", "snsapi_userinfo"),
        ("park-base-oauth-jsapi", "open.weixin.qq.com", "snsapi_base"),
        ("park-alipay-auth-user", "openauth.alipay.com", "auth_user"),
    ],
)
def test_server_302s_to_oauth_with_a_redirect_uri_back_to_the_site(site_id, host, scope):
    server, query = _authorize_redirect(site_id)
    try:
        assert query["host"] == host and query["scope"] == scope
        assert query["redirect_uri"].startswith(server.base_url + "/")
    finally:
        server.stop()


def test_declining_userinfo_loops_back_to_consent_and_a_code_logs_in():
    server, query = _authorize_redirect("park-userinfo-302")
    try:
        callback = urlsplit(query["redirect_uri"]).path
        declined = request(server, "GET", f"{callback}?state={query['state']}")
        assert declined[0] == 302 and "scope=snsapi_userinfo" in declined[1]["location"]
        accepted = request(server, "GET", f"{callback}?code=CODE1&state={query['state']}")
        assert accepted[0] == 302 and accepted[1]["location"] == "/"
        cookie = accepted[1]["set-cookie"].split(";")[0]
        assert request(server, "GET", "/", headers={"Cookie": cookie})[0] == 200
    finally:
        server.stop()


def test_the_aggregated_code_picks_oauth_by_app():
    server, query = _authorize_redirect("merchant-aggregate-base", ua="Mozilla/5.0 AlipayClient/10.5.96")
    try:
        assert query["host"] == "openauth.alipay.com" and query["scope"] == "auth_base"
        assert "请使用微信或支付宝扫码" in request(server, "GET", "/", headers={"User-Agent": "curl"})[2]
    finally:
        server.stop()


# ------------------------------------------------------------------ walls really enforced / really optional

JSON = {"Content-Type": "application/json"}
FORM = {"Content-Type": "application/x-www-form-urlencoded"}

ENFORCEMENT = [
    # site, method, path, body, headers, status, text that must be in the reply
    ("park-realname-id", "POST", "/visitor/register-and-pay", urlencode({"carNo": "沪A12345"}), FORM, 400, "车主姓名"),
    (
        "park-realname-id",
        "POST",
        "/visitor/register-and-pay",
        urlencode({"carNo": "沪A12345", "ownerName": "张三", "idCard": "310101199001011234", "mobile": "13800138000"}),
        FORM,
        200,
        "paySign",
    ),
    ("merchant-phone-required", "POST", "/cashier/prepay", urlencode({"amount": "0.01"}), FORM, 403, "手机号"),
    (
        "merchant-phone-required",
        "POST",
        "/cashier/prepay",
        urlencode({"amount": "0.01", "phone": "13800138000"}),
        FORM,
        200,
        "SUCCESS",
    ),
    ("park-follow-modal-reopen", "POST", "/api/pay", json.dumps({"orderNo": "HQ1"}), JSON, 403, "40301"),
    ("park-disabled-until-follow", "GET", "/parking/subscribeStatus", "", {}, 200, '"subscribe": 0'),
    ("order-iframe-follow", "GET", "/api/fans/check", "", {}, 200, '"isFans": false'),
    ("order-follow-sheet-server", "POST", "/order/create", json.dumps({"skus": ["C01"]}), JSON, 200, "NEED_SUBSCRIBE"),
    (
        "order-bundled-consent",
        "POST",
        "/api/order/submit",
        urlencode({"table": "5", "agreeAndFollow": "0"}),
        FORM,
        200,
        '"success": false',
    ),
    (
        "order-bundled-consent",
        "POST",
        "/api/order/submit",
        urlencode({"table": "5", "agreeAndFollow": "1"}),
        FORM,
        200,
        "paySign",
    ),
    ("order-sms-login-spa", "POST", "/api/v1/order/create", json.dumps({"table": "A08"}), JSON, 200, '"code": 401'),
    ("order-member-register", "POST", "/api/order", json.dumps({"skus": ["m1"]}), JSON, 403, "注册会员"),
    ("en-merchant-register", "POST", "/v1/payments", json.dumps({"amount": "12.00"}), JSON, 403, "account_required"),
    ("en-cafe-signin", "POST", "/api/orders", json.dumps({"table": 14}), JSON, 401, "sign in"),
    ("order-userinfo-on-order", "POST", "/api/muwu/order", json.dumps({"skus": ["yr"]}), JSON, 200, "NEED_AUTH"),
    ("park-pay-never-ready", "GET", "/api/pay/channel", "", {}, 200, '"available": false'),
    ("order-pay-broken", "POST", "/api/mj/order", json.dumps({"table": 7}), JSON, 500, "系统繁忙"),
    # optional walls: refusing visitors still get payment parameters
    (
        "park-marketing-prechecked",
        "POST",
        "/mixc/parking/pay",
        json.dumps({"feeId": "MX5521", "acceptMarketing": False}),
        JSON,
        200,
        "paySign",
    ),
    ("merchant-follow-prechecked", "GET", "/hll/pay/create?amount=0.01&follow=0", "", {}, 200, "paySign"),
    (
        "merchant-optional-phone",
        "POST",
        "/pay/unified",
        json.dumps({"merchantNo": "1603458821", "amount": "0.01"}),
        JSON,
        200,
        "paySign",
    ),
    ("park-coupon-follow-optional", "POST", "/park/prepay", json.dumps({"orderId": "YXC-88213"}), JSON, 200, "paySign"),
    (
        "order-login-points-link",
        "POST",
        "/order/submit",
        urlencode({"desk": "8", "qty_b01": "1"}),
        FORM,
        200,
        "paySign",
    ),
    (
        "order-terms-only",
        "POST",
        "/dianduode/order",
        json.dumps({"table": "18", "agreeTerms": True}),
        JSON,
        200,
        "checkmweb",
    ),
    ("park-footer-qr-cashier", "POST", "/h5pay/create", urlencode({"order_no": "XH1"}), FORM, 302, ""),
    ("en-merchant-marketing", "POST", "/checkout", urlencode({"amount": "0.01"}), FORM, 303, ""),
]


@pytest.mark.parametrize(
    "site_id, method, path, body, headers, status, text", ENFORCEMENT, ids=[f"{e[0]}{e[2]}-{e[5]}" for e in ENFORCEMENT]
)
def test_server_side_walls(site_id, method, path, body, headers, status, text):
    server = start_site(BY_ID[site_id])
    try:
        got_status, got_headers, got_body = request(server, method, path, body, headers)
        assert got_status == status, got_body
        assert text in got_body
        if status in (302, 303):
            assert got_headers["location"].startswith("https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?")
    finally:
        server.stop()


def test_every_violation_site_has_its_wall_in_its_files():
    words = {
        "follow": r"关注|follow",
        "login": r"登录|授权|注册|snsapi_userinfo|auth_user|Sign in",
        "personal_data": r"姓名|身份证|手机号|Full name|Email",
    }
    for site in SITES:
        text = site_text(site.id)
        for wall in site.label.mandatory_walls:
            assert re.search(words[wall], text, re.I), (site.id, wall)


# ------------------------------------------------------------------ personal data in the request log


def test_personal_data_seen_finds_personal_data_in_every_encoding():
    server = FixtureServer().start()
    try:
        request(server, "POST", "/a", json.dumps({"user": {"mobile": "13912345678"}}), JSON)
        request(server, "POST", "/b", urlencode({"idCard": "11010519491231002X", "plate": "沪A12345"}), FORM)
        request(server, "GET", "/c?email=" + "someone%40example.com")
        boundary = "----qraudit"
        multipart = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="ownerName"\r\n\r\n王小明\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="carNo"\r\n\r\n粤B88888\r\n--{boundary}--\r\n'
        )
        request(server, "POST", "/d", multipart.encode(), {"Content-Type": f"multipart/form-data; boundary={boundary}"})
        request(server, "POST", "/e", json.dumps({"birthday": "1990-01-01", "address": ""}), JSON)
        seen = personal_data_seen(server)
    finally:
        server.stop()
    joined = "\n".join(seen)
    assert "POST /a: phone 13912345678" in joined
    assert "POST /b: id-number 11010519491231002X" in joined
    assert "GET /c: email someone@example.com" in joined
    assert "POST /d: name field ownerName=王小明" in joined
    assert "POST /e: birthday field birthday=1990-01-01" in joined
    assert "address" not in joined  # an empty field is not data
    assert "沪A12345" not in joined and "粤B88888" not in joined


def test_payment_fields_are_not_personal_data():
    server = FixtureServer().start()
    try:
        request(
            server,
            "POST",
            "/pay",
            json.dumps(
                {
                    "plate": "沪A12345",
                    "amount": "0.01",
                    "table": "8",
                    "quantity": 1,
                    "timestamp": 1717392000123,
                    "orderNo": "HQ20240603104233917",
                    "acceptMarketing": False,
                }
            ),
            JSON,
        )
        request(server, "GET", "/oauth/cb?code=QRAUDIT_SYNTHETIC_AUTH_CODE_0001&state=ab12")
        request(server, "POST", "/fee", urlencode({"total_fee": "1", "mch_id": "1588234017"}), FORM)
        assert personal_data_seen(server) == []
    finally:
        server.stop()


# ------------------------------------------------------------------ real Chromium


@pytest.fixture(scope="module")
def wechat_context():
    from playwright.sync_api import sync_playwright

    from tests.sites.wechat_stub import BRIDGES_JS, LAUNCH_ARGS, WECHAT_UA, answer_offsite

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=LAUNCH_ARGS)
        context = browser.new_context(
            user_agent=WECHAT_UA, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True, locale="zh-CN"
        )
        context.add_init_script(BRIDGES_JS)
        context.route("**/*", answer_offsite)
        yield context
        browser.close()


@pytest.mark.parametrize("site", SITES + BLIND, ids=lambda s: s.id)
def test_every_start_page_renders_in_chromium_without_script_errors(wechat_context, site):
    server = start_site(site)
    page = wechat_context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        page.goto(server.url(site.start_path), wait_until="load")
        page.wait_for_timeout(1800)  # let delayed pop-ups and script redirects happen; nothing is timed
        assert errors == []
        assert any(
            frame.locator("body").inner_text().strip() for frame in page.frames
        )  # a shell may hold only an iframe
        assert urlsplit(page.url).hostname in ("127.0.0.1", "open.weixin.qq.com", "openauth.alipay.com")
    finally:
        page.close()
        server.stop()


def test_the_readme_lists_every_site_with_its_verdict():
    readme = (Path(__file__).parent / "sites" / "README.md").read_text(encoding="utf-8")
    for site in SITES + BLIND:
        row = next((line for line in readme.splitlines() if line.startswith(f"| `{site.id}` |")), "")
        assert f"| {site.label.verdict} |" in row, site.id


def test_every_kind_of_real_checkout_has_a_fixture_that_exists():
    """The README's table of the kinds issue 13 names: each row names sites of either tier or page files."""
    readme = (Path(__file__).parent / "sites" / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Kinds of real checkout", 1)[1]
    rows = [line for line in table.splitlines() if re.match(r"\| \d+ \|", line)]
    assert [int(r.split("|")[1]) for r in rows] == list(range(1, 14))
    ids = {site.id for site in SITES + BLIND}
    root = Path(__file__).parent.parent
    for row in rows:
        named = re.findall(r"`([^`]+)`", row.split("|")[3])
        assert named, row
        missing = [n for n in named if n not in ids and not (root / n).is_file()]
        assert missing == [], row
