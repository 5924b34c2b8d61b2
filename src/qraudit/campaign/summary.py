"""`qraudit campaign summary DIR`: index.html, summary.csv, summary.geojson (and campaign.sarif on request)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from qraudit.campaign.summary_data import Campaign, load_campaign
from qraudit.campaign.summary_files import write_csv, write_geojson, write_sarif
from qraudit.campaign.summary_html import write_index
from qraudit.errors import InputError

WRITERS: dict[str, Callable[[Campaign, str], Path]] = {
    "html": write_index,
    "csv": write_csv,
    "geojson": write_geojson,
    "sarif": write_sarif,
}
DEFAULT_FORMATS = ("html", "csv", "geojson")


def check_formats(formats: Iterable[str]) -> list[str]:
    """The names deduplicated in order; an unknown one is an error naming the known ones."""
    chosen = list(dict.fromkeys(formats))
    for name in chosen:
        if name not in WRITERS:
            raise InputError(f"unknown summary format {name!r}", hint=f"known formats: {', '.join(WRITERS)}")
    return chosen


def build_summary(out_dir: Path, formats: Iterable[str] = DEFAULT_FORMATS, lang: str = "zh") -> dict[str, Path]:
    """Write the summaries into the campaign folder and return format name -> path."""
    from qraudit.report.i18n import check_lang

    chosen = check_formats(formats)
    check_lang(lang)
    campaign = load_campaign(Path(out_dir), thumbs="html" in chosen)
    return {name: WRITERS[name](campaign, lang) for name in chosen}
