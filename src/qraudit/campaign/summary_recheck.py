"""The latest re-check of each case, found by the recheck.json of the folders beside the cases.

Rechecks are not rows of campaign.db: its audits table has one row per case id, and a recheck recorded there
would either replace the case's first audit (the evidence of the violation) or count as a second case. The
sealed recheck.json travels with its folder, so a summary finds it wherever the folder was copied with its case.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qraudit.campaign.folders import is_partial
from qraudit.recheck.model import RECHECK_FILE, RECHECK_INFIX, read_recheck


@dataclass(frozen=True)
class RecheckMark:
    status: str  # an OVERALL_STATUSES key of qraudit.recheck.model
    checked_at: str  # UTC, when the re-audit started
    verdict: str  # the re-audit's verdict
    folder: Path


def latest_rechecks(root: Path) -> dict[str, RecheckMark]:
    """case id -> its newest recheck among `root/<case_id>.recheck-*/recheck.json`."""
    found: dict[str, RecheckMark] = {}
    for path in sorted(Path(root).glob(f"*{RECHECK_INFIX}*/{RECHECK_FILE}")):
        folder = path.parent
        recheck = read_recheck(path)
        if is_partial(folder) or recheck is None or not folder.name.startswith(recheck.old.case_id + RECHECK_INFIX):
            continue  # unfinished, not one of ours, or a recheck.json copied under another case's name
        mark = RecheckMark(recheck.status, recheck.new.started_at, recheck.new.verdict, folder)
        known = found.get(recheck.old.case_id)
        if known is None or (mark.checked_at, folder.name) > (known.checked_at, known.folder.name):
            found[recheck.old.case_id] = mark
    return found
