"""The redirect chain and who the page talked to, from the snapshots or, failing those, network.har."""

from __future__ import annotations

import ipaddress
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from qraudit.models import Hop, Report, Snapshot
from qraudit.report.narrative import bridge_call


@dataclass(frozen=True)
class HostRow:
    host: str
    requests: int
    third_party: bool
    blocked: int = 0


@dataclass(frozen=True)
class NetworkSummary:
    hosts: tuple[HostRow, ...]
    bridge_calls: tuple[str, ...]  # "WeixinJSBridge.invoke (step 3)"
    source: str  # snapshots | har | none


def redirect_chain(report: Report, snapshots: Sequence[Snapshot]) -> tuple[Hop, ...]:
    """The hops from the scanned payload to the first page; the capture's record when it has one."""
    first = min(snapshots, key=lambda s: s.step) if snapshots else None
    if first is not None and first.redirects:
        return tuple(first.redirects)
    urls = [report.target.payload, report.start_url, report.steps[0].url if report.steps else None]
    seen = [u for u in dict.fromkeys(u for u in urls if u) if urlsplit(u).scheme in ("http", "https")]
    return tuple(Hop(url=u) for u in seen)


def site(host: str) -> str:
    """The registrable part of a host, roughly: the last two labels (three under .com.cn and the like)."""
    host = host.lower().rstrip(".")
    try:
        ipaddress.ip_address(host.strip("[]"))
        return host
    except ValueError:
        pass
    labels = host.split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in ("com", "net", "org", "gov", "edu") and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])


def network_summary(report: Report, snapshots: Sequence[Snapshot], folder: Path) -> NetworkSummary:
    calls = tuple(
        f"{bridge_call(c)} (step {s.step})" for s in sorted(snapshots, key=lambda s: s.step) for c in s.bridge_calls
    )
    requests = [r for s in snapshots for r in s.requests]
    if requests:
        counts: Counter[str] = Counter()
        third: dict[str, bool] = {}
        blocked: Counter[str] = Counter()
        for request in requests:
            host = urlsplit(request.url).hostname or request.url
            counts[host] += 1
            third[host] = third.get(host, False) or request.third_party
            blocked[host] += 1 if request.blocked else 0
        rows = tuple(HostRow(h, counts[h], third[h], blocked[h]) for h in sorted(counts))
        return NetworkSummary(rows, tuple(dict.fromkeys(calls)), "snapshots")
    rows = _har_hosts(folder / "network.har", report)
    return NetworkSummary(rows, tuple(dict.fromkeys(calls)), "har" if rows else "none")


def _har_hosts(har: Path, report: Report) -> tuple[HostRow, ...]:
    if not har.is_file():
        return ()
    try:
        entries = json.loads(har.read_text(encoding="utf-8"))["log"]["entries"]
    except (OSError, ValueError, KeyError, TypeError):
        return ()  # a broken HAR is still evidence; the report just cannot summarize it
    first_party = site(urlsplit(report.start_url or report.target.payload or "").hostname or "")
    counts: Counter[str] = Counter()
    for entry in entries:
        url = entry.get("request", {}).get("url", "") if isinstance(entry, dict) else ""
        host = urlsplit(url).hostname
        if host:
            counts[host] += 1
    return tuple(HostRow(h, counts[h], site(h) != first_party) for h in sorted(counts))
