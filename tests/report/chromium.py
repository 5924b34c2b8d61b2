"""Open a page in the real Chromium, JavaScript on, and record what it ran, logged and popped up."""

from __future__ import annotations

from dataclasses import dataclass

from playwright.sync_api import sync_playwright

from qraudit.capture.browser import find_browser


@dataclass(frozen=True)
class Visit:
    pwned: object  # window.__pwned, which the hostile fixture's payloads set
    dialogs: list[str]
    console: list[str]
    text: str  # document.body.innerText


def visit(url: str) -> Visit:
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=find_browser().path, args=["--disable-quic"])
        try:
            page = browser.new_page()
            dialogs: list[str] = []
            console: list[str] = []
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.on("console", lambda m: console.append(m.text))
            page.on("pageerror", lambda e: console.append(str(e)))
            page.goto(url, wait_until="load")
            page.wait_for_load_state("networkidle")
            return Visit(page.evaluate("window.__pwned"), dialogs, console, page.evaluate("document.body.innerText"))
        finally:
            browser.close()
