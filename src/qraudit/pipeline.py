"""audit(target) -> Report: the one place where decode, capture, rules, walk and report meet."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from qraudit import __version__
from qraudit.capture import CaptureOptions, Keypad
from qraudit.errors import QrauditError
from qraudit.models import EarlierWalk, Payment, Report, ServiceClass, Snapshot, StepRecord, Target, Versions
from qraudit.models.budget import Budget
from qraudit.necessity import judge_for
from qraudit.outputs import photo_copy_name, write_audit_folder
from qraudit.rules import EvalContext
from qraudit.targets import AuditTarget
from qraudit.walk.verdict import Decision, decide
from qraudit.walk.walker import Walker, WalkResult

if TYPE_CHECKING:
    from qraudit.capture.browser import CaptureBrowser
    from qraudit.rules.ruleset import RuleSet
    from qraudit.rules.vocab import Vocabulary

# Codes the wallet app handles itself: its own cashier, no merchant page, nothing to refuse.
NATIVE_PAY_KINDS = {"wechat-pay", "alipay", "unionpay", "emvco"}
UNAUDITABLE = {
    "wechat-miniprogram": "a WeChat mini-program code cannot be opened outside WeChat",
    "text": "the code holds text, not a web address",
    "unsafe": "the code holds an unsafe address (not http or https)",
}
# Kinds judged from the payload alone (see _without_browser): a batch of only these never starts Chromium.
FOLLOW_KIND = "wechat-follow"  # a link to an official account's follow page: the code itself is the wall
BROWSERLESS_KINDS = frozenset(NATIVE_PAY_KINDS | {FOLLOW_KIND} | set(UNAUDITABLE))
# A page that only says "open me elsewhere" gets one retry under the profile it asks for.
# Phrase list (rules/vocab/phrases.yaml) -> the profile a page saying it is walked again under.
OPEN_ELSEWHERE = (
    ("open_in_wechat", "wechat-ios"),
    ("open_in_alipay", "alipay-ios"),
    ("open_in_browser", "mobile-browser"),
)
REASON_CHARS = 200


@dataclass(frozen=True)
class AuditOptions:
    out_dir: Path = Path("reports")
    capture: CaptureOptions = field(default_factory=CaptureOptions)
    formats: tuple[str, ...] = ("json", "html")
    lang: str = "zh"
    sign_key: Path | None = None
    tsa_url: str | None = None
    wacz: bool = False
    service: str | None = None  # --service: the kind of service, instead of reading it from the pages


@dataclass(frozen=True)
class AuditOutcome:
    report: Report
    folder: Path
    manifest_sha256: str = ""
    snapshots: tuple[Snapshot, ...] = ()


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def target_model(target: AuditTarget) -> Target:
    photo = target.photo
    return Target(
        kind=target.kind,
        source=target.source,
        sha256=photo.sha256 if photo else None,
        exif=photo.exif if photo else None,
        payload=target.payload,
        payload_kind=target.payload_kind,
        codes=photo.codes if photo else (),
        photo=photo_copy_name(photo.source) if photo else None,
    )


def _retry_profile(result: WalkResult, current: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """The profile the last page asks for, and the words that ask, when it is not the current one.
    The browser is asked for first: "tap ··· and open it in the browser" also names WeChat's menu."""
    if result.payment is not None or not result.snapshots:
        return None
    last = result.snapshots[-1]
    text = " ".join((last.visible_text, last.flashed_text, last.title))  # the hint can be a toast
    for name, profile in sorted(OPEN_ELSEWHERE, key=lambda entry: entry[0] != "open_in_browser"):
        phrases = vocab.phrases[name]
        found = phrases.search(text)
        if (
            found
            and profile != current
            and not (profile.startswith("wechat") and current.startswith("wechat"))
            and not (profile.startswith("alipay") and current.startswith("alipay"))
        ):
            # quote the whole line that asks (a text block, toasts included), not just the matched words
            line = next((b.text for b in last.texts if phrases.search(b.text)), found.group(0))
            return profile, " ".join(line.split())[:REASON_CHARS]
    return None


def _set_aside(work: Path, profile: str, reason: str, result: WalkResult) -> EarlierWalk:
    """Move the first walk's evidence into a subfolder, so that the retry's files cannot replace it."""
    aside = work / f"walk-1-{profile}"
    aside.mkdir()
    for item in list(work.iterdir()):
        if item != aside:
            item.rename(aside / item.name)
    return EarlierWalk(profile=profile, reason=reason, folder=aside.name, steps=len(result.snapshots))


def keypad_of(vocab: Vocabulary) -> Keypad:
    """The on-screen keyboard's confirm and switch keys, as the vocabulary words them."""
    return Keypad(confirm=vocab.phrases["keypad_confirm"].items, switch=vocab.phrases["keypad_switch"].items)


