from __future__ import annotations

import hashlib
import os
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qraudit.campaign import in_shard, parse_shard, select_shard, shard_of
from qraudit.errors import InputError

case_ids = st.lists(st.text(min_size=1, max_size=40), max_size=60, unique=True)


@settings(max_examples=200, deadline=None)
@given(ids=case_ids, n=st.integers(min_value=1, max_value=25))
def test_shards_cover_every_target_exactly_once(ids: list[str], n: int):
    shards = [select_shard(ids, k, n, key=lambda s: s) for k in range(1, n + 1)]
    flat = [case for shard in shards for case in shard]
    assert sorted(flat) == sorted(ids)  # every target in some shard, none in two
    for k, shard in enumerate(shards, start=1):
        assert shard == [c for c in ids if in_shard(c, k, n)]  # order kept within a shard


@given(case=st.text(min_size=1), n=st.integers(min_value=1, max_value=10_000))
def test_shard_is_a_sha256_of_the_case_id(case: str, n: int):
    expected = int(hashlib.sha256(case.encode("utf-8")).hexdigest()[:16], 16) % n + 1
    assert shard_of(case, n) == expected and 1 <= expected <= n


def test_shards_are_the_same_in_every_process():
    """hash() is salted per process (PYTHONHASHSEED); two CI machines must still agree."""
    ids = [f"park-{i}-{i * 31:06x}" for i in range(50)]
    code = "import sys; from qraudit.campaign import shard_of; print([shard_of(c, 7) for c in sys.argv[1:]])"
    outputs = set()
    for seed in ("1", "2", "random"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        outputs.add(
            subprocess.run(
                [sys.executable, "-c", code, *ids], env=env, capture_output=True, text=True, check=True
            ).stdout
        )
    assert len(outputs) == 1
    assert outputs.pop().strip() == str([shard_of(c, 7) for c in ids])


def test_shards_are_roughly_even():
    counts = [0] * 4
    for i in range(4000):
        counts[shard_of(f"case-{i}", 4) - 1] += 1
    assert min(counts) > 850  # 1000 expected each; a broken hash piles them up


@pytest.mark.parametrize("text, expected", [("1/1", (1, 1)), ("2/4", (2, 4)), (" 4 / 4 ", (4, 4)), ("10/12", (10, 12))])
def test_parse_shard(text: str, expected: tuple[int, int]):
    assert parse_shard(text) == expected


@pytest.mark.parametrize(
    "text, says",
    [
        ("0/4", "K must be between 1 and N"),
        ("5/4", "K must be between 1 and N"),
        ("1/0", "N must be between"),
        ("2", "expected K/N"),
        ("a/b", "expected K/N"),
        ("-1/4", "expected K/N"),
        ("", "expected K/N"),
        ("1/4/2", "expected K/N"),
    ],
)
def test_bad_shards_are_one_line_errors(text: str, says: str):
    with pytest.raises(InputError) as info:
        parse_shard(text)
    line = info.value.one_line()
    assert says in line and line.startswith("--shard: ") and "\n" not in line
