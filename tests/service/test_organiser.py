"""The organiser's side on a real `qraudit serve` with one real audited case (a sign photo with GPS, the demo
checkout): an argon2 password login, the campaign table and its filters, the offline map, the campaign's
GeoJSON and CSV from the campaign code, a note, a complaint package and a re-check."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import jsonschema
import pytest

from qraudit.campaign.summary_files import CSV_COLUMNS
from tests.audit.conftest import write_photo
from tests.service.support import Service, new_token, start_service, wait_case

PASSWORD = "correct horse battery"


@dataclass(frozen=True)
class Campaign:
    service: Service
    case_id: str
    organiser_token: str


@pytest.fixture(scope="module")
def campaign(tmp_path_factory) -> Iterator[Campaign]:
    from qraudit.data.demo.server import serve_demo

    site, _ = serve_demo(port=0)
    root = tmp_path_factory.mktemp("organiser")
    sign = write_photo(root / "sign.jpg", [site.base_url + "/"], gps=(31.2304, 121.4737))
    service = start_service(root / "data", "--allow-host", "127.0.0.1", "--jobs", "1")
    try:
        with service.client(new_token(service.data)) as client:
            answer = client.post(
                "/api/cases",
                files={"photo": ("IMG_0001.JPG", sign.read_bytes(), "image/jpeg")},
                data={"place": "滨江天街"},
            )
            case_id = answer.json()["id"]
            assert wait_case(client, case_id)["verdict"] == "violation"
        yield Campaign(service, case_id, new_token(service.data, role="organiser"))
    finally:
        service.stop()
        site.stop()


@contextmanager
def signed_in(campaign: Campaign) -> Iterator[httpx.Client]:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "qraudit",
            "token",
            "password",
            "test",
            "alice",
            "--data",
            str(campaign.service.data),
            "--password-stdin",
        ],
        input=PASSWORD + "\n",
        text=True,
        check=True,
    )
    with campaign.service.client() as client:
        answer = client.post("/login", data={"campaign": "test", "name": "alice", "password": PASSWORD})
        assert answer.status_code == 303
        yield client


def test_an_organiser_signs_in_with_an_argon2_password(campaign):
    with campaign.service.client() as client:
        assert client.get("/organiser").status_code == 401
        wrong = client.post("/login", data={"campaign": "test", "name": "alice", "password": "guess"})
        assert wrong.status_code == 401
    with signed_in(campaign) as client:
        cookie = client.cookies.jar
        assert [c.name for c in cookie] == ["qraudit_session"]
        page = client.get("/organiser")
        assert page.status_code == 200 and "活动 test" in page.text
    with sqlite3.connect(campaign.service.data / "service.db") as db:
        [(stored,)] = db.execute("SELECT password FROM organisers").fetchall()
        assert stored.startswith("$argon2id$") and PASSWORD not in stored
        tokens = [row[0] for row in db.execute("SELECT hash FROM tokens")]
    assert campaign.organiser_token not in tokens and all(re.fullmatch(r"[0-9a-f]{64}", t) for t in tokens)


def test_the_campaign_table_filters_and_the_map_plots_the_case(campaign):
    with signed_in(campaign) as client:
        page = client.get("/organiser").text
        assert page.count('<tr class="violation">') == 1 and f"/organiser/cases/{campaign.case_id}" in page
        assert page.count("<circle") == 1 and 'fill="#c62828"' in page  # one red point, drawn offline
        assert "<image" not in page and "http" not in page.split("<svg", 1)[1].split("</svg>")[0].replace(
            'xmlns="http://www.w3.org/2000/svg"', ""
        )
        assert client.get("/organiser", params={"verdict": "compliant"}).text.count("<tr class=") == 0
        assert client.get("/organiser", params={"category": "follow"}).text.count('<tr class="violation">') == 1
        assert client.get("/organiser", params={"category": "phone"}).text.count("<tr class=") == 0
        assert client.get("/organiser", params={"since": "2099-01-01"}).text.count("<circle") == 0


def test_the_report_is_served_at_the_case_with_its_own_csp_and_its_files_beside_it(campaign):
    from qraudit.report.html import CSP

    with campaign.service.client() as client:
        report = client.get(f"/cases/{campaign.case_id}/report.html")
        shot = client.get(f"/cases/{campaign.case_id}/step-01.png")
        page = client.get(f"/cases/{campaign.case_id}")
        escape = client.get(f"/cases/{campaign.case_id}/..%2F..%2Fintake.json")
    assert report.status_code == 200 and report.headers["content-security-policy"] == CSP
    assert "二维码付款审计报告" in report.text
    assert (
        shot.status_code == 200
        and shot.content[:4] == b"\x89PNG"
        and "sandbox" in shot.headers["content-security-policy"]
    )
    assert page.status_code == 200 and "审计结果" in page.text  # the case page is not taken for a report file
    assert escape.status_code == 404


def test_geojson_and_csv_come_from_the_campaign_code(campaign):
    with campaign.service.client(campaign.organiser_token) as client:
        collection = client.get("/api/campaign.geojson").json()
        table = client.get("/api/campaign.csv")
        listed = client.get("/api/cases", params={"verdict": "violation"}).json()
    [feature] = collection["features"]
    lon, lat = feature["geometry"]["coordinates"]
    assert abs(lon - 121.4737) < 1e-3 and abs(lat - 31.2304) < 1e-3
    assert feature["properties"]["verdict"] == "violation" and feature["properties"]["mandatory_walls"] == ["follow"]
    rows = list(csv.DictReader(io.StringIO(table.content.decode("utf-8-sig"))))
    assert tuple(rows[0].keys()) == CSV_COLUMNS and rows[0]["verdict"] == "violation"
    assert [c["id"] for c in listed["cases"]] == [campaign.case_id]


def test_a_note_and_a_complaint_package_from_the_case_page(campaign):
    base = f"/organiser/cases/{campaign.case_id}"
    with campaign.service.client() as anonymous:
        assert anonymous.post(f"{base}/complaint", data={"to": "12315"}).status_code == 401
    with signed_in(campaign) as client:
        assert client.post(f"{base}/note", data={"note": "已电话联系物业"}).status_code == 303
        assert (
            client.post(f"{base}/complaint", data={"to": "12315", "name": "王小明", "phone": "13800000000"}).status_code
            == 303
        )
        page = client.get(base).text
        assert "已电话联系物业" in page
        [link] = re.findall(rf'href="({base}/complaints/[^"]*complaint\.json)"', page)
        package = client.get(link).json()
    schema = json.loads((Path(__file__).parents[2] / "schemas" / "complaint.schema.json").read_text())
    jsonschema.validate(package, schema)  # the 12315 form's fields, as `qraudit complaint --to 12315` writes them
    assert "滨江天街" in str(package)  # the place the volunteer gave
    assert "王小明" in str(package) and "13800000000" in str(package)  # the complainant the organiser typed
    audit_folder = campaign.service.data / "campaigns" / "test" / "cases" / campaign.case_id
    assert not any(
        "王小明" in p.read_text(errors="ignore") for p in audit_folder.rglob("*.json")
    )  # never in the evidence


def test_a_recheck_runs_qraudit_recheck_on_the_case(campaign):
    with campaign.service.client(campaign.organiser_token) as client:
        assert client.post(f"/api/cases/{campaign.case_id}/recheck").status_code == 202
        assert client.post(f"/api/cases/{campaign.case_id}/recheck").status_code == 409  # already queued
        body = wait_case(client, campaign.case_id)
    assert body["status"] == "done" and body["verdict"] == "violation"  # the first audit stays the case's record
    with signed_in(campaign) as client:
        page = client.get(f"/organiser/cases/{campaign.case_id}").text
    assert "still-violating → violation" in page
