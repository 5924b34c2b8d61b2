"""Many cases at once: the CLI's CASE_DIR… list and a campaign folder. A bad case is a line, never the end of
the run."""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from qraudit.complaint.complainant import Complainant
from qraudit.complaint.errors import NotAViolation
from qraudit.complaint.package import Written, check_recipient, write_package
from qraudit.complaint.wording import BEIJING, DEFAULT_DAYS, MISSING
from qraudit.errors import QrauditError
from qraudit.exitcodes import ExitCode

INDEX_JSON, INDEX_HTML = "index.json", "index.html"
Progress = Callable[[int, int, str, "Written | Skipped"], None]


@dataclass(frozen=True)
class Skipped:
    case: str  # the case id, or the folder when it has none
    reason: str  # one line
    error: bool  # True: unreadable input (exit 2); False: nothing to complain about (exit 3 alone)


@dataclass(frozen=True)
class BatchResult:
    written: tuple[Written, ...]
    skipped: tuple[Skipped, ...]
    cases: int
    violating: int = 0

    @property
    def exit_code(self) -> ExitCode:
        """2 when some input was unreadable; else 3 when nothing was written (no violation to complain about)."""
        if self.errors:
            return ExitCode.USAGE
        return ExitCode.OK if self.written or not self.skipped else ExitCode.NO_RESULT

    @property
    def errors(self) -> tuple[Skipped, ...]:
        return tuple(s for s in self.skipped if s.error)


def _one(
    folder: Path, case: str, recipient: str, complainant: Complainant, out: Path, days: int, now: datetime
) -> Written | Skipped:
    try:
        return write_package(folder, recipient, complainant, out, days, now)
    except NotAViolation as exc:
        return Skipped(case, exc.one_line(), error=False)
    except QrauditError as exc:
        return Skipped(case, exc.one_line(), error=True)


def _collect(
    items: Sequence[tuple[Path, str]],
    recipient: str,
    complainant: Complainant,
    out: Path,
    days: int,
    progress: Progress | None,
) -> tuple[list[Written], list[Skipped]]:
    check_recipient(recipient)
    now = datetime.now(BEIJING)  # one date for the whole run
    written: list[Written] = []
    skipped: list[Skipped] = []
    for i, (folder, case) in enumerate(items, 1):
        done = _one(folder, case, recipient, complainant, out, days, now)
        (written if isinstance(done, Written) else skipped).append(done)  # type: ignore[arg-type]
        if progress is not None:
            progress(i, len(items), case, done)
    return written, skipped


def complain_cases(
    folders: Sequence[Path],
    recipient: str,
    complainant: Complainant,
    out: Path,
    days: int = DEFAULT_DAYS,
    progress: Progress | None = None,
) -> BatchResult:
    written, skipped = _collect([(Path(f), str(f)) for f in folders], recipient, complainant, out, days, progress)
    return BatchResult(tuple(written), tuple(skipped), len(folders))


def complain_campaign(
    root: Path,
    recipient: str,
    complainant: Complainant,
    out: Path,
    days: int = DEFAULT_DAYS,
    progress: Progress | None = None,
) -> tuple[BatchResult, dict[str, Path]]:
    """One package per violating case that campaign.db lists, then index.json and index.html in `out`."""
    from qraudit.campaign import CampaignStore

    check_recipient(recipient)
    with CampaignStore.open(Path(root), create=False) as store:
        records = store.audits()
    violating = [r for r in records if r.report.verdict == "violation"]
    written, skipped = _collect([(r.folder, r.case_id) for r in violating], recipient, complainant, out, days, progress)
    for record in records:
        if record.report.verdict != "violation":
            skipped.append(Skipped(record.case_id, f"skipped: verdict is {record.report.verdict}", error=False))
    result = BatchResult(tuple(written), tuple(skipped), len(records), len(violating))
    return result, write_index(Path(out), Path(root), recipient, result)


def index_data(root: Path, recipient: str, result: BatchResult) -> dict:
    return {
        "campaign": str(root.resolve()),
        "recipient": recipient,
        "counts": {
            "cases": result.cases,
            "violating": result.violating,
            "written": len(result.written),
            "skipped": len(result.skipped),
            "errors": len(result.errors),
        },
        "packages": [
            {
                "case_id": w.case_id,
                "folder": w.folder.name,
                "files": [p.name for p in w.files],
                "merchant": w.merchant,
                "missing": list(w.missing),
            }
            for w in result.written
        ],
        "skipped": [{"case_id": s.case, "reason": s.reason, "error": s.error} for s in result.skipped],
    }


def write_index(out: Path, root: Path, recipient: str, result: BatchResult) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    data = index_data(root, recipient, result)
    (out / INDEX_JSON).write_text(
        json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    counts = data["counts"]
    rows = "".join(
        f'<tr><td><a href="./{html.escape(p["folder"])}/">{html.escape(p["case_id"])}</a></td>'
        f"<td>{html.escape(p['merchant'] or '')}</td>"
        f"<td>{html.escape('、'.join(MISSING[m] for m in p['missing']))}</td></tr>"
        for p in data["packages"]
    )
    skips = "".join(f"<li>{html.escape(s['case_id'])}: {html.escape(s['reason'])}</li>" for s in data["skipped"])
    page = (
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>投诉材料索引</title></head><body>'
        f"<h1>投诉材料索引（{html.escape(recipient)}）</h1>"
        f"<p>案例 {counts['cases']} 个，违规 {counts['violating']} 个，"
        f"已生成 {counts['written']} 份，跳过 {counts['skipped']} 个。"
        "qraudit 不会发送任何邮件或提交任何表单。</p>"
        f"<table><thead><tr><th>审计编号</th><th>商户</th><th>尚缺</th></tr></thead><tbody>{rows}</tbody></table>"
        f"<h2>跳过</h2><ul>{skips}</ul></body></html>\n"
    )
    (out / INDEX_HTML).write_text(page, encoding="utf-8")
    return {"json": out / INDEX_JSON, "html": out / INDEX_HTML}
