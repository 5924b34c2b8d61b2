"""report.junit.xml: one testcase per audit, one failure per mandatory wall, an error when inconclusive."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from datetime import datetime

from qraudit.models import Report
from qraudit.report import narrative
from qraudit.report.base import Formatter, RenderInput
from qraudit.report.i18n import pick
from qraudit.report.sarif import audited_url
from qraudit.report.view import category_label

# XML 1.0 cannot carry these at all, not even escaped; hostile pages put them in titles.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _seconds(report: Report) -> str:
    try:
        start = datetime.fromisoformat(report.started_at.replace("Z", "+00:00"))
        end = datetime.fromisoformat(report.finished_at.replace("Z", "+00:00"))
    except ValueError:
        return "0.000"
    return f"{max((end - start).total_seconds(), 0.0):.3f}"


def _testcase(item: RenderInput) -> ET.Element:
    report, lang = item.report, item.lang
    case = ET.Element(
        "testcase",
        {
            "classname": "qraudit.audit",
            "name": xml_text(f"{report.case_id}: {audited_url(report)}"),
            "time": _seconds(report),
        },
    )
    for wall in (w for w in report.walls if w.mandatory):
        failure = ET.SubElement(
            case,
            "failure",
            {
                "type": wall.category,
                "message": xml_text(f"{category_label(wall.category, lang)}: {pick(wall.summary, lang)}"),
            },
        )
        lines = [f"step {wall.step}; rules: {', '.join(wall.rule_ids)}"]
        lines += [f"{pick(ref.law, lang)} {ref.article}" for ref in wall.legal]
        lines += [f"> {narrative.clip(e, 300)}" for e in wall.evidence.excerpts]
        if wall.evidence.screenshot:
            lines.append(f"screenshot: {wall.evidence.screenshot}")
        failure.text = xml_text("\n".join(lines))
    if report.verdict == "inconclusive":
        error = ET.SubElement(
            case, "error", {"type": "inconclusive", "message": xml_text(narrative.clip(report.verdict_reason, 300))}
        )
        error.text = xml_text("\n".join(report.errors))
    out = ET.SubElement(case, "system-out")
    out.text = xml_text(narrative.verdict_sentence(report, lang))
    return case


def junit_xml(items: Sequence[RenderInput]) -> bytes:
    cases = [_testcase(item) for item in items]
    failures = sum(1 for c in cases if c.find("failure") is not None)  # failed testcases, as JUnit counts them
    errors = sum(1 for c in cases if c.find("error") is not None)
    counts = {"tests": str(len(cases)), "failures": str(failures), "errors": str(errors), "skipped": "0"}
    root = ET.Element("testsuites", {"name": "qraudit", **counts})
    suite = ET.SubElement(root, "testsuite", {"name": "qraudit", **counts})
    if items:
        suite.set("timestamp", items[0].report.started_at)
    suite.extend(cases)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


class JunitFormatter(Formatter):
    name = "junit"
    filename = "report.junit.xml"
    batch = True

    def render(self, item: RenderInput) -> bytes:
        return junit_xml([item])

    def render_batch(self, items: Sequence[RenderInput]) -> bytes:
        return junit_xml(items)
