from qraudit.rules import EvalContext
from tests.rules.helpers import build, snap, texts

NO_CTX = EvalContext()
TREE = """
all:
  - text: {keywords: [关注]}
  - any:
      - text: {keywords: [支付]}
      - text: {keywords: [缴费]}
  - not: {text: {keywords: [支付成功]}}
"""


def test_all_any_not(tmp_path, vocab):
    node = build(tmp_path, TREE, vocab)
    assert node.evaluate(snap(texts=texts("关注后缴费")), NO_CTX, vocab) is not None
    assert node.evaluate(snap(texts=texts("关注我们")), NO_CTX, vocab) is None  # any: neither branch
    assert node.evaluate(snap(texts=texts("关注后支付", "支付成功")), NO_CTX, vocab) is None  # not: vetoed


def test_evidence_is_merged_from_every_matching_branch(tmp_path, vocab):
    node = build(tmp_path, TREE, vocab)
    hit = node.evaluate(snap(texts=texts("请关注", "可支付", "可缴费")), NO_CTX, vocab)
    assert hit is not None
    assert hit.excerpts == ("请关注", "可支付", "可缴费")
