from __future__ import annotations

import io
from pathlib import Path

import pytest

from qraudit.campaign import expand_url_lists, is_url_list, read_url_list
from qraudit.errors import InputError

LIST = """\ufeff# parking lots seen on 2026-03-11
https://park.example.cn/pay?lot=88

   https://t.example.cn/p/88   # the short link on the sign
https://shop.example.cn/#/order?table=3
\t# indented comment
http://127.0.0.2:8080/menu#section
"""
EXPECTED = [
    "https://park.example.cn/pay?lot=88",
    "https://t.example.cn/p/88",
    "https://shop.example.cn/#/order?table=3",  # a fragment is not a comment
    "http://127.0.0.2:8080/menu#section",
]


def test_url_file_skips_comments_blank_lines_and_bom(tmp_path: Path):
    path = tmp_path / "urls.txt"
    path.write_text(LIST, encoding="utf-8")
    assert read_url_list(f"@{path}") == EXPECTED


def test_stdin(tmp_path: Path):
    assert read_url_list("-", stdin=io.StringIO(LIST)) == EXPECTED


def test_expand_keeps_order_and_other_arguments(tmp_path: Path):
    path = tmp_path / "urls.txt"
    path.write_text("https://a.example.cn/\nhttps://b.example.cn/\n", encoding="utf-8")
    args = ["photos/", f"@{path}", "https://c.example.cn/", "-"]
    expanded = expand_url_lists(args, stdin=io.StringIO("https://d.example.cn/\n"))
    assert expanded == [
        "photos/",
        "https://a.example.cn/",
        "https://b.example.cn/",
        "https://c.example.cn/",
        "https://d.example.cn/",
    ]
    assert [is_url_list(a) for a in ("@x", "-", "@", "x", "https://a/")] == [True, True, False, False, False]


@pytest.mark.parametrize(
    "make, says",
    [
        (lambda d: f"@{d / 'missing.txt'}", "URL list not found"),
        (lambda d: f"@{d}", "is a folder"),
        (lambda d: (d / "bin.txt").write_bytes(b"\xff\xfe\x00bad") and f"@{d / 'bin.txt'}", "not UTF-8"),
        (lambda d: "@", "not a URL list argument"),
    ],
)
def test_unreadable_lists_are_one_line_errors(tmp_path: Path, make, says: str):
    with pytest.raises(InputError) as info:
        read_url_list(make(tmp_path))
    line = info.value.one_line()
    assert says in line and "\n" not in line
    if "missing" in line:
        assert line.startswith(str(tmp_path / "missing.txt"))
