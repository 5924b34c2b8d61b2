"""Turn a Report and its audit folder into report.json, report.html, report.pdf, SARIF and JUnit."""

from qraudit.report.base import Formatter, RenderInput, RuleInfo, rule_info, rule_infos
from qraudit.report.i18n import default_lang
from qraudit.report.images import prepare_assets
from qraudit.report.json_format import read_report, report_json
from qraudit.report.narrative import verdict_sentence
from qraudit.report.writer import FORMATS, check_formats, render_batch, write_reports

__all__ = [
    "FORMATS",
    "Formatter",
    "RenderInput",
    "RuleInfo",
    "check_formats",
    "default_lang",
    "prepare_assets",
    "read_report",
    "render_batch",
    "report_json",
    "rule_info",
    "rule_infos",
    "verdict_sentence",
    "write_reports",
]
