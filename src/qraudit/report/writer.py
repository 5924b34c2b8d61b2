"""Pick formats by name and write them into an audit folder, or render many audits into one document."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from qraudit.errors import InputError
from qraudit.models import Report, Snapshot
from qraudit.report.base import Formatter, RenderInput, RuleInfo, rule_infos
from qraudit.report.html import HtmlFormatter
from qraudit.report.i18n import check_lang
from qraudit.report.images import prepare_assets
from qraudit.report.json_format import JsonFormatter
from qraudit.report.junit import JunitFormatter
from qraudit.report.pdf import PdfFormatter
from qraudit.report.sarif import SarifFormatter

FORMATS: dict[str, type[Formatter]] = {
    "json": JsonFormatter,
    "html": HtmlFormatter,
    "pdf": PdfFormatter,
    "sarif": SarifFormatter,
    "junit": JunitFormatter,
}


def formatter(name: str) -> Formatter:
    try:
        return FORMATS[name]()
    except KeyError:
        raise InputError(f"unknown report format {name!r}", hint=f"known formats: {', '.join(FORMATS)}") from None


def check_formats(names: Iterable[str]) -> list[str]:
    """The names, deduplicated in order, each known; an unknown one is an error naming the known ones."""
    chosen = list(dict.fromkeys(names))
    for name in chosen:
        formatter(name)
    return chosen


def write_reports(
    report: Report,
    folder: Path,
    formats: Sequence[str] = ("json", "html"),
    lang: str = "zh",
    rules: Mapping[str, Any] | None = None,
    snapshots: Sequence[Snapshot] = (),
) -> dict[str, Path]:
    """Write each format into `folder` and return name -> path. Formats that quote the manifest hash
    (html, pdf) show whatever manifest.json is there when they are written; `qraudit.evidence.seal_audit`
    writes them after the manifest."""
    names = check_formats(formats)
    check_lang(lang)
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError("audit folder does not exist", location=folder)
    item = RenderInput(report, folder, lang, rule_infos(rules), tuple(snapshots))
    if any(FORMATS[n].quotes_manifest for n in names):
        prepare_assets(report, folder)
    return {name: formatter(name).write(item) for name in names}


def render_batch(reports: Sequence[Report], fmt: str, lang: str = "en", rules: Mapping[str, Any] | None = None) -> str:
    """Many audits as one SARIF log or one JUnit document, for a CI job that gates on a batch."""
    chosen = formatter(fmt)
    if not chosen.batch:
        batchable = [name for name, cls in FORMATS.items() if cls.batch]
        raise InputError(f"the {fmt} format renders one audit at a time", hint=f"batch formats: {', '.join(batchable)}")
    check_lang(lang)
    infos: dict[str, RuleInfo] = rule_infos(rules)
    items = [RenderInput(r, Path("."), lang, infos) for r in reports]
    return chosen.render_batch(items).decode("utf-8")
