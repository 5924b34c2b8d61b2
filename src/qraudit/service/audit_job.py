"""Run one case: `qraudit audit` in a child process (the command itself, with the service's audit options),
then record its audits in the campaign's campaign.db and write the case's result.json."""

from __future__ import annotations

import ctypes
import hashlib
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from qraudit.campaign.facts import worst_verdict
from qraudit.campaign.store import CampaignStore
from qraudit.errors import QrauditError
from qraudit.evidence import read_manifest
from qraudit.service.config import ServiceConfig
from qraudit.service.intake import EVIDENCE, RESULT, Intake, Result, load_intake, utc_now, write_json

AUDIT_TIMEOUT_S = 20 * 60  # the audit's own limits stop it sooner (--timeout; 2 min of phone-walk decoding)
PR_SET_PDEATHSIG = 1
NO_CODE = "no QR code was found in the photo and no URL was given"


def _die_with_parent() -> None:
    """Linux: the audit dies with its worker, so a killed worker leaves nobody writing into the case."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass


def audit_argv(intake: Intake, root: Path, out: Path, audit_args: tuple[str, ...]) -> list[str]:
    photos, walk = intake.files("photo", root), intake.files("walk", root)
    targets = [str(p) for p in photos] + ([intake.url] if intake.url else [])
    argv = ["audit", "--out", str(out), "--json", "--jobs", "1", "--fail-on", "never", *audit_args]
    if walk:
        # a phone walk is one case: the sign's photo (or its URL) names it, the walk is what was seen
        return argv + targets[:1] + [a for w in walk for a in ("--walk", str(w))]
    return argv + ["--resume"] + targets  # a case retried after a dead worker keeps what was finished


def run_audit(argv: list[str], started: Callable[[subprocess.Popen], None] | None = None) -> tuple[int, list[str]]:
    """The exit code and the error and note lines of `qraudit audit argv`."""
    env = {**os.environ, "COLUMNS": "4000"}  # one message, one line: rich wraps at 80 columns on a pipe
    proc = subprocess.Popen(
        [sys.executable, "-m", "qraudit", *argv],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_die_with_parent,
        env=env,
    )
    if started:
        started(proc)
    try:
        _, err = proc.communicate(timeout=AUDIT_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
    lines = [line.strip() for line in err.splitlines() if line.startswith(("error:", "note:", "no code:"))]
    return proc.returncode, lines


def _sealed_hashes(folder: Path) -> set[str]:
    try:
        return {f["sha256"] for f in read_manifest(folder)[0]["files"]}
    except QrauditError:
        return set()


def _reason(audits: list[dict[str, Any]], verdict: str, lines: list[str]) -> str:
    """The worst audit's reason; with no audit, the audit command's first error, else: no code was found."""
    if audits:
        return next(a["verdict_reason"] for a in audits if a["verdict"] == verdict)
    return next((line.removeprefix("error:").strip() for line in lines if line.startswith("error:")), NO_CODE)


def record_case(config: ServiceConfig, intake: Intake, code: int, lines: list[str]) -> Result:
    """Copy the case's audits into the campaign's campaign.db (the existing store), and sum them up."""
    out = config.audit_out(intake.campaign, intake.id)
    records = []
    if (out / "campaign.db").is_file():
        with (
            CampaignStore.open(out, create=False) as own,
            CampaignStore.open(config.campaign_dir(intake.campaign)) as campaign,
        ):
            records = own.audits()
            campaign.absorb_photos(own)
            for rec in records:
                campaign.record_audit(rec.report, rec.folder)
    root = config.intake_dir(intake.id)
    audits: list[dict[str, Any]] = []
    sealed: set[str] = set()
    for rec in records:
        sealed |= _sealed_hashes(rec.folder)
        r = rec.report
        audits.append(
            {
                "case_id": r.case_id,
                "verdict": r.verdict,
                "verdict_reason": r.verdict_reason,
                "folder": rec.folder.relative_to(config.campaign_dir(intake.campaign)).as_posix(),
                "manifest_sha256": hashlib.sha256((rec.folder / "manifest.json").read_bytes()).hexdigest(),
                "walls": [
                    {"category": w.category, "mandatory": w.mandatory, "zh": w.summary.zh, "en": w.summary.en}
                    for w in r.walls
                ],
            }
        )
    verdict = worst_verdict([a["verdict"] for a in audits])
    reason = _reason(audits, verdict, lines)
    result = Result(
        verdict=verdict,
        verdict_reason=reason,
        audits=tuple(audits),
        notes=tuple(lines),
        intake_sha256=hashlib.sha256((root / EVIDENCE / "manifest.json").read_bytes()).hexdigest(),
        finished_at=utc_now(),
        uploads_sealed=bool(intake.uploads) and all(u.sha256 in sealed for u in intake.uploads),
        extra={"exit_code": code},
    )
    write_json(root / RESULT, asdict(result))
    return result


RECHECK_REQUEST = "recheck.request"


def request_recheck(config: ServiceConfig, case_id: str) -> None:
    (config.intake_dir(case_id) / RECHECK_REQUEST).touch()


def run_recheck(
    config: ServiceConfig, intake: Intake, result: Result, started: Callable[[subprocess.Popen], None] | None = None
) -> Result:
    """`qraudit recheck` (the command itself) on each of the case's audit folders; the new audits go beside them."""
    from qraudit.campaign.summary_recheck import latest_rechecks

    campaign = config.campaign_dir(intake.campaign)
    rechecks, notes = [], list(result.notes)
    for audit in result.audits:
        folder = campaign / audit["folder"]
        _, lines = run_audit(["recheck", str(folder), *config.audit_args], started)
        notes += lines
        mark = latest_rechecks(folder.parent).get(audit["case_id"])
        if mark:
            rechecks.append(
                {
                    "case_id": audit["case_id"],
                    "status": mark.status,
                    "verdict": mark.verdict,
                    "checked_at": mark.checked_at,
                    "folder": mark.folder.relative_to(campaign).as_posix(),
                }
            )
    updated = Result(**{**asdict(result), "notes": tuple(notes), "extra": {**result.extra, "rechecks": rechecks}})
    write_json(config.intake_dir(intake.id) / RESULT, asdict(updated))
    (config.intake_dir(intake.id) / RECHECK_REQUEST).unlink(missing_ok=True)
    return updated


class LeaseLost(Exception):
    """Another worker has the case now: this one must not write its result."""


def run_case(
    config: ServiceConfig,
    case_id: str,
    started: Callable[[subprocess.Popen], None] | None = None,
    still_ours: Callable[[], bool] = lambda: True,
) -> Result:
    """The job of a case: its audit, or, when an organiser asked for one on a finished case, its re-check."""
    from qraudit.service.intake import load_result

    root = config.intake_dir(case_id)
    intake = load_intake(root)
    previous = load_result(root)
    if previous is not None and (root / RECHECK_REQUEST).exists():
        return run_recheck(config, intake, previous, started)
    out = config.audit_out(intake.campaign, intake.id)
    out.mkdir(parents=True, exist_ok=True)
    code, lines = run_audit(audit_argv(intake, root, out, config.audit_args), started)
    if not still_ours():  # the audit was stopped because the lease was lost; its leftovers are the new owner's
        raise LeaseLost(case_id)
    return record_case(config, intake, code, lines)
