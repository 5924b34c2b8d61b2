"""The campaign summaries as output formats (qraudit/output.py), behind the same protocol as an audit's
reports: `qraudit campaign summary --format` picks them by name from CAMPAIGN_FORMATS."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qraudit.campaign.summary_data import Campaign
from qraudit.campaign.summary_files import CSV_NAME, GEOJSON_NAME, SARIF_NAME, render_csv, render_geojson, render_sarif
from qraudit.campaign.summary_html import INDEX_NAME, render_index
from qraudit.output import OutputFormat


@dataclass(frozen=True)
class CampaignInput:
    campaign: Campaign
    lang: str = "zh"


class CampaignFormat(OutputFormat[CampaignInput]):
    def folder(self, item: CampaignInput) -> Path:
        return item.campaign.root


class IndexHtml(CampaignFormat):
    name, filename = "html", INDEX_NAME

    def render(self, item: CampaignInput) -> bytes:
        return render_index(item.campaign, item.lang).encode("utf-8")


class SummaryCsv(CampaignFormat):
    name, filename = "csv", CSV_NAME

    def render(self, item: CampaignInput) -> bytes:
        return render_csv(item.campaign)


class SummaryGeojson(CampaignFormat):
    name, filename = "geojson", GEOJSON_NAME

    def render(self, item: CampaignInput) -> bytes:
        return render_geojson(item.campaign)


class CampaignSarif(CampaignFormat):
    name, filename = "sarif", SARIF_NAME

    def render(self, item: CampaignInput) -> bytes:
        return render_sarif(item.campaign, item.lang)


CAMPAIGN_FORMATS: dict[str, type[CampaignFormat]] = {
    f.name: f for f in (IndexHtml, SummaryCsv, SummaryGeojson, CampaignSarif)
}
