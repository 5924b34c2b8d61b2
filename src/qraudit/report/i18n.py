"""The report's own words in Chinese and English, and the choice of language."""

from __future__ import annotations

import locale
import os

from qraudit.errors import InputError
from qraudit.models import Bilingual
from qraudit.models.categories import CATEGORY_TABLE

LANGS = ("zh", "en")

# Views of the one category table (models/categories.py), by what the report needs of each.
CATEGORY = {c.id: c.title for c in CATEGORY_TABLE.values()}
DEMAND = {c.id: c.demand for c in CATEGORY_TABLE.values()}
EXPLAIN = {c.id: c.explain for c in CATEGORY_TABLE.values()}
MANDATORY = Bilingual("必须：拒绝后无法付款", "Mandatory: refusing it blocks payment")
OPTIONAL = Bilingual("可拒绝：拒绝后仍可付款", "Optional: payment still works after refusing")

SEVERITY = {
    "high": Bilingual("高", "high"),
    "medium": Bilingual("中", "medium"),
    "low": Bilingual("低", "low"),
    "info": Bilingual("提示", "info"),
}


def pick(text: Bilingual | None, lang: str) -> str:
    """The text in `lang`, falling back to the other language when that one is empty."""
    if text is None:
        return ""
    first, second = (text.zh, text.en) if lang == "zh" else (text.en, text.zh)
    return first or second


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise InputError(f"unknown report language {lang!r}", hint=f"use one of: {', '.join(LANGS)}")
    return lang


