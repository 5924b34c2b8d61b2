"""--to 12315: complaint.json (checked against schemas/complaint.schema.json) and complaint.txt, labelled as the
12315 platform's form asks, ready to paste field by field."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from qraudit.builtin import builtin_path
from qraudit.complaint.body import event_lines, legal_lines, quote_line, step_lines, wall_lines
from qraudit.complaint.case import Complaint
from qraudit.complaint.errors import ComplaintInputError
from qraudit.complaint.wording import MISSING, UNKNOWN

JSON_NAME, TEXT_NAME = "complaint.json", "complaint.txt"
SCHEMA = builtin_path("schemas") / "complaint.schema.json"
SCHEMA_VERSION = 1


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    if not SCHEMA.is_file():
        raise ComplaintInputError(
            "the complaint schema is missing", location=SCHEMA, hint="run qraudit from its source tree"
        )
    return json.loads(SCHEMA.read_text(encoding="utf-8"))


def complaint_data(c: Complaint) -> dict[str, Any]:
    f = c.facts
    name, address = c.merchant_name, c.merchant_address
    gps = {"lat": f.gps[0], "lon": f.gps[1]} if f.gps else None
    return {
        "schema_version": SCHEMA_VERSION,
        "recipient": c.recipient,
        "case_id": f.case_id,
        "created_at": c.written_at.isoformat(timespec="seconds"),
        "complainant": {
            "name": c.complainant.name,
            "phone": c.complainant.phone,
            "address": c.complainant.address,
            "email": c.complainant.email,
        },
        "respondent": {
            "name": name.value if name else None,
            "name_source": name.source if name else None,
            "address": address.value if address else None,
            "address_source": address.source if address else None,
            "official_account": f.official_account,
        },
        "event": {
            "time": f.seen_at.value if f.seen_at else None,
            "time_source": f.seen_at.source if f.seen_at else None,
            "place": {"gps": gps, "name": c.complainant.place, "text": c.place},
            "url": f.payload_url,
            "audited_at": f.audited_at,
        },
        "service": {"kind": f.service.kind, "name": f.service.name, "source": f.service.source} if f.service else None,
        "walls": [
            {
                "category": w.category,
                "summary": w.summary,
                "step": w.step,
                "screenshot": w.screenshot,
                "excerpts": list(w.excerpts),
                "refusal_attempts": list(w.refusal_attempts),
                "legal": [
                    {"law": q.law, "article": q.article_zh, "quote": q.quote, "version": q.version, "source": q.source}
                    for q in w.legal
                ],
                "necessity": [
                    {"item": n.item, "necessary": n.necessary, "row": n.row, "citation": n.citation, "reason": n.reason}
                    for n in w.necessity
                ],
            }
            for w in f.walls
        ],
        "facts": "\n".join((*event_lines(c), *step_lines(c), *wall_lines(c))),
        "legal_basis": list(legal_lines(c)),
        "request": c.request,
        "attachments": [
            {"file": a.name, "sha256": a.sha256, "size": a.size, "in_manifest": a.in_manifest} for a in c.attachments
        ],
        "evidence": {"case_id": f.case_id, "manifest_sha256": f.manifest_sha256},
        "missing": list(c.missing),
    }


def check(data: dict[str, Any]) -> None:
    """complaint.json must match its schema: a mismatch is a bug here, never the user's doing."""
    import jsonschema

    jsonschema.validate(data, schema())


def form_text(c: Complaint) -> str:
    """The 12315 form's fields, in its order; unknown ones say 待补充 so nothing is left blank by accident."""

    def field(label: str, value: str | None) -> str:
        return f"{label}：{value or UNKNOWN}"

    name, address = c.merchant_name, c.merchant_address
    head = [
        field("投诉人姓名", c.complainant.name),
        field("联系电话", c.complainant.phone),
        field("联系地址", c.complainant.address),
        field("被投诉方名称", name.value if name else None),
        field("被投诉方地址", address.value if address else None),
        field("事发时间", c.seen_at),
        field("事发地点", c.place),
        field("投诉类别", "个人信息保护 / 强制交易"),
    ]
    facts = "\n".join((*step_lines(c), *wall_lines(c)))
    quotes = "\n".join(quote_line(q) for q in {(q.law, q.article): q for w in c.facts.walls for q in w.legal}.values())
    files = "\n".join(f"{a.name}  SHA-256 {a.sha256}" for a in c.attachments)
    blocks = [
        "\n".join(head),
        f"【投诉内容（事实经过）】\n{facts}",
        f"【法律依据】\n{quotes}" if quotes else "",
        f"【投诉诉求】\n{c.request}",
        f"【证据附件】（审计编号 {c.facts.case_id}，manifest.json SHA-256 {c.facts.manifest_sha256}）\n{files}",
    ]
    if c.missing:
        blocks.append("【尚缺信息，提交前请补充】\n" + "\n".join(MISSING[m] for m in c.missing))
    return "\n\n".join(b for b in blocks if b) + "\n"


def write_12315(c: Complaint, folder: Path) -> list[Path]:
    data = complaint_data(c)
    check(data)
    json_path, text_path = folder / JSON_NAME, folder / TEXT_NAME
    json_path.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    text_path.write_text(form_text(c), encoding="utf-8")
    return [json_path, text_path]
