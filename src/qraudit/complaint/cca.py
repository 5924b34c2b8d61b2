"""--to cca: complaint.eml, an unsent RFC 5322 draft to the China Consumers Association, with the evidence attached."""

from __future__ import annotations

import mimetypes
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from qraudit.complaint.body import as_html, as_text, sections
from qraudit.complaint.case import Complaint
from qraudit.complaint.wording import CCA_ADDRESS, SUBJECT_PHRASE, UNKNOWN

EML = "complaint.eml"
# Types mimetypes does not know; anything else unknown is plain bytes.
TYPES = {".tsr": "application/timestamp-reply", ".sig": "application/octet-stream", ".har": "application/json"}


def subject(c: Complaint) -> str:
    """「线索」人民广场地下停车场 扫码缴费强制关注公众号"""
    name = c.merchant_name.value if c.merchant_name else UNKNOWN
    what = "、".join(SUBJECT_PHRASE.get(cat, cat) for cat in c.categories)
    return f"「线索」{name} {c.checkout}{what}"


def _opening(c: Complaint) -> str:
    who = c.complainant.name or "我"
    return (
        f"中国消费者协会：\n\n{who}反映以下线索：该商户的{c.checkout}二维码"
        "在付款前设置了消费者无法拒绝的额外条件，具体如下。"
    )


def _closing(c: Complaint) -> str:
    contact = [x for x in (c.complainant.name, c.complainant.phone, c.complainant.email, c.complainant.address) if x]
    return "联系人：" + "，".join(contact) if contact else "联系人：" + UNKNOWN


def _content_type(name: str) -> tuple[str, str]:
    suffix = Path(name).suffix.lower()
    guessed = TYPES.get(suffix) or mimetypes.guess_type(name)[0] or "application/octet-stream"
    main, _, sub = guessed.partition("/")
    return main, sub


def build_message(c: Complaint) -> EmailMessage:
    message = EmailMessage(policy=policy.default)
    message["To"] = Address("中国消费者协会", addr_spec=CCA_ADDRESS)
    if c.complainant.email:
        message["From"] = Address(c.complainant.name or "", addr_spec=c.complainant.email)
    message["Subject"] = subject(c)
    message["Date"] = format_datetime(c.written_at)
    message["Message-ID"] = make_msgid(idstring=c.facts.case_id, domain="qraudit.invalid")
    message["X-Unsent"] = "1"  # mail clients open it as a draft to review and send, not as a received message
    parts = sections(c)
    message.set_content(as_text(parts, _opening(c), _closing(c)), charset="utf-8")
    message.add_alternative(as_html(subject(c), parts, _opening(c), _closing(c)), subtype="html", charset="utf-8")
    for evidence in c.attachments:
        main, sub = _content_type(evidence.name)
        data = (c.facts.folder / evidence.name).read_bytes()
        message.add_attachment(data, maintype=main, subtype=sub, filename=Path(evidence.name).name)
    return message


def write_cca(c: Complaint, folder: Path) -> list[Path]:
    target = folder / EML
    target.write_bytes(build_message(c).as_bytes(policy=policy.SMTP))  # CRLF line ends, as RFC 5322 has them
    return [target]
