"""Blind phone walks: screens from this folder's pages/, designed without reading the implementation.

kind -> (screens in the order the person saw them, verdict, sorted mandatory wall categories,
         payment reached, app bar, scale)

Every walk is what a volunteer who refuses every wall would record.
"""

from __future__ import annotations

from pathlib import Path

PAGES = Path(__file__).parent / "pages"

WALKS = {
    # WeUI 关注 dialog; 暂不关注 brings the bill back, 立即缴费 shows the dialog again: the walk ends there
    "follow-comes-back": (["bill", "follow-weui", "bill", "follow-weui"], "violation", ["follow"], False, "wechat", 2),
    # the same dialog, but after 暂不关注 立即缴费 opens the WeChat Pay sheet
    "follow-optional-paid": (["bill", "follow-weui", "bill", "wxpay-cashier"], "compliant", [], True, "wechat", 2),
    # mini-program 昵称、头像 sheet refused (拒绝), then a 请先授权 toast on the bill: stopped
    "profile-refused-stops": (["bill", "mp-profile", "bill-need-auth"], "violation", ["login"], False, "wechat", 2),
    # mini-program phone-number sheet refused (不允许), then paid anyway (招商银行储蓄卡, 确认支付), scale 3
    "phone-refused-paid": (["bill", "mp-phone", "bill", "wxpay-cashier-cmb"], "compliant", [], True, "wechat", 3),
    # jQuery mall: 立即购买 leads to a login page (手机号快捷登录 / 微信一键登录 / 账号密码登录), nothing else
    "mall-login-only": (["mall-goods", "login-page"], "violation", ["login"], False, "wechat", 2),
    # real-name form with required 姓名 / 身份证号 / 手机号 before payment
    "pd-form-end": (["bill", "pd-form"], "violation", ["personal_data"], False, "wechat", 2),
    # 立即缴费 answered by a text toast 请先关注公众号, then the same bill: stopped
    "toast-follow": (["bill", "bill-toast-follow", "bill"], "violation", ["follow"], False, "wechat", 2),
    # Alipay pay-the-merchant: amount keypad, then the Alipay cashier (确认付款, 余额宝, 立即付款)
    "alipay-merchant-paid": (["ali-merchant", "ali-cashier"], "compliant", [], True, "alipay", 2),
    # bill, WeChat Pay sheet, 支付成功
    "paid-success": (["bill", "wxpay-cashier", "pay-success"], "compliant", [], True, "wechat", 2),
    # a fee notice (收费公示) only: no checkout
    "poster-notice": (["notice"], "inconclusive", [], False, "wechat", 2),
    # a QR code to follow: 长按识别二维码关注后缴费
    "follow-qr": (["bill", "follow-qr"], "violation", ["follow"], False, "wechat", 2),
    # 立即缴费 jumps to the Official Account profile with a green 关注公众号, scale 3
    "oa-profile-scale3": (["bill", "oa-profile"], "violation", ["follow"], False, "wechat", 3),
    # English: the follow dialog comes back after Not now
    "en-follow-comes-back": (
        ["en-bill", "en-follow", "en-bill", "en-follow"],
        "violation",
        ["follow"],
        False,
        "wechat",
        2,
    ),
    # English: bill, Weixin Pay sheet, Payment successful
    "en-paid": (["en-bill", "en-cashier", "en-success"], "compliant", [], True, "wechat", 2),
    # the bill alone: the person stopped without tapping 立即缴费
    "bill-only": (["bill"], "inconclusive", [], False, "wechat", 2),
    # restaurant: menu 去结算, order confirm with a pre-ticked marketing consent, WeChat Pay sheet
    "food-precheck-paid": (["menu", "order-confirm", "wxpay-cashier-food"], "compliant", [], True, "wechat", 2),
    # restaurant: Vant bottom login popup dismissed (暂不登录，继续点餐), then paid, scale 3
    "food-login-popup-dismissed": (
        ["menu", "menu-login-popup", "menu", "order-confirm", "wxpay-cashier-food"],
        "compliant",
        [],
        True,
        "wechat",
        3,
    ),
    # restaurant: 提交订单 answered by a uni-app modal 请先登录后再下单; 取消 brings the order back: stopped
    "food-uni-login-modal": (
        ["menu", "order-confirm", "order-uni-modal", "order-confirm"],
        "violation",
        ["login"],
        False,
        "wechat",
        2,
    ),
    # Alipay parking: 立即缴费 leads to a required phone + SMS code form
    "alipay-phone-form": (["ali-bill", "ali-phone-form"], "violation", ["personal_data"], False, "alipay", 2),
    # Alipay parking straight to the Alipay cashier, scale 3
    "alipay-park-scale3": (["ali-bill", "ali-cashier-park"], "compliant", [], True, "alipay", 3),
    # paid, then the success page suggests following (after payment: not a wall)
    "success-then-follow": (["bill", "wxpay-cashier", "pay-success-follow"], "compliant", [], True, "wechat", 2),
    # follow dialog refused (optional), then 立即缴费 opens a login page: the login is the wall
    "follow-then-login": (["bill", "follow-weui", "bill", "login-page"], "violation", ["login"], False, "wechat", 2),
}


def urls(screens: list[str]) -> list[str]:
    return [(PAGES / f"{s}.html").resolve().as_uri() for s in screens]
