"""`qraudit complaint` on a real audit folder: the e-mail, the 12315 form, the letter, errors and privacy."""

from __future__ import annotations

import hashlib
import json
from email import policy
from email.parser import BytesParser
from pathlib import Path

import jsonschema
import pytest

from qraudit.complaint.wording import CCA_ADDRESS
from qraudit.evidence import verify_folder
from qraudit.exitcodes import ExitCode
from tests.complaint.conftest import DEMO_GPS, folder_hashes, run

SCHEMA = json.loads((Path(__file__).parents[2] / "schemas" / "complaint.schema.json").read_text(encoding="utf-8"))
MERCHANT = "人民广场地下停车场"  # the demo page's title, less its " · 扫码缴费"
PAIS = "《互联网用户公众账号信息服务管理规定》"


def manifest_hashes(case: Path) -> dict[str, str]:
    return {f["path"]: f["sha256"] for f in json.loads((case / "manifest.json").read_text(encoding="utf-8"))["files"]}


def one_line_error(result) -> str:
    lines = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(lines) == 1, result.output
    assert "Traceback" not in result.output
    return lines[0]


def test_cca_writes_an_email_draft_with_the_facts_and_the_evidence(violating_case, complainant_file, tmp_path):
    before = folder_hashes(violating_case)
    out = tmp_path / "out"
    result = run(
        "complaint", str(violating_case), "--to", "cca", "--complainant", str(complainant_file), "--out", str(out)
    )
    assert result.exit_code == ExitCode.OK, result.output
    assert "open it in your mail client" in result.output.replace("\n", " ") or "mail client" in result.output
    assert "never sends mail" in result.output
    eml = out / f"{violating_case.name}-cca" / "complaint.eml"
    message = BytesParser(policy=policy.default).parse(eml.open("rb"))
    assert message["To"].addresses[0].addr_spec == CCA_ADDRESS
    assert message["From"].addresses[0].addr_spec == "zhangsan@example.com"
    assert MERCHANT in message["Subject"] and "强制关注公众号" in message["Subject"]
    assert message["Date"].datetime is not None
    body = message.get_body(("plain",)).get_content()
    lat, lon = DEMO_GPS
    for fact in (
        MERCHANT,
        f"{lat:.6f},{lon:.6f}",
        "2026年11月20日 18:05:00",
        PAIS,
        "第十二条",
        "人民广场地下停车场 B2 出口",
        "「人民广场停车」",
        "拒绝：点击「关闭」",
        "张三",
    ):
        assert fact in body, fact
    assert message.get_body(("html",)) is not None
    attached = {
        part.get_filename(): hashlib.sha256(part.get_content()).hexdigest() for part in message.iter_attachments()
    }
    listed = manifest_hashes(violating_case)
    report = json.loads((violating_case / "report.json").read_text(encoding="utf-8"))
    wall_shots = {w["evidence"]["screenshot"] for w in report["walls"] if w["mandatory"]}
    assert {"report.pdf", "photo.jpg", "manifest.json", "manifest.sig", *wall_shots} == set(attached)
    for name in ("photo.jpg", *wall_shots):
        assert attached[name] == listed[name], name
    assert attached["manifest.json"] == verify_folder(violating_case).manifest_sha256
    assert folder_hashes(violating_case) == before  # nothing of the complainant's goes into the evidence
    assert verify_folder(violating_case).ok


