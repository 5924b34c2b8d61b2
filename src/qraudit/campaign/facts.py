"""Facts about one audit that the store indexes and the summaries sort by: venue, date, host."""

from __future__ import annotations

from urllib.parse import urlsplit

from qraudit.models import GPS, Report
from qraudit.models.kinds import VERDICTS

GPS_DECIMALS = 3  # about 110 m: one car park or restaurant, without pinning the photographer's exact spot
VERDICT_ORDER: dict[str, int] = {verdict: rank for rank, verdict in enumerate(VERDICTS)}  # worst first


def gps_of(report: Report) -> GPS | None:
    exif = report.target.exif
    return exif.gps if exif is not None else None


def host_of(report: Report) -> str:
    url = report.start_url or report.target.payload or ""
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        host = None
    return host or report.target.payload_kind or report.target.kind


def venue_of(report: Report) -> str:
    """The photo's rounded GPS position when there is one, else the host the code points to."""
    gps = gps_of(report)
    if gps is not None:
        return f"{gps.lat:.{GPS_DECIMALS}f},{gps.lon:.{GPS_DECIMALS}f}"
    return host_of(report)


def date_of(report: Report) -> str:
    """When the code was seen: the photo's capture time, else when the audit started (ISO 8601 text)."""
    exif = report.target.exif
    if exif is not None and exif.taken_at:
        return exif.taken_at
    return report.started_at


def worst_verdict(verdicts: list[str]) -> str:
    return min(verdicts, key=lambda v: VERDICT_ORDER.get(v, len(VERDICT_ORDER)), default="inconclusive")
