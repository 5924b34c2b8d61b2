"""--to merchant: letter.txt and letter.html, a short 整改告知函 asking the merchant to fix the checkout in N days."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from qraudit.complaint.body import Section, as_html, as_text, evidence_lines, legal_lines, wall_lines
from qraudit.complaint.case import Complaint
from qraudit.complaint.wording import UNKNOWN, category_name, date_zh, time_zh

TEXT_NAME, HTML_NAME = "letter.txt", "letter.html"
TITLE = "整改告知函"


def _parts(c: Complaint) -> tuple[tuple[Section, ...], str, str]:
    name = c.merchant_name.value if c.merchant_name else UNKNOWN
    address = f"（{c.merchant_address.value}）" if c.merchant_address else ""
    deadline = c.written_at + timedelta(days=c.days)
    walls = "、".join(dict.fromkeys(category_name(w.category) for w in c.facts.walls))
    seen = time_zh(c.facts.seen_at.value) if c.facts.seen_at else UNKNOWN
    opening = (
        f"致：{name}{address}\n\n"
        f"您好。{seen}，在{c.place or UNKNOWN}，扫描贵方张贴的{c.checkout}二维码"
        f"（{c.facts.payload_url or UNKNOWN}）时发现：付款前存在{walls}，拒绝后无法付款。"
    )
    ask = (
        f"{c.request}请于{c.days}日内（{date_zh(deadline)}前）完成整改。"
        "逾期未整改的，我将向消费者协会、12315 平台等有关部门投诉举报。"
    )
    parts = (
        Section("发现的问题", wall_lines(c)),
        Section("法律依据", legal_lines(c)),
        Section("整改要求", (ask,)),
        Section("证据", evidence_lines(c)),
    )
    closing = f"此致\n{c.complainant.name or '（署名）'}\n{date_zh(c.written_at)}"
    return tuple(p for p in parts if p.lines), opening, closing


def write_letter(c: Complaint, folder: Path) -> list[Path]:
    parts, opening, closing = _parts(c)
    text_path, html_path = folder / TEXT_NAME, folder / HTML_NAME
    text_path.write_text(f"{TITLE}\n\n" + as_text(parts, opening, closing), encoding="utf-8")
    html_path.write_text(as_html(TITLE, parts, opening, closing), encoding="utf-8")
    return [text_path, html_path]
