"""The complaint's text, section by section, shared by the e-mail, the 12315 form and the merchant letter."""

from __future__ import annotations

import html
from dataclasses import dataclass

from qraudit.complaint.case import Complaint
from qraudit.complaint.legal import LegalQuote
from qraudit.complaint.merchant import ADDRESS_SOURCES, NAME_SOURCES
from qraudit.complaint.wording import REFUSAL, SERVICE_SOURCE, UNKNOWN, category_name, time_zh


@dataclass(frozen=True)
class Section:
    heading: str
    lines: tuple[str, ...]


def respondent_lines(c: Complaint) -> tuple[str, ...]:
    name, address = c.merchant_name, c.merchant_address
    lines = [
        f"商户名称：{name.value}（来源：{NAME_SOURCES[name.source]}）" if name else f"商户名称：{UNKNOWN}",
        f"商户地址：{address.value}（来源：{ADDRESS_SOURCES[address.source]}）" if address else f"商户地址：{UNKNOWN}",
    ]
    if c.facts.official_account:
        lines.append(f"页面要求关注的公众号：「{c.facts.official_account}」")
    return tuple(lines)


def event_lines(c: Complaint) -> tuple[str, ...]:
    lines = [f"地点：{c.place or UNKNOWN}", f"时间：{c.seen_at or UNKNOWN}"]
    if c.facts.payload_url:
        lines.append(f"二维码内容（付款页面链接）：{c.facts.payload_url}")
    return tuple(lines)


def step_lines(c: Complaint) -> tuple[str, ...]:
    walls_at = {w.step: w for w in c.facts.walls}
    lines = [
        f"以下经过由开源审计工具 qraudit 于{time_zh(c.facts.audited_at)}在模拟的微信浏览器中自动记录："
        "它像一位拒绝一切额外要求的顾客一样操作，"
        "只填写付款必需的内容（如车牌号），从不填写手机号、姓名或身份证号。"
    ]
    for step in c.facts.steps:
        line = f"第{step.n}步：{step.did}"
        wall = walls_at.get(step.n)
        if wall is not None:
            line += f" → 页面出现{category_name(wall.category)}：{wall.summary}"
        lines.append(line)
    lines.append("结果：未能到达付款页面。" if c.facts.is_violation else "")
    return tuple(line for line in lines if line)


def wall_lines(c: Complaint) -> tuple[str, ...]:
    lines = []
    for i, wall in enumerate(c.facts.walls, 1):
        shot = f"，截图 {wall.screenshot}" if wall.screenshot else ""
        lines.append(f"{i}. {category_name(wall.category)}：{wall.summary}（第{wall.step}步{shot}）")
        if wall.excerpts:
            lines.append("   页面原文：" + "".join(f"「{e}」" for e in wall.excerpts))
        if wall.refusal_attempts:
            tried = "、".join(f"「{REFUSAL.get(r, r)}」" for r in wall.refusal_attempts)
            lines.append(f"   拒绝尝试：{tried}，均无法绕过，仍无法付款。")
        for judged in wall.necessity:
            verdict = "为该服务所必需" if judged.necessary else "并非该服务所必需"
            lines.append(f"   必要性：{verdict}。{judged.reason}（依据：{judged.citation}）")
    service = c.facts.service
    if service is not None and service.kind:
        how = SERVICE_SOURCE.get(service.source, service.source)  # its evidence is in the report, in English
        lines.append(f"服务类型：{service.name or service.kind}（{how}）")
    for wall in c.facts.excused_walls:
        lines.append(
            f"说明：{category_name(wall.category)}（第{wall.step}步）经必要性判断属于该服务所必需，未列入投诉。"
        )
    return tuple(lines)


def quote_line(q: LegalQuote) -> str:
    version = f"（{q.version}）" if q.version else ""
    return f"{q.law}{version}{q.article_zh}：“{q.quote}”"


def legal_lines(c: Complaint) -> tuple[str, ...]:
    quotes = {(q.law, q.article): q for w in c.facts.walls for q in w.legal}
    lines = []
    for q in quotes.values():
        lines.append(quote_line(q))
        if q.source:
            lines.append(f"   文本来源：{q.source}")
    return tuple(lines)


def finding_lines(c: Complaint) -> tuple[str, ...]:
    return tuple(f"第{f.step}步：{f.summary}" for f in c.facts.findings)


def evidence_lines(c: Complaint) -> tuple[str, ...]:
    lines = [f"审计编号：{c.facts.case_id}", f"证据清单 manifest.json 的 SHA-256：{c.facts.manifest_sha256}"]
    for f in c.attachments:
        lines.append(f"附件 {f.name}（{f.size} 字节）SHA-256：{f.sha256}")
    lines.append("复核方法：用 qraudit verify 重新计算审计文件夹中每个文件的 SHA-256，与 manifest.json 逐一核对。")
    return tuple(lines)


def sections(c: Complaint) -> tuple[Section, ...]:
    parts = [
        Section("被投诉商户", respondent_lines(c)),
        Section("事发地点与时间", event_lines(c)),
        Section("经过", step_lines(c)),
        Section("强制性障碍", wall_lines(c)),
        Section("法律依据", legal_lines(c)),
        Section("其他发现", finding_lines(c)),
        Section("诉求", (c.request,)),
        Section("证据", evidence_lines(c)),
    ]
    return tuple(p for p in parts if p.lines)


def as_text(parts: tuple[Section, ...], opening: str = "", closing: str = "") -> str:
    blocks = [opening] if opening else []
    blocks += [f"【{p.heading}】\n" + "\n".join(p.lines) for p in parts]
    if closing:
        blocks.append(closing)
    return "\n\n".join(blocks) + "\n"


def as_html(title: str, parts: tuple[Section, ...], opening: str = "", closing: str = "") -> str:
    def para(text: str) -> str:
        return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"

    body = [f"<h2>{html.escape(title)}</h2>"] + ([para(opening)] if opening else [])
    for part in parts:
        body.append(f"<h3>{html.escape(part.heading)}</h3>")
        body += [para(line) for line in part.lines]
    if closing:
        body.append(para(closing))
    return (
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title></head><body>" + "\n".join(body) + "</body></html>\n"
    )
