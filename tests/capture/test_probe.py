"""The settle loop's reads stay out of the evidence trace (capture/probe.py)."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace

from tests.capture.conftest import LOCAL


def _calls(trace_zip) -> list[str]:
    with zipfile.ZipFile(trace_zip) as zf:
        lines = [line for name in zf.namelist() if name.endswith(".trace") for line in zf.read(name).splitlines()]
    return [e.get("method", "") for e in map(json.loads, lines) if e.get("type") == "before"]


def test_a_busy_step_is_read_many_times_but_traced_once(harness, site, tmp_path):
    # The countdown never lets the page go quiet: the step is polled every 0.2 s until the busy bound.
    options = replace(LOCAL, trace=True, clock="real")
    snap = harness.capture(site().url("/toast.html"), options=options, evidence_dir=tmp_path)[0]
    assert snap.wall_s >= 3.0  # the settle loop polled for seconds
    calls = _calls(next(tmp_path.rglob("trace.zip")))
    assert calls.count("evaluateExpression") <= 2  # the extraction, not the polls: each would be a DOM snapshot
    assert "screenshot" in calls  # the evidence itself is still traced
