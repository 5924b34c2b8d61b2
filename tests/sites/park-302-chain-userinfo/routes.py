"""A printed QR short link: / (302) → /s/JC8m2 (302) → /index.html, whose script asks /api/session and, with no
session, navigates to WeChat OAuth with scope snsapi_userinfo. The callback needs a code: a visitor who declines
gets 授权失败，无法获取停车信息 and a 重新授权 button that only starts the same authorisation again; the fee and pay
APIs need the session that only the userinfo login creates."""

import secrets

from tests.sites.routekit import cookies, form, jsapi_params, json_reply, redirect, set_cookie, wechat_authorize_url
from tests.support.server import Reply

APPID = "wx8d3b6f1e0c2a4957"
PARK = "CD-CXL-02"

FAILED = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>授权失败</title>
<style>body{margin:0;background:#102a43;font-family:"PingFang SC","Noto Sans CJK SC",sans-serif;color:#d9e2ec;text-align:center}
.box{padding:32vh 28px 0}.icon{width:56px;height:56px;margin:0 auto 16px;border-radius:50%;background:#d64545;color:#fff;font:700 34px/56px sans-serif}
h2{font-size:18px;margin:0 0 8px}p{font-size:13px;color:#9fb3c8;margin:0 0 28px;line-height:1.7}
button{width:100%;height:46px;border:0;border-radius:23px;background:#f0b429;color:#102a43;font-size:16px;font-weight:600}</style></head>
<body><div class="box"><div class="icon">!</div><h2>授权失败，无法获取停车信息</h2>
<p>停车缴费需获取您的微信昵称、头像用于开具电子票据及会员身份识别，请允许授权后继续。</p>
<button id="again" data-href="__AUTHORIZE__">重新授权</button></div>
<script>document.getElementById('again').onclick = function () { location.href = this.getAttribute('data-href'); };</script>
</body></html>"""


def routes(ctx):
    state = "cxl" + secrets.token_hex(3)
    sessions: dict[str, str] = {}

    def authorize_url() -> str:
        return wechat_authorize_url(APPID, ctx.url("/wx/callback"), "snsapi_userinfo", state)

    def session_of(request) -> str | None:
        sid = cookies(request).get("cxl_sid")
        return sid if sid in sessions else None

    def start(request):
        return redirect(ctx.url("/s/JC8m2?ch=qr"))

    def short_link(request):
        return redirect(ctx.url(f"/index.html?parkId={PARK}&from=" + form(request).get("ch", "")))

    def session(request):
        sid = session_of(request)
        if not sid:
            return json_reply({"login": False, "authorizeUrl": authorize_url()})
        return json_reply({"login": True, "user": {"nickname": sessions[sid]}})

    def callback(request):
        fields = form(request)
        if not fields.get("code") or fields.get("state") != state:
            html = FAILED.replace("__AUTHORIZE__", authorize_url().replace("&", "&amp;"))
            return Reply(200, html)
        sid = secrets.token_hex(8)
        sessions[sid] = "微信用户"
        return redirect(ctx.url(f"/index.html?parkId={PARK}"), headers=set_cookie("cxl_sid", sid))

    def fee(request):
        if not session_of(request):
            return json_reply({"code": 401, "msg": "登录已失效，请重新扫码"}, status=401)
        plate = form(request).get("plate", "")
        return json_reply({"code": 0, "data": {"billId": "CXL02-0603-5517", "plate": plate, "inTime": "06-03 12:40",
                                               "duration": "1小时52分", "due": "20.00"}})

    def pay(request):
        if not session_of(request):
            return json_reply({"code": 401, "msg": "登录已失效，请重新扫码"}, status=401)
        return json_reply({"code": 0, "data": jsapi_params("wx0310452391cxl025517a8c1d4e")})

    return {"/": start, "/s/JC8m2": short_link, "/api/session": session, "/wx/callback": callback,
            "/api/park/fee": fee, "/api/park/pay": pay}
