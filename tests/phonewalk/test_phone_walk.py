"""Audits of walks done on a phone: real OCR on recorded screens, the same rules and verdicts as a browser walk."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import jsonschema
import numpy as np
import pytest

from qraudit.phone_pipeline import audit_phone_walk
from qraudit.pipeline import AuditOptions
from qraudit.rules import load_ruleset
from tests.phonewalk.conftest import WALKS

# walls a walk shows and refuses on its way to payment: reported, not mandatory
OPTIONAL = {"optional-follow-then-paid": {"follow"}, "profile-sheet-refused-then-paid": {"login"}}
SCHEMA = json.loads((Path(__file__).parents[2] / "schemas" / "report.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def ruleset():
    return load_ruleset()


@pytest.mark.parametrize("form", ["recording", "screenshots"])
@pytest.mark.parametrize("kind", sorted(WALKS))
def test_each_kind_of_walk_gets_its_verdict(kind, form, phone_walks, ruleset, tmp_path):
    _, verdict, mandatory, paid = WALKS[kind]
    walk = phone_walks[kind]
    source = walk.video if form == "recording" else walk.screenshots[0].parent
    report = audit_phone_walk([source], None, ruleset, AuditOptions(out_dir=tmp_path, formats=("json",))).report
    assert report.verdict == verdict, report.verdict_reason
    assert sorted(w.category for w in report.walls if w.mandatory) == mandatory
    assert report.reached_payment is paid
    optional = {w.category for w in report.walls if not w.mandatory}
    assert optional >= OPTIONAL.get(kind, set()), report.walls


def test_the_report_says_a_person_walked_it_and_seals_the_originals(phone_walks, ruleset, tmp_path):
    walk = phone_walks["optional-follow-then-paid"]
    outcome = audit_phone_walk([walk.video], None, ruleset, AuditOptions(out_dir=tmp_path, formats=("json", "html")))
    data = json.loads((outcome.folder / "report.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(SCHEMA).validate(data)
    assert data["target"]["kind"] == "phone-walk"
    media = data["target"]["walk"][0]
    assert media["sha256"] == hashlib.sha256(walk.video.read_bytes()).hexdigest()
    assert (outcome.folder / media["name"]).read_bytes() == walk.video.read_bytes()
    assert media["duration_s"] == pytest.approx(4.0, abs=0.6)
    assert [s["source"] for s in data["steps"]][0].startswith("walk.mp4 @ 00:0")
    wall = next(w for w in data["walls"] if w["category"] == "follow")
    assert wall["mandatory"] is False and wall["evidence"]["screenshot"] == "step-02.png"
    manifest = json.loads((outcome.folder / "manifest.json").read_text(encoding="utf-8"))
    assert media["name"] in json.dumps(manifest)
    html = (outcome.folder / "report.html").read_text(encoding="utf-8")
    assert 'id="network"' not in html and 'id="phone-walk"' in html


def test_a_repeated_screen_is_read_once_and_an_animation_frame_not_at_all():
    from PIL import Image

    from qraudit.phonewalk.keyframes import keyframes
    from qraudit.phonewalk.media import Frame, WalkFile, thumbnail

    file = WalkFile(Path("walk.mp4"), "video", "0" * 64, 1)
    white, grey, black = (np.full((160, 80, 3), v, np.uint8) for v in (255, 128, 0))
    # 4 frames of a screen, 1 frame mid-animation, 4 of another screen, 4 of the first again
    images = [white] * 4 + [grey] + [black] * 4 + [white] * 4
    frames = [Frame(image, file, i / 4, thumbnail(Image.fromarray(image))) for i, image in enumerate(images)]
    kept = keyframes(frames, [])
    assert [k.index for k in kept] == [3, 8, 12]
