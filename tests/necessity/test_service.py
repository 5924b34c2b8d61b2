"""Reading the kind of service from the pages and the code's URL, and --service over it."""

import pytest

from qraudit.errors import InputError
from qraudit.models import FormField, Snapshot, TextBlock
from qraudit.necessity import classify


def page(step=1, title="", text="", fields=()):
    return Snapshot(
        step=step,
        url="https://x.example.cn/",
        title=title,
        texts=(TextBlock(text, None),) if text else (),
        fields=tuple(fields),
    )


def kind_of(vocab, pages, payload="https://x.example.cn/"):
    return classify(pages, payload, vocab.necessity, vocab.field_kind)


def test_a_car_park_page_is_parking_and_says_why(vocab):
    result = kind_of(vocab, [page(title="城西停车场", fields=[FormField(ref="f1", tag="input", label="车牌号")])])
    assert result.kind == "parking" and result.source == "inferred"
    assert any("plate field" in e for e in result.evidence) and any("title" in e for e in result.evidence)


def test_a_delivery_order_is_takeaway(vocab):
    result = kind_of(vocab, [page(title="美味小厨", text="配送费 ¥3\n请填写收货地址\n预计 30 分钟送达")])
    assert result.kind == "takeaway"


def test_a_table_number_field_makes_it_dine_in(vocab):
    result = kind_of(vocab, [page(title="川味馆", text="菜单", fields=[FormField(ref="t", tag="input", label="桌号")])])
    assert result.kind == "dine_in"


def test_the_title_outweighs_a_word_in_the_body(vocab):
    # A mall's parking page that advertises its shop.
    result = kind_of(vocab, [page(title="停车缴费", text="商城 新品 立即购买")])
    assert result.kind == "parking"


def test_the_code_url_counts(vocab):
    assert kind_of(vocab, [page(text="请付款")], "https://pay.example.cn/parking/pay?lot=9").kind == "parking"


def test_nothing_named_is_other(vocab):
    result = kind_of(vocab, [page(text="欢迎")])
    assert result.kind == "other" and result.evidence


def test_override_wins_and_a_typo_is_one_line(vocab):
    forced = classify([page(title="停车场")], "", vocab.necessity, vocab.field_kind, override="takeaway")
    assert forced.kind == "takeaway" and forced.source == "override"
    with pytest.raises(InputError, match="unknown service 'parkng'; use one of: parking"):
        classify([], "", vocab.necessity, vocab.field_kind, override="parkng")
