"""`capture_pages`: one snapshot per URL, concurrently in one browser (cheap defaults, no evidence files)."""

from __future__ import annotations

import asyncio

from qraudit.capture.browser import open_browser
from qraudit.capture.options import CaptureOptions
from qraudit.errors import UnsafeTargetError
from qraudit.models import Snapshot

CHEAP = CaptureOptions(dwell_s=0.3, full_page=False, trace=False, har=False)
MAX_PARALLEL = 4


def capture_pages(urls: list[str], options: CaptureOptions = CHEAP) -> list[Snapshot]:
    """Snapshots in the order of `urls`; a URL the guard refuses gives a snapshot with `error` set."""
    return asyncio.run(_capture_all(list(urls), options))


async def _capture_all(urls: list[str], options: CaptureOptions) -> list[Snapshot]:
    limit = asyncio.Semaphore(MAX_PARALLEL)
    async with open_browser(options) as browser:

        async def one(url: str) -> Snapshot:
            async with limit, browser.session(None, options) as session:
                try:
                    return await session.goto(url)
                except UnsafeTargetError as exc:
                    return Snapshot(step=1, url=url, title="", error=exc.one_line())

        return list(await asyncio.gather(*(one(url) for url in urls)))
