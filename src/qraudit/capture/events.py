"""Everything that happens during an audit, stamped with the step it belongs to.

Events arrive from Playwright callbacks at any time; the session moves `step` forward right after each
snapshot, so whatever happens between two steps belongs to the next one.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from qraudit.models import BridgeCall, Dialog, Download, Hop, HostEvent, Request

MAX_POST_CHARS = 4000
MAX_EVENTS = 5000  # per kind; a hostile page must not exhaust memory through a loop of calls


@dataclass
class Recorder:
    step: int = 1
    requests: list[tuple[int, Request]] = field(default_factory=list)
    bridge_calls: list[BridgeCall] = field(default_factory=list)
    host_events: list[HostEvent] = field(default_factory=list)
    dialogs: list[Dialog] = field(default_factory=list)
    downloads: list[Download] = field(default_factory=list)
    popups: list[tuple[int, str]] = field(default_factory=list)
    console_errors: list[tuple[int, str]] = field(default_factory=list)
    hops: list[tuple[int, Hop]] = field(default_factory=list)
    top_errors: list[tuple[int, str]] = field(default_factory=list)  # the top-level document was refused

    def request(self, method: str, url: str, resource_type: str, third_party: bool, post_data: str | None) -> int:
        """Record a request; returns its index so that status or refusal can be added later."""
        if len(self.requests) >= MAX_EVENTS:
            return -1
        body = post_data[:MAX_POST_CHARS] if post_data else None
        self.requests.append((self.step, Request(method, url, None, resource_type, third_party, body)))
        return len(self.requests) - 1

    def update_request(self, index: int, **changes: Any) -> None:
        if 0 <= index < len(self.requests):
            step, request = self.requests[index]
            self.requests[index] = (step, replace(request, **changes))

    def bridge_call(self, bridge: str, method: str, args: Any) -> None:
        if len(self.bridge_calls) < MAX_EVENTS:
            self.bridge_calls.append(BridgeCall(bridge, method, args, self.step))

    def host_event(self, kind: str, url: str, params: dict[str, str]) -> None:
        if len(self.host_events) < MAX_EVENTS:
            self.host_events.append(HostEvent(kind, url, dict(params), self.step))

    def dialog(self, kind: str, message: str) -> None:
        if len(self.dialogs) < MAX_EVENTS:
            self.dialogs.append(Dialog(kind, message[:2000], self.step))

    def download(self, url: str, filename: str) -> None:
        self.downloads.append(Download(url, filename, self.step))

    def popup(self, url: str) -> None:
        self.popups.append((self.step, url))

    def console_error(self, text: str) -> None:
        if len(self.console_errors) < MAX_EVENTS:
            self.console_errors.append((self.step, text[:1000]))

    def hop(self, url: str, status: int | None, via: str) -> None:
        if len(self.hops) < MAX_EVENTS:
            self.hops.append((self.step, Hop(url, status, via)))

    def top_error(self, message: str) -> None:
        self.top_errors.append((self.step, message))

    def parts(self, step: int) -> dict[str, Any]:
        """The Snapshot fields made of events of `step`."""
        return {
            "requests": tuple(r for s, r in self.requests if s == step),
            "bridge_calls": tuple(c for c in self.bridge_calls if c.step == step),
            "host_events": tuple(e for e in self.host_events if e.step == step),
            "dialogs": tuple(d for d in self.dialogs if d.step == step),
            "downloads": tuple(d for d in self.downloads if d.step == step),
            "popups": tuple(u for s, u in self.popups if s == step),
            "console_errors": tuple(t for s, t in self.console_errors if s == step),
            "redirects": tuple(h for s, h in self.hops if s == step),
        }

    def error_of(self, step: int) -> str | None:
        errors = [m for s, m in self.top_errors if s == step]
        return errors[-1] if errors else None