def test_12315_json_validates_and_only_complainant_fields_are_missing(violating_case, tmp_path):
    out = tmp_path / "out"
    result = run("complaint", str(violating_case), "--to", "12315", "--out", str(out))
    assert result.exit_code == ExitCode.OK, result.output
    folder = out / f"{violating_case.name}-12315"
    data = json.loads((folder / "complaint.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, SCHEMA)
    # The demo page names no address, and without --complainant nobody knows who complains.
    assert data["missing"] == ["complainant.name", "complainant.phone", "complainant.address", "respondent.address"]
    assert data["respondent"]["name"] == MERCHANT and data["respondent"]["name_source"] == "title"
    assert data["respondent"]["official_account"] == "人民广场停车"
    assert data["event"]["place"]["gps"] == {
        "lat": pytest.approx(DEMO_GPS[0], abs=1e-4),
        "lon": pytest.approx(DEMO_GPS[1], abs=1e-4),
    }
    assert data["event"]["time_source"] == "exif" and data["event"]["url"].startswith("http://127.0.0.1:")
    assert data["complainant"] == {"name": None, "phone": None, "address": None, "email": None}
    (wall,) = data["walls"]
    assert wall["category"] == "follow" and any(q["law"] == PAIS and q["article"] == "第十二条" for q in wall["legal"])
    listed = manifest_hashes(violating_case)
    for item in data["attachments"]:
        if item["in_manifest"]:
            assert listed[item["file"]] == item["sha256"]
    assert "respondent.address" in result.output and "complainant.name" in result.output  # also said on stderr
    text = (folder / "complaint.txt").read_text(encoding="utf-8")
    assert f"被投诉方名称：{MERCHANT}" in text and "投诉人姓名：（待补充）" in text and PAIS in text


def test_12315_with_a_complainant_fills_everything_but_the_merchant_address(violating_case, complainant_file, tmp_path):
    result = run(
        "complaint",
        str(violating_case),
        "--to",
        "12315",
        "--complainant",
        str(complainant_file),
        "--out",
        str(tmp_path),
    )
    assert result.exit_code == ExitCode.OK, result.output
    data = json.loads((tmp_path / f"{violating_case.name}-12315" / "complaint.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, SCHEMA)
    assert data["missing"] == ["respondent.address"]
    assert data["complainant"]["name"] == "张三" and data["complainant"]["phone"] == "13800138000"


def test_merchant_letter_names_the_deadline_and_the_evidence(violating_case, tmp_path):
    result = run("complaint", str(violating_case), "--to", "merchant", "--days", "7", "--out", str(tmp_path))
    assert result.exit_code == ExitCode.OK, result.output
    letter = (tmp_path / f"{violating_case.name}-merchant" / "letter.txt").read_text(encoding="utf-8")
    digest = verify_folder(violating_case).manifest_sha256
    assert letter.startswith("整改告知函") and f"致：{MERCHANT}" in letter
    assert "7日内" in letter and violating_case.name in letter and digest in letter and PAIS in letter
    assert (tmp_path / f"{violating_case.name}-merchant" / "letter.html").is_file()


def test_a_compliant_case_is_skipped_with_exit_3(compliant_case, tmp_path):
    result = run("complaint", str(compliant_case), "--to", "cca", "--out", str(tmp_path))
    assert result.exit_code == ExitCode.NO_RESULT, result.output
    assert "verdict is compliant" in result.output
    assert not any(tmp_path.iterdir())


def test_a_bad_folder_is_exit_2_and_the_other_cases_still_get_done(violating_case, tmp_path):
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "report.json").write_text("{not json", encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    out = tmp_path / "out"
    result = run("complaint", str(broken), str(empty), str(violating_case), "--to", "12315", "--out", str(out))
    assert result.exit_code == ExitCode.USAGE, result.output
    assert "report.json is not JSON" in result.output and "not an audit folder" in result.output
    assert (out / f"{violating_case.name}-12315" / "complaint.json").is_file()


@pytest.mark.parametrize(
    ("text", "line", "says"),
    [
        ("name: 张三\nphone: 1\nadress: 上海\n", 3, "unknown key 'adress'"),
        ("name: 张三\nphone: [1, 2]\n", 2, "phone must be text"),
        ("name: 张三\n  phone: x\n", 2, "not valid YAML"),
        ("name: 张三\nname: 李四\n", 2, "duplicate key"),
        ("name: 张三\nemail: not-an-address\n", 2, "not an e-mail address"),
        ("- name\n", 1, "expected a mapping"),
    ],
)
def test_a_broken_complainant_file_is_one_line_with_file_and_line(violating_case, tmp_path, text, line, says):
    path = tmp_path / "me.yaml"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = run("complaint", str(violating_case), "--to", "cca", "--complainant", str(path), "--out", str(out))
    assert result.exit_code == ExitCode.USAGE, result.output
    error = one_line_error(result)
    assert f"{path}:{line}" in error and says in error
    assert not out.exists()


def test_out_inside_the_audit_folder_is_refused(violating_case, complainant_file):
    before = folder_hashes(violating_case)
    result = run(
        "complaint",
        str(violating_case),
        "--to",
        "cca",
        "--complainant",
        str(complainant_file),
        "--out",
        str(violating_case / "complaints"),
    )
    assert result.exit_code == ExitCode.USAGE, result.output
    assert "inside the audit folder" in result.output
    assert folder_hashes(violating_case) == before
    assert run("verify", str(violating_case)).exit_code == ExitCode.OK


def test_an_unknown_recipient_is_exit_2(violating_case, tmp_path):
    result = run("complaint", str(violating_case), "--to", "police", "--out", str(tmp_path))
    assert result.exit_code == ExitCode.USAGE and "unknown recipient" in one_line_error(result)


def test_a_merchant_name_with_line_breaks_cannot_add_mail_headers(violating_case, tmp_path):
    # In a header a line break would start a new one (Bcc: …): such a value is refused at its line.
    me = tmp_path / "me.yaml"
    me.write_text('name: 张三\nmerchant_name: "某停车场\\r\\nBcc: someone@example.com"\n', encoding="utf-8")
    out = tmp_path / "out"
    result = run("complaint", str(violating_case), "--to", "cca", "--complainant", str(me), "--out", str(out))
    assert result.exit_code == ExitCode.USAGE
    assert "me.yaml:2: merchant_name must be one line" in one_line_error(result)
    assert not list(out.glob("*/complaint.eml"))
