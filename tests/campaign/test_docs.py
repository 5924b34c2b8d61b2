"""docs/ci.md promises a ready workflow: it must parse and contain the matrix, the merge and the SARIF upload."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from qraudit.campaign.summary_files import SARIF_NAME

DOC = Path(__file__).resolve().parents[2] / "docs" / "ci.md"


def test_the_workflow_in_ci_md_is_valid_and_complete():
    block = re.search(r"```yaml\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    assert block, "no yaml block in docs/ci.md"
    workflow = yaml.safe_load(block.group(1))
    audit, merge = workflow["jobs"]["audit"], workflow["jobs"]["merge"]
    shards = audit["strategy"]["matrix"]["shard"]
    runs = " ".join(step.get("run", "") for step in audit["steps"])
    assert f"--shard ${{{{ matrix.shard }}}}/{len(shards)}" in runs and "@urls.txt" in runs
    assert shards == list(range(1, len(shards) + 1))  # K is 1-based
    assert merge["needs"] == "audit" and merge["permissions"]["security-events"] == "write"
    uses = [step.get("uses", "") for step in merge["steps"]]
    assert any(u.startswith("actions/download-artifact@") for u in uses)
    assert any(u.startswith("actions/upload-artifact@") for u in uses)
    sarif = next(s for s in merge["steps"] if s.get("uses", "").startswith("github/codeql-action/upload-sarif@"))
    merge_run = " ".join(step.get("run", "") for step in merge["steps"])
    assert "qraudit campaign merge" in merge_run and "--format sarif" in merge_run
    assert sarif["with"]["sarif_file"] == f"campaign/{SARIF_NAME}"  # what `campaign merge --out campaign` writes
