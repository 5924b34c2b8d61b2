"""Evidence files of one audit: per step screenshots, DOM and snapshot JSON; network.har and trace.zip."""

from __future__ import annotations

import asyncio
import json
import os
from dataclasses import dataclass, replace
from pathlib import Path

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import FloatRect, Page

from qraudit.capture.profiles import is_client_hint
from qraudit.models import Snapshot
from qraudit.serde import to_data

MAX_FULL_HEIGHT = 12000  # CSS px; a 200,000-element page must not become a gigapixel PNG
HAR_FILE = "network.har"
PAGE_SIZE_JS = """() => { const d = document.documentElement;
  return [Math.min(Math.max(d.scrollWidth, innerWidth), 2000), Math.max(d.scrollHeight, innerHeight), innerHeight,
          scrollX !== 0 || scrollY !== 0]; }"""
TRACE_FILE = "trace.zip"


def step_name(step: int, suffix: str) -> str:
    return f"step-{step:02d}{suffix}"


@dataclass
class Shots:
    viewport: bytes | None = None
    full: bytes | None = None

    @property
    def for_codes(self) -> tuple[bytes | None, bool]:
        """The picture to read QR codes from, and whether it is the full page (document coordinates)."""
        return (self.full, True) if self.full is not None else (self.viewport, False)


async def screenshots(page: Page, want_viewport: bool, want_full: bool, timeout_s: float) -> Shots:
    """CSS-scale PNGs (device pixels cost several times the CPU for no extra evidence)."""
    shots = Shots()
    ms = max(1000.0, timeout_s * 1000)
    if want_viewport:
        shots.viewport = await asyncio.wait_for(page.screenshot(scale="css", timeout=ms), timeout_s + 1)
    if want_full:
        width, height, inner, scrolled = await asyncio.wait_for(page.evaluate(PAGE_SIZE_JS), timeout_s)
        if shots.viewport is not None and height <= inner and not scrolled:
            shots.full = shots.viewport  # the page fits the screen: the same pixels, not a second capture
            return shots
        clip: FloatRect = {"x": 0, "y": 0, "width": width, "height": max(1, min(int(height or 1), MAX_FULL_HEIGHT))}
        shots.full = await asyncio.wait_for(
            page.screenshot(scale="css", full_page=True, clip=clip, timeout=ms), timeout_s + 1
        )
    return shots


async def dom_html(page: Page, timeout_s: float) -> str | None:
    try:
        return await asyncio.wait_for(page.content(), timeout_s)
    except (TimeoutError, PlaywrightError):
        return None


def write_step(folder: Path, snapshot: Snapshot, shots: Shots, html: str | None) -> Snapshot:
    """Write the step's files and return the snapshot naming them (the JSON is written last, complete)."""
    folder.mkdir(parents=True, exist_ok=True)
    screenshot = full_screenshot = dom_file = None
    if shots.viewport is not None:
        screenshot = step_name(snapshot.step, ".png")
        (folder / screenshot).write_bytes(shots.viewport)
    if shots.full is not None:
        full_screenshot = step_name(snapshot.step, "-full.png")
        (folder / full_screenshot).write_bytes(shots.full)
    if html is not None:
        dom_file = step_name(snapshot.step, ".html")
        (folder / dom_file).write_text(html, encoding="utf-8")
    snapshot = replace(snapshot, screenshot=screenshot, full_screenshot=full_screenshot, dom_file=dom_file)
    text = json.dumps(to_data(snapshot), ensure_ascii=False, indent=1)
    (folder / step_name(snapshot.step, ".json")).write_text(text, encoding="utf-8")
    return snapshot


def har_as_sent(path: Path, client_hints: dict[str, str]) -> None:
    """Make network.har show the client hints that were sent, not the browser's own.

    The HAR logs each request as the browser built it, but every request left through network.py, which
    replaced the hints with the profile's (Profile.request_headers). The file is replaced atomically.
    """
    try:
        har = json.loads(path.read_text(encoding="utf-8"))
        entries = har["log"]["entries"]
    except (OSError, ValueError, KeyError, TypeError):
        return  # no HAR (the context did not close cleanly): nothing to correct
    for entry in entries:
        request = entry.get("request") or {}
        headers = [h for h in request.get("headers", []) if not is_client_hint(str(h.get("name", "")))]
        if len(headers) < len(request.get("headers", [])):  # the browser had hints: the profile's went instead
            request["headers"] = headers + [{"name": k, "value": v} for k, v in client_hints.items()]
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(har, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(partial, path)
