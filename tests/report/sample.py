"""A realistic synthetic audit: a parking lot whose checkout forces a WeChat follow, drawn with Pillow.

Everything is deterministic (fixed times, fixed drawings), so the JSON/SARIF/JUnit golden files are stable.
`hostile=True` fills page-controlled fields with markup, event handlers, javascript: URLs and control bytes.
"""

from __future__ import annotations

import subprocess
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import qrcode
from PIL import Image, ImageDraw, ImageFont

from qraudit.models import (
    GPS,
    Action,
    Bilingual,
    Box,
    BridgeCall,
    Code,
    EarlierWalk,
    Evidence,
    Exif,
    Finding,
    Hop,
    LegalRef,
    NecessityJudgment,
    Overlay,
    Payment,
    Report,
    Request,
    ServiceClass,
    Snapshot,
    StepRecord,
    Target,
    TextBlock,
    Versions,
    Wall,
)
from qraudit.report import RuleInfo

LOT_URL = "https://park.example.cn/pay?lot=88"
SHORT_URL = "https://t.example.cn/p/88"
HOSTILE_TITLE = '<script>window.__pwned=1</script>停车缴费"><img src=x onerror="window.__pwned=2">'
HOSTILE_TEXT = '请先关注<img src=x onerror=alert(1)> onerror=alert(2) <svg onload="window.__pwned=3"> \x00\x1b end'
HOSTILE_URL = "javascript:window.__pwned=4"
HOSTILE_REASON = "请在微信客户端打开</li><script>window.__pwned=5</script>"  # an "open in WeChat" line, quoted

PARKING_ROW = "上海市消费者权益保护委员会《上海市商场停车场扫码缴费服务合规指引》“纯净版”停车缴费码"
PIPL_16 = LegalRef(
    law=Bilingual("《个人信息保护法》", "Personal Information Protection Law"),
    article="第十六条",
    quote=Bilingual(
        "个人信息处理者不得以个人不同意处理其个人信息或者撤回同意为由，拒绝提供产品或者服务；处理个人信息属于提供产品或者服务所必需的除外。",
        "A personal information processor may not refuse to provide products or services on the ground that an "
        "individual does not consent to the processing of personal information or withdraws consent, except "
        "where the processing is necessary for providing the products or services.",
    ),
)
PIPL_6 = LegalRef(
    law=Bilingual("《个人信息保护法》", "Personal Information Protection Law"),
    article="第六条",
    quote=Bilingual(
        "收集个人信息，应当限于实现处理目的的最小范围，不得过度收集个人信息。",
        "The collection of personal information shall be limited to the minimum scope necessary for the purpose "
        "of processing, and personal information shall not be collected excessively.",
    ),
)
CRPL_9 = LegalRef(
    law=Bilingual("《消费者权益保护法》", "Consumer Rights Protection Law"),
    article="第九条",
    quote=Bilingual(
        "消费者享有自主选择商品或者服务的权利。", "Consumers have the right to choose goods or services independently."
    ),
)

RULES = {
    "follow.overlay-qr": RuleInfo(
        id="follow.overlay-qr",
        title=Bilingual("付款前弹出公众号二维码要求关注", "An Official Account QR code must be followed before paying"),
        description=Bilingual(
            "弹窗要求扫码关注公众号，且没有可用的关闭按钮。",
            "A pop-up asks to follow an Official Account and cannot be closed.",
        ),
        category="follow",
        severity="high",
        legal=(PIPL_16, CRPL_9),
        advice=Bilingual("向 12315 投诉，并保留本报告。", "Complain to 12315 and keep this report."),
    ),
    "personal.phone-required": RuleInfo(
        id="personal.phone-required",
        title=Bilingual("缴费前要求填写手机号", "A phone number is required before paying"),
        description=Bilingual("停车缴费只需要车牌号。", "Paying for parking needs only the plate."),
        category="personal_data",
        severity="high",
        legal=(PIPL_6,),
    ),
    "consent.pre-ticked-marketing": RuleInfo(
        id="consent.pre-ticked-marketing",
        title=Bilingual("营销信息同意被预先勾选", "Marketing consent is ticked in advance"),
        description=Bilingual("“同意接收优惠信息”默认已勾选。", "“Receive offers” is ticked by default."),
        category="consent",
        severity="medium",
        legal=(PIPL_16,),
    ),
}


@lru_cache(maxsize=4)
def font(size: int) -> ImageFont.ImageFont:
    try:
        path = subprocess.run(
            ["fc-match", "-f", "%{file}", "Noto Sans CJK SC"], capture_output=True, text=True, timeout=10
        ).stdout
        return ImageFont.truetype(path, size)
    except (OSError, subprocess.SubprocessError):
        return ImageFont.load_default()


def qr_image(text: str, box: int) -> Image.Image:
    return qrcode.make(text, border=1).get_image().convert("RGB").resize((box, box), Image.NEAREST)


