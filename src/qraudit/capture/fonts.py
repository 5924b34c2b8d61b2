"""Default fonts for Chinese pages: a phone's sans-serif CJK face, whichever Chromium build runs the audit.

A page in `lang="zh-CN"` that names no font gets the browser's per-script default. The full Chromium reads
per-script defaults from its own settings (Noto Sans CJK SC on Linux); the headless shell has none, so
the page's text starts in the Latin default, Times, with shorter lines than in the full build. Phones use a
sans-serif CJK face (PingFang SC on iOS,
Noto Sans CJK on Android), so both builds are given one through CDP `Page.setFontFamilies`. A face that
is not installed falls back to the browser's own default, as before.
"""

from __future__ import annotations

import sys
from typing import Any

# (sans-serif, serif) faces for Simplified and Traditional Chinese, by host platform
_FACES = {
    "darwin": {"Hans": ("PingFang SC", "Songti SC"), "Hant": ("PingFang TC", "Songti TC")},
    "win32": {"Hans": ("Microsoft YaHei", "SimSun"), "Hant": ("Microsoft JhengHei", "MingLiU")},
    "linux": {"Hans": ("Noto Sans CJK SC", "Noto Serif CJK SC"), "Hant": ("Noto Sans CJK TC", "Noto Serif CJK TC")},
}


def cjk_font_families(platform: str = sys.platform) -> dict[str, Any]:
    """Parameters for CDP `Page.setFontFamilies`: Latin defaults untouched, Chinese scripts in sans-serif."""
    faces = _FACES.get(platform, _FACES["linux"])
    return {
        "fontFamilies": {},
        "forScripts": [
            {"script": script, "fontFamilies": {"standard": sans, "sansSerif": sans, "serif": serif}}
            for script, (sans, serif) in faces.items()
        ],
    }