def default_lang() -> str:
    """zh when the user's locale is Chinese (LC_ALL, LC_MESSAGES, LANG, then the system's), else en."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return "zh" if code.lower().startswith("zh") else "en"


def join(items: list[str], lang: str) -> str:
    """A human list: 甲、乙和丙 / a, b and c."""
    if len(items) <= 1:
        return "".join(items)
    if lang == "zh":
        return "、".join(items[:-1]) + "和" + items[-1]
    return ", ".join(items[:-1]) + " and " + items[-1]


# Each verdict's name, for the reports, the campaign summary and the re-check section.
VERDICT_NAMES: dict[str, Bilingual] = {
    "violation": Bilingual("违规", "Violation"),
    "inconclusive": Bilingual("无法判定", "Inconclusive"),
    "compliant": Bilingual("合规", "Compliant"),
}

# Headings and fixed phrases of the HTML report.
LABELS = {
    "title": Bilingual("二维码付款审计报告", "QR checkout audit report"),
    "verdict": Bilingual("结论", "Verdict"),
    **VERDICT_NAMES,
    "case": Bilingual("案例编号", "Case"),
    "audited": Bilingual("审计时间", "Audited"),
    "target": Bilingual("审计对象", "Audited link"),
    "photo": Bilingual("照片与二维码", "Photo and codes"),
    "no_photo": Bilingual("本次审计直接使用链接，没有照片。", "This audit started from a link, not a photo."),
    "no_photo_phone": Bilingual(
        "本次审计读取的是真人在手机上的走查录屏或截图，没有二维码照片。",
        "This audit read a walk a person recorded on a phone, not a photo of a code.",
    ),
    "first_screen": Bilingual("录屏的第一个画面", "The first screen of the phone walk"),
    "taken_at": Bilingual("拍摄时间", "Taken at"),
    "place": Bilingual("拍摄地点", "Place"),
    "camera": Bilingual("相机", "Camera"),
    "unknown": Bilingual("未知", "unknown"),
    "code": Bilingual("二维码", "Code"),
    "journey": Bilingual("审计过程", "The journey"),
    "step": Bilingual("第 {n} 步", "Step {n}"),
    "auditor_did": Bilingual("审计员操作", "The auditor"),
    "page_did": Bilingual("页面反应", "The page"),
    "timing": Bilingual("用时", "Time"),
    # {wall} real seconds until the page was read; {page} seconds the page's own clock moved meanwhile.
    "timing_virtual": Bilingual(
        "{wall:.1f} 秒（页面时钟走过 {page:.1f} 秒：计时器被快进）",
        "{wall:.1f} s (the page's clock moved {page:.1f} s: its timers were fast-forwarded)",
    ),
    "timing_real": Bilingual("{wall:.1f} 秒（实时等待）", "{wall:.1f} s (waited in real time)"),
    "timing_fallback": Bilingual(
        "{wall:.1f} 秒（页面时钟走过 {page:.1f} 秒；页面不停变化，改为实时等待）",
        "{wall:.1f} s (page clock {page:.1f} s; the page kept changing, so it was waited for in real time)",
    ),
    "no_screenshot": Bilingual("无截图", "no screenshot"),
    "walls": Bilingual("发现的障碍", "Walls found"),
    "no_walls": Bilingual(
        "没有发现强制关注、强制登录或多余的个人信息要求。",
        "No forced follow, login or needless personal data was found.",
    ),
    "findings": Bilingual("其他问题", "Other findings"),
    "at_step": Bilingual("出现在第 {n} 步", "at step {n}"),
    "law": Bilingual("相关法律条文", "The law"),
    "evidence": Bilingual("证据", "Evidence"),
    "excerpt": Bilingual("页面文字", "Page text"),
    "element": Bilingual("页面元素", "Element"),
    "url": Bilingual("网址", "URL"),
    "fields": Bilingual("索取的信息", "Data demanded"),
    "necessity": Bilingual("是否为该服务所必需", "Is it necessary for this service?"),
    "necessary": Bilingual("必要", "Necessary"),
    "not_necessary": Bilingual("非必要", "Not necessary"),
    "allowed_wall": Bilingual(
        "这一障碍只索取该服务必要的信息：记录在案，但不构成违规。",
        "This wall asks only for what the service needs: it is reported, but it is not a violation.",
    ),
    "service": Bilingual("服务类型", "Service"),
    "service_inferred": Bilingual("根据页面判断", "read from the pages"),
    "service_override": Bilingual("由审计员指定（--service）", "set by the auditor (--service)"),
    "refusals": Bilingual("审计员的拒绝尝试", "What the auditor tried"),
    "rules": Bilingual("规则", "Rules"),
    "network": Bilingual("跳转与网络", "Redirects and network"),
    "no_network_phone": Bilingual(
        "这次走查由真人在手机上完成并录屏，没有网络记录；证据是下列录屏与截图原件（已封存并计算哈希）。",
        "This walk was done by a person on a phone and recorded on screen, so there is no network log; the evidence is "
        "the original recordings and screenshots below, sealed and hashed.",
    ),
    "phone_walk": Bilingual("手机走查的原始文件", "The phone walk's original files"),
    "duration": Bilingual("时长", "duration"),
    "device": Bilingual("设备", "device"),
    "created": Bilingual("录制时间", "recorded"),
    "redirects": Bilingual("跳转链", "Redirect chain"),
    "hosts": Bilingual("访问的服务器", "Hosts contacted"),
    "host": Bilingual("主机", "Host"),
    "requests": Bilingual("请求数", "Requests"),
    "third_party": Bilingual("第三方", "Third party"),
    "blocked": Bilingual("已拦截", "blocked"),
    "bridge_calls": Bilingual("微信/支付宝接口调用", "WeChat/Alipay bridge calls"),
    "none": Bilingual("无", "none"),
    "yes": Bilingual("是", "yes"),
    "no": Bilingual("否", "no"),
    "environment": Bilingual("审计环境", "Environment"),
    "tool": Bilingual("工具版本", "Tool version"),
    "rules_hash": Bilingual("规则哈希", "Rules hash"),
    "browser": Bilingual("浏览器", "Browser"),
    "profile": Bilingual("设备配置", "Profile"),
    "user_agent": Bilingual("User-Agent", "User agent"),
    "times": Bilingual("开始 / 结束（UTC）", "Started / finished (UTC)"),
    "errors": Bilingual("审计中的错误", "Errors during the audit"),
    "earlier_walks": Bilingual(
        "换用设备配置前的走查（证据保留在子文件夹中）",
        "Walks before a change of profile (their evidence kept in a subfolder)",
    ),
    "earlier_walk": Bilingual(
        "以 {profile} 走查 {steps} 步，页面要求：“{reason}”；证据在 {folder}/",
        '{steps} step(s) as {profile}; the page said "{reason}"; evidence in {folder}/',
    ),
    "integrity": Bilingual("完整性校验", "Integrity"),
    "manifest_hash": Bilingual("清单 manifest.json 的 SHA-256", "SHA-256 of manifest.json"),
    "no_manifest": Bilingual("尚未生成清单。", "No manifest has been written yet."),
    "signed": Bilingual(
        "清单已用 Ed25519 密钥签名（manifest.sig）。", "The manifest is signed with an Ed25519 key (manifest.sig)."
    ),
    "timestamped": Bilingual(
        "清单已取得 RFC 3161 可信时间戳（manifest.tsr）。",
        "The manifest has an RFC 3161 trusted timestamp (manifest.tsr).",
    ),
    "how_to_verify": Bilingual(
        "manifest.json 列出本文件夹中每个文件的 SHA-256 和大小。本报告（report.html / report.pdf）引用清单的哈希，"
        "因此不在清单之内。任何人都可以这样校验：",
        "manifest.json lists every file in this folder with its SHA-256 and size. This report (report.html / "
        "report.pdf) quotes the manifest's hash and so is not listed in it. Anyone can check:",
    ),
    "verify_qraudit": Bilingual("用 qraudit 重新计算全部哈希：", "re-hash everything with qraudit:"),
    "verify_sha": Bilingual("不用 qraudit，只核对清单本身：", "without qraudit, check the manifest itself:"),
    "verify_sig": Bilingual("核对签名（需要公钥）：", "check the signature (needs the public key):"),
    "verify_tsr": Bilingual(
        "核对时间戳（需要时间戳机构的根证书）：", "check the timestamp (needs the TSA's root certificate):"
    ),
    "footer": Bilingual(
        "本报告由 qraudit 自动生成，页面内容按原样引用，不代表审计员观点。",
        "Generated by qraudit. Page content is quoted as found.",
    ),
}
