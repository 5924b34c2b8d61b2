"""Who the merchant is and where, read from the page's own words: titles, labelled lines, the cashier, the
Official Account a wall names. Each finding says which of those it came from."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

NAME_CHARS = 40  # a longer "name" is a sentence the pattern caught by mistake

# Where a merchant name came from, most trustworthy first; the Chinese says it in the complaint.
NAME_SOURCES = {
    "complainant": "投诉人提供",
    "page-label": "页面上的“商户名称/收款方”一行",
    "cashier": "收银台显示的收款方",
    "title": "页面标题",
    "official-account": "页面要求关注的公众号名称",
}
ADDRESS_SOURCES = {"complainant": "投诉人提供", "page-label": "页面上的“地址”一行"}

LABELLED_NAME = re.compile(r"(?:商户名称|商家名称|收款方|收款商户|收款单位)\s*[:：]\s*(?P<name>[^\s，,。；;]{2,40})")
CASHIER_PAYEE = re.compile(
    r"(?:付款给|支付给)\s*(?P<name>[^\s，,。；;]{2,40})|向\s*(?P<to>[^\s，,。；;]{2,40}?)\s*(?:付款|支付)"
)
ADDRESS = re.compile(r"地址\s*[:：]\s*(?P<address>[^\n；;]{4,120})")
ACCOUNT_QUOTED = re.compile(r"[「『“\"](?P<name>[^」』”\"]{2,30})[」』”\"]\s*(?:微信)?公众号")
ACCOUNT_BARE = re.compile(r"关注\s*(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,20}?)\s*(?:微信)?公众号")
NOT_A_NAME = {"我们", "我们的", "本", "官方", "本店", "商家", "商户", "一下", "微信"}

# A title part made only of these words names the page's job, not the merchant: 扫码缴费, 停车缴费, 收银台.
GENERIC_WORDS = (
    "扫码",
    "停车",
    "缴费",
    "支付",
    "付款",
    "点餐",
    "收银台",
    "首页",
    "订单",
    "确认",
    "详情",
    "微信",
    "支付宝",
    "在线",
    "自助",
    "服务",
    "中心",
    "买单",
    "结算",
    "收费",
    "查询",
    "外卖",
    "商城",
    "会员",
    "登录",
    "授权",
    "关注",
    "公众号",
)
GENERIC_TITLE = re.compile("(?:" + "|".join(GENERIC_WORDS) + r"|\s)+")
TITLE_SEPARATORS = re.compile(r"\s*[·•|｜_]\s*|\s+[-–—]\s+|[-–—]")


@dataclass(frozen=True)
class Sourced:
    """A value and the key (in NAME_SOURCES / ADDRESS_SOURCES, or a time source) saying where it came from."""

    value: str
    source: str


def _clean(text: str) -> str:
    return " ".join(text.split()).strip(" ：:，,。")


def name_from_title(title: str) -> str | None:
    """人民广场地下停车场 · 扫码缴费 → 人民广场地下停车场; 扫码缴费 alone → None; a bare host or URL → None."""
    for part in TITLE_SEPARATORS.split(title or ""):
        part = _clean(part)
        if len(part) < 2 or len(part) > NAME_CHARS or GENERIC_TITLE.fullmatch(part):
            continue
        if re.fullmatch(r"[\w.:/-]+", part, flags=re.ASCII):  # 127.0.0.1:8737/ or a URL: the browser's fallback title
            continue
        return part
    return None


def _first(pattern: re.Pattern[str], texts: Iterable[str], *groups: str) -> str | None:
    for text in texts:
        for match in pattern.finditer(text):
            for group in groups:
                value = match.group(group)
                if value and _clean(value) and _clean(value) not in NOT_A_NAME:
                    return _clean(value)
    return None


def official_account(texts: Iterable[str]) -> str | None:
    """「人民广场停车」公众号 or 关注人民广场停车公众号 → 人民广场停车."""
    texts = list(texts)
    return _first(ACCOUNT_QUOTED, texts, "name") or _first(ACCOUNT_BARE, texts, "name")


def merchant_name(titles: Iterable[str], page_texts: Iterable[str], wall_texts: Iterable[str]) -> Sourced | None:
    page = list(page_texts)
    labelled = _first(LABELLED_NAME, page, "name")
    if labelled:
        return Sourced(labelled, "page-label")
    payee = _first(CASHIER_PAYEE, page, "name", "to")
    if payee:
        return Sourced(payee, "cashier")
    named = Counter(n for n in (name_from_title(t) for t in titles) if n)
    if named:
        return Sourced(named.most_common(1)[0][0], "title")  # the title most steps carry
    account = official_account([*wall_texts, *page])
    return Sourced(account, "official-account") if account else None


def merchant_address(page_texts: Iterable[str]) -> Sourced | None:
    for text in page_texts:
        match = ADDRESS.search(text)
        if match and _clean(match.group("address")):
            return Sourced(_clean(match.group("address")), "page-label")
    return None
