"""The verdict in one sentence, Chinese and English, for the volunteer's phone."""

from __future__ import annotations

from dataclasses import dataclass

from qraudit.service.state import CaseView


@dataclass(frozen=True)
class Sentence:
    zh: str
    en: str


def sentence_of(view: CaseView) -> Sentence:
    if view.status == "queued":
        return Sentence("已收到，正在排队审计……", "Received; waiting for an auditor…")
    if view.status == "running":
        return Sentence(
            "正在审计：正在像拒绝一切的顾客那样走一遍付款流程……",
            "Auditing: walking the checkout as a customer who refuses every wall…",
        )
    if view.status == "failed" or view.result is None:
        return Sentence(
            "审计没有完成，组织者会查看。",
            f"The audit did not finish; the organisers will look at it. {view.error}".strip(),
        )
    result = view.result
    walls = [w for a in result.audits for w in a["walls"] if w["mandatory"]]
    if result.verdict == "violation":
        return Sentence(
            "违规：" + "；".join(dict.fromkeys(w["zh"] for w in walls)) + "。",
            "Violation: " + "; ".join(dict.fromkeys(w["en"] for w in walls)) + ".",
        )
    if result.verdict == "compliant":
        return Sentence(
            "合规：不关注、不登录、不留个人信息也能付款。",
            "Compliant: payment is possible without following, logging in or giving personal data.",
        )
    return Sentence("无法判定：" + result.verdict_reason, "Inconclusive: " + result.verdict_reason)
