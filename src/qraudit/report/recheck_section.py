"""The "Re-check" section of report.html: shown when the audit folder holds a recheck.json.

The comparison is read from the folder itself (the file the manifest seals), so the HTML formatter needs no
new input and a report re-rendered from the folder shows the same section.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qraudit.models import Bilingual
from qraudit.recheck.model import (
    FINDING_STATUSES,
    OVERALL_STATUSES,
    RECHECK_FILE,
    WALL_STATUSES,
    WallSide,
    read_recheck,
)
from qraudit.report.i18n import VERDICT_NAMES, pick
from qraudit.report.view import category_label

LABELS = {
    "title": Bilingual("复查", "Re-check"),
    "intro": Bilingual(
        "本次审计复查了案例 {case}（文件夹 {folder}，审计于 {at}，结论：{verdict}）。复查结果：",
        "This audit re-checks case {case} (folder {folder}, audited {at}, verdict: {verdict}). Result:",
    ),
    "what": Bilingual("项目", "What"),
    "before": Bilingual("上次", "Before"),
    "now": Bilingual("本次", "Now"),
    "status": Bilingual("状态", "Status"),
    "finding": Bilingual("发现", "Finding"),
    "mandatory": Bilingual("强制", "mandatory"),
    "allowed": Bilingual("强制，但仅索取该服务必要的信息", "mandatory, but only what the service needs"),
    "optional": Bilingual("可拒绝", "optional"),
    "absent": Bilingual("无", "none"),
    "no_walls": Bilingual("两次审计都没有发现障碍。", "Neither audit found a wall."),
    "old_hash": Bilingual("上次审计的清单 SHA-256：", "The earlier audit's manifest SHA-256:"),
    "not_verified": Bilingual(
        "注意：复查前，上次审计的文件夹与其清单不符。",
        "Note: before the re-check, the earlier audit's folder did not match its manifest.",
    ),
}


@dataclass(frozen=True)
class RecheckRow:
    what: str
    before: str
    now: str
    status: str  # the status word, also the row's CSS class
    status_label: str


def _side(side: WallSide, lang: str) -> str:
    state = pick(LABELS[side.state], lang) if side.state in LABELS else side.state
    return f"{state} · {', '.join(side.rule_ids)}" if side.rule_ids else state


def recheck_context(folder: Path, lang: str) -> dict | None:
    """What the section shows, or None when the folder is not a recheck (or its file is not readable)."""
    recheck = read_recheck(Path(folder) / RECHECK_FILE)
    if recheck is None:
        return None
    walls = [
        RecheckRow(
            category_label(w.category, lang),
            _side(w.old, lang),
            _side(w.new, lang),
            w.status,
            pick(WALL_STATUSES.get(w.status), lang) or w.status,
        )
        for w in recheck.walls
    ]
    absent = pick(LABELS["absent"], lang)
    findings = [
        RecheckRow(
            f.rule_id,
            f.old_severity or absent,
            f.new_severity or absent,
            f.status,
            pick(FINDING_STATUSES.get(f.status), lang) or f.status,
        )
        for f in recheck.findings
    ]
    old = recheck.old
    name = VERDICT_NAMES.get(old.verdict)
    verdict = pick(name, lang) if name else old.verdict
    if lang == "en":
        verdict = verdict.lower()  # inside a sentence: "was a violation"
    return {
        "t": {key: pick(text, lang) for key, text in LABELS.items()},
        "intro": pick(LABELS["intro"], lang).format(
            case=old.case_id, folder=old.folder, at=old.started_at, verdict=verdict
        ),
        "status": recheck.status,
        "status_label": pick(OVERALL_STATUSES.get(recheck.status), lang) or recheck.status,
        "walls": walls,
        "findings": findings,
        "old_manifest": old.manifest_sha256,
        "old_verified": old.verified is not False,
    }