async def _walk(
    browser, target: AuditTarget, ruleset, options: AuditOptions, folder: Path, profile: str, budget: Budget
):
    capture = replace(options.capture, profile=profile, keypad=keypad_of(ruleset.vocabulary), budget=budget)
    async with browser.session(folder, capture) as session:
        result = await Walker(session, ruleset, target.payload_kind, budget).run(target.payload)
        return result, session.user_agent


def needs_browser(target: AuditTarget) -> bool:
    return target.payload_kind not in BROWSERLESS_KINDS


def _without_browser(
    target: AuditTarget, ruleset, service: str | None
) -> tuple[Decision, Payment | None, ServiceClass] | None:
    """Verdicts that need no page (every kind in BROWSERLESS_KINDS): native pay, follow, unbrowsable codes."""
    if needs_browser(target):
        return None
    judge = judge_for((), target.payload, ruleset, service)
    if target.payload_kind in NATIVE_PAY_KINDS:
        payment = Payment(how=f"native-code:{target.payload_kind}", step=0, url=None)
        reason = "a native payment code opens the wallet's own cashier, with no merchant page"
        return Decision("compliant", reason, (), ()), payment, judge.service
    if target.payload_kind == FOLLOW_KIND:
        page = Snapshot(step=0, url=target.payload, title="")
        matches = ruleset.evaluate(page, EvalContext(payload_kind=target.payload_kind))
        result = WalkResult(snapshots=[page], actions=[None], end_reason="dead-end", step_states=["code"])
        return decide(result, ruleset.by_id, pre_walls=matches, judge=judge), None, judge.service
    return Decision("inconclusive", UNAUDITABLE[target.payload_kind], (), ()), None, judge.service


async def audit_target(
    target: AuditTarget, browser: CaptureBrowser | None, ruleset: RuleSet, options: AuditOptions
) -> AuditOutcome:
    started = utc_now()
    folder = options.out_dir / target.case_id
    work = folder.with_name(folder.name + ".partial")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    profile, user_agent, errors = options.capture.profile, "", []
    snapshots: list[Snapshot] = []
    earlier: list[EarlierWalk] = []
    result: WalkResult | None = None
    quick = _without_browser(target, ruleset, options.service)
    service: ServiceClass | None = None
    if quick is not None:
        decision, payment, service = quick
    else:
        try:
            began, budget = time.monotonic(), options.capture.budget
            result, user_agent = await _walk(browser, target, ruleset, options, work, profile, budget)
            retry = _retry_profile(result, profile, ruleset.vocabulary)
            if retry:
                earlier.append(_set_aside(work, profile, retry[1], result))
                used = sum(action is not None for action in result.actions)
                left = budget.remaining(used, time.monotonic() - began)  # --timeout and --max-steps are per audit
                profile, result = retry[0], None  # a retry that fails must not report the first walk's steps
                result, user_agent = await _walk(browser, target, ruleset, options, work, profile, left)
            judge = judge_for(result.snapshots, target.payload, ruleset, options.service)
            decision, payment, service = decide(result, ruleset.by_id, judge=judge), result.payment, judge.service
            snapshots = result.snapshots
        except QrauditError as exc:  # e.g. a start URL the safety policy refuses
            decision, payment = Decision("inconclusive", exc.one_line(), (), ()), None
            errors.append(exc.one_line())
    if result is not None and result.error:
        errors.append(result.error)
    report = Report(
        case_id=target.case_id,
        target=target_model(target),
        start_url=target.payload if quick is None else None,
        profile=profile,
        started_at=started,
        finished_at=utc_now(),
        versions=Versions(
            tool=__version__, rules_hash=ruleset.hash, browser=getattr(browser, "version", "") if quick is None else ""
        ),
        verdict=decision.verdict,
        verdict_reason=decision.reason,
        reached_payment=payment is not None,
        payment=payment,
        walls=decision.walls,
        findings=decision.findings,
        steps=tuple(step_records(result)) if result else (),
        errors=tuple(errors),
        user_agent=user_agent,
        earlier_walks=tuple(earlier),
        service=service,
    )
    manifest = write_audit_folder(report, snapshots, target, work, options, ruleset)
    shutil.rmtree(folder, ignore_errors=True)
    work.rename(folder)  # only a complete audit carries the case id
    return AuditOutcome(report, folder, manifest, tuple(snapshots))


def step_records(result: WalkResult) -> Iterator[StepRecord]:
    for snap, action in zip(result.snapshots, result.actions):
        files = {
            k: v
            for k, v in (("screenshot", snap.screenshot), ("full", snap.full_screenshot), ("dom", snap.dom_file))
            if v
        }
        yield StepRecord(
            n=snap.step,
            url=snap.url,
            title=snap.title,
            action=action,
            files=files,
            clock=snap.clock,
            wall_s=snap.wall_s,
            page_s=snap.page_s,
        )
