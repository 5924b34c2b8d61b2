"""A pay-the-merchant QR (uni-app H5 behind a Java backend): /pay 302s to WeChat snsapi_base OAuth and the callback
exchanges the code at api.weixin.qq.com/sns/oauth2/access_token, as a real backend does. The fixture's "WeChat"
never issued that code, so the exchange fails with errcode 40029 and the callback renders its error template; the
重新授权 view only starts the same OAuth again. No openid, no session, no amount page."""

from __future__ import annotations

import json

from tests.sites.routekit import form, json_reply, redirect, wechat_authorize_url
from tests.support.server import Reply

APPID = "wx5c9e1a7d3b20f468"

ERROR_PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,user-scalable=no,initial-scale=1,maximum-scale=1,minimum-scale=1">
<title>授权失败</title>
<style>
*{{margin:0;padding:0;box-sizing:border-box}}
body{{background:#f4f5f7;font-family:-apple-system,"PingFang SC",sans-serif;color:#333}}
.wrap{{padding:90px 28px 0;text-align:center}}
.icon{{width:64px;height:64px;border-radius:50%;background:#fa5151;color:#fff;font-size:38px;line-height:62px;margin:0 auto 18px;font-weight:700}}
.title{{font-size:20px;font-weight:700}}
.detail{{margin:16px 0 0;padding:12px;background:#fff;border-radius:8px;font-size:12px;color:#888;word-break:break-all;text-align:left;font-family:Menlo,monospace;line-height:1.6}}
.tip{{margin-top:16px;font-size:14px;color:#666}}
.btn{{margin:36px auto 0;height:44px;line-height:44px;border-radius:22px;background:#07c160;color:#fff;font-size:16px;width:80%}}
.foot{{position:fixed;left:0;right:0;bottom:24px;text-align:center;color:#bbb;font-size:12px}}
</style></head>
<body>
<div class="wrap">
  <div class="icon">!</div>
  <div class="title">授权失败</div>
  <div class="detail">{detail}</div>
  <div class="tip">请在微信中重新打开</div>
  <div class="btn" id="reauth">重新授权</div>
</div>
<div class="foot">聚合收款 · 技术支持</div>
<script>
document.getElementById('reauth').addEventListener('click', function () {{ location.href = '/pay?mch={mch}'; }});
</script>
</body></html>"""


def routes(ctx):
    def start(request):
        return redirect("/pay?mch=1688")

    def pay(request):
        mch = form(request).get("mch", "1688")
        back = ctx.url(f"/pay/callback?mch={mch}")
        return redirect(wechat_authorize_url(APPID, back, "snsapi_base", f"mch{mch}"))

    def exchange_code(code: str) -> dict:
        # GET https://api.weixin.qq.com/sns/oauth2/access_token?appid=...&secret=...&code=...&grant_type=authorization_code
        # This code was never issued by WeChat for our appid, so WeChat answers the way it does for any foreign code.
        if not code:
            return {"errcode": 41008, "errmsg": "missing code, rid: 6650a1c2-3e8f1b04-5d27a9c6"}
        return {"errcode": 40029, "errmsg": "invalid code, rid: 6650a1c2-3e8f1b04-5d27a9c6"}

    def callback(request):
        query = form(request)
        mch = query.get("mch", "1688")
        result = exchange_code(query.get("code", ""))
        if "openid" not in result:
            detail = json.dumps(result, ensure_ascii=False, separators=(",", ":"))
            return Reply(200, ERROR_PAGE.format(detail=detail, mch=mch))
        return redirect(f"/index.html?mch={mch}#/pages/pay/pay")

    def session(request):
        return json_reply({"code": 401, "msg": "未授权"})

    return {"/": start, "/pay": pay, "/pay/callback": callback, "/api/pay/session": session}

