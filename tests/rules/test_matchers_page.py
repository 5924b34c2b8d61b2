"""text, overlay, qr_in_page and context matchers, on snapshots built by hand."""

from qraudit.rules import EvalContext
from tests.rules.helpers import box, build, code, overlay, snap, texts

NO_CTX = EvalContext()


def test_text_keywords_match_a_block_with_its_box(tmp_path, vocab):
    node = build(tmp_path, "text: {keywords: [先关注]}", vocab)
    hit = node.evaluate(snap(texts=texts("欢迎", "请先关注公众号")), NO_CTX, vocab)
    assert hit is not None
    assert hit.excerpts == ("请先关注公众号",)
    assert hit.boxes == (box(0, 30),)
    assert node.evaluate(snap(texts=texts("欢迎光临")), NO_CTX, vocab) is None


def test_text_matches_a_sentence_split_across_blocks(tmp_path, vocab):
    node = build(tmp_path, "text: {regex: '关注.{0,6}后才能缴费'}", vocab)
    assert node.evaluate(snap(texts=texts("请关注公众号", "后才能缴费")), NO_CTX, vocab) is not None


def test_text_phrase_list_and_overlay_scope(tmp_path, vocab):
    node = build(tmp_path, "text: {phrases: follow_gate, where: overlay}", vocab)
    in_page = snap(texts=texts("关注公众号后才能支付"))
    in_overlay = snap(texts=texts("关注公众号后才能支付", in_overlay=True))
    assert node.evaluate(in_page, NO_CTX, vocab) is None
    assert node.evaluate(in_overlay, NO_CTX, vocab) is not None


def test_follow_gate_phrases_tell_a_condition_from_an_invitation(tmp_path, vocab):
    node = build(tmp_path, "text: {phrases: follow_gate}", vocab)
    gates = [
        "请先关注公众号",
        "关注后即可缴费",
        "未关注公众号无法支付",
        "Please follow our official account before you pay",
        "长按识别二维码关注公众号，在公众号菜单「停车缴费」内完成支付",
        "Please pay in our official account",
    ]
    invitations = [
        "关注公众号，立领5元券",
        "关注公众号即可领取5元停车券",
        "先关注公众号再领取优惠券",
        "关注我们获取更多优惠",
        "支付后可在公众号内查看停车记录",
    ]
    for text in gates:
        assert node.evaluate(snap(texts=texts(text)), NO_CTX, vocab) is not None, text
    for text in invitations:
        assert node.evaluate(snap(texts=texts(text)), NO_CTX, vocab) is None, text


def test_overlay_closable_and_text(tmp_path, vocab):
    node = build(tmp_path, "overlay: {closable: false, keywords: [关注]}", vocab)
    assert node.evaluate(snap(overlays=(overlay("关注公众号", closable=False),)), NO_CTX, vocab) is not None
    assert node.evaluate(snap(overlays=(overlay("关注公众号", closable=True),)), NO_CTX, vocab) is None
    assert node.evaluate(snap(overlays=(overlay("选择规格", closable=False),)), NO_CTX, vocab) is None


def test_overlay_min_cover(tmp_path, vocab):
    node = build(tmp_path, "overlay: {min_cover: 0.5}", vocab)
    toast = overlay("已复制", closable=False, b=box(100, 400, 190, 40))
    assert node.evaluate(snap(overlays=(toast,)), NO_CTX, vocab) is None
    assert node.evaluate(snap(overlays=(overlay("", closable=False),)), NO_CTX, vocab) is not None


def test_qr_in_page_by_kind_and_place(tmp_path, vocab):
    node = build(tmp_path, "qr_in_page: {kind: wechat-follow, in_overlay: true}", vocab)
    follow = code("http://weixin.qq.com/r/abc", "wechat-follow")
    inside = snap(page_codes=(follow,), overlays=(overlay("", closable=False),))
    outside = snap(page_codes=(follow,), overlays=(overlay("", closable=False, b=box(0, 0, 390, 100)),))
    other = snap(page_codes=(code("https://example.com", "url"),), overlays=(overlay("", closable=False),))
    hit = node.evaluate(inside, NO_CTX, vocab)
    assert hit is not None and hit.urls == ("http://weixin.qq.com/r/abc",)
    assert node.evaluate(outside, NO_CTX, vocab) is None
    assert node.evaluate(other, NO_CTX, vocab) is None


def test_qr_in_page_regex_and_size(tmp_path, vocab):
    node = build(tmp_path, "qr_in_page: {regex: 'weixin\\.qq\\.com/r/', min_size: 100}", vocab)
    small = code("http://weixin.qq.com/r/abc", "wechat-follow", box(0, 0, 60, 60))
    assert node.evaluate(snap(page_codes=(small,)), NO_CTX, vocab) is None
    assert (
        node.evaluate(snap(page_codes=(code("http://weixin.qq.com/r/abc", "wechat-follow"),)), NO_CTX, vocab)
        is not None
    )


def test_context(tmp_path, vocab):
    scanned = build(tmp_path, "context: {payload_kind: [wechat-follow]}", vocab)
    assert scanned.evaluate(snap(), EvalContext(payload_kind="wechat-follow"), vocab) is not None
    assert scanned.evaluate(snap(), EvalContext(payload_kind="url"), vocab) is None
    after = build(tmp_path, "context: {after_payment: true}", vocab)
    assert after.evaluate(snap(), EvalContext(after_payment=True), vocab) is not None
    assert after.evaluate(snap(), NO_CTX, vocab) is None
