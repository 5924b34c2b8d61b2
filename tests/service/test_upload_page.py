"""The volunteer's path, end to end: a real `qraudit serve` (with its embedded worker), the demo checkout on
127.0.0.1, and real Chromium at phone size with WeChat's user agent opening the upload page, attaching a photo
of the sign and submitting, then waiting for the verdict and opening the report. Once with the page's small
script (upload progress, status polling), once with JavaScript off (the plain form POST and a refreshing page)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qraudit.report.html import CSP as REPORT_CSP
from tests.audit.conftest import write_photo
from tests.service.support import Service, new_token, start_service

WECHAT_UA = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148 MicroMessenger/8.0.50(0x1800322c) NetType/WIFI Language/zh_CN"
)
VERDICT_WAIT_MS = 150_000


@pytest.fixture(scope="module")
def demo_site():
    from qraudit.data.demo.server import serve_demo

    server, _ = serve_demo(port=0)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def service(tmp_path_factory) -> Iterator[Service]:
    service = start_service(tmp_path_factory.mktemp("service"), "--allow-host", "127.0.0.1", "--jobs", "1")
    yield service
    service.stop()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    from qraudit.capture.browser import find_browser

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=find_browser().path, headless=True)
        yield browser
        browser.close()


def phone(browser, javascript: bool = True):
    return browser.new_context(
        viewport={"width": 390, "height": 844},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
        user_agent=WECHAT_UA,
        locale="zh-CN",
        java_script_enabled=javascript,
    )


@pytest.fixture(scope="module")
def sign(tmp_path_factory, demo_site) -> Path:
    return write_photo(tmp_path_factory.mktemp("sign") / "sign.jpg", [demo_site.base_url + "/"])


def _submit_and_wait(page, service: Service, token: str, sign: Path) -> str:
    page.goto(f"{service.base}/upload?token={token}")
    assert "扫码付款审计" in page.title() or page.locator("h1").inner_text().startswith("扫码付款审计")
    page.set_input_files("input[name=photo]", str(sign))
    page.fill("input[name=place]", "滨江天街地下停车场")
    page.click("button[type=submit]")
    page.wait_for_url("**/cases/c*")
    page.wait_for_selector("#case-status[data-status=done]", timeout=VERDICT_WAIT_MS)
    return page.locator("#sentence").inner_text()


def test_a_volunteer_uploads_a_photo_from_wechat_and_gets_the_verdict(browser, service, sign):
    token = new_token(service.data)
    context = phone(browser)
    page = context.new_page()
    with page.expect_response(lambda r: r.url.endswith("/api/cases") and r.request.method == "POST") as posted:
        sentence = _submit_and_wait(page, service, token, sign)
    assert posted.value.status == 201  # the script sent it (with progress), not the plain form
    assert sentence.startswith("违规：必须关注公众号才能付款")
    assert "Violation: Payment requires following an Official Account" in sentence
    with page.expect_navigation() as opened:
        page.click("#reports a")
    response = opened.value
    assert response.headers["content-security-policy"] == REPORT_CSP  # the report's own CSP
    assert page.url.endswith("/audits/0/report.html")
    step = "step-01.png"  # the report links its files beside it
    assert f'"{step}"' in page.content()
    shot = page.request.get(page.url.rsplit("/", 1)[0] + "/" + step)
    assert shot.status == 200 and shot.headers["content-type"] == "image/png" and shot.body()[:4] == b"\x89PNG"
    assert "sandbox" in shot.headers["content-security-policy"]
    case_id = page.url.split("/cases/")[1].split("/")[0]
    with service.client() as client:
        body = client.get(f"/api/cases/{case_id}").json()
    assert body["verdict"] == "violation" and body["place"] == "滨江天街地下停车场"
    assert body["uploads_sealed"] is True  # the photo's arrival hash is in the audit's manifest
    context.close()


def test_without_javascript_the_plain_form_and_a_refreshing_page_work(browser, service, sign):
    token = new_token(service.data)
    context = phone(browser, javascript=False)
    page = context.new_page()
    sentence = _submit_and_wait(page, service, token, sign)
    assert sentence.startswith("违规：")
    assert page.locator("#reports a").get_attribute("href").endswith("/audits/0/report.html")
    context.close()


def test_the_upload_page_without_a_token_says_an_invitation_is_needed(browser, service):
    context = phone(browser)
    page = context.new_page()
    response = page.goto(f"{service.base}/upload")
    assert response.status == 401
    assert "需要活动邀请链接" in page.inner_text("main")
    assert page.locator("input[type=file]").count() == 0
    context.close()


def test_the_script_shows_the_upload_progress_on_a_slow_network(browser, service, sign):
    token = new_token(service.data)
    context = phone(browser)
    page = context.new_page()
    page.goto(f"{service.base}/upload?token={token}")
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    upload_bytes_per_s = sign.stat().st_size / 3  # about three seconds on the wire
    cdp.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 20, "downloadThroughput": -1, "uploadThroughput": upload_bytes_per_s},
    )
    page.set_input_files("input[name=photo]", str(sign))
    page.click("button[type=submit]")
    page.wait_for_function(
        "() => { const p = document.getElementById('progress');"
        " return p && !p.hidden && p.value > 5 && p.value < 95; }",
        timeout=20_000,
    )
    page.wait_for_url("**/cases/c*", timeout=60_000)
    context.close()