def draw_photo(path: Path) -> tuple[Code, ...]:
    """A parking sign with one QR code, 1200x900 like a phone photo; returns the code with its corners."""
    img = Image.new("RGB", (1200, 900), (58, 96, 140))
    draw = ImageDraw.Draw(img)
    draw.rectangle((260, 60, 940, 860), fill=(250, 250, 245))
    draw.text((330, 100), "停车缴费 扫码付款", fill=(20, 20, 20), font=font(64))
    draw.text((330, 190), "Scan to pay for parking", fill=(60, 60, 60), font=font(36))
    img.paste(qr_image(SHORT_URL, 420), (390, 300))
    img.save(path, "JPEG", quality=90)
    corners = ((390.0, 300.0), (810.0, 300.0), (810.0, 720.0), (390.0, 720.0))
    return (Code(text=SHORT_URL, kind="url", polygon=corners, decoder="zxing"),)


def draw_screen(path: Path, title: str, lines: list[str], overlay: bool = False) -> None:
    """A 2x phone screenshot (390x844 CSS px -> 780x1688 px)."""
    img = Image.new("RGB", (780, 1688), (245, 246, 248))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, 780, 120), fill=(7, 193, 96))
    draw.text((40, 30), title[:14], fill=(255, 255, 255), font=font(48))
    for i, line in enumerate(lines):
        draw.text((60, 200 + i * 90), line, fill=(30, 30, 30), font=font(40))
    if overlay:
        draw.rectangle((0, 0, 780, 1688), fill=(80, 80, 80))
        draw.rounded_rectangle((80, 400, 700, 1260), radius=24, fill=(255, 255, 255))
        draw.text((130, 450), "请先关注公众号", fill=(20, 20, 20), font=font(48))
        draw.text((130, 520), "关注后即可缴费", fill=(90, 90, 90), font=font(36))
        img.paste(qr_image("https://mp.weixin.qq.com/mp/profile?__biz=MzA", 360), (210, 620))
        draw.text((300, 1120), "暂不关注", fill=(120, 120, 120), font=font(40))
    img.save(path, "PNG")


