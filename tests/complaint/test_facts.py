"""What `facts` reads from a case folder and from page text, and how optional report keys change the complaint."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from qraudit.complaint.complainant import Complainant
from qraudit.complaint.errors import NotAViolation
from qraudit.complaint.facts import gather_facts
from qraudit.complaint.legal import article_zh
from qraudit.complaint.merchant import merchant_address, merchant_name, name_from_title, official_account
from qraudit.complaint.package import complaint_for


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("人民广场地下停车场 · 扫码缴费", "人民广场地下停车场"),
        ("静安寺停车场-停车缴费", "静安寺停车场"),
        ("扫码缴费", None),
        ("127.0.0.1:8737/", None),
        ("老王烧烤 | 扫码点餐", "老王烧烤"),
    ],
)
def test_a_title_gives_the_merchant_without_its_suffix(title, name):
    assert name_from_title(title) == name


def test_labelled_lines_win_over_the_cashier_the_title_and_the_account():
    assert merchant_name(["甲停车场 · 扫码缴费"], ["收款方：乙餐饮有限公司"], []).source == "page-label"
    assert merchant_name(["甲停车场 · 扫码缴费"], ["付款给 丙小吃店"], []).value == "丙小吃店"
    assert merchant_name(["扫码缴费"], [], ["请先关注「丁停车」公众号"]).source == "official-account"
    assert official_account(["关注戊烧烤公众号后点餐"]) == "戊烧烤"
    assert merchant_address(["地址：上海市黄浦区人民大道 120 号"]).value == "上海市黄浦区人民大道 120 号"
    assert merchant_address(["上海市黄浦区人民大道 · 小型车 15元/小时"]) is None  # no 地址： label, no guess


def test_articles_are_said_in_chinese():
    assert [article_zh(a) for a in ("Art. 12", "Art. 26", "Art. 5", "第三条")] == [
        "第十二条",
        "第二十六条",
        "第五条",
        "第三条",
    ]


def _edited_copy(case: Path, tmp_path: Path, edit) -> Path:
    copy = tmp_path / case.name
    shutil.copytree(case, copy)
    report = json.loads((copy / "report.json").read_text(encoding="utf-8"))
    edit(report)
    (copy / "report.json").write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    return copy


def test_the_demo_case_gives_every_fact_the_page_knows(violating_case):
    facts = gather_facts(violating_case)
    assert facts.merchant_name.value == "人民广场地下停车场" and facts.merchant_address is None
    assert facts.gps is not None and facts.seen_at.source == "exif" and facts.is_violation
    assert [w.category for w in facts.walls] == ["follow"] and facts.steps[0].did == "扫码后打开链接"


def test_a_wall_judged_necessary_is_not_complained_about(violating_case, tmp_path):
    def excuse(report):
        for wall in report["walls"]:
            wall["violation"] = False

    facts = gather_facts(_edited_copy(violating_case, tmp_path, excuse))
    assert facts.walls == () and len(facts.excused_walls) == 1
    with pytest.raises(NotAViolation) as caught:
        complaint_for(facts, Complainant(), "cca")
    assert caught.value.exit_code == 3


def test_a_report_from_before_necessity_still_makes_a_complaint(violating_case, tmp_path):
    def age(report):
        report.pop("service", None)
        for wall in report["walls"]:
            for key in ("violation", "necessity"):
                wall.pop(key, None)
            for legal in wall["legal"]:
                legal.pop("version", None)
                legal.pop("source", None)

    facts = gather_facts(_edited_copy(violating_case, tmp_path, age))
    assert [w.category for w in facts.walls] == ["follow"] and facts.service is None
    assert all(q.version == "" for q in facts.walls[0].legal)


def test_the_time_falls_back_to_the_audit_start(violating_case, tmp_path):
    facts = gather_facts(_edited_copy(violating_case, tmp_path, lambda r: r["target"].update(exif=None)))
    assert facts.seen_at.source == "audit-start" and facts.gps is None
