"""The walk loop on scripted sites (tests/walk/fake_site.py): re-presses, waits, options, identity checks."""

from __future__ import annotations

import asyncio

import pytest

from qraudit.models import Box, BridgeCall, Control, HostEvent, Overlay, TextBlock
from qraudit.models.budget import Budget
from qraudit.rules import load_ruleset
from qraudit.walk.verdict import decide
from qraudit.walk.walker import Walker
from tests.walk.fake_site import FakeSite

START = "https://shop.example.cn/"
PAY = {"bridge_calls": (BridgeCall("WeixinJSBridge", "getBrandWCPayRequest", {"package": "prepay_id=wx1"}),)}


@pytest.fixture(scope="module")
def ruleset():
    return load_ruleset()


def walk(site: FakeSite, ruleset):
    result = asyncio.run(Walker(site, ruleset, "url", Budget(max_steps=20)).run(START))
    return result, decide(result, ruleset.by_id)


def button(text: str, y: float = 700, **kw) -> Control:
    return Control(ref=text, text=text, box=Box(0, y, 390, 44), **kw)


def test_checkout_is_pressed_again_after_an_item_even_when_the_page_looks_the_same(ruleset):
    menu = lambda: {
        "controls": (button("+", 300), button("去结算")),
        "texts": (TextBlock("宫保鸡丁 ¥28", Box(0, 280, 300, 20)),),
    }
    site = FakeSite(
        states={"menu": menu, "paid": lambda: PAY},
        moves={("menu", "去结算"): "menu", ("menu", "+"): "menu"},
        urls={START: "menu"},
    )
    # 去结算 does nothing with an empty cart and the + changes nothing visible; only the cart knows.
    site.moves[("menu", "去结算")] = "menu"
    pressed = []

    async def act(action, original=site.act):
        pressed.append(action.text)
        if action.text == "去结算" and "+" in pressed:
            site.current = "paid"
            site.log.append(("menu", action.text))
            return site._snapshot()
        return await original(action)

    site.act = act  # type: ignore[method-assign]
    result, decision = walk(site, ruleset)
    assert pressed == ["去结算", "+", "去结算"]
    assert decision.verdict == "compliant"


def test_an_ad_countdown_is_waited_out_before_its_skip(ruleset):
    ad = lambda: {"controls": (button("5s 后可跳过", 40),), "overlays": ()}
    after = lambda: {"controls": (button("跳过", 40),)}
    page = lambda: {"controls": (button("立即支付"),)}
    site = FakeSite(
        states={"ad": ad, "after": after, "page": page, "paid": lambda: PAY},
        moves={("ad", "wait"): "after", ("after", "跳过"): "page", ("page", "立即支付"): "paid"},
        urls={START: "ad"},
    )
    result, decision = walk(site, ruleset)
    assert [what for _, what in site.log] == ["wait", "跳过", "立即支付"]
    assert result.actions[1].value == "6"
    assert decision.verdict == "compliant"


def test_a_spec_sheet_gets_one_option_of_each_group_then_its_add(ruleset):
    def sheet():
        controls = (
            button("大份", 500, in_overlay=True, group="size"),
            button("中份", 500, in_overlay=True, group="size"),
            button("已售罄 小份", 500, in_overlay=True, group="size"),
            button("微辣", 560, in_overlay=True, group="taste"),
            button("不辣", 560, in_overlay=True, group="taste"),
            button("加入购物车", 760, in_overlay=True),
        )
        return {
            "controls": controls,
            "overlays": (Overlay(Box(0, 400, 390, 444), "规格 口味", tuple(c.ref for c in controls)),),
        }

    site = FakeSite(
        states={"menu": lambda: {"controls": (button("选规格", 300),)}, "sheet": sheet, "paid": lambda: PAY},
        moves={("menu", "选规格"): "sheet", ("sheet", "加入购物车"): "paid"},
        urls={START: "menu"},
    )
    walk(site, ruleset)
    assert [what for _, what in site.log] == ["选规格", "大份", "微辣", "加入购物车"]


def test_terms_links_on_a_login_page_are_not_ways_forward(ruleset):
    login = lambda: {
        "controls": (button("微信一键登录", 400), button("《支付服务协议》", 600), button("《隐私政策》", 640)),
        "texts": (TextBlock("手机号登录", Box(0, 100, 200, 30)),),
    }
    site = FakeSite(
        states={"bill": lambda: {"controls": (button("立即缴费"),)}, "login": login},
        moves={("bill", "立即缴费"): "login"},
        urls={START: "bill", "https://shop.example.cn/login": "login"},
    )
    result, decision = walk(site, ruleset)
    assert not any("协议" in what or "政策" in what for _, what in site.log)
    assert decision.verdict == "violation"
    assert [(w.category, w.mandatory) for w in decision.walls] == [("login", True)]


