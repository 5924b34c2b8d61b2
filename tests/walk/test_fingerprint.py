from qraudit.models import Checkbox, FormField, Snapshot, TextBlock
from qraudit.walk.fingerprint import fingerprint


def page(text: str, filled: bool = False, checked: bool = False) -> Snapshot:
    return Snapshot(
        step=0,
        url="https://p.example.cn/",
        title="停车缴费",
        texts=(TextBlock(text, None),),
        fields=(FormField("f1", "input", label="车牌号", filled=filled),),
        checkboxes=(Checkbox("c1", "同意协议", checked=checked, checked_by_default=False),),
    )


def test_a_ticking_clock_is_the_same_state():
    assert fingerprint(page("剩余 59 秒")) == fingerprint(page("剩余 58 秒"))


def test_new_words_a_filled_field_or_a_tick_are_new_states():
    base = fingerprint(page("请输入车牌"))
    assert fingerprint(page("请关注公众号")) != base
    assert fingerprint(page("请输入车牌", filled=True)) != base
    assert fingerprint(page("请输入车牌", checked=True)) != base
