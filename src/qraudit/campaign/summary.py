"""`qraudit campaign summary DIR`: index.html, summary.csv, summary.geojson (and campaign.sarif on request)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from qraudit.campaign.formats import CAMPAIGN_FORMATS, CampaignInput
from qraudit.campaign.summary_data import load_campaign
from qraudit.errors import InputError

DEFAULT_FORMATS = ("html", "csv", "geojson")


def check_formats(formats: Iterable[str]) -> list[str]:
    """The names deduplicated in order; an unknown one is an error naming the known ones."""
    chosen = list(dict.fromkeys(formats))
    for name in chosen:
        if name not in CAMPAIGN_FORMATS:
            raise InputError(f"unknown summary format {name!r}", hint=f"known formats: {', '.join(CAMPAIGN_FORMATS)}")
    return chosen


def build_summary(out_dir: Path, formats: Iterable[str] = DEFAULT_FORMATS, lang: str = "zh") -> dict[str, Path]:
    """Write the summaries into the campaign folder and return format name -> path."""
    from qraudit.report.i18n import check_lang

    chosen = check_formats(formats)
    check_lang(lang)
    campaign = load_campaign(Path(out_dir), thumbs="html" in chosen)
    item = CampaignInput(campaign, lang)
    return {name: CAMPAIGN_FORMATS[name]().write(item) for name in chosen}
