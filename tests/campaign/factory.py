"""Synthetic audits for campaign tests: a Report and a complete audit folder written the way the pipeline does
(`<case>.partial`, report.json, photo, screenshot, manifest, then the rename)."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from PIL import Image

from qraudit.evidence import write_manifest
from qraudit.models import (
    GPS,
    Bilingual,
    Code,
    Evidence,
    Exif,
    Finding,
    PhotoResult,
    Report,
    StepRecord,
    Target,
    Versions,
    Wall,
)
from qraudit.report.json_format import report_json

SUMMARY = {
    "follow": Bilingual("必须关注公众号才能付款", "Payment requires following an Official Account"),
    "login": Bilingual("必须授权登录才能付款", "Payment requires a login"),
    "personal_data": Bilingual("要求填写手机号", "A phone number is demanded"),
}
VERSIONS = Versions(tool="0.1.0", rules_hash="sha256:test", browser="Chromium test")


def sha_of(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


def wall(category: str, mandatory: bool, step: int = 1) -> Wall:
    return Wall(
        category=category,
        mandatory=mandatory,
        rule_ids=(f"{category}.test-rule",),
        step=step,
        summary=SUMMARY.get(category, Bilingual(category, category)),
        evidence=Evidence(excerpts=("请先关注",)),
    )


def make_report(
    case_id: str,
    verdict: str = "violation",
    walls: tuple[tuple[str, bool], ...] = (("follow", True),),
    gps: tuple[float, float] | None = (31.2304, 121.4737),
    taken_at: str | None = "2026-03-11T18:42:07+08:00",
    started_at: str = "2026-03-11T10:45:00Z",
    finished_at: str = "2026-03-11T10:46:12Z",
    photo_name: str | None = "IMG_0001.jpg",
    payload: str | None = None,
    reason: str = "test verdict",
    findings: int = 0,
) -> Report:
    payload = payload or f"https://{case_id.rsplit('-', 1)[0]}.example.cn/pay?case={case_id}"
    exif = (
        Exif(taken_at=taken_at, gps=GPS(*gps) if gps else None, make="Apple", model="iPhone 13") if photo_name else None
    )
    target = Target(
        kind="photo" if photo_name else "url",
        source=photo_name or payload,
        sha256=sha_of(photo_name) if photo_name else None,
        exif=exif,
        payload=payload,
        payload_kind="url",
        photo="photo.jpg" if photo_name else None,
    )
    extra = tuple(
        Finding(
            rule_ids=("consent.pre-ticked",),
            severity="medium",
            step=0,
            summary=Bilingual("预先勾选", "Pre-ticked"),
            evidence=Evidence(),
        )
        for _ in range(findings)
    )
    return Report(
        case_id=case_id,
        target=target,
        start_url=payload,
        profile="wechat-ios",
        started_at=started_at,
        finished_at=finished_at,
        versions=VERSIONS,
        verdict=verdict,
        verdict_reason=reason,
        reached_payment=verdict == "compliant",
        walls=tuple(wall(c, m, i) for i, (c, m) in enumerate(walls)),
        findings=extra,
        steps=(StepRecord(n=0, url=payload, title="停车缴费", files={"screenshot": "step-00.png"}),),
    )


def photo_result(report: Report, codes: tuple[str, ...] | None = None) -> PhotoResult:
    """The PhotoResult decode would have produced for the report's photo."""
    t = report.target
    texts = codes if codes is not None else (t.payload,)
    corners = ((0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0))
    return PhotoResult(
        source=t.source,
        sha256=t.sha256,
        codes=tuple(Code(text=x, kind="url", polygon=corners, decoder="zxing") for x in texts),
        exif=t.exif or Exif(),
        width=64,
        height=48,
    )


def write_partial(root: Path, report: Report) -> Path:
    """Everything of the audit folder except the final rename."""
    work = root / f"{report.case_id}.partial"
    work.mkdir(parents=True)
    if report.target.photo:
        Image.new("RGB", (64, 48), (200, 30, 30)).save(work / "photo.jpg", quality=85)
    Image.new("RGB", (39, 84), (30, 120, 200)).save(work / "step-00.png")
    (work / "report.json").write_text(report_json(report), encoding="utf-8")
    write_manifest(work, report.versions, report.started_at, report.finished_at)
    return work


def finish(work: Path) -> Path:
    folder = work.with_name(work.name.removesuffix(".partial"))
    work.rename(folder)
    return folder


def write_audit(root: Path, report: Report) -> Path:
    return finish(write_partial(root, report))


def newer(report: Report, finished_at: str, **changes) -> Report:
    return replace(report, finished_at=finished_at, **changes)
