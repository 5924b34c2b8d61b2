"""report.json: the Report as plain data, keys sorted and indented so that two audits diff cleanly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qraudit.errors import InputError
from qraudit.models import Report
from qraudit.report.base import Formatter, RenderInput
from qraudit.serde import from_data, to_data


def dumps(data: Any) -> str:
    """The one JSON style of every machine-readable output: sorted keys, two-space indent, UTF-8 text."""
    return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def report_json(report: Report) -> str:
    return dumps(to_data(report))


def read_report(path: Path) -> Report:
    """A report.json back as a Report; a file that is not one is an InputError naming it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read report: {exc.strerror or exc}", location=path) from exc
    except ValueError as exc:
        raise InputError(f"not JSON: {exc}", location=path) from exc
    if not isinstance(data, dict) or data.get("schema_version") != 1 or "case_id" not in data:
        raise InputError("not a qraudit report (schema_version 1)", location=path)
    for wall in data.get("walls") or ():
        if isinstance(wall, dict) and "violation" not in wall:
            # Written before necessity was judged: then every mandatory wall was a violation.
            wall["violation"] = bool(wall.get("mandatory"))
    try:
        return from_data(Report, data)
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise InputError(f"malformed report: {exc}", location=path) from exc


class JsonFormatter(Formatter):
    name = "json"
    filename = "report.json"

    def render(self, item: RenderInput) -> bytes:
        return report_json(item.report).encode("utf-8")
