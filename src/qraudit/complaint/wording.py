"""The complaint's own words, in one place: recipients, labels, the subject, the default requests, dates."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

CCA_ADDRESS = "ccaxfjd@cca.org.cn"  # 中国消费者协会 投诉与线索邮箱
BEIJING = timezone(timedelta(hours=8), "北京时间")
DEFAULT_DAYS = 15  # the merchant letter's deadline

# What a wall makes the customer do, as the end of a subject line: 扫码缴费强制关注公众号.
SUBJECT_PHRASE = {
    "follow": "强制关注公众号",
    "login": "强制登录授权",
    "personal_data": "强制索取个人信息",
    "consent": "捆绑同意",
}
# What the checkout is, from the service kind when the report has one, else from the page's words.
CHECKOUT_BY_SERVICE = {"parking": "扫码缴费", "dine_in": "扫码点餐", "takeaway": "扫码点餐", "charging": "扫码充电"}
CHECKOUT_BY_WORD = (("缴费", "扫码缴费"), ("停车", "扫码缴费"), ("点餐", "扫码点餐"), ("点单", "扫码点餐"))
CHECKOUT_DEFAULT = "扫码付款"

# What the complaint asks for when the complainant's file has no `request`, by recipient.
DEFAULT_REQUEST = {
    "cca": (
        "请贵会依法督促该经营者立即整改：提供无需关注公众号、无需登录或授权、不收集非必要个人信息即可直接付款的方式；"
        "并将该线索转交有关部门依法调查处理。"
    ),
    "12315": (
        "请求依法责令被投诉方停止以关注公众号、登录授权或提供非必要个人信息作为付款前提的做法，"
        "提供可直接付款的方式，并依法查处。"
    ),
    "merchant": "请贵方提供无需关注公众号、无需登录或授权、不收集非必要个人信息即可直接付款的方式，并告知整改结果。",
}

TIME_SOURCES = {
    "exif": "照片拍摄时间（取自照片 EXIF）",
    "audit-start": "审计开始时间（照片无拍摄时间）",
    "complainant": "投诉人提供",
}

# What a complaint lacks, as complaint.json's `missing` names it, and as a person reads it.
MISSING = {
    "complainant.name": "投诉人姓名",
    "complainant.phone": "投诉人联系电话",
    "complainant.address": "投诉人地址",
    "complainant.email": "投诉人邮箱（寄件人）",
    "respondent.name": "被投诉商户名称",
    "respondent.address": "被投诉商户地址",
    "event.place": "事发地点",
    "event.time": "事发时间",
}
UNKNOWN = "（待补充）"
NEVER_SENT = "qraudit 不会发送邮件"


def category_name(category: str) -> str:
    from qraudit.report.i18n import CATEGORY  # what each wall is called, shared with the report (a heavy package)

    named = CATEGORY.get(category)
    return named.zh if named else category


def checkout_word(service_kind: str | None, titles: list[str]) -> str:
    if service_kind in CHECKOUT_BY_SERVICE:
        return CHECKOUT_BY_SERVICE[service_kind]
    for word, phrase in CHECKOUT_BY_WORD:
        if any(word in title for title in titles):
            return phrase
    return CHECKOUT_DEFAULT


def parse_time(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return None


def time_zh(text: str) -> str:
    """2024-06-03T11:30:42+08:00 → 2024年6月3日 11:30:42（北京时间）; a time without zone is shown as written."""
    moment = parse_time(text)
    if moment is None:
        return text
    zone = ""
    if moment.tzinfo is not None:
        moment, zone = moment.astimezone(BEIJING), "（北京时间）"
    return f"{moment.year}年{moment.month}月{moment.day}日 {moment:%H:%M:%S}{zone}"


def date_zh(moment: datetime) -> str:
    return f"{moment.year}年{moment.month}月{moment.day}日"


def gps_zh(lat: float, lon: float) -> str:
    """北纬 31.230417°，东经 121.473700°: a position said in words, with no map service involved."""
    north = f"北纬 {abs(lat):.6f}°" if lat >= 0 else f"南纬 {abs(lat):.6f}°"
    east = f"东经 {abs(lon):.6f}°" if lon >= 0 else f"西经 {abs(lon):.6f}°"
    return f"{north}，{east}"


# The walker's refusals as report.json writes them, said as a person would.
REFUSAL = {"tap outside": "点击弹窗外空白处", "Escape": "按 Esc 键"}
SERVICE_SOURCE = {"inferred": "由页面内容自动判断", "override": "由审计人员指定"}
