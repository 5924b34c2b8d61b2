"""`qraudit rules test`: every rule's example pages through the real capture path in Chromium.

Each rules folder's `examples/` is served by a small static server on 127.0.0.1 (in a thread, for the
duration of the run), all pages are captured in one browser, and each page is evaluated against its own
rule with the example's context: a fail page must match, a pass page must not.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from qraudit.builtin import builtin_path
from qraudit.devserver import DevServer, Reply, Request
from qraudit.errors import QrauditError
from qraudit.models import Snapshot
from qraudit.rules.model import Example, Rule
from qraudit.rules.ruleset import RuleSet

EXAMPLE_DWELL_S = 0.5
EXAMPLE_CSS = builtin_path("rules") / "examples" / "example.css"
Capture = Callable[[list[str]], list[Snapshot]]


@dataclass(frozen=True)
class ExampleResult:
    rule_id: str
    page: str
    expect: str  # fail | pass
    matched: bool
    error: str | None = None  # a capture problem: the example proves nothing either way
    excerpts: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.error is None and self.matched == (self.expect == "fail")


def _shared_stylesheet(_request: Request) -> Reply:
    return Reply(200, EXAMPLE_CSS.read_bytes(), content_type="text/css; charset=utf-8")


@contextmanager
def serve_folder(root: Path) -> Iterator[str]:
    """Serve `root` read-only on 127.0.0.1 at a free port, with the built-in examples' shared stylesheet at
    /example.css whatever the folder (a volunteer's rules can link it too); yields the base URL."""
    with DevServer(root, routes={"/example.css": _shared_stylesheet}, name="qraudit-rules-test") as server:
        yield server.base_url


def browser_capture(urls: list[str]) -> list[Snapshot]:
    """The real capture path: one browser, a fresh session per page, short dwell, nothing written to disk.

    Pages are captured one after another, not with `capture_pages`: its parallel pages read QR codes from
    several screenshots at once, which crashes OpenCV's shared WeChat decoder (not thread-safe).
    """
    from qraudit.capture import CaptureOptions, open_browser  # Playwright only when pages are tested

    options = CaptureOptions(
        dwell_s=EXAMPLE_DWELL_S,
        allow_hosts=frozenset({"127.0.0.1"}),
        full_page=False,
        trace=False,
        har=False,
    )

    async def capture_all() -> list[Snapshot]:
        snapshots = []
        async with open_browser(options) as browser:
            for url in urls:
                async with browser.session(None, options) as session:
                    try:
                        snapshots.append(await session.goto(url))
                    except QrauditError as exc:  # e.g. the guard refused the URL: report it, go on
                        snapshots.append(Snapshot(step=1, url=url, title="", error=exc.one_line()))
        return snapshots

    return asyncio.run(capture_all())


def _judge(rule: Rule, example: Example, snapshot: Snapshot, ruleset: RuleSet) -> ExampleResult:
    if snapshot.error:
        return ExampleResult(rule.id, example.page, example.expect, False, snapshot.error)
    match = rule.evaluate(snapshot, example.context, ruleset.vocabulary)
    excerpts = match.evidence.excerpts if match else ()
    return ExampleResult(rule.id, example.page, example.expect, match is not None, None, excerpts)


def run_examples(
    ruleset: RuleSet,
    rules: Sequence[Rule] | None = None,
    capture: Capture = browser_capture,
) -> list[ExampleResult]:
    """Results in rule order, then fail pages before pass pages."""
    chosen = list(ruleset.rules if rules is None else rules)
    by_root: dict[Path, list[tuple[Rule, Example]]] = {}
    for rule in chosen:
        for example in rule.examples:
            by_root.setdefault(rule.examples_dir.parent, []).append((rule, example))
    results: dict[tuple[str, str, str], ExampleResult] = {}
    for root, items in by_root.items():
        with serve_folder(root) as base:
            urls = [f"{base}/{quote(rule.id)}/{quote(example.page)}" for rule, example in items]
            snapshots = capture(urls)
        for (rule, example), snapshot in zip(items, snapshots, strict=True):
            results[(rule.id, example.expect, example.page)] = _judge(rule, example, snapshot, ruleset)
    return [results[(r.id, e.expect, e.page)] for r in chosen for e in r.examples]
