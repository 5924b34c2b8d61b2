"""Campaigns: many audits in one output folder, recorded in campaign.db, resumable, shardable, mergeable."""

from qraudit.campaign.formats import CAMPAIGN_FORMATS as SUMMARY_FORMATS
from qraudit.campaign.merge import MergeResult, merge_campaigns
from qraudit.campaign.shard import in_shard, parse_shard, select_shard, shard_of
from qraudit.campaign.store import DB_NAME, AuditRecord, CampaignStore, PhotoRecord
from qraudit.campaign.summary import DEFAULT_FORMATS, build_summary
from qraudit.campaign.summary import check_formats as check_summary_formats
from qraudit.campaign.urllist import expand_url_lists, is_url_list, read_url_list

__all__ = [
    "DB_NAME",
    "DEFAULT_FORMATS",
    "SUMMARY_FORMATS",
    "AuditRecord",
    "CampaignStore",
    "MergeResult",
    "PhotoRecord",
    "build_summary",
    "check_summary_formats",
    "expand_url_lists",
    "in_shard",
    "is_url_list",
    "merge_campaigns",
    "parse_shard",
    "read_url_list",
    "select_shard",
    "shard_of",
]
