"""Local stand-in pages for payment and identity providers. Clearly marked: no real provider is involved."""

from __future__ import annotations

import html
import json

_PAGE = """<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>{title}</title>
<style>body{{font:16px -apple-system,sans-serif;margin:0;padding:24px;color:#111}}
.note{{color:#888;font-size:12px}}.actions{{display:flex;gap:12px;margin-top:32px}}
.actions a{{flex:1;text-align:center;padding:12px;border-radius:6px;text-decoration:none}}
.decline{{background:#eee;color:#111}}.accept{{background:#07c160;color:#fff}}</style></head>
<body data-qraudit-standin="{kind}"><h1>{heading}</h1>{body}
<p class="note">qraudit 模拟页面：未联系任何真实的支付或身份服务。
qraudit stand-in page: no real payment or identity provider was contacted.</p></body></html>"""


def page(kind: str, title: str, heading: str, body_html: str) -> str:
    return _PAGE.format(kind=kind, title=html.escape(title), heading=html.escape(heading), body=body_html)


def consent_page(kind: str, provider: str, app_id: str, scope: str, decline_url: str, accept_url: str) -> str:
    """The profile-authorization prompt (snsapi_userinfo / auth_user): the caller may decline or accept."""
    asks = "获得你的公开信息（昵称、头像等）" if kind == "wechat-oauth" else "获取你的支付宝账户信息（头像、昵称等）"
    body = (
        f"<p>{html.escape(app_id or '该应用')} 申请使用你的{html.escape(provider)}账号：</p>"
        f"<ul><li>{asks}</li></ul><p class='note'>scope: {html.escape(scope)}</p>"
        f"<div class='actions'><a class='decline' role='button' href='{html.escape(decline_url)}'>拒绝</a>"
        f"<a class='accept' role='button' href='{html.escape(accept_url)}'>允许</a></div>"
    )
    return page(kind, f"{provider}授权", f"{provider}授权", body)


def cashier_page(host: str) -> str:
    body = (
        f"<p>收银台 {html.escape(host)}：已到达付款环节。qraudit 不会付款。</p>"
        "<p>Cashier reached: this is where the payer would pay. qraudit never pays.</p>"
    )
    return page("cashier", "收银台", "收银台", body)


def follow_page(url: str) -> str:
    body = (
        f"<p>公众号主页（模拟）：这里是关注公众号的页面。qraudit 不会关注。</p><p class='note'>{html.escape(url)}</p>"
    )
    return page("follow-page", "公众号", "公众号", body)


def provider_error(kind: str, message: str) -> str:
    return page(kind, "参数错误", "参数错误", f"<p>{html.escape(message)}</p>")


def redirect_page(target: str) -> str:
    """How a server redirect is replayed as a browser navigation, so that the route sees the next hop."""
    quoted = html.escape(target, quote=True)
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title></title></head><body>"
        f"<script>location.replace({_js_string(target)})</script>"
        f"<noscript><a href='{quoted}'>{quoted}</a></noscript></body></html>"
    )


def _js_string(text: str) -> str:
    return json.dumps(text).replace("<", "\\u003c")
