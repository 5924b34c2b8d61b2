"""`qraudit campaign summary|merge` as a user runs them: a real process, exit codes, one-line errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from qraudit.campaign import CampaignStore
from tests.campaign.factory import make_report, photo_result, write_audit

REPO = Path(__file__).resolve().parents[2]
# Registers the sub-app even before the lead's line in qraudit/cli/__init__.py imports it.
ENTRY = "import sys; import qraudit.cli.campaign; from qraudit.cli import main; sys.argv[0] = 'qraudit'; main()"


def qraudit(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", ENTRY, *args], cwd=REPO, capture_output=True, text=True, timeout=180)


def campaign(root: Path, *reports) -> Path:
    with CampaignStore.open(root) as store:
        for r in reports:
            store.record_photo(photo_result(r))
            store.record_audit(r, write_audit(root, r))
    return root


def test_summary_writes_and_lists_the_files(tmp_path: Path):
    root = campaign(tmp_path / "c", make_report("park-a-1"))
    done = qraudit("campaign", "summary", str(root), "--lang", "en")
    assert done.returncode == 0, done.stderr
    listed = dict(line.split("\t") for line in done.stdout.splitlines())
    assert set(listed) == {"html", "csv", "geojson"}
    assert all(Path(p).is_file() for p in listed.values())


def test_merge_then_summary_of_the_result(tmp_path: Path):
    s1 = campaign(tmp_path / "s1", make_report("park-a-1"))
    s2 = campaign(tmp_path / "s2", make_report("park-a-1", finished_at="2026-03-12T00:00:00Z"), make_report("cafe-b-2"))
    out = tmp_path / "merged"
    done = qraudit("campaign", "merge", str(s1), str(s2), "--out", str(out), "--format", "csv", "--format", "sarif")
    assert done.returncode == 0, done.stderr
    assert "2 audit(s)" in done.stderr and "1 older duplicate(s)" in done.stderr
    assert (out / "summary.csv").is_file() and (out / "campaign.sarif").is_file() and not (out / "index.html").exists()
    with CampaignStore.open(out) as store:
        assert store.done_case_ids() == {"park-a-1", "cafe-b-2"}


def test_errors_are_one_line_with_exit_2(tmp_path: Path):
    (tmp_path / "plain").mkdir()
    s1 = campaign(tmp_path / "s1", make_report("park-a-1"))
    cases = [
        (["campaign", "summary", str(tmp_path / "plain")], "no campaign.db"),
        (
            ["campaign", "merge", str(s1), str(tmp_path / "nope"), "--out", str(tmp_path / "o1")],
            "campaign folder not found",
        ),
        (
            ["campaign", "merge", str(s1), "--out", str(tmp_path / "o2"), "--format", "kml"],
            "unknown summary format 'kml'",
        ),
        (["campaign", "summary", str(s1), "--lang", "fr"], "unknown report language"),
    ]
    for args, says in cases:
        done = qraudit(*args)
        assert done.returncode == 2, (args, done.stderr)
        assert says in done.stderr and len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert not (tmp_path / "o1").exists() and not (tmp_path / "o2").exists()
