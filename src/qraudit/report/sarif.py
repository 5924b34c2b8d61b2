"""report.sarif: SARIF 2.1.0 for GitHub code scanning. One descriptor per rule, one result per wall or finding."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote

from qraudit import __version__
from qraudit.models import Finding, Report, Wall
from qraudit.models.kinds import SEVERITIES
from qraudit.report import narrative
from qraudit.report.base import Formatter, RenderInput, RuleInfo
from qraudit.report.i18n import CATEGORY, pick
from qraudit.report.json_format import dumps

URI_SAFE = ":/?#[]@!$&'()*+,;=%~"
SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"high": "error", "medium": "warning", "low": "note", "info": "note"}
# GitHub ranks security alerts by this number (0-10); privacy walls are security issues for the payer.
SECURITY_SEVERITY = {"high": "8.0", "medium": "5.5", "low": "3.0", "info": "0.0"}


def audited_url(report: Report) -> str:
    return report.start_url or report.target.payload or report.target.source


def artifact_uri(url: str) -> str:
    """SARIF wants a URI: percent-encode what a URL may not hold raw (spaces, Chinese), keep the rest."""
    return quote(url, safe=URI_SAFE)


def _severity(rule_ids: Sequence[str], rules: Mapping[str, RuleInfo], default: str) -> str:
    known = [rules[r].severity for r in rule_ids if r in rules and rules[r].severity in SEVERITIES]
    return min(known, key=SEVERITIES.index) if known else default


def _legal_text(rule: RuleInfo, lang: str) -> list[str]:
    return [f"{pick(ref.law, lang)} {ref.article}: {pick(ref.quote, lang)}" for ref in rule.legal]


def descriptor(rule: RuleInfo, lang: str) -> dict[str, Any]:
    title = pick(rule.title, lang) or rule.id
    description = pick(rule.description, lang) or title
    advice = pick(rule.advice, lang)
    laws = _legal_text(rule, lang)
    help_text = "\n".join([description, *([advice] if advice else []), *laws])
    help_md = "\n\n".join(
        [
            description,
            *([f"**{'建议' if lang == 'zh' else 'Advice'}:** {advice}"] if advice else []),
            *(f"> {law}" for law in laws),
        ]
    )
    tags = ["privacy", "qraudit", *([rule.category] if rule.category else [])]
    tags += [f"{ref.law.en} {ref.article}" for ref in rule.legal]
    return {
        "id": rule.id,
        "name": rule.id,
        "shortDescription": {"text": title},
        "fullDescription": {"text": description},
        "help": {"text": help_text, "markdown": help_md},
        "defaultConfiguration": {"level": LEVEL.get(rule.severity, "warning")},
        "properties": {
            "category": rule.category,
            "severity": rule.severity,
            "security-severity": SECURITY_SEVERITY.get(rule.severity, "5.5"),
            "tags": list(dict.fromkeys(tags)),
            "legal": [
                {"law": pick(ref.law, lang), "article": ref.article, "quote": pick(ref.quote, lang)}
                for ref in rule.legal
            ],
        },
    }


def _stand_in(rule_id: str, problem: Wall | Finding) -> RuleInfo:
    """A descriptor for a rule the caller gave no metadata for, from what the report itself says."""
    category = problem.category if isinstance(problem, Wall) else ""
    title = CATEGORY.get(category, problem.summary)
    severity = "high" if isinstance(problem, Wall) else problem.severity
    return RuleInfo(
        id=rule_id, title=title, description=problem.summary, category=category, severity=severity, legal=problem.legal
    )


def _result(
    report: Report, problem: Wall | Finding, index: dict[str, int], rules: Mapping[str, RuleInfo], lang: str
) -> dict[str, Any]:
    if isinstance(problem, Wall):
        fallback_severity, category, mandatory = "high", problem.category, bool(problem.mandatory)
    else:
        fallback_severity, category, mandatory = problem.severity, "finding", False
    rule_id = problem.rule_ids[0] if problem.rule_ids else "qraudit.unknown"
    severity = _severity(problem.rule_ids, rules, fallback_severity)
    url = audited_url(report)
    identity = "|".join([url, category, *problem.rule_ids])
    step_word = f"第 {problem.step} 步" if lang == "zh" else f"step {problem.step}"
    return {
        "ruleId": rule_id,
        "ruleIndex": index[rule_id],
        "level": LEVEL.get(severity, "warning"),
        "kind": "fail",
        "message": {"text": f"{pick(problem.summary, lang)} ({step_word}; {report.case_id})"},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(url)}}}],
        "partialFingerprints": {"qraudit/v1": hashlib.sha256(identity.encode("utf-8")).hexdigest()},
        "properties": {
            "case_id": report.case_id,
            "category": category,
            "mandatory": mandatory,
            "rule_ids": list(problem.rule_ids),
            "severity": severity,
            "step": problem.step,
            "excerpts": [narrative.clip(e, 300) for e in problem.evidence.excerpts],
            "fields": list(problem.evidence.field_kinds),
            "screenshot": problem.evidence.screenshot,
            "evidence_url": problem.evidence.url,
        },
    }


def sarif_log(items: Sequence[RenderInput], lang: str = "en") -> dict[str, Any]:
    rules: dict[str, RuleInfo] = {}
    for item in items:
        rules.update(item.rules)
    problems: list[tuple[Report, Wall | Finding]] = []
    for item in items:  # each report's walls, then its findings
        problems += [(item.report, wall) for wall in item.report.walls]
        problems += [(item.report, finding) for finding in item.report.findings]
    for _, problem in problems:
        for rule_id in problem.rule_ids or ("qraudit.unknown",):
            rules.setdefault(rule_id, _stand_in(rule_id, problem))
    ordered = sorted(rules)
    index = {rule_id: i for i, rule_id in enumerate(ordered)}
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "qraudit",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": [descriptor(rules[r], lang) for r in ordered],
                    }
                },
                "automationDetails": {"id": "qraudit/"},
                "columnKind": "unicodeCodePoints",
                "invocations": [
                    {
                        "executionSuccessful": item.report.verdict != "inconclusive",
                        "startTimeUtc": item.report.started_at,
                        "endTimeUtc": item.report.finished_at,
                        "properties": {
                            "case_id": item.report.case_id,
                            "url": audited_url(item.report),
                            "verdict": item.report.verdict,
                            "verdict_reason": item.report.verdict_reason,
                        },
                    }
                    for item in items
                ],
                "results": [_result(report, p, index, rules, lang) for report, p in problems],
            }
        ],
    }


class SarifFormatter(Formatter):
    name = "sarif"
    filename = "report.sarif"
    batch = True

    def render(self, item: RenderInput) -> bytes:
        return self.render_batch([item])

    def render_batch(self, items: Sequence[RenderInput]) -> bytes:
        lang = items[0].lang if items else "en"
        return dumps(sarif_log(items, lang)).encode("utf-8")
