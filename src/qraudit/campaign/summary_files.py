"""summary.csv (spreadsheets, complaint forms), summary.geojson (map tools) and campaign.sarif (code scanning)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from qraudit.campaign.facts import worst_verdict
from qraudit.campaign.summary_data import Campaign, SummaryRow, sorted_rows

CSV_NAME = "summary.csv"
GEOJSON_NAME = "summary.geojson"
SARIF_NAME = "campaign.sarif"

CSV_COLUMNS = (
    "case_id",
    "verdict",
    "venue",
    "date",
    "taken_at",
    "started_at",
    "finished_at",
    "latitude",
    "longitude",
    "target_kind",
    "source",
    "photo_count",
    "photo_sources",
    "payload_kind",
    "payload",
    "start_url",
    "reached_payment",
    "mandatory_walls",
    "refusable_walls",
    "rule_ids",
    "findings",
    "walls_zh",
    "walls_en",
    "verdict_reason",
    "report",
    "recheck_status",
    "recheck_at",
    "recheck_verdict",
    "recheck_report",
)
# A cell starting with one of these is a formula to Excel and LibreOffice; page text and QR payloads are
# hostile input, so such text cells get a leading apostrophe (numbers are left alone).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MARKER_COLOR = {"violation": "#c62828", "inconclusive": "#f9a825", "compliant": "#2e7d32"}  # simplestyle-spec
COORD_DECIMALS = 6  # RFC 7946 suggests six: about 10 cm


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_record(row: SummaryRow) -> dict[str, Any]:
    report = row.record.report
    exif = report.target.exif
    gps = exif.gps if exif else None
    photo_sources = [source for sha, source in row.record.photo_links if sha]
    return {
        "case_id": row.case_id,
        "verdict": row.verdict,
        "venue": row.venue,
        "date": row.date,
        "taken_at": exif.taken_at if exif else None,
        "started_at": report.started_at,
        "finished_at": report.finished_at,
        "latitude": gps.lat if gps else None,
        "longitude": gps.lon if gps else None,
        "target_kind": report.target.kind,
        "source": report.target.source,
        "photo_count": len({sha for sha, _ in row.record.photo_links if sha}),
        "photo_sources": "; ".join(dict.fromkeys(photo_sources)),
        "payload_kind": report.target.payload_kind,
        "payload": report.target.payload,
        "start_url": report.start_url,
        "reached_payment": report.reached_payment,
        "mandatory_walls": "; ".join(row.mandatory),
        "refusable_walls": "; ".join(row.refusable),
        "rule_ids": "; ".join(dict.fromkeys(r for w in report.walls for r in w.rule_ids)),
        "findings": len(report.findings),
        "walls_zh": "；".join(w.summary.zh for w in report.walls),
        "walls_en": "; ".join(w.summary.en for w in report.walls),
        "verdict_reason": row.verdict_reason,
        "report": row.report_href,
        "recheck_status": row.recheck.status if row.recheck else None,  # empty: never rechecked
        "recheck_at": row.recheck.checked_at if row.recheck else None,
        "recheck_verdict": row.recheck.verdict if row.recheck else None,
        "recheck_report": row.recheck_href,
    }


def render_csv(campaign: Campaign) -> bytes:
    """UTF-8 with a BOM so that Excel shows the Chinese text; rows worst verdict first."""
    text = io.StringIO(newline="")
    writer = csv.DictWriter(text, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for row in sorted_rows(campaign.rows, "verdict"):
        writer.writerow({k: _cell(v) for k, v in csv_record(row).items()})
    return text.getvalue().encode("utf-8-sig")


def geojson(campaign: Campaign) -> dict[str, Any]:
    """A Point per photo with GPS that led to at least one audited case; verdict is the worst of its cases."""
    by_case = {row.case_id: row for row in campaign.rows}
    features = []
    for photo in campaign.photos:
        rows = [by_case[c] for c in photo.case_ids if c in by_case]
        if not rows or photo.lat is None or photo.lon is None:
            continue
        if not (-90 <= photo.lat <= 90 and -180 <= photo.lon <= 180):
            continue  # a broken EXIF position would put the point off the map
        verdict = worst_verdict([r.verdict for r in rows])
        features.append(
            {
                "type": "Feature",
                "geometry": {
                    "type": "Point",
                    "coordinates": [round(photo.lon, COORD_DECIMALS), round(photo.lat, COORD_DECIMALS)],
                },
                "properties": {
                    "photo_sha256": photo.sha256,
                    "photo": Path(photo.source).name,
                    "taken_at": photo.taken_at,
                    "verdict": verdict,
                    "case_ids": [r.case_id for r in rows],
                    "verdicts": [r.verdict for r in rows],
                    "mandatory_walls": sorted({c for r in rows for c in r.mandatory}),
                    "reports": [r.report_href for r in rows],
                    "rechecks": [r.recheck.status if r.recheck else None for r in rows],  # one per case_ids entry
                    "marker-color": MARKER_COLOR.get(verdict, "#757575"),
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}


def render_geojson(campaign: Campaign) -> bytes:
    return (json.dumps(geojson(campaign), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def render_sarif(campaign: Campaign, lang: str = "zh") -> bytes:
    """Every audit in one SARIF run, for github/codeql-action/upload-sarif (one upload, one category)."""
    from qraudit.report import render_batch
    from qraudit.rules import load_ruleset

    reports = [row.record.report for row in sorted_rows(campaign.rows, "verdict")]
    return render_batch(reports, "sarif", lang=lang, rules=load_ruleset().by_id).encode("utf-8")
