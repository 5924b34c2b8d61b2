"""A real network.har: Chromium, driven by Playwright, records a visit to a fixture site on loopback."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import sync_playwright

from qraudit.capture.browser import find_browser
from tests.support.server import FixtureServer, Reply

PIXEL = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201a5d6"
    "ab7a0000000049454e44ae426082"
)
PAGE = (
    '<!doctype html><html><head><meta charset="utf-8"><title>城西停车场 缴费</title></head>'
    '<body><h1>停车缴费</h1><img src="/logo.png"><p id="fee">应付金额 ¥15.00</p></body></html>'
)


def site() -> FixtureServer:
    return FixtureServer(
        routes={
            "/pay": lambda r: Reply(200, PAGE),
            "/logo.png": lambda r: Reply(200, PIXEL, content_type="image/png"),
        }
    )


def record_har(server: FixtureServer, har: Path) -> str:
    """Visit the site's /pay page and write Playwright's HAR (bodies embedded); returns the page URL."""
    url = server.url("/pay?lot=88")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=find_browser().path, args=["--disable-quic"])
        try:
            context = browser.new_context(record_har_path=str(har), record_har_content="embed")
            page = context.new_page()
            page.goto(url, wait_until="load")
            context.close()  # the HAR is written on close
        finally:
            browser.close()
    return url
