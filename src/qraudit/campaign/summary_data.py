"""What the summaries show, read from campaign.db alone (thumbnails come from the audit folders if present)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from qraudit.campaign.facts import VERDICT_ORDER, date_of
from qraudit.campaign.store import AuditRecord, CampaignStore, PhotoRecord
from qraudit.campaign.summary_recheck import RecheckMark, latest_rechecks
from qraudit.campaign.thumbs import make_thumbnail
from qraudit.errors import InputError

REPORT_FILES = ("report.html", "report.pdf", "report.json")  # the first one present is what a row links to


@dataclass(frozen=True)
class SummaryRow:
    case_id: str
    verdict: str
    verdict_reason: str
    venue: str
    date: str  # photo capture time, else audit start; ISO 8601 text
    record: AuditRecord
    report_href: str  # relative to the campaign folder, '/'-separated
    thumb_href: str | None = None
    recheck: RecheckMark | None = None  # the newest `qraudit recheck` of this case, if any
    recheck_href: str | None = None

    @property
    def mandatory(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(w.category for w in self.record.report.walls if w.mandatory))

    @property
    def refusable(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(w.category for w in self.record.report.walls if not w.mandatory))


@dataclass(frozen=True)
class Campaign:
    root: Path
    rows: tuple[SummaryRow, ...]
    photos: tuple[PhotoRecord, ...]


def href(root: Path, path: Path) -> str:
    """A relative link; './' keeps a folder named like 'javascript:x' from reading as a URL scheme."""
    rel = Path(os.path.relpath(path, root)).as_posix()
    return rel if rel.startswith(("../", "/")) else "./" + rel


def report_href(root: Path, folder: Path) -> str:
    for name in REPORT_FILES:
        if (folder / name).is_file():
            return href(root, folder / name)
    return href(root, folder) + "/"


def load_campaign(root: Path, thumbs: bool = True) -> Campaign:
    root = Path(root)
    with CampaignStore.open(root, create=False) as store:
        records, photos = store.audits(), store.photos()
    rechecks = latest_rechecks(root)
    rows = []
    for rec in records:
        thumb = make_thumbnail(rec, root) if thumbs else None
        recheck = rechecks.get(rec.case_id)
        rows.append(
            SummaryRow(
                case_id=rec.case_id,
                verdict=rec.report.verdict,
                verdict_reason=rec.report.verdict_reason,
                venue=rec.venue,
                date=date_of(rec.report),
                record=rec,
                report_href=report_href(root, rec.folder),
                thumb_href=href(root, thumb) if thumb else None,
                recheck=recheck,
                recheck_href=report_href(root, recheck.folder) if recheck else None,
            )
        )
    return Campaign(root, tuple(rows), tuple(photos))


# The three orders index.html offers; each is a pre-rendered table, so sorting needs no script.
SORTS: dict[str, Callable[[SummaryRow], tuple]] = {
    "verdict": lambda r: (VERDICT_ORDER.get(r.verdict, 9), r.venue, _newest_first(r.date), r.case_id),
    "venue": lambda r: (r.venue, _newest_first(r.date), r.case_id),
    "date": lambda r: (_newest_first(r.date), r.case_id),
}


def _newest_first(date: str) -> tuple[int, ...]:
    return tuple(-ord(ch) for ch in date)


def sorted_rows(rows: Iterable[SummaryRow], order: str) -> list[SummaryRow]:
    try:
        key = SORTS[order]
    except KeyError:
        raise InputError(f"unknown sort order {order!r}", hint=f"known orders: {', '.join(SORTS)}") from None
    return sorted(rows, key=key)
