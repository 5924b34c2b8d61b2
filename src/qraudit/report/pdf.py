"""report.pdf: the HTML report printed by Chromium on A4, to attach to a complaint.

The page is served to the browser from memory and the audit folder under a made-up origin that Playwright
answers itself, so nothing touches the network, no temporary file lands in the folder, and the report's CSP
('self' images) behaves exactly as it does for a reader.
"""

from __future__ import annotations

import mimetypes
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import unquote, urlsplit

from qraudit.errors import BrowserError
from qraudit.report.base import Formatter, RenderInput
from qraudit.report.html import HtmlFormatter

ORIGIN = "http://qraudit-report.invalid"
PRINT_TIMEOUT_MS = 60_000


def _serve(route, html: bytes, folder: Path) -> None:
    url = urlsplit(route.request.url)
    if f"{url.scheme}://{url.netloc}" != ORIGIN:
        route.abort("blockedbyclient")  # the report loads nothing from elsewhere; make sure of it
        return
    name = unquote(url.path).lstrip("/")
    if name == "report.html":
        route.fulfill(status=200, body=html, content_type="text/html; charset=utf-8")
        return
    target = (folder / name).resolve()
    if folder.resolve() in target.parents and target.is_file():
        ctype = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        route.fulfill(status=200, body=target.read_bytes(), content_type=ctype)
    else:
        route.fulfill(status=404, body=b"", content_type="text/plain")


def _print(html: bytes, folder: Path, kind: str) -> bytes:
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    from qraudit.capture.browser import find_browser
    from qraudit.capture.flags import LEAN_ARGS

    browser_path = find_browser().path
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=browser_path, args=list(LEAN_ARGS))
            try:
                page = browser.new_page(viewport={"width": 1100, "height": 1400}, java_script_enabled=False)
                page.set_default_timeout(PRINT_TIMEOUT_MS)
                page.route("**/*", lambda route: _serve(route, html, folder))
                page.goto(f"{ORIGIN}/report.html", wait_until="load")
                if kind == "png":
                    return page.screenshot(full_page=True)
                page.emulate_media(media="print")
                return page.pdf(format="A4", print_background=True, prefer_css_page_size=True)
            finally:
                browser.close()
    except PlaywrightError as exc:
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise BrowserError(f"Chromium could not print the report: {first_line}", location=browser_path) from exc


def print_report(item: RenderInput, kind: str = "pdf") -> bytes:
    """The HTML report as a PDF (kind="pdf") or a full-page PNG (kind="png", to look at it)."""
    html = HtmlFormatter().render(item)
    # Playwright's sync API refuses to run inside an asyncio loop, and the audit is async: use a thread.
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(_print, html, item.folder, kind).result()


class PdfFormatter(Formatter):
    name = "pdf"
    filename = "report.pdf"
    quotes_manifest = True

    def render(self, item: RenderInput) -> bytes:
        return print_report(item, "pdf")
