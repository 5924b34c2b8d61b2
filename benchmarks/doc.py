"""Writing a benchmark's figures into docs/benchmarks.md: one `## Title` section replaced, the rest kept."""

from __future__ import annotations

from pathlib import Path

DOC = Path(__file__).resolve().parents[1] / "docs" / "benchmarks.md"


def write_section(title: str, body: list[str]) -> None:
    """Replace the section headed `## {title}` with `body` (its first line is that heading), or append it."""
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Benchmarks\n"
    start = text.find(f"\n## {title}\n")
    if start == -1:
        text = text.rstrip("\n") + "\n\n" + "\n".join(body)
    else:
        end = text.find("\n## ", start + 1)
        text = text[:start] + "\n" + "\n".join(body) + (text[end:] if end != -1 else "\n")
    DOC.write_text(text.rstrip("\n") + "\n", encoding="utf-8")