def build(folder: Path, hostile: bool = False) -> tuple[Report, tuple[Snapshot, ...]]:
    """Write the audit folder's evidence files and return the report and snapshots that describe them."""
    folder.mkdir(parents=True, exist_ok=True)
    codes = draw_photo(folder / "photo.jpg")
    title = HOSTILE_TITLE if hostile else "城西停车场 · 停车缴费"
    follow_text = HOSTILE_TEXT if hostile else "请先关注公众号「城西停车」后继续缴费"
    screens = [
        ("停车缴费", ["车牌号：________", "手机号（必填）：________", "☑ 同意接收优惠信息", "[ 查询费用 ]"], False),
        ("停车缴费", ["车牌号：沪A12345", "停车时长：2小时15分", "应付金额：¥15.00", "[ 立即缴费 ]"], False),
        ("停车缴费", [], True),
        ("停车缴费", [], True),
    ]
    for n, (head, lines, overlay) in enumerate(screens):
        draw_screen(folder / f"step-{n:02d}.png", head, lines, overlay)
        (folder / f"step-{n:02d}.html").write_text(
            f"<html><title>{title}</title><body>{' '.join(lines)}</body></html>", encoding="utf-8"
        )
    (folder / "network.har").write_text('{"log": {"version": "1.2", "entries": []}}\n', encoding="utf-8")
    overlay_box = Box(40, 200, 310, 430)
    actions = [
        None,
        Action("fill", ref="e3", value="沪A12345", text="车牌号", reason="fill-needed"),
        Action("click", ref="e7", text="立即缴费", reason="proceed"),
        Action("click", ref="e9", text="暂不关注", reason="refuse"),
    ]
    urls = [
        LOT_URL,
        LOT_URL,
        "https://park.example.cn/pay/confirm?order=20260311-88",
        "https://park.example.cn/pay/confirm?order=20260311-88",
    ]
    requests = (
        Request("GET", LOT_URL, 200, "document"),
        Request("GET", "https://res.wx.qq.com/open/js/jweixin-1.6.0.js", 200, "script", third_party=True),
        Request("GET", "https://hm.baidu.com/hm.js?abc", None, "script", third_party=True, blocked="tracker"),
    )
    snapshots = []
    for n, url in enumerate(urls):
        snapshots.append(
            Snapshot(
                step=n,
                url=url,
                title=title,
                viewport=(390, 844),
                redirects=(Hop(SHORT_URL, 302), Hop(LOT_URL, 200)) if n == 0 else (),
                texts=(TextBlock(follow_text if n >= 2 else "停车缴费", overlay_box if n >= 2 else None),),
                overlays=(Overlay(overlay_box, follow_text, ("e9",), closable=False),) if n >= 2 else (),
                requests=requests if n == 0 else (Request("GET", url, 200, "document"),),
                bridge_calls=(BridgeCall("WeixinJSBridge", "call", ["hideOptionMenu"], n),) if n == 0 else (),
                screenshot=f"step-{n:02d}.png",
                dom_file=f"step-{n:02d}.html",
            )
        )
    steps = tuple(
        StepRecord(
            n=n,
            url=url,
            title=title,
            action=actions[n],
            files={"screenshot": f"step-{n:02d}.png", "dom": f"step-{n:02d}.html"},
            # step 2's gate came 8 s late: jumped over by the virtual clock; step 3 would not go quiet
            clock="fallback" if n == 3 else "virtual",
            wall_s=0.6 + n / 10,
            page_s=8.6 if n == 2 else 0.6 + n / 10,
        )
        for n, url in enumerate(urls)
    )
    follow = Wall(
        category="follow",
        mandatory=True,
        rule_ids=("follow.overlay-qr",),
        step=2,
        summary=Bilingual("必须关注公众号才能付款", "Payment requires following an Official Account"),
        evidence=Evidence(
            excerpts=(follow_text,),
            boxes=(overlay_box,),
            screenshot="step-02.png",
            url=HOSTILE_URL if hostile else urls[2],
        ),
        refusal_attempts=("暂不关注", "tap outside"),
        legal=(PIPL_16, CRPL_9),
        necessity=(
            NecessityJudgment(
                item="follow",
                necessary=False,
                row="sh-parking",
                citation=PARKING_ROW,
                reason=Bilingual(
                    "任何一类服务的必要信息都不含关注公众号",
                    "no row of the table lists following an Official Account as necessary for any service",
                ),
            ),
        ),
        violation=True,
    )
    phone = Wall(
        category="personal_data",
        mandatory=False,
        rule_ids=("personal.phone-required",),
        step=0,
        summary=Bilingual(
            "页面要求提供手机号，但拒绝后仍可付款", "The page asks for a phone number, but payment works after refusing"
        ),
        evidence=Evidence(
            excerpts=("手机号（必填）",),
            boxes=(Box(30, 140, 330, 40),),
            screenshot="step-00.png",
            url=LOT_URL,
            field_kinds=("phone",),
        ),
        refusal_attempts=("left blank",),
        legal=(PIPL_6,),
        necessity=(
            NecessityJudgment(
                item="phone",
                necessary=False,
                row="sh-parking",
                citation=PARKING_ROW,
                reason=Bilingual(
                    f"{PARKING_ROW}未将手机号码列为停车缴费的必要信息",
                    f"{PARKING_ROW} does not list a phone number as necessary for parking",
                ),
            ),
        ),
    )
    consent = Finding(
        rule_ids=("consent.pre-ticked-marketing",),
        severity="medium",
        step=0,
        summary=RULES["consent.pre-ticked-marketing"].title,
        evidence=Evidence(
            excerpts=("☑ 同意接收优惠信息",), boxes=(Box(30, 185, 250, 40),), screenshot="step-00.png", url=LOT_URL
        ),
        legal=(PIPL_16,),
    )
    report = Report(
        case_id="parking-lot-88",
        target=Target(
            kind="photo",
            source="IMG_4021.HEIC",
            sha256="9f2c" + "0" * 60,
            exif=Exif(
                taken_at="2026-03-11T18:42:07+08:00", gps=GPS(31.2304, 121.4737), make="Apple", model="iPhone 13"
            ),
            payload=SHORT_URL,
            payload_kind="url",
            codes=codes,
            photo="photo.jpg",
        ),
        start_url=SHORT_URL,
        profile="wechat-ios",
        started_at="2026-03-11T10:45:00Z",
        finished_at="2026-03-11T10:46:12Z",
        versions=Versions(
            tool="0.1.0", rules_hash="sha256:5d41402abc4b2a76b9719d911017c592", browser="Chromium 156.0.7390.54"
        ),
        verdict="violation",
        verdict_reason="payment cannot be reached without following an Official Account",
        reached_payment=False,
        walls=(phone, follow),
        findings=(consent,),
        steps=steps,
        user_agent="Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) MicroMessenger/8.0.47",
        earlier_walks=(EarlierWalk("mobile-browser", HOSTILE_REASON, "walk-1-mobile-browser", 1),) if hostile else (),
        service=ServiceClass(
            kind="parking",
            name=Bilingual("停车缴费", "parking"),
            source="inferred",
            evidence=("step 0 title has “停车”", "step 0 has a plate field"),
        ),
    )
    return report, tuple(snapshots)


def compliant(report: Report) -> Report:
    """The same lot after the merchant fixed it: the follow pop-up can be refused and payment works."""
    walls = tuple(replace(w, mandatory=False) for w in report.walls)
    return replace(
        report,
        case_id="parking-lot-89",
        verdict="compliant",
        walls=walls,
        reached_payment=True,
        verdict_reason="payment reached at step 3 (bridge:getBrandWCPayRequest) after refusing every wall",
        payment=Payment("bridge:getBrandWCPayRequest", 3, LOT_URL),
    )


def inconclusive(report: Report) -> Report:
    return replace(
        report,
        case_id="parking-lot-90",
        verdict="inconclusive",
        walls=(),
        findings=(),
        reached_payment=False,
        verdict_reason="step budget ran out before payment or a dead end",
        errors=("timeout at step 25",),
    )
