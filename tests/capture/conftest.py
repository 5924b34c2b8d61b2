"""One Chromium for the capture tests, driven from one event loop; fixture pages on 127.0.0.1."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest

from qraudit.capture import CaptureBrowser, CaptureOptions, open_browser
from qraudit.models import Action, Snapshot

PAGES = Path(__file__).parent / "pages"
T = TypeVar("T")
# The fixture server listens on 127.0.0.1: let that one host through, nothing else private.
LOCAL = CaptureOptions(allow_hosts=frozenset({"127.0.0.1"}), dwell_s=0.3, full_page=False, trace=False, har=False)


@dataclass
class Harness:
    loop: asyncio.AbstractEventLoop
    browser: CaptureBrowser

    def run(self, coro: Awaitable[T]) -> T:
        return self.loop.run_until_complete(coro)

    def session_run(
        self, body: Callable[[Any], Awaitable[T]], options: CaptureOptions = LOCAL, evidence_dir: Path | None = None
    ) -> T:
        """Run `body(session)` in a fresh session of the shared browser."""

        async def go() -> T:
            async with self.browser.session(evidence_dir, options) as session:
                return await body(session)

        return self.run(go())

    def capture(
        self,
        url: str,
        options: CaptureOptions = LOCAL,
        actions: list[Action] | None = None,
        evidence_dir: Path | None = None,
    ) -> list[Snapshot]:
        """goto(url), then each action in turn; every snapshot."""

        async def body(session: Any) -> list[Snapshot]:
            shots = [await session.goto(url)]
            for action in actions or []:
                shots.append(await session.act(action))
            return shots

        return self.session_run(body, options, evidence_dir)


@pytest.fixture(scope="session")
def harness() -> Iterator[Harness]:
    loop = asyncio.new_event_loop()
    manager = open_browser(LOCAL)
    browser = loop.run_until_complete(manager.__aenter__())
    try:
        yield Harness(loop, browser)
    finally:
        loop.run_until_complete(manager.__aexit__(None, None, None))
        loop.close()


@pytest.fixture
def site(serve):
    """The static fixture pages under tests/capture/pages, plus any scripted routes."""

    def start(routes: dict | None = None):
        return serve(root=PAGES, routes=routes)

    return start


def control(snapshot: Snapshot, text: str):
    """The control whose visible text is `text` (fails the test when absent)."""
    for c in snapshot.controls:
        if c.text == text:
            return c
    raise AssertionError(f"no control {text!r} in {[c.text for c in snapshot.controls]}")


# Reserved for testing (RFC 6761): no real resolver answers it, so a page loads only through the guard's answer.
PINNED_HOST = "checkout.qraudit.test"


@pytest.fixture
def pinned_host(monkeypatch) -> Iterator[list[str]]:
    """The guard resolves PINNED_HOST to 127.0.0.1 (an insecure, non-local origin); yields the hosts it looked up."""
    from qraudit.capture import guard as guard_module

    original = guard_module.Guard._resolve
    lookups: list[str] = []

    async def resolve(self, host: str) -> list[str]:
        lookups.append(host)
        return ["127.0.0.1"] if host == PINNED_HOST else await original(self, host)

    monkeypatch.setattr(guard_module.Guard, "_resolve", resolve)
    yield lookups
