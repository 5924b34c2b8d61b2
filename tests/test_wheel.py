"""The wheel installs: built from this tree, put in a fresh venv, it finds its rules and schemas and audits a site.

Nothing is downloaded: the wheel is built with this environment's setuptools, and the fresh venv borrows the
already installed dependencies through a .pth line (a .pth line adds a path, not the .pth files inside it, so
the source tree's editable install stays out and `import qraudit` is the wheel's copy).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.sites.catalog import load_sites, start_site

ROOT = Path(__file__).resolve().parents[1]
SITE_ID = "en-parking-simple"


@pytest.fixture(scope="module")
def wheel_python(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    dist = work / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation", "-q", "-w", str(dist)],
        check=True,
        capture_output=True,
        timeout=300,
        cwd=work,
    )
    (wheel,) = dist.glob("qraudit-*.whl")
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    site = Path(
        subprocess.run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (site / "zz-borrowed-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return python


def _run(python: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "QRAUDIT_RULES_DIR")}
    return subprocess.run([str(python), *args], capture_output=True, text=True, timeout=300, cwd=cwd, env=env)


def test_the_installed_package_is_the_wheel_not_the_source_tree(wheel_python, tmp_path):
    out = _run(
        wheel_python,
        "-c",
        "import qraudit, qraudit.builtin as b; print(qraudit.__file__); print(b.builtin_path('rules'))",
        cwd=tmp_path,
    )
    assert out.returncode == 0, out.stderr
    package, rules = out.stdout.split()
    assert str(ROOT / "src") not in package and "site-packages" in package
    assert not Path(rules).is_symlink() and (Path(rules) / "vocab" / "legal.yaml").is_file()


def test_rules_list_and_one_rule_test_from_the_wheel(wheel_python, tmp_path):
    listed = _run(wheel_python, "-m", "qraudit", "rules", "list", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert "follow-before-pay" in listed.stdout
    tested = _run(wheel_python, "-m", "qraudit", "rules", "test", "--rule", "follow-before-pay", cwd=tmp_path)
    assert tested.returncode == 0, tested.stdout + tested.stderr


def test_an_audit_of_a_fixture_site_from_the_wheel(wheel_python, tmp_path):
    site = next(s for s in load_sites() if s.id == SITE_ID)
    server = start_site(site)
    try:
        out = _run(
            wheel_python,
            "-m",
            "qraudit",
            "audit",
            server.url(site.start_path),
            "--allow-host",
            "127.0.0.1",
            "--out",
            str(tmp_path / "out"),
            "--format",
            "json",
            "--format",
            "html",
            "--json",
            cwd=tmp_path,
        )
    finally:
        server.stop()
    assert out.returncode in (0, 1), out.stderr
    (report,) = json.loads(out.stdout)
    assert report["verdict"] == site.label.verdict and report["steps"]
    assert list((tmp_path / "out").glob("*/report.html"))
