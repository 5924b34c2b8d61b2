"""Sentences a layperson reads: the verdict, what the auditor did at a step, what the page did in reply."""

from __future__ import annotations

from urllib.parse import urlsplit

from qraudit.models import Action, BridgeCall, Report, Snapshot
from qraudit.report.i18n import DEMAND, join, pick

EXCERPT_CHARS = 80


def clip(text: str, limit: int = EXCERPT_CHARS) -> str:
    """Page text, one line, at most `limit` characters: hostile pages write novels into titles."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def verdict_sentence(report: Report, lang: str, prefix: bool = True) -> str:
    """One sentence a layperson understands; `prefix` starts it with the verdict word (违规：/ Violation:)."""
    sentence = _sentence(report, lang)
    if prefix:
        return sentence
    head, _, rest = sentence.partition("：" if lang == "zh" else ": ")
    return rest[:1].upper() + rest[1:] if rest else head


def _sentence(report: Report, lang: str) -> str:
    mandatory = [w.category for w in report.walls if w.mandatory]
    optional = [w.category for w in report.walls if not w.mandatory]
    zh = lang == "zh"
    if report.verdict == "violation":
        demands = join([pick(DEMAND[c], lang) for c in _known(mandatory)], lang) or _reason(report)
        return f"违规：在这里付款，必须先{demands}。" if zh else f"Violation: you cannot pay here without {demands}."
    if report.verdict == "compliant":
        if optional:
            demands = join([pick(DEMAND[c], lang) for c in _known(optional)], lang)
            return (
                f"合规：页面要求{demands}，但拒绝后仍可付款。"
                if zh
                else f"Compliant: the page asks for {demands}, but you can refuse and still pay."
            )
        return (
            "合规：无需关注公众号、登录或提供多余的个人信息即可付款。"
            if zh
            else "Compliant: you can pay without following an account, logging in or giving extra personal data."
        )
    return (
        f"无法判定：审计既没有到达付款，也没有发现阻止付款的障碍（{_reason(report)}）。"
        if zh
        else f"Inconclusive: the audit neither reached payment nor found a wall that blocks it ({_reason(report)})."
    )


def _known(categories: list[str]) -> list[str]:
    return [c for c in dict.fromkeys(categories) if c in DEMAND]


def _reason(report: Report) -> str:
    return clip(report.verdict_reason, 160)


def _quoted(text: str, lang: str) -> str:
    return f"「{clip(text, 40)}」" if lang == "zh" else f"“{clip(text, 40)}”"


def action_sentence(action: Action | None, lang: str) -> str:
    """What the auditor did to arrive at this step; None is the first step, opened from the code."""
    zh = lang == "zh"
    if action is None:
        return "扫码后打开链接" if zh else "Opened the link from the code"
    target = _quoted(action.text or action.ref or "", lang)
    value = _quoted(action.value or "", lang)
    if action.kind == "click":
        verbs = {
            "refuse": ("拒绝：点击", "Refused: tapped"),
            "dismiss": ("关闭弹窗：点击", "Dismissed: tapped"),
            "add-item": ("选择商品：点击", "Picked an item: tapped"),
            "choose-option": ("选择规格：点击", "Chose an option: tapped"),
            "open-item": ("打开商品：点击", "Opened a product: tapped"),
            "open-cart": ("打开购物车：点击", "Opened the cart: tapped"),
            "fill-needed": ("点击", "Tapped"),
        }
        zh_verb, en_verb = verbs.get(action.reason, ("继续：点击", "Went on: tapped"))
        return f"{zh_verb}{target}" if zh else f"{en_verb} {target}"
    if action.kind == "fill":
        return f"在{target}中填写{value}" if zh else f"Typed {value} into {target}"
    if action.kind == "untick":
        return f"取消勾选{target}" if zh else f"Unticked {target}"
    if action.kind == "select":
        return f"在{target}中选择{value}" if zh else f"Chose {value} in {target}"
    if action.kind == "press":
        return f"按下 {action.value}" if zh else f"Pressed {action.value}"
    if action.kind == "tap_outside":
        return "点击弹窗外的空白处" if zh else "Tapped outside the pop-up"
    if action.kind == "wait":
        return f"等待倒计时结束（{action.value} 秒）" if zh else f"Waited {action.value} s for a countdown to end"
    if action.kind == "keyboard":
        return f"用页面键盘在{target}中输入{value}" if zh else f"Typed {value} on the page's keyboard into {target}"
    if action.kind == "observed":  # a phone walk: what the next screen of the recording showed
        what = (
            {
                "the pop-up was closed": "弹窗被关闭",
                "a screen seen before came back": "之前的画面再次出现",
                "a new screen": "新的画面",
            }.get(action.text, action.text)
            if zh
            else action.text
        )
        return f"录屏中的下一个画面：{what}" if zh else f"Next screen of the phone walk: {what}"
    if action.kind == "reload":
        return "重新加载页面" if zh else "Reloaded the page"
    if action.kind == "goto":
        where = clip(action.value or "", 60)
        if action.reason == "backtrack":
            return f"返回之前的页面 {where}" if zh else f"Went back to an earlier page, {where}"
        return f"打开 {where}" if zh else f"Opened {where}"
    return f"{action.kind} {target}"


def bridge_call(call: BridgeCall) -> str:
    """WeixinJSBridge.invoke(getBrandWCPayRequest): the first argument names what was asked for."""
    first = call.args[0] if isinstance(call.args, (list, tuple)) and call.args else call.args
    named = first if isinstance(first, str) else ""
    return f"{call.bridge}.{call.method}({clip(named, 40)})" if named else f"{call.bridge}.{call.method}"


def short_url(url: str) -> str:
    parts = urlsplit(url)
    return clip((parts.netloc + parts.path) if parts.netloc else url, 60)


def page_sentences(
    url: str, previous_url: str | None, snap: Snapshot | None, report: Report, step: int, lang: str
) -> list[str]:
    """What the page did at this step, most telling first."""
    zh = lang == "zh"
    said: list[str] = []
    if snap is not None and snap.error:
        said.append(f"出错：{clip(snap.error)}" if zh else f"Error: {clip(snap.error)}")
    if report.payment is not None and report.payment.step == step:
        how = report.payment.how
        said.append(f"到达付款（{how}）" if zh else f"Reached payment ({how})")
    hops = len(snap.redirects) - 1 if snap is not None and snap.redirects else 0
    if hops > 0:
        said.append(f"经过 {hops} 次跳转" if zh else f"Redirected {hops} time{'s' if hops > 1 else ''}")
    if not url:
        pass  # a phone walk's screen has no address to tell
    elif previous_url is None or url != previous_url:
        said.append(f"打开 {short_url(url)}" if zh else f"Showed {short_url(url)}")
    else:
        said.append("停留在同一页面" if zh else "Stayed on the same page")
    if snap is None:
        return said
    for event in snap.host_events:
        scope = event.params.get("scope", "")
        said.append(f"请求授权：{event.kind} {scope}".strip() if zh else f"Asked for {event.kind} {scope}".strip())
    for overlay in snap.overlays:
        said.append(
            f"弹出窗口：{_quoted(overlay.text, lang)}" if zh else f"Showed a pop-up: {_quoted(overlay.text, lang)}"
        )
    for dialog in snap.dialogs:
        said.append(
            f"弹出提示框：{_quoted(dialog.message, lang)}"
            if zh
            else f"Showed a {dialog.type}: {_quoted(dialog.message, lang)}"
        )
    for call in snap.bridge_calls:
        said.append(f"调用 {bridge_call(call)}" if zh else f"Called {bridge_call(call)}")
    return said
