"""The wall categories, once: each one's id, what it is called, what it demands and why it matters.

The walk's verdict, the report (HTML, PDF, SARIF), the complaint wording, the rules' schema and the campaign
summary all read this table; a category no rule can have is not in it.
"""

from __future__ import annotations

from dataclasses import dataclass

from qraudit.models.bilingual import Bilingual


@dataclass(frozen=True)
class Category:
    id: str
    wall: bool  # a high-severity match of it stands between the payer and payment
    title: Bilingual  # a heading: 强制关注公众号
    action: Bilingual  # inside a sentence: 必须{action}才能付款 / Payment requires {action}
    demand: Bilingual  # the object of "you cannot pay without ..."
    explain: Bilingual  # why it matters, for a consumer reading the report


CATEGORY_TABLE: dict[str, Category] = {
    c.id: c
    for c in (
        Category(
            "follow",
            True,
            Bilingual("强制关注公众号", "Forced Official Account follow"),
            Bilingual("关注公众号", "following an Official Account"),
            Bilingual("关注商家的微信公众号", "following the merchant's WeChat Official Account"),
            Bilingual(
                "页面要求先关注商家的微信公众号。关注公众号与停车、点餐或付款无关，属于额外条件。",
                "The page asks you to follow the merchant's WeChat Official Account. Following has nothing to do with "
                "parking, ordering or paying; it is an extra condition.",
            ),
        ),
        Category(
            "login",
            True,
            Bilingual("强制登录或授权个人信息", "Forced login or profile authorization"),
            Bilingual("登录或授权个人信息", "logging in or authorizing a profile"),
            Bilingual("登录或授权你的微信头像、昵称等个人信息", "logging in or handing over your WeChat profile"),
            Bilingual(
                "页面要求登录或授权获取你的微信个人资料（头像、昵称、手机号等）。付款本身并不需要这些信息。",
                "The page asks you to log in or to let it read your WeChat profile (picture, nickname, phone number). "
                "Paying does not need any of this.",
            ),
        ),
        Category(
            "personal_data",
            True,
            Bilingual("索取与付款无关的个人信息", "Personal data the payment does not need"),
            Bilingual("提供与付款无关的个人信息", "giving personal data the payment does not need"),
            Bilingual(
                "填写手机号、姓名等与付款无关的个人信息",
                "typing in a phone number, name or other data the payment does not need",
            ),
            Bilingual(
                "页面要求填写与本次付款无关的个人信息。处理个人信息应限于实现目的的最小范围。",
                "The page asks for personal data this payment does not need. Personal data must be limited to what the "
                "purpose requires.",
            ),
        ),
    )
}
CATEGORIES = tuple(CATEGORY_TABLE)
WALL_CATEGORIES = tuple(c.id for c in CATEGORY_TABLE.values() if c.wall)
