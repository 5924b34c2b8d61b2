from __future__ import annotations

import subprocess
from pathlib import Path

from PIL import Image
from pypdf import PdfReader

from qraudit.evidence import seal_audit, verify_folder
from tests.report import sample


def pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True, timeout=60
    ).stdout


def test_pdf_is_a4_with_chinese_text_and_the_manifest_hash(audit, tmp_path: Path):
    report, snapshots, folder = audit
    sealed = seal_audit(report, folder, ["json", "html", "pdf"], lang="zh", rules=sample.RULES, snapshots=snapshots)
    pdf = sealed.paths["pdf"]
    assert pdf.read_bytes().startswith(b"%PDF-")
    reader = PdfReader(pdf)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points
    text = pdftotext(pdf)
    assert "在这里付款，必须先关注商家的微信公众号" in text  # CJK glyphs embedded with their Unicode
    assert "《个人信息保护法》" in text
    assert sealed.manifest_sha256 in "".join(text.split())
    assert verify_folder(folder).ok  # the PDF quotes the manifest, so it checks out

    # The verdict banner prints in colour: the top of page 1 is the violation red.
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")], check=True, timeout=60
    )
    with Image.open(next(tmp_path.glob("page*.png"))) as page:
        r, g, b = page.convert("RGB").getpixel((page.width // 2, 40))
    assert r > 150 and g < 80 and b < 80


def test_pdf_of_a_hostile_page_shows_the_markup_as_text(hostile_audit):
    report, snapshots, folder = hostile_audit
    seal_audit(report, folder, ["pdf"], lang="en", snapshots=snapshots)
    text = pdftotext(folder / "report.pdf")
    assert "<script>window.__pwned=1</script>" in "".join(text.split())  # long titles wrap in the cards
