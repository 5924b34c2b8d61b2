"""Writes pages/*.html: one phone screen each (390 CSS px wide), self-contained, in the styles real
checkout front-ends use (WeUI, Vant, uni-app, jQuery mall pages, WeChat Pay / Alipay cashier sheets).

Screens that show a pop-up over a page carry the page underneath too, as the phone shows it.
Run: .venv/bin/python tests/phonewalk_blind/make_pages.py
"""

from __future__ import annotations

import base64
import io
from pathlib import Path

PAGES = Path(__file__).parent / "pages"

BASE_CSS = """
*{box-sizing:border-box;margin:0;padding:0}
html,body{width:390px;min-height:100%;font-family:"Noto Sans CJK SC","PingFang SC",sans-serif;-webkit-font-smoothing:antialiased}
body{background:#f5f6f7;color:#111;font-size:15px}
"""


def page(title: str, body: str, css: str = "", bg: str = "#f5f6f7") -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>{title}</title>
<style>{BASE_CSS}body{{background:{bg}}}{css}</style></head>
<body>{body}</body></html>
"""


# ---------------------------------------------------------------- parking bill (jQuery-era page)
BILL_CSS = """
.park-head{background:linear-gradient(135deg,#2f7cf6,#1a5fd8);color:#fff;padding:22px 20px 56px}
.park-head .lot{font-size:15px;opacity:.9}
.park-head .plate{margin-top:10px;display:inline-block;background:#1d4fb8;border:2px solid #fff;border-radius:6px;
  padding:4px 14px;font-size:24px;font-weight:700;letter-spacing:2px}
.park-card{background:#fff;margin:-40px 14px 0;border-radius:10px;padding:6px 16px;box-shadow:0 2px 10px rgba(0,0,0,.06)}
.park-card .row{display:flex;justify-content:space-between;padding:13px 0;border-bottom:1px solid #f0f0f0;font-size:15px}
.park-card .row:last-child{border-bottom:0}
.park-card .k{color:#888}.park-card .v{color:#222}
.park-card .due .v{color:#f5222d;font-size:22px;font-weight:700}
.park-tip{color:#999;font-size:12px;padding:12px 18px;line-height:1.6}
.btn-pay{display:block;margin:18px 16px 0;height:48px;line-height:48px;text-align:center;border-radius:24px;
  background:#ff6a00;color:#fff;font-size:17px;font-weight:600}
.coupon{margin:12px 14px 0;background:#fff7e6;color:#d46b08;border-radius:8px;padding:10px 14px;font-size:13px;display:flex;justify-content:space-between}
"""


def bill_body(extra_top: str = "", plate: str = "浙A·12345") -> str:
    return f"""
<div class="park-head"><div class="lot">城东智慧停车 · 杭州市民中心P2停车场</div>
<div class="plate">{plate}</div></div>
<div class="park-card">
 <div class="row"><span class="k">车牌号</span><span class="v">{plate}</span></div>
 <div class="row"><span class="k">入场时间</span><span class="v">2024-05-18 09:26:41</span></div>
 <div class="row"><span class="k">停车时长</span><span class="v">2小时15分</span></div>
 <div class="row"><span class="k">已优惠</span><span class="v">¥0.00</span></div>
 <div class="row due"><span class="k">应付金额</span><span class="v">¥10.00</span></div>
</div>{extra_top}
<div class="park-tip">温馨提示：缴费成功后请于15分钟内离场，超时将重新计费。</div>
<a class="btn-pay">立即缴费</a>
"""


# ---------------------------------------------------------------- WeUI dialog / toast
WEUI_CSS = """
.weui-mask{position:fixed;inset:0;background:rgba(0,0,0,.6);z-index:1000}
.weui-dialog{position:fixed;z-index:5000;top:50%;left:32px;right:32px;transform:translateY(-50%);background:#fff;
  border-radius:12px;text-align:center;overflow:hidden}
.weui-dialog__hd{padding:32px 24px 16px}.weui-dialog__title{font-weight:700;font-size:17px}
.weui-dialog__bd{padding:0 24px 32px;font-size:17px;color:rgba(0,0,0,.5);line-height:1.4;word-wrap:break-word}
.weui-dialog__ft{display:flex;border-top:1px solid rgba(0,0,0,.1);line-height:56px;min-height:56px;font-size:17px}
.weui-dialog__btn{flex:1;display:block;font-weight:700;color:#576b95}
.weui-dialog__btn_default{color:rgba(0,0,0,.9)}
.weui-dialog__btn+.weui-dialog__btn{border-left:1px solid rgba(0,0,0,.1)}
.weui-toast{position:fixed;z-index:5000;width:136px;min-height:136px;top:40%;left:50%;transform:translate(-50%,-50%);
  background:rgba(17,17,17,.7);text-align:center;border-radius:12px;color:rgba(255,255,255,.9);display:flex;
  flex-direction:column;align-items:center;justify-content:center;padding:16px}
.weui-toast__icon{width:40px;height:40px;border:3px solid #fff;border-radius:50%;font-size:26px;line-height:34px;font-weight:700;margin-bottom:10px}
.weui-toast__content{font-size:14px;line-height:1.4}
.weui-toast_text{width:auto;min-height:0;max-width:260px;padding:12px 18px;border-radius:8px;background:rgba(0,0,0,.72)}
"""


def weui_dialog(title: str, body: str, left: str, right: str) -> str:
    return f"""<div class="weui-mask"></div>
<div class="weui-dialog"><div class="weui-dialog__hd"><strong class="weui-dialog__title">{title}</strong></div>
<div class="weui-dialog__bd">{body}</div>
<div class="weui-dialog__ft"><a class="weui-dialog__btn weui-dialog__btn_default">{left}</a><a class="weui-dialog__btn weui-dialog__btn_primary">{right}</a></div></div>"""


# ---------------------------------------------------------------- mini-program authorization sheets
MP_CSS = """
.mp-mask{position:fixed;inset:0;background:rgba(0,0,0,.6)}
.mp-sheet{position:fixed;left:0;right:0;bottom:0;background:#fff;border-radius:12px 12px 0 0;padding:20px 24px 34px}
.mp-app{display:flex;align-items:center;font-size:15px;color:#111}
.mp-logo{width:24px;height:24px;border-radius:50%;background:#1a5fd8;color:#fff;font-size:12px;text-align:center;line-height:24px;margin-right:8px}
.mp-app .more{margin-left:auto;color:#999;font-size:20px}
.mp-title{font-size:17px;font-weight:700;margin-top:18px}
.mp-desc{font-size:14px;color:rgba(0,0,0,.5);margin-top:6px}
.mp-opt{display:flex;align-items:center;border-top:1px solid #eee;border-bottom:1px solid #eee;margin-top:20px;padding:14px 0}
.mp-avatar{width:42px;height:42px;border-radius:6px;background:#c6d3e6;margin-right:12px}
.mp-opt .n{font-size:16px}.mp-opt .s{font-size:13px;color:#999;margin-top:2px}
.mp-opt .tick{margin-left:auto;color:#07c160;font-size:20px}
.mp-other{font-size:15px;color:#576b95;padding:14px 0}
.mp-btns{display:flex;justify-content:center;gap:20px;margin-top:26px}
.mp-btns a{width:130px;height:44px;line-height:44px;border-radius:8px;text-align:center;font-size:17px;font-weight:700}
.mp-no{background:#f2f2f2;color:#07c160}.mp-yes{background:#07c160;color:#fff}
"""


def mp_sheet(title: str, option: str, btn_no: str, extra: str = "") -> str:
    return f"""<div class="mp-mask"></div><div class="mp-sheet">
<div class="mp-app"><span class="mp-logo">停</span>城东停车 申请<span class="more">ⓘ</span></div>
<div class="mp-title">{title}</div>
{option}{extra}
<div class="mp-btns"><a class="mp-no">{btn_no}</a><a class="mp-yes">允许</a></div></div>"""


# ---------------------------------------------------------------- WeChat Pay / Alipay cashier
WXPAY_CSS = """
.wx-mask{position:fixed;inset:0;background:rgba(0,0,0,.5)}
.wx-sheet{position:fixed;left:0;right:0;bottom:0;background:#fff;border-radius:12px 12px 0 0;padding:16px 24px 40px;text-align:center}
.wx-close{position:absolute;left:20px;top:14px;font-size:26px;color:#333}
.wx-brand{font-size:14px;color:#999;margin-top:4px}
.wx-to{font-size:16px;color:#111;margin-top:30px}
.wx-amt{font-size:40px;font-weight:600;margin-top:8px;font-family:"DIN Alternate","Noto Sans CJK SC",sans-serif}
.wx-amt small{font-size:26px;margin-right:2px}
.wx-row{display:flex;justify-content:space-between;text-align:left;font-size:15px;padding:14px 0;border-top:1px solid #eee;margin-top:26px}
.wx-row .k{color:#888}.wx-row .v{color:#111}
.wx-btn{display:block;margin:40px auto 0;width:184px;height:44px;line-height:44px;border-radius:8px;background:#07c160;color:#fff;font-size:17px;font-weight:700}
.ali-mask{position:fixed;inset:0;background:rgba(0,0,0,.5)}
.ali-sheet{position:fixed;left:0;right:0;bottom:0;background:#fff;border-radius:14px 14px 0 0;padding:0 0 34px}
.ali-hd{position:relative;text-align:center;font-size:17px;font-weight:600;padding:16px 0;border-bottom:1px solid #eee}
.ali-hd .x{position:absolute;left:18px;top:12px;font-size:24px;font-weight:400;color:#666}
.ali-amt{text-align:center;font-size:38px;font-weight:600;padding:26px 0 18px}
.ali-row{display:flex;justify-content:space-between;padding:14px 20px;font-size:15px;border-top:1px solid #f2f2f2}
.ali-row .k{color:#999}.ali-row .v{color:#333}
.ali-btn{display:block;margin:30px 16px 0;height:48px;line-height:48px;border-radius:8px;background:#1677ff;color:#fff;text-align:center;font-size:18px}
"""


def wx_cashier(payee: str, amount: str, method: str, button: str) -> str:
    return f"""<div class="wx-mask"></div><div class="wx-sheet"><span class="wx-close">×</span>
<div class="wx-brand">微信支付</div>
<div class="wx-to">付款给 {payee}</div>
<div class="wx-amt"><small>￥</small>{amount}</div>
<div class="wx-row"><span class="k">付款方式</span><span class="v">{method} &gt;</span></div>
<a class="wx-btn">{button}</a></div>"""


def ali_cashier(amount: str, info: str, method: str = "余额宝") -> str:
    return f"""<div class="ali-mask"></div><div class="ali-sheet">
<div class="ali-hd"><span class="x">×</span>确认付款</div>
<div class="ali-amt">¥{amount}</div>
<div class="ali-row"><span class="k">订单信息</span><span class="v">{info}</span></div>
<div class="ali-row"><span class="k">付款方式</span><span class="v">{method} &gt;</span></div>
<a class="ali-btn">立即付款</a></div>"""


# ---------------------------------------------------------------- restaurant (Vant)
MENU_CSS = """
.shop{background:#fff;padding:14px 16px;display:flex;align-items:center}
.shop .logo{width:52px;height:52px;border-radius:8px;background:#f4a259;color:#fff;font-size:22px;text-align:center;line-height:52px;margin-right:12px}
.shop .name{font-size:18px;font-weight:700}.shop .sub{font-size:12px;color:#999;margin-top:4px}
.table{background:#fff8e6;color:#b7791f;font-size:13px;padding:8px 16px}
.menu{display:flex;background:#fff;min-height:560px}
.cats{width:86px;background:#f7f8fa}.cats div{padding:16px 8px;font-size:13px;color:#666;text-align:center}
.cats .on{background:#fff;color:#111;font-weight:700;border-left:3px solid #ee0a24}
.goods{flex:1;padding:0 12px}
.g{display:flex;padding:12px 0;border-bottom:1px solid #f3f3f3}
.g .pic{width:72px;height:72px;border-radius:6px;background:#e9d8c3;margin-right:10px}
.g .t{font-size:15px;font-weight:600}.g .d{font-size:12px;color:#999;margin:4px 0 8px}
.g .p{color:#ee0a24;font-size:16px;font-weight:700}
.g .add{margin-left:auto;align-self:flex-end;width:22px;height:22px;border-radius:50%;background:#ee0a24;color:#fff;text-align:center;line-height:22px}
.cart{position:fixed;left:12px;right:12px;bottom:16px;height:50px;border-radius:25px;background:#323233;display:flex;align-items:center;overflow:hidden}
.cart .sum{color:#fff;font-size:18px;font-weight:700;padding-left:64px}
.cart .ico{position:absolute;left:14px;top:-8px;width:48px;height:48px;border-radius:50%;background:#1989fa;color:#fff;text-align:center;line-height:48px}
.cart .go{margin-left:auto;height:50px;line-height:50px;padding:0 26px;background:#ee0a24;color:#fff;font-size:16px;font-weight:700}
.van-overlay{position:fixed;inset:0;background:rgba(0,0,0,.7);z-index:2000}
.van-popup{position:fixed;background:#fff;z-index:2001}
.van-popup--bottom{left:0;right:0;bottom:0;border-radius:16px 16px 0 0;padding:24px 20px 34px}
.van-popup__close-icon{position:absolute;right:16px;top:14px;font-size:22px;color:#c8c9cc}
.van-button{display:block;height:46px;line-height:46px;border-radius:23px;text-align:center;font-size:16px;margin-top:14px}
.van-button--primary{background:#07c160;color:#fff}.van-button--default{border:1px solid #ebedf0;color:#323233}
.van-checkbox{display:flex;align-items:flex-start;font-size:12px;color:#646566;margin-top:14px;line-height:1.5}
.van-checkbox__icon{width:16px;height:16px;border-radius:50%;border:1px solid #c8c9cc;margin-right:6px;flex:none;margin-top:2px;font-size:11px;text-align:center;line-height:14px}
.van-checkbox__icon--checked{background:#ee0a24;border-color:#ee0a24;color:#fff}
"""

MENU_BODY = """
<div class="shop"><div class="logo">张</div><div><div class="name">张记小馆（文三路店）</div><div class="sub">月售 3821 · 人均 ¥42 · 营业中 10:00-21:30</div></div></div>
<div class="table">当前桌号：A08 · 扫码点餐 · 请勿重复下单</div>
<div class="menu"><div class="cats"><div class="on">热销</div><div>招牌菜</div><div>凉菜</div><div>主食</div><div>饮品</div></div>
<div class="goods">
<div class="g"><div class="pic"></div><div><div class="t">招牌红烧肉</div><div class="d">肥而不腻 · 月售 912</div><div class="p">¥38</div></div><span class="add">+</span></div>
<div class="g"><div class="pic"></div><div><div class="t">酸菜鱼（小份）</div><div class="d">微辣 · 月售 640</div><div class="p">¥46</div></div><span class="add">+</span></div>
<div class="g"><div class="pic"></div><div><div class="t">手撕包菜</div><div class="d">月售 503</div><div class="p">¥18</div></div><span class="add">+</span></div>
<div class="g"><div class="pic"></div><div><div class="t">米饭</div><div class="d">月售 2210</div><div class="p">¥2</div></div><span class="add">+</span></div>
</div></div>
<div class="cart"><span class="ico">3</span><span class="sum">¥58.00</span><span class="go">去结算</span></div>
"""

ORDER_CSS = """
.oc-hd{background:#fff;padding:16px;font-size:15px}.oc-hd b{font-size:17px}
.oc-box{background:#fff;margin:10px 12px;border-radius:10px;padding:4px 14px}
.oc-item{display:flex;justify-content:space-between;padding:12px 0;border-bottom:1px solid #f3f3f3;font-size:15px}
.oc-item:last-child{border-bottom:0}.oc-item .q{color:#999;margin-left:auto;margin-right:20px}
.oc-total{text-align:right;font-size:15px;padding:12px 0}.oc-total b{color:#ee0a24;font-size:20px}
.oc-note{background:#fff;margin:10px 12px;border-radius:10px;padding:14px;font-size:14px;color:#999}
.oc-bar{position:fixed;left:0;right:0;bottom:0;height:62px;background:#fff;display:flex;align-items:center;padding:0 14px;box-shadow:0 -1px 6px rgba(0,0,0,.06)}
.oc-bar .s{font-size:14px}.oc-bar .s b{color:#ee0a24;font-size:20px}
.oc-bar .go{margin-left:auto;height:44px;line-height:44px;padding:0 30px;border-radius:22px;background:#ee0a24;color:#fff;font-size:16px;font-weight:700}
"""

ORDER_BODY = """
<div class="oc-hd"><b>确认订单</b><div style="color:#999;font-size:13px;margin-top:4px">张记小馆（文三路店） · 桌号 A08 · 堂食</div></div>
<div class="oc-box">
<div class="oc-item"><span>招牌红烧肉</span><span class="q">x1</span><span>¥38.00</span></div>
<div class="oc-item"><span>手撕包菜</span><span class="q">x1</span><span>¥18.00</span></div>
<div class="oc-item"><span>米饭</span><span class="q">x1</span><span>¥2.00</span></div>
<div class="oc-total">共3件 合计 <b>¥58.00</b></div></div>
<div class="oc-note">备注：口味、偏好等要求（选填）</div>
<div class="oc-note" style="color:#646566"><div class="van-checkbox" style="margin-top:0"><span class="van-checkbox__icon van-checkbox__icon--checked">✓</span>
<span>我已阅读并同意《会员服务协议》，同意接收张记小馆的优惠活动短信推送</span></div></div>
<div class="oc-bar"><span class="s">待支付 <b>¥58.00</b></span><span class="go">提交订单</span></div>
"""

# ---------------------------------------------------------------- jQuery mall goods page
MALL_CSS = """
.gd-pic{height:330px;background:linear-gradient(160deg,#e8eef7,#c9d6ea);display:flex;align-items:center;justify-content:center;color:#8aa0c0;font-size:60px}
.gd-info{background:#fff;padding:14px 16px}
.gd-price{color:#e4393c;font-size:26px;font-weight:700}.gd-price s{color:#999;font-size:13px;font-weight:400;margin-left:8px}
.gd-name{font-size:16px;margin-top:8px;line-height:1.5}
.gd-sub{font-size:12px;color:#999;margin-top:6px}
.gd-sec{background:#fff;margin-top:10px;padding:14px 16px;font-size:14px;color:#666}
.gd-bar{position:fixed;left:0;right:0;bottom:0;height:56px;background:#fff;display:flex;border-top:1px solid #eee}
.gd-bar .i{width:64px;text-align:center;font-size:11px;color:#666;padding-top:8px}
.gd-bar .cart{flex:1;background:#ffb03f;color:#fff;text-align:center;line-height:56px;font-size:16px}
.gd-bar .buy{flex:1;background:#e4393c;color:#fff;text-align:center;line-height:56px;font-size:16px}
"""

MALL_BODY = """
<div class="gd-pic">五常大米 5kg</div>
<div class="gd-info"><div class="gd-price">¥69.90<s>¥129.00</s></div>
<div class="gd-name">【社区团购】东北五常大米 5kg 当季新米 稻花香2号 包邮到家</div>
<div class="gd-sub">已售 2.3万件 · 48小时内发货 · 7天无理由退货</div></div>
<div class="gd-sec">选择：规格 5kg / 配送至 杭州市西湖区</div>
<div class="gd-sec">商品评价（1286）好评率 98%</div>
<div class="gd-bar"><div class="i">首页</div><div class="i">客服</div><div class="cart">加入购物车</div><div class="buy">立即购买</div></div>
"""


def qr_data_uri(text: str) -> str:
    import qrcode

    img = qrcode.make(text, box_size=8, border=2)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


def build() -> dict[str, str]:
    p: dict[str, str] = {}
    css_all = BILL_CSS + WEUI_CSS

    # parking bill, plain
    p["bill"] = page("停车缴费", bill_body(), css_all)
    # WeUI follow dialog over the bill (暂不关注 / 去关注)
    p["follow-weui"] = page(
        "停车缴费",
        bill_body()
        + weui_dialog("关注公众号", "关注“城东智慧停车”公众号，及时获取停车缴费、电子发票通知", "暂不关注", "去关注"),
        css_all,
    )
    # toast after tapping 立即缴费
    p["bill-toast-follow"] = page(
        "停车缴费",
        bill_body()
        + """<div class="weui-toast weui-toast_text"><p class="weui-toast__content">请先关注公众号</p></div>""",
        css_all,
    )
    # bill after refusing the profile sheet: 请先授权 toast with icon
    p["bill-need-auth"] = page(
        "停车缴费",
        bill_body()
        + """<div class="weui-toast"><i class="weui-toast__icon">!</i><p class="weui-toast__content">请先授权</p></div>""",
        css_all,
    )

    # Official Account profile page (WeChat's own layout)
    p["oa-profile"] = page(
        "",
        """
<div style="background:#fff;padding:30px 24px 24px">
 <div style="display:flex;align-items:center"><div style="width:64px;height:64px;border-radius:8px;background:#1a5fd8;color:#fff;font-size:28px;text-align:center;line-height:64px">停</div>
 <div style="margin-left:16px"><div style="font-size:22px;font-weight:700">城东智慧停车</div><div style="font-size:13px;color:#999;margin-top:4px">杭州城东停车管理有限公司 · 28万朋友关注</div></div></div>
 <div style="font-size:15px;color:#333;margin-top:18px;line-height:1.6">提供杭州城东片区路内及公共停车场的缴费、月卡办理、电子发票服务。</div>
 <div style="display:flex;gap:12px;margin-top:22px"><a style="flex:1;height:42px;line-height:42px;text-align:center;border-radius:6px;background:#07c160;color:#fff;font-size:16px;font-weight:700">关注公众号</a>
 <a style="width:100px;height:42px;line-height:42px;text-align:center;border-radius:6px;background:#f2f2f2;color:#111;font-size:16px">发消息</a></div>
</div>
<div style="background:#fff;margin-top:8px;padding:16px 24px;font-size:15px;color:#111">
 <div style="color:#999;font-size:13px;margin-bottom:10px">最近文章</div>
 <div style="padding:10px 0;border-bottom:1px solid #f0f0f0">五一假期城东片区停车场收费标准调整公告</div>
 <div style="padding:10px 0;border-bottom:1px solid #f0f0f0">月卡用户续费指南</div>
 <div style="padding:10px 0">关注公众号后即可在线缴纳停车费</div></div>""",
        "",
        "#ededed",
    )

    # follow QR code: 长按识别二维码关注后缴费
    qr = qr_data_uri("http://weixin.qq.com/r/8xAbCdEfGhIjKlMnOp-2")
    p["follow-qr"] = page(
        "停车缴费",
        f"""
<div style="padding:36px 24px;text-align:center">
 <div style="font-size:20px;font-weight:700;color:#111">关注公众号后缴费</div>
 <div style="font-size:14px;color:#666;margin-top:10px;line-height:1.6">为保障您的缴费安全并及时推送缴费凭证，<br>请先关注“城东智慧停车”公众号</div>
 <div style="background:#fff;border-radius:12px;margin:26px auto 0;width:260px;padding:20px;box-shadow:0 2px 12px rgba(0,0,0,.08)">
 <img src="{qr}" style="width:220px;height:220px;display:block;margin:0 auto">
 <div style="font-size:15px;color:#07c160;margin-top:12px;font-weight:600">长按识别二维码关注后缴费</div></div>
 <div style="font-size:12px;color:#aaa;margin-top:24px">关注后返回本页面，点击“立即缴费”即可完成支付</div>
</div>""",
        "",
    )

    # mini-program sheets over the bill
    p["mp-profile"] = page(
        "城东停车",
        bill_body()
        + mp_sheet(
            "获取你的昵称、头像",
            """<div class="mp-opt"><div class="mp-avatar"></div><div><div class="n">阿亮</div><div class="s">微信个人信息</div></div><span class="tick">✓</span></div>""",
            "拒绝",
            """<div class="mp-other">使用其他头像和昵称</div>""",
        ),
        BILL_CSS + MP_CSS,
    )
    p["mp-phone"] = page(
        "城东停车",
        bill_body()
        + mp_sheet(
            "申请获取并验证你的手机号",
            """<div class="mp-desc">用于缴费记录查询与电子发票推送</div><div class="mp-opt"><div><div class="n">138****5678</div><div class="s">微信绑定号码</div></div><span class="tick">✓</span></div>""",
            "不允许",
            """<div class="mp-other">使用其他手机号码</div>""",
        ),
        BILL_CSS + MP_CSS,
    )

    # cashiers
    p["wxpay-cashier"] = page(
        "停车缴费", bill_body() + wx_cashier("城东智慧停车", "10.00", "零钱", "支付"), BILL_CSS + WXPAY_CSS
    )
    p["wxpay-cashier-cmb"] = page(
        "城东停车",
        bill_body() + wx_cashier("城东智慧停车", "10.00", "招商银行储蓄卡(6230)", "确认支付"),
        BILL_CSS + WXPAY_CSS,
    )
    p["wxpay-cashier-food"] = page(
        "确认订单",
        ORDER_BODY + wx_cashier("张记小馆（文三路店）", "58.00", "零钱", "支付"),
        MENU_CSS + ORDER_CSS + WXPAY_CSS,
    )
    p["pay-success"] = page(
        "支付结果",
        """
<div style="background:#fff;text-align:center;padding:56px 24px 40px">
 <div style="width:64px;height:64px;border-radius:50%;background:#07c160;color:#fff;font-size:38px;line-height:64px;margin:0 auto">✓</div>
 <div style="font-size:20px;font-weight:600;margin-top:20px">支付成功</div>
 <div style="font-size:36px;font-weight:700;margin-top:12px">¥10.00</div>
 <div style="font-size:14px;color:#999;margin-top:8px">城东智慧停车 · 浙A·12345</div></div>
<div style="background:#fff;margin-top:10px;padding:6px 20px;font-size:14px">
 <div style="display:flex;justify-content:space-between;padding:10px 0"><span style="color:#999">支付时间</span><span>2024-05-18 11:42:07</span></div>
 <div style="display:flex;justify-content:space-between;padding:10px 0"><span style="color:#999">支付方式</span><span>零钱</span></div>
 <div style="display:flex;justify-content:space-between;padding:10px 0"><span style="color:#999">交易单号</span><span>4200002145202405181234</span></div></div>
<div style="margin:30px 40px;height:44px;line-height:44px;text-align:center;border:1px solid #07c160;color:#07c160;border-radius:8px;font-size:17px">完成</div>""",
        "",
    )
    # success page that then suggests a follow (after payment: not a wall)
    p["pay-success-follow"] = page(
        "支付结果",
        p["pay-success"].split("<body>")[1].split("</body>")[0]
        + """
<div style="margin:0 16px;background:#fff;border-radius:10px;padding:14px;display:flex;align-items:center">
 <div style="width:40px;height:40px;border-radius:6px;background:#1a5fd8;color:#fff;text-align:center;line-height:40px">停</div>
 <div style="margin-left:10px;flex:1"><div style="font-size:15px;font-weight:600">城东智慧停车</div><div style="font-size:12px;color:#999">关注公众号，下次停车一键缴费</div></div>
 <a style="padding:6px 14px;border-radius:4px;background:#07c160;color:#fff;font-size:14px">关注</a></div>""",
        "",
    )

    # login page: 手机号快捷登录 / 微信一键登录 / 账号密码
    p["login-page"] = page(
        "登录",
        """
<div style="padding:40px 28px 0">
 <div style="font-size:26px;font-weight:700">欢迎登录</div><div style="font-size:14px;color:#999;margin-top:8px">登录后即可购买商品、查看订单</div>
 <div style="margin-top:36px;border-bottom:1px solid #e5e5e5;padding:12px 0;font-size:16px;color:#bbb">+86 &nbsp;请输入手机号</div>
 <div style="border-bottom:1px solid #e5e5e5;padding:12px 0;font-size:16px;color:#bbb;display:flex">请输入验证码<span style="margin-left:auto;color:#e4393c">获取验证码</span></div>
 <div style="margin-top:34px;height:48px;line-height:48px;text-align:center;border-radius:24px;background:#e4393c;color:#fff;font-size:17px">手机号快捷登录</div>
 <div style="margin-top:14px;height:48px;line-height:48px;text-align:center;border-radius:24px;background:#07c160;color:#fff;font-size:17px">微信一键登录</div>
 <div style="display:flex;justify-content:space-between;margin-top:18px;font-size:14px;color:#666"><span>账号密码登录</span><span>遇到问题？</span></div>
 <div style="font-size:12px;color:#999;margin-top:60px;line-height:1.6"><span style="display:inline-block;width:13px;height:13px;border:1px solid #ccc;border-radius:50%;vertical-align:-2px"></span> 我已阅读并同意《用户服务协议》《隐私政策》</div>
</div>""",
        "",
        "#fff",
    )

    # personal data form: 姓名 / 身份证号 required
    p["pd-form"] = page(
        "停车缴费",
        """
<div style="background:#fff7e6;color:#d46b08;font-size:13px;padding:10px 16px;line-height:1.5">根据停车场管理规定，首次缴费需完成车主实名登记</div>
<div style="background:#fff;margin-top:10px">
 <div style="padding:14px 16px;font-size:16px;font-weight:700">车主信息登记</div>
 <div style="display:flex;padding:14px 16px;border-top:1px solid #f0f0f0;font-size:15px"><span style="width:96px"><b style="color:#f5222d">*</b> 姓名</span><span style="color:#bbb">请输入真实姓名</span></div>
 <div style="display:flex;padding:14px 16px;border-top:1px solid #f0f0f0;font-size:15px"><span style="width:96px"><b style="color:#f5222d">*</b> 身份证号</span><span style="color:#bbb">请输入18位身份证号码</span></div>
 <div style="display:flex;padding:14px 16px;border-top:1px solid #f0f0f0;font-size:15px"><span style="width:96px"><b style="color:#f5222d">*</b> 手机号</span><span style="color:#bbb">请输入手机号</span></div>
 <div style="display:flex;padding:14px 16px;border-top:1px solid #f0f0f0;font-size:15px"><span style="width:96px">车牌号</span><span>浙A·12345</span></div>
</div>
<div style="padding:14px 16px;font-size:12px;color:#999">带 * 为必填项，信息仅用于停车场管理</div>
<div style="margin:20px 16px;height:48px;line-height:48px;text-align:center;border-radius:6px;background:#1a5fd8;color:#fff;font-size:17px">提交并缴费</div>""",
        "",
    )

    # Alipay parking bill + required phone form (Alipay app bar)
    p["ali-bill"] = page(
        "停车缴费",
        bill_body(plate="沪B·6K728").replace(
            "城东智慧停车 · 杭州市民中心P2停车场", "浦东智慧停车 · 世纪大道地下停车场"
        ),
        BILL_CSS,
    )
    p["ali-phone-form"] = page(
        "填写信息",
        """
<div style="background:#fff;padding:24px 20px">
 <div style="font-size:19px;font-weight:700">请填写联系方式</div>
 <div style="font-size:13px;color:#999;margin-top:6px">填写手机号后方可继续缴费</div>
 <div style="margin-top:22px;font-size:14px;color:#333">手机号 <b style="color:#f5222d">*</b></div>
 <div style="margin-top:8px;height:46px;border:1px solid #d9d9d9;border-radius:6px;padding:0 12px;line-height:46px;color:#bbb">请输入11位手机号</div>
 <div style="margin-top:16px;font-size:14px;color:#333">短信验证码 <b style="color:#f5222d">*</b></div>
 <div style="margin-top:8px;height:46px;border:1px solid #d9d9d9;border-radius:6px;padding:0 12px;line-height:46px;color:#bbb;display:flex">请输入验证码<span style="margin-left:auto;color:#1677ff">获取验证码</span></div>
 <div style="margin-top:30px;height:48px;line-height:48px;text-align:center;border-radius:8px;background:#1677ff;color:#fff;font-size:17px">下一步</div>
</div>""",
        "",
    )

    # Alipay pay-the-merchant: amount + keypad, then Alipay cashier
    merchant = (
        """
<div style="background:#fff;padding:22px 20px 16px;display:flex;align-items:center">
 <div style="width:44px;height:44px;border-radius:50%;background:#f4a259;color:#fff;text-align:center;line-height:44px;font-size:18px">鲜</div>
 <div style="margin-left:12px"><div style="font-size:17px;font-weight:600">付款给 鲜丰水果（古墩路店）</div><div style="font-size:12px;color:#999;margin-top:2px">*丰(个体工商户)</div></div></div>
<div style="background:#fff;margin-top:10px;padding:18px 20px">
 <div style="font-size:14px;color:#333">付款金额</div>
 <div style="font-size:40px;font-weight:600;border-bottom:1px solid #eee;padding:10px 0">¥ 36.50<span style="display:inline-block;width:2px;height:36px;background:#1677ff;vertical-align:-4px;margin-left:2px"></span></div>
 <div style="font-size:14px;color:#1677ff;margin-top:12px">添加备注</div></div>
<div style="position:fixed;left:0;right:0;bottom:0;background:#f2f3f5;display:grid;grid-template-columns:repeat(3,1fr);gap:6px;padding:6px calc(25% + 2px) 6px 6px">
"""
        + "".join(
            f'<div style="background:#fff;height:52px;line-height:52px;text-align:center;font-size:22px;border-radius:6px">{k}</div>'
            for k in ["1", "2", "3", "4", "5", "6", "7", "8", "9", "", "0", "."]
        )
        + """
</div>
<div style="position:fixed;right:6px;bottom:6px;width:calc(25% - 8px);height:172px;background:#1677ff;color:#fff;border-radius:6px;text-align:center;line-height:172px;font-size:18px">付款</div>
<div style="position:fixed;right:6px;bottom:184px;width:calc(25% - 8px);height:52px;background:#fff;border-radius:6px;text-align:center;line-height:52px;font-size:18px">⌫</div>
"""
    )
    p["ali-merchant"] = page("付款", merchant, "")
    p["ali-cashier"] = page("付款", merchant + ali_cashier("36.50", "鲜丰水果（古墩路店）"), WXPAY_CSS)
    p["ali-cashier-park"] = page(
        "停车缴费",
        bill_body(plate="沪B·6K728").replace("城东智慧停车 · 杭州市民中心P2停车场", "浦东智慧停车 · 世纪大道地下停车场")
        + ali_cashier("10.00", "停车费 沪B·6K728"),
        BILL_CSS + WXPAY_CSS,
    )

    # notice / poster (no checkout)
    p["notice"] = page(
        "收费公示",
        """
<div style="background:#fff;margin:14px;border-radius:10px;padding:22px 18px">
 <div style="text-align:center;font-size:20px;font-weight:700;color:#c41d1d">停车场收费标准公示</div>
 <div style="text-align:center;font-size:12px;color:#999;margin-top:6px">杭价费〔2023〕48号 · 监督电话 12345</div>
 <table style="width:100%;border-collapse:collapse;margin-top:18px;font-size:14px">
 <tr style="background:#f5f5f5"><th style="border:1px solid #e5e5e5;padding:8px">时段</th><th style="border:1px solid #e5e5e5;padding:8px">小型车</th><th style="border:1px solid #e5e5e5;padding:8px">大型车</th></tr>
 <tr><td style="border:1px solid #e5e5e5;padding:8px">首小时</td><td style="border:1px solid #e5e5e5;padding:8px">5元</td><td style="border:1px solid #e5e5e5;padding:8px">10元</td></tr>
 <tr><td style="border:1px solid #e5e5e5;padding:8px">之后每半小时</td><td style="border:1px solid #e5e5e5;padding:8px">2元</td><td style="border:1px solid #e5e5e5;padding:8px">4元</td></tr>
 <tr><td style="border:1px solid #e5e5e5;padding:8px">夜间 22:00-7:00</td><td style="border:1px solid #e5e5e5;padding:8px">1元/小时</td><td style="border:1px solid #e5e5e5;padding:8px">2元/小时</td></tr>
 <tr><td style="border:1px solid #e5e5e5;padding:8px">24小时封顶</td><td style="border:1px solid #e5e5e5;padding:8px">40元</td><td style="border:1px solid #e5e5e5;padding:8px">80元</td></tr></table>
 <div style="font-size:13px;color:#555;line-height:1.8;margin-top:16px">1. 15分钟内免费。<br>2. 新能源车首2小时免费。<br>3. 本停车场不收取现金，出场时请扫描出口二维码缴费。</div>
 <div style="text-align:right;font-size:13px;color:#555;margin-top:16px">杭州城东停车管理有限公司<br>2023年9月1日</div></div>""",
        "",
    )

    # restaurant
    p["menu"] = page("张记小馆", MENU_BODY, MENU_CSS, "#fff")
    p["order-confirm"] = page("确认订单", ORDER_BODY, MENU_CSS + ORDER_CSS)
    p["menu-login-popup"] = page(
        "张记小馆",
        MENU_BODY
        + """<div class="van-overlay"></div>
<div class="van-popup van-popup--bottom"><i class="van-popup__close-icon">✕</i>
<div style="font-size:18px;font-weight:700;text-align:center">登录享会员价</div>
<div style="font-size:13px;color:#969799;text-align:center;margin-top:8px">登录后可积分、领券，也可直接下单</div>
<a class="van-button van-button--primary">微信一键登录</a><a class="van-button van-button--default">手机号登录</a>
<div style="text-align:center;font-size:14px;color:#969799;margin-top:16px">暂不登录，继续点餐</div></div>""",
        MENU_CSS,
        "#fff",
    )
    # uni-app modal over order confirm: 请先登录
    p["order-uni-modal"] = page(
        "确认订单",
        ORDER_BODY
        + """
<uni-modal><div class="uni-mask" style="position:fixed;inset:0;background:rgba(0,0,0,.4);z-index:999"></div>
<div class="uni-modal" style="position:fixed;z-index:999;width:80%;max-width:300px;top:50%;left:50%;transform:translate(-50%,-50%);background:#fff;text-align:center;border-radius:3px;overflow:hidden">
<div class="uni-modal__hd" style="padding:1.3em 1.6em .5em"><strong class="uni-modal__title" style="font-weight:400;font-size:18px">提示</strong></div>
<div class="uni-modal__bd" style="padding:1.3em 1.6em 1.3em;min-height:40px;font-size:15px;line-height:1.4;color:#999">您还未登录，请先登录后再下单</div>
<div class="uni-modal__ft" style="position:relative;line-height:48px;font-size:18px;display:flex;border-top:1px solid #d5d5d6">
<div class="uni-modal__btn uni-modal__btn_default" style="flex:1;color:#000">取消</div>
<div class="uni-modal__btn uni-modal__btn_primary" style="flex:1;color:#007aff;border-left:1px solid #d5d5d6">去登录</div></div></div></uni-modal>""",
        MENU_CSS + ORDER_CSS,
    )

    # mall
    p["mall-goods"] = page("社区优选", MALL_BODY, MALL_CSS)

    # English
    en_bill = """
<div class="park-head"><div class="lot">City East Smart Parking · Civic Center P2</div><div class="plate">ZJ A·12345</div></div>
<div class="park-card">
 <div class="row"><span class="k">Plate number</span><span class="v">ZJ A·12345</span></div>
 <div class="row"><span class="k">Entry time</span><span class="v">2024-05-18 09:26</span></div>
 <div class="row"><span class="k">Duration</span><span class="v">2 h 15 min</span></div>
 <div class="row due"><span class="k">Amount due</span><span class="v">¥10.00</span></div></div>
<div class="park-tip">Please leave within 15 minutes after payment.</div>
<a class="btn-pay">Pay now</a>"""
    p["en-bill"] = page("Parking Payment", en_bill, css_all)
    p["en-follow"] = page(
        "Parking Payment",
        en_bill
        + weui_dialog(
            "Follow Official Account",
            "Please follow the City East Parking Official Account before paying.",
            "Not now",
            "Follow",
        ),
        css_all,
    )
    p["en-cashier"] = page(
        "Parking Payment",
        en_bill
        + """<div class="wx-mask"></div><div class="wx-sheet"><span class="wx-close">×</span>
<div class="wx-brand">Weixin Pay</div><div class="wx-to">Pay to City East Smart Parking</div>
<div class="wx-amt"><small>¥</small>10.00</div>
<div class="wx-row"><span class="k">Payment method</span><span class="v">Balance &gt;</span></div>
<a class="wx-btn">Pay</a></div>""",
        BILL_CSS + WXPAY_CSS,
    )
    p["en-success"] = page(
        "Payment Result",
        """
<div style="background:#fff;text-align:center;padding:56px 24px 40px">
 <div style="width:64px;height:64px;border-radius:50%;background:#07c160;color:#fff;font-size:38px;line-height:64px;margin:0 auto">✓</div>
 <div style="font-size:20px;font-weight:600;margin-top:20px">Payment successful</div>
 <div style="font-size:36px;font-weight:700;margin-top:12px">¥10.00</div>
 <div style="font-size:14px;color:#999;margin-top:8px">City East Smart Parking · ZJ A·12345</div></div>
<div style="margin:30px 40px;height:44px;line-height:44px;text-align:center;border:1px solid #07c160;color:#07c160;border-radius:8px;font-size:17px">Done</div>""",
        "",
    )
    return p


def main() -> None:
    PAGES.mkdir(parents=True, exist_ok=True)
    for name, html in build().items():
        (PAGES / f"{name}.html").write_text(html, encoding="utf-8")
    print(f"wrote {len(build())} pages to {PAGES}")


if __name__ == "__main__":
    main()
