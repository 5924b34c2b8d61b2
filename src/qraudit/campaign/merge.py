"""`qraudit campaign merge DIR... --out DIR`: combine campaign folders, e.g. the shards of a CI matrix.

Each case is kept once: the audit with the newest finished_at wins (on a tie, the one met first, the output's
own audits before the arguments in their order). Photos, codes and photo links are the union of all inputs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qraudit.campaign.folders import install_folder
from qraudit.campaign.store import AuditRecord, CampaignStore
from qraudit.errors import InputError


@dataclass(frozen=True)
class MergeResult:
    out: Path
    audits: int  # complete audits in the output afterwards
    copied: tuple[str, ...]  # case ids whose folder was copied (or linked) in
    kept: tuple[str, ...]  # case ids the output already had in their newest version
    superseded: int  # older duplicates left out
    missing: tuple[str, ...]  # cases recorded in an input whose folder is gone in every input
    photos: int
    links: int


@dataclass(frozen=True)
class _Candidate:
    finished_at: str
    order: int  # lower was met first
    record: AuditRecord
    from_out: bool


def _sources(dirs: list[Path], out: Path) -> list[Path]:
    seen, sources = {out.resolve()}, []
    for d in dirs:
        if not Path(d).is_dir():
            raise InputError("campaign folder not found", location=d)
        if not (Path(d) / "campaign.db").is_file():
            raise InputError("not a campaign folder (no campaign.db)", location=d)
        if Path(d).resolve() not in seen:
            seen.add(Path(d).resolve())
            sources.append(Path(d))
    return sources


def _winners(candidates: dict[str, list[_Candidate]]) -> tuple[dict[str, _Candidate], list[str], int]:
    winners, missing, superseded = {}, [], 0
    for case_id, found in candidates.items():
        found.sort(key=lambda c: (_desc(c.finished_at), c.order))
        usable = [c for c in found if c.record.folder.is_dir()]
        if not usable:
            missing.append(case_id)
            continue
        winners[case_id] = usable[0]
        superseded += len(found) - 1
    return winners, sorted(missing), superseded


def _desc(text: str) -> tuple[int, ...]:
    return tuple(-ord(ch) for ch in text)


def merge_campaigns(dirs: list[Path], out: Path, link: bool = False) -> MergeResult:
    """Merge `dirs` into `out` (created if needed; its own audits take part). link=True hard-links files."""
    if not dirs:
        raise InputError("nothing to merge", hint="give one or more campaign folders")
    out = Path(out)
    sources = _sources([Path(d) for d in dirs], out)
    candidates: dict[str, list[_Candidate]] = {}
    with CampaignStore.open(out) as target:
        target.cleanup_partials()
        order = 0
        for rec in target.audits():
            candidates.setdefault(rec.case_id, []).append(_Candidate(rec.report.finished_at, order, rec, True))
            order += 1
        for source in sources:
            with CampaignStore.open(source, create=False) as store:
                target.absorb_photos(store)
                for rec in store.audits():
                    candidates.setdefault(rec.case_id, []).append(_Candidate(rec.report.finished_at, order, rec, False))
                    order += 1
        winners, missing, superseded = _winners(candidates)
        copied, kept = [], []
        for case_id, winner in sorted(winners.items()):
            if winner.from_out:
                kept.append(case_id)
                continue
            folder = install_folder(winner.record.folder, target.root / case_id, link=link)
            target.record_audit(winner.record.report, folder)  # only after the folder is complete, as in a run
            copied.append(case_id)
        return MergeResult(
            out=target.root,
            audits=target.count("audits"),
            copied=tuple(copied),
            kept=tuple(kept),
            superseded=superseded,
            missing=tuple(missing),
            photos=target.count("photos"),
            links=target.count("photo_codes"),
        )
