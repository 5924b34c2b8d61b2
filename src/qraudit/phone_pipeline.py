"""audit_phone_walk(files) -> Report: the pipeline for a walk a person did on a phone (issue 14).

Recordings and screenshots -> keyframes -> OCR -> snapshots -> the same rules and verdict as a browser walk.
Nothing is opened in a browser. The walk's files are read and hashed first (`plan_phone_walk`), so a
campaign knows the case id, and can skip a walk it already audited, before any frame is decoded.
"""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass, replace
from pathlib import Path

from qraudit import __version__
from qraudit.models import Report, Target, Versions
from qraudit.necessity import judge_for
from qraudit.outputs import write_audit_folder
from qraudit.phonewalk.media import WalkFile
from qraudit.pipeline import AuditOptions, AuditOutcome, step_records, target_model, utc_now
from qraudit.targets import AuditTarget
from qraudit.walk.verdict import decide

NO_CHECKOUT = "the recording shows no checkout: no pay button, no price, no wall"
STOPPED_UNPAID = "the recording ends before payment, and its last screen shows no wall that stopped the walk"
CASE_PREFIX = "phone-walk-"


@dataclass(frozen=True)
class PhoneWalkPlan:
    """The walk's files in walk order, what was said about them, and the case they make."""

    paths: tuple[Path, ...]
    files: tuple[WalkFile, ...]
    notes: tuple[str, ...]
    digest: str  # one SHA-256 over the files' hashes, in walk order
    case_id: str
    target: AuditTarget | None


def walk_digest(files) -> str:
    """One SHA-256 for a walk's files, in walk order: the target's hash, and the case id without a target."""
    return hashlib.sha256("".join(f.sha256 for f in files).encode()).hexdigest()


def plan_phone_walk(paths: list[Path], target: AuditTarget | None = None) -> PhoneWalkPlan:
    """Find and hash the walk's files (cheap: nothing is decoded). Raises InputError for a file it cannot use."""
    from qraudit.phonewalk.media import walk_files

    notes: list[str] = []
    files = walk_files(paths, notes)
    digest = walk_digest(files)
    case_id = target.case_id if target is not None else f"{CASE_PREFIX}{digest[:12]}"
    return PhoneWalkPlan(tuple(paths), tuple(files), tuple(notes), digest, case_id, target)


def _media_record(file, copy_name: str):
    from qraudit.models import WalkMedia
    from qraudit.phonewalk.media import file_metadata

    duration, created, device = file_metadata(file)
    return WalkMedia(copy_name, file.kind, file.sha256, file.size, duration, created, device)


def _snapshots(keys, ruleset, work: Path):
    """One Snapshot per keyframe, its full-size image saved beside it; and where each came from."""
    from PIL import Image

    from qraudit.capture.codes import screen_codes
    from qraudit.phonewalk.ocr import read_lines
    from qraudit.phonewalk.screen import CSS_WIDTH, read_screen

    snapshots, sources = [], {}
    for n, key in enumerate(keys, 1):
        image = key.frame.image
        picture = Image.fromarray(image)
        codes = screen_codes(picture, image.shape[1] / CSS_WIDTH)  # a follow code on screen is evidence
        name = f"step-{n:02d}.png"
        picture.save(work / name, compress_level=1)  # full size, as the phone showed it; fast to write
        snapshots.append(replace(read_screen(n, image, read_lines(image), ruleset.vocabulary, codes), screenshot=name))
        sources[n] = key.frame.source
    return snapshots, sources


def audit_phone_walk(
    walk: list[Path] | PhoneWalkPlan, target: AuditTarget | None, ruleset, options: AuditOptions
) -> AuditOutcome:
    """The person's walk instead of the browser's. `walk` is the paths, or their plan when the caller made it."""
    from qraudit.phonewalk.infer import infer_walk, shows_checkout
    from qraudit.phonewalk.keyframes import keyframes
    from qraudit.phonewalk.media import read_frames

    plan = walk if isinstance(walk, PhoneWalkPlan) else plan_phone_walk(list(walk), target)
    target = plan.target
    started = utc_now()
    notes = list(plan.notes)
    keys = keyframes(read_frames(list(plan.files), notes), notes)
    folder = options.out_dir / plan.case_id
    work = folder.with_name(folder.name + ".partial")
    shutil.rmtree(work, ignore_errors=True)
    (work / "walk").mkdir(parents=True)
    media = []
    for i, file in enumerate(plan.files, 1):  # the originals are sealed with the audit
        copy = f"walk/{i:02d}-{file.path.name}"
        shutil.copyfile(file.path, work / copy)
        media.append(_media_record(file, copy))
    snapshots, sources = _snapshots(keys, ruleset, work)
    payload_kind = target.payload_kind if target is not None else None
    result = infer_walk(snapshots, ruleset, payload_kind)
    judge = judge_for(snapshots, target.payload if target is not None else "", ruleset, options.service)
    decision = decide(result, ruleset.by_id, judge=judge)
    if decision.verdict == "inconclusive" and result.end_reason == "dead-end":  # the browser's words do not fit
        reason = STOPPED_UNPAID if decision.walls or shows_checkout(snapshots, ruleset.vocabulary) else NO_CHECKOUT
        decision = replace(decision, reason=reason)
    # The sign's photo (its EXIF place and time, its codes) when one was given; the walk's own hash either way.
    base = target_model(target) if target is not None else Target(kind="phone-walk", source="")
    target_record = replace(
        base, kind="phone-walk", source=", ".join(str(p) for p in plan.paths), sha256=plan.digest, walk=tuple(media)
    )
    steps = tuple(replace(record, source=sources.get(record.n, "")) for record in step_records(result))
    report = Report(
        case_id=plan.case_id,
        target=target_record,
        start_url=None,
        profile="phone",
        started_at=started,
        finished_at=utc_now(),
        versions=Versions(tool=__version__, rules_hash=ruleset.hash, browser=""),
        verdict=decision.verdict,
        verdict_reason=decision.reason,
        reached_payment=result.payment is not None,
        payment=result.payment,
        walls=decision.walls,
        findings=decision.findings,
        steps=steps,
        errors=tuple(notes),
        service=judge.service,
    )
    stand_in = target or AuditTarget(kind="phone-walk", source=target_record.source, payload="", payload_kind="")
    manifest = write_audit_folder(report, snapshots, stand_in, work, options, ruleset)
    shutil.rmtree(folder, ignore_errors=True)
    work.rename(folder)  # only a complete audit carries the case id
    return AuditOutcome(report, folder, manifest, tuple(snapshots))
