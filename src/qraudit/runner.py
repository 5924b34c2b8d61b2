"""Run many audits: expand the arguments into targets, open one browser, audit each target once."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from qraudit.errors import QrauditError
from qraudit.models import PhotoResult
from qraudit.pipeline import AuditOptions, AuditOutcome, audit_target, needs_browser
from qraudit.targets import AuditTarget, is_url_argument, photo_targets, url_target


@dataclass
class Batch:
    targets: list[AuditTarget] = field(default_factory=list)  # one per case id
    links: list[AuditTarget] = field(default_factory=list)  # every (photo, code) pair, for the campaign store
    photos: list[PhotoResult] = field(default_factory=list)  # every photo read, codes or not
    input_errors: list[str] = field(default_factory=list)  # one line each: unreadable photos, bad URLs
    no_code: list[str] = field(default_factory=list)  # photos where no code was found


def collect_targets(args: Iterable[str], on_photo: Callable[[PhotoResult], None] | None = None) -> Batch:
    """Expand photos, folders, URLs and URL lists into one target per case; `on_photo` hears of each photo
    as it is decoded (a folder of 12 MP photos takes a while)."""
    from qraudit.campaign import expand_url_lists
    from qraudit.decode import decode_path, iter_inputs

    batch = Batch()
    seen: set[str] = set()

    def add(target: AuditTarget) -> None:
        batch.links.append(target)
        if target.case_id not in seen:  # the same code on several photos is one audit
            seen.add(target.case_id)
            batch.targets.append(target)

    try:
        args = expand_url_lists(args)
    except QrauditError as exc:
        batch.input_errors.append(exc.one_line())
        args = [a for a in args if not (a == "-" or a.startswith("@"))]
    for arg in args:
        if is_url_argument(arg):
            try:
                add(url_target(arg))
            except QrauditError as exc:
                batch.input_errors.append(exc.one_line())
            continue
        try:
            paths = list(iter_inputs([Path(arg)]))
        except QrauditError as exc:
            batch.input_errors.append(exc.one_line())
            continue
        for path in paths:
            photo: PhotoResult = decode_path(path)
            batch.photos.append(photo)
            if on_photo:
                on_photo(photo)
            if photo.error:
                batch.input_errors.append(f"{photo.source}: {photo.error}")
            elif not photo.codes:
                batch.no_code.append(photo.source)
            for target in photo_targets(photo):
                add(target)
    return batch


async def _run(targets: list[AuditTarget], ruleset, options: AuditOptions, jobs: int, on_done) -> list[AuditOutcome]:
    from qraudit.capture import open_browser

    outcomes: list[AuditOutcome] = []
    limit = asyncio.Semaphore(max(1, jobs))
    # Only a batch that needs pages starts (or fails to find) Chromium; native pay codes alone need none.
    launch = open_browser(options.capture) if any(needs_browser(t) for t in targets) else nullcontext(None)
    async with launch as browser:

        async def one(target: AuditTarget) -> None:
            async with limit:
                outcome = await audit_target(target, browser, ruleset, options)
            outcomes.append(outcome)
            if on_done:
                on_done(outcome)

        await asyncio.gather(*(one(t) for t in targets))
    return outcomes


def run_audits(
    targets: list[AuditTarget],
    ruleset,
    options: AuditOptions,
    jobs: int = 1,
    on_done: Callable[[AuditOutcome], None] | None = None,
) -> list[AuditOutcome]:
    if not targets:
        return []
    return asyncio.run(_run(targets, ruleset, options, jobs, on_done))


def run_campaign(
    batch: Batch, ruleset, options: AuditOptions, jobs: int, resume: bool, shard: str | None, on_done=None
):
    """Audit a batch into options.out_dir, recording each finished audit in campaign.db.

    Returns (outcomes, skipped case ids). A killed run leaves `.partial` folders only, which the next run removes."""
    from qraudit.campaign import CampaignStore, parse_shard, select_shard

    targets = batch.targets
    if shard:
        k, n = parse_shard(shard)
        targets = select_shard(targets, k, n)
    wanted = {t.case_id for t in targets}
    store = CampaignStore.open(options.out_dir)
    if resume:
        done = set(store.prepare_resume())
    else:
        store.cleanup_partials()
        done = set()
    for photo in batch.photos:
        store.record_photo(photo)
    for target in batch.links:
        if target.case_id in wanted:
            store.record_target(target)
    todo = [t for t in targets if t.case_id not in done]

    def finished(outcome: AuditOutcome) -> None:
        store.record_audit(outcome.report, outcome.folder)
        if on_done:
            on_done(outcome)

    outcomes = run_audits(todo, ruleset, options, jobs=jobs, on_done=finished)
    return outcomes, sorted(wanted & done)


def run_phone_walk(plan, ruleset, options: AuditOptions, resume: bool):
    """Audit one phone walk (a PhoneWalkPlan) into options.out_dir, recorded in campaign.db like any audit.

    Returns (outcome, None), or (None, case id) when --resume finds these very files already audited there.
    A browser audit of the same code is never taken for the phone walk: the target's hash must match."""
    from qraudit.campaign import CampaignStore
    from qraudit.phone_pipeline import audit_phone_walk
    from qraudit.report import read_report

    with CampaignStore.open(options.out_dir) as store:
        if resume and plan.case_id in store.prepare_resume():
            earlier = read_report(options.out_dir / plan.case_id / "report.json")
            if earlier.target.kind == "phone-walk" and earlier.target.sha256 == plan.digest:
                return None, plan.case_id
        elif not resume:
            store.cleanup_partials()
        if plan.target is not None:
            store.record_target(plan.target)
        outcome = audit_phone_walk(plan, plan.target, ruleset, options)
        store.record_audit(outcome.report, outcome.folder)
    return outcome, None
