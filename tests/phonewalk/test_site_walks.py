"""Phone walks made from the fixture sites by walking them in real Chromium (taps, typing, a screencast), then
audited as a person's recording and as their screenshots: the same verdict either way.

The person refuses every wall: closes a follow pop-up with ×, skips an optional one, declines a login and never
fills in personal data; where a site lets them pay they stop on WeChat Pay's cashier sheet (drawn by the stub).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import av
import pytest

from qraudit.phone_pipeline import audit_phone_walk
from qraudit.pipeline import AuditOptions
from qraudit.rules import load_ruleset
from tests.phonewalk.recorder import PhoneWalk
from tests.phonewalk.site_recorder import FPS, Tap, Type, Wait, record_site_walk
from tests.sites.catalog import SITES, load_site, start_site


@dataclass(frozen=True)
class SiteWalk:
    site: Path
    steps: tuple
    verdict: str
    mandatory: list[str]
    paid: bool
    path: str = "/"


WALKS = {
    # the pay API always answers 40301 and a follow dialog; its × hides it, and a second later it is back
    "mandatory-follow": SiteWalk(
        SITES / "park-follow-modal-reopen",
        (Type("#plateNo", "沪A12345"), Tap("查询停车费"), Tap("立即缴费"), Tap("×", exact=True), Wait(1.5)),
        "violation",
        ["follow"],
        False,
    ),
    # a coupon-for-following pop-up 1.2 s after the bill, skipped; wx.chooseWXPay reaches the cashier
    "optional-follow-then-paid": SiteWalk(
        SITES / "park-coupon-follow-optional",
        (Type("#car", "浙A12345"), Tap("查询停车费"), Wait(1.2), Tap("跳过，直接缴费"), Tap("立即支付")),
        "compliant",
        [],
        True,
    ),
    # 提交订单 → toast 请先授权手机号 → a login sheet; 暂不授权 closes it, the next submit brings it back
    "login-wall": SiteWalk(
        SITES / "order-phone-auth-toast",
        (Tap("+", exact=True), Tap("选好了"), Tap("提交订单"), Wait(1.5), Tap("暂不授权"), Tap("提交订单"), Wait(1.5)),
        "violation",
        ["login"],
        False,
    ),
    # name, ID number and mobile required next to the plate; only the plate is given, the page refuses
    "personal-data-form": SiteWalk(
        SITES / "park-realname-id",
        (Type("#carNo", "沪A12345"), Tap("提交并缴费")),
        "violation",
        ["personal_data"],
        False,
    ),
    # plate, Continue, Pay with WeChat Pay: the cashier sheet and no wall
    "cashier-reached": SiteWalk(
        SITES / "en-parking-simple",
        (Type("#vrn", "沪A12345"), Tap("Continue"), Tap("Pay with WeChat Pay")),
        "compliant",
        [],
        True,
    ),
    # a page of a site with nothing to pay on it: the terms, read to the end
    "no-checkout": SiteWalk(SITES / "order-terms-only", (Wait(1.0),), "inconclusive", [], False, path="/terms.html"),
}


@pytest.fixture(scope="module")
def ruleset():
    return load_ruleset()


@pytest.fixture(scope="module")
def site_walks(tmp_path_factory):
    """Each site walked and recorded once for the module, when a test first asks for it."""
    root = tmp_path_factory.mktemp("site-walks")
    made: dict[str, PhoneWalk] = {}

    def get(kind: str) -> PhoneWalk:
        if kind not in made:
            walk = WALKS[kind]
            server = start_site(load_site(walk.site))
            try:
                made[kind] = record_site_walk(server.url(walk.path), list(walk.steps), root / kind)
            finally:
                server.stop()
        return made[kind]

    return get


def _diagnosis(outcome) -> str:
    """What the audit saw, for a failing assertion: the verdict, the walls, and per step its source in the walk,
    the title, what OCR read, the controls and pop-ups found."""
    data = json.loads((outcome.folder / "report.json").read_text(encoding="utf-8"))
    lines = [f"verdict {data['verdict']}: {data['verdict_reason']}"]
    for wall in data["walls"]:
        lines.append(f"wall {wall['category']} mandatory={wall['mandatory']} step {wall['step']} {wall['rule_ids']}")
    steps = {step["n"]: step for step in data["steps"]}
    for snap in outcome.snapshots:
        step = steps.get(snap.step, {})
        lines.append(f"step {snap.step} [{step.get('source', '')}] title={snap.title!r} action={step.get('action')}")
        lines.append("  read: " + " | ".join(t.text for t in snap.texts))
        lines.append(
            "  controls: "
            + " | ".join(c.text for c in snap.controls)
            + f"; pop-ups: {[o.text[:60] for o in snap.overlays]}"
        )
    return "\n".join(lines)


@pytest.mark.parametrize("form", ["recording", "screenshots"])
@pytest.mark.parametrize("kind", list(WALKS))
def test_a_walk_of_a_fixture_site_gets_its_verdict(kind, form, site_walks, ruleset, tmp_path):
    expected = WALKS[kind]
    walk = site_walks(kind)
    source = walk.video if form == "recording" else walk.screenshots[0].parent
    outcome = audit_phone_walk([source], None, ruleset, AuditOptions(out_dir=tmp_path, formats=("json",)))
    report = outcome.report
    why = _diagnosis(outcome)
    assert report.verdict == expected.verdict, why
    assert sorted(w.category for w in report.walls if w.mandatory) == expected.mandatory, why
    assert report.reached_payment is expected.paid, why


def test_the_recording_is_a_screencast_at_a_constant_rate(site_walks):
    """Frames painted while the walk happened (the sheet sliding in among them), not one still per screen."""
    walk = site_walks("cashier-reached")
    with av.open(str(walk.video)) as container:
        stream = container.streams.video[0]
        assert stream.average_rate == FPS
        frames = [f.to_ndarray(format="gray")[::8, ::8] for f in container.decode(stream)]
    assert len(frames) / FPS > 3.0
    distinct = sum(1 for a, b in zip(frames, frames[1:]) if abs(a.astype(int) - b.astype(int)).mean() > 0.5)
    assert distinct > len(walk.screenshots)  # typing, the bill appearing, the mask fading and the sheet sliding
    assert [p.name for p in walk.screenshots] == [f"IMG_{i:04d}.PNG" for i in range(1, len(walk.screenshots) + 1)]


def test_the_cashier_sheet_shows_the_page_amount_and_merchant(site_walks, ruleset, tmp_path):
    walk = site_walks("cashier-reached")
    outcome = audit_phone_walk([walk.screenshots[-1]], None, ruleset, AuditOptions(out_dir=tmp_path, formats=("json",)))
    text = " ".join(t.text for t in outcome.snapshots[-1].texts)
    assert outcome.report.reached_payment, _diagnosis(outcome)
    assert "45.00" in text and "零钱" in text and "确认支付" in text and "付款给IFC" in text.replace(" ", ""), text