def test_a_rejected_silent_oauth_is_inconclusive_not_a_wall(ruleset):
    oauth = (
        HostEvent(
            "wechat-oauth",
            "https://open.weixin.qq.com/connect/oauth2/authorize",
            {"scope": "snsapi_base", "decision": "silent"},
            0,
        ),
    )
    error = lambda: {
        "host_events": oauth,
        "texts": (
            TextBlock('授权失败 {"errcode":40029,"errmsg":"invalid code"} 请在微信中重新打开', Box(0, 100, 390, 40)),
        ),
        "controls": (button("重新授权"),),
    }
    site = FakeSite(states={"error": error}, moves={}, urls={START: "error"})
    result, decision = walk(site, ruleset)
    assert decision.verdict == "inconclusive"
    assert "real WeChat identity" in decision.reason and "40029" in decision.reason
    assert not any(w.mandatory for w in decision.walls)


def test_a_declined_profile_consent_stays_a_login_wall(ruleset):
    events = (
        HostEvent(
            "wechat-oauth", "https://open.weixin.qq.com/x", {"scope": "snsapi_userinfo", "decision": "declined"}, 1
        ),
    )
    site = FakeSite(
        states={
            "bill": lambda: {"controls": (button("立即缴费"),)},
            "failed": lambda: {
                "host_events": events,
                "texts": (TextBlock("授权失败，请重新授权", Box(0, 100, 390, 30)),),
                "controls": (button("重新授权"),),
            },
        },
        moves={("bill", "立即缴费"): "failed"},
        urls={START: "bill"},
    )
    result, decision = walk(site, ruleset)
    assert result.identity_needed is None
    assert decision.verdict != "compliant"


def test_a_shop_listing_leads_to_a_buy_that_only_answers_a_login_toast(ruleset):
    listing = lambda: {
        "controls": (
            button("有机燕麦片 1kg ￥39.90 已售 1.2万", 200, tag="uni-view"),
            button("冷榨山茶油 ￥128.00", 260, tag="uni-view"),
            button("首页", 800, tag="uni-view"),
            button("购物车", 800, tag="uni-view"),
        )
    }
    detail = lambda: {"controls": (button("加入购物车", 780, tag="uni-view"), button("立即购买", 780, tag="uni-view"))}

    def sheet(chosen: bool = False, toast: bool = False):
        controls = (
            button("曜石黑", 500, in_overlay=True, group="colour", selected=chosen),
            button("雾霾蓝", 500, in_overlay=True, group="colour"),
            button("−", 600, in_overlay=True, group="qty"),
            button("+", 600, in_overlay=True, group="qty"),
            button("确定", 760, in_overlay=True),
        )
        texts = (TextBlock("请登录", Box(150, 400, 90, 30), transient=True),) if toast else ()
        return {
            "controls": controls,
            "texts": texts,
            "overlays": (Overlay(Box(0, 400, 390, 444), "颜色 数量", tuple(c.ref for c in controls)),),
        }

    site = FakeSite(
        states={
            "listing": listing,
            "detail": detail,
            "sheet": sheet,
            "chosen": lambda: sheet(True, bool(site.log) and site.log[-1][1] == "确定"),
            "cart": lambda: {"texts": (TextBlock("购物车是空的", Box(0, 100, 390, 30)),)},
        },
        moves={
            ("listing", "有机燕麦片 1kg ￥39.90 已售 1.2万"): "detail",
            ("listing", "购物车"): "cart",
            ("detail", "立即购买"): "sheet",
            ("detail", "加入购物车"): "sheet",
            ("sheet", "曜石黑"): "chosen",
        },
        urls={START: "listing"},
    )
    result, decision = walk(site, ruleset)
    done = [what for _, what in site.log]
    assert done[:4] == ["有机燕麦片 1kg ￥39.90 已售 1.2万", "立即购买", "曜石黑", "确定"]
    assert "+" not in done, done
    assert decision.verdict == "violation", (result.end_reason, done)
    assert [(w.category, w.mandatory) for w in decision.walls] == [("login", True)]
    assert "login-prompt-toast" in decision.walls[0].rule_ids
