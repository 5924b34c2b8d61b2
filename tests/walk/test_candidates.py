"""The walker's options at one step, on hand-built snapshots read with the real vocabulary."""

from qraudit.models import Box, Checkbox, Control, Dialog, FormField, Overlay, Snapshot, TextBlock
from qraudit.walk.candidates import candidate_actions
from qraudit.walk.values import PAYMENT_VALUES


def snap(**parts) -> Snapshot:
    return Snapshot(step=1, url="https://pay.example.cn/", title="", **parts)


def kinds(actions):
    return [(a.kind, a.reason, a.text) for a in actions]


def test_refusal_comes_first_and_comply_is_never_offered(vocab):
    page = snap(
        controls=(
            Control("r1", "立即支付", box=Box(0, 700, 390, 44)),
            Control("r2", "关注公众号", in_overlay=True),
            Control("r3", "暂不关注", in_overlay=True),
        )
    )
    actions = candidate_actions(page, vocab)
    assert actions[0].text == "暂不关注" and actions[0].reason == "refuse"
    assert "关注公众号" not in [a.text for a in actions]
    assert actions[-1].text == "立即支付" and actions[-1].reason == "proceed"


def test_bundled_follow_box_is_unticked_and_plain_terms_ticked(vocab):
    page = snap(
        checkboxes=(
            Checkbox("c1", "我已阅读并同意《服务协议》并关注公众号", checked=True, checked_by_default=True),
            Checkbox("c2", "我已阅读并同意《用户服务协议》", checked=False, checked_by_default=False),
        )
    )
    actions = candidate_actions(page, vocab)
    assert ("untick", "untick-consent") in [(a.kind, a.reason) for a in actions if a.ref == "c1"]
    assert ("click", "accept-terms") in [(a.kind, a.reason) for a in actions if a.ref == "c2"]


def test_personal_fields_are_never_typed_payment_fields_are(vocab):
    page = snap(
        fields=(
            FormField("f1", "input", type="tel", label="手机号"),
            FormField("f2", "input", label="姓名"),
            FormField("f3", "input", label="车牌号"),
        )
    )
    fills = [a for a in candidate_actions(page, vocab) if a.kind in ("fill", "keyboard", "select")]
    assert [(a.ref, a.value) for a in fills] == [("f3", PAYMENT_VALUES["plate"])]


def test_one_quantity_field_of_a_menu_is_enough(vocab):
    lines = tuple(FormField(f"q{i}", "input", type="number", name=f"qty_b0{i}", label=f"菜{i}") for i in range(3))
    fills = [a for a in candidate_actions(snap(fields=lines), vocab) if a.reason == "fill-needed"]
    assert [a.ref for a in fills] == ["q0"]
    filled = (FormField("q0", "input", type="number", name="qty_b00", filled=True),) + lines[1:]
    assert not [a for a in candidate_actions(snap(fields=filled), vocab) if a.reason == "fill-needed"]


def test_div_plate_field_under_its_label_gets_the_keyboard(vocab):
    page = snap(
        texts=(TextBlock("车牌号码", Box(28, 148, 56, 20)), TextBlock("查询费用", Box(160, 259, 64, 17))),
        controls=(
            Control("r1", "新能源", tag="div", box=Box(28, 181, 334, 46)),
            Control("r2", "查询费用", box=Box(28, 243, 334, 44)),
        ),
    )
    actions = candidate_actions(page, vocab)
    assert kinds(actions)[0] == ("keyboard", "fill-needed", "车牌号码")
    assert actions[0].ref == "r1" and actions[0].value == PAYMENT_VALUES["plate"]
    # Once typed, the plate shows as text; offering the keyboard again would loop.
    again = candidate_actions(page, vocab, typed=frozenset({PAYMENT_VALUES["plate"]}))
    assert [a.kind for a in again] == ["click"]


def test_a_plate_word_far_from_any_widget_is_not_a_field(vocab):
    page = snap(
        texts=(TextBlock("车牌", Box(20, 100, 30, 20)),),
        controls=(Control("r1", "立即缴费", box=Box(20, 600, 350, 44)),),
    )
    assert [a.kind for a in candidate_actions(page, vocab)] == ["click"]


def test_role_textbox_div_gets_the_keyboard(vocab):
    page = snap(
        controls=(
            Control("r1", "车牌号", tag="div", role="textbox", box=Box(26, 143, 338, 58)),
            Control("r2", "查 询", tag="a", box=Box(26, 248, 338, 46)),
        )
    )
    actions = candidate_actions(page, vocab)
    assert (actions[0].kind, actions[0].ref) == ("keyboard", "r1")


def test_amount_on_a_visible_keypad_is_typed_without_a_field(vocab):
    keys = tuple(Control(f"k{d}", d, tag="div", box=Box(0, 600 + 10 * i, 90, 50)) for i, d in enumerate("0123456789."))
    page = snap(texts=(TextBlock("金额", Box(34, 110, 28, 20)),), controls=keys + (Control("ok", "付款", tag="div"),))
    actions = candidate_actions(page, vocab)
    assert (actions[0].kind, actions[0].ref, actions[0].value) == ("keyboard", None, PAYMENT_VALUES["amount"])
    assert actions[-1].text == "付款"


def test_empty_cart_alert_makes_the_walker_add_a_dish(vocab):
    controls = (Control("a1", "加入", tag="div"), Control("p", "提交订单"))
    quiet = candidate_actions(snap(controls=controls), vocab)
    assert [a.reason for a in quiet] == ["proceed", "add-item"]  # a silent no-op checkout is followed by a dish
    complained = snap(controls=controls, dialogs=(Dialog("alert", "请选择商品", 1),))
    assert [a.reason for a in candidate_actions(complained, vocab)][0] == "add-item"
    assert "add-item" not in [a.reason for a in candidate_actions(complained, vocab, items_added=1)]


def test_add_controls_named_after_the_dish_but_never_a_wall(vocab):
    for text in ("加入 三文鱼刺身", "加一份", "+ 1", "Add item"):
        page = snap(
            controls=(Control("a", text, tag="i", role="button"),), dialogs=(Dialog("alert", "购物车是空的", 1),)
        )
        assert [a.reason for a in candidate_actions(page, vocab)] == ["add-item"], text
    for text in ("加入会员", "加入 会员享折扣", "添加 关注"):
        page = snap(controls=(Control("a", text),), dialogs=(Dialog("alert", "购物车是空的", 1),))
        assert "add-item" not in [a.reason for a in candidate_actions(page, vocab)], text


def test_spec_sheet_adds_instead_of_closing(vocab):
    page = snap(
        controls=(
            Control("x", "×", in_overlay=True),
            Control("add", "加入购物车", in_overlay=True),
            Control("go", "选好了", enabled=False, covered=True),
        )
    )
    actions = candidate_actions(page, vocab, items_added=1)
    assert (actions[0].text, actions[0].reason) == ("加入购物车", "add-item")
    assert actions[1].text == "×"


def test_new_proceed_words(vocab):
    for word in ("选好了", "Continue", "查 询"):
        page = snap(controls=(Control("p", word),))
        assert [a.reason for a in candidate_actions(page, vocab)] == ["proceed"], word


def test_a_remark_textarea_is_never_filled_even_under_a_quantity_heading(vocab):
    remark = FormField(
        "t",
        "textarea",
        type="textarea",
        name="remark",
        placeholder="如：少辣、不要香菜",
        visible=True,
        context="用餐人数 1人 2人 口味备注（选填）",
    )
    people = FormField("q", "input", type="number", name="people", label="用餐人数", visible=True)
    actions = candidate_actions(snap(fields=(remark, people)), vocab)
    assert [(a.kind, a.ref) for a in actions if a.reason == "fill-needed"] == [("fill", "q")]


def _plate_row(y: float = 229) -> tuple[Control, ...]:
    """A card holding its label and a row of eight plate cells, as uni-app and Vant pages draw it."""
    cells = tuple(Control(f"c{i}", "", tag="uni-view", group="row", box=Box(28 + 41 * i, y, 36, 46)) for i in range(8))
    return (
        Control("card", "请输入车牌号 · + 新能源", tag="uni-view", box=Box(12, y - 51, 366, 113)),
        Control("row", "· + 新能源", tag="uni-view", box=Box(28, y, 334, 46)),
    ) + cells


def test_the_keyboard_opens_on_the_first_plate_cell_not_the_card_or_a_middle_cell(vocab):
    page = snap(
        texts=(
            TextBlock("输入车牌号，查询停车费用", Box(30, 111, 330, 19)),
            TextBlock("请输入车牌号", Box(28, 194, 100, 21)),
        ),
        controls=_plate_row(),
    )
    keyboard = [a for a in candidate_actions(page, vocab) if a.kind == "keyboard"]
    assert [(a.ref, a.value) for a in keyboard] == [("c0", PAYMENT_VALUES["plate"])]


def test_a_label_that_already_shows_its_value_is_not_a_field(vocab):
    page = snap(
        texts=(TextBlock("桌号 A08 · 堂食", Box(16, 60, 200, 20)),),
        controls=(Control("r1", "", tag="div", box=Box(16, 90, 300, 40)),),
    )
    assert not [a for a in candidate_actions(page, vocab) if a.reason == "fill-needed"]
    asks = snap(
        texts=(TextBlock("车牌号（7-8位）", Box(16, 60, 200, 20)),),
        controls=(Control("r1", "", tag="div", box=Box(16, 90, 300, 40)),),
    )
    assert [a.ref for a in candidate_actions(asks, vocab) if a.kind == "keyboard"] == ["r1"]


def test_an_open_province_grid_is_a_keyboard_and_one_parked_below_the_screen_is_not(vocab):
    provinces = "京津沪渝冀豫云辽黑湘皖鲁"

    def page(y):
        return snap(
            texts=(TextBlock("请输入车牌号", Box(26, 108, 90, 21)),)
            + tuple(TextBlock(p, Box(14 + 38 * (i % 10), y + 46 * (i // 10), 17, 25)) for i, p in enumerate(provinces))
        )

    assert [a.value for a in candidate_actions(page(657), vocab) if a.kind == "keyboard"] == [PAYMENT_VALUES["plate"]]
    assert not [a for a in candidate_actions(page(900), vocab) if a.kind == "keyboard"]


def test_the_x_key_of_a_plate_keyboard_is_not_a_close_button(vocab):
    keys = tuple(
        Control(f"k{ch}", ch, tag="uni-view", group="row3", box=Box(20 + 36 * i, 780, 30, 40))
        for i, ch in enumerate("ZXCVBNM")
    )
    page = snap(controls=keys + (Control("x", "×", in_overlay=True, group="head"),))
    refusals = [a.ref for a in candidate_actions(page, vocab) if a.reason == "refuse"]
    assert refusals == ["x"]


def test_going_back_is_not_a_way_forward(vocab):
    page = snap(controls=(Control("r1", "重新查询"), Control("r2", "返回首页"), Control("r3", "立即缴费")))
    assert [a.text for a in candidate_actions(page, vocab) if a.reason == "proceed"] == ["立即缴费"]


def test_a_new_energy_plate_cell_is_not_a_dish_to_add(vocab):
    page = snap(controls=(Control("r1", "+ 新能源"), Control("r2", "+", group="dish")))
    assert [a.ref for a in candidate_actions(page, vocab) if a.reason == "add-item"] == ["r2"]


def test_a_steppers_plus_in_a_spec_sheet_is_not_an_add_and_its_buy_comes_first(vocab):
    row = Box(200, 600, 30, 30)
    page = snap(
        controls=(
            Control("x", "×", in_overlay=True),
            Control("m", "−", in_overlay=True, group="qty", box=row),
            Control("p", "+", in_overlay=True, group="qty", box=row),
            Control("add", "加入购物车", in_overlay=True, box=Box(0, 760, 190, 44)),
            Control("buy", "立即购买", in_overlay=True, box=Box(195, 760, 190, 44)),
        ),
    )
    actions = candidate_actions(page, vocab)
    assert [(a.text, a.reason) for a in actions[:2]] == [("立即购买", "proceed"), ("加入购物车", "add-item")]
    assert "+" not in [a.text for a in actions]


def test_a_plus_beside_a_quantity_field_is_a_stepper_but_a_lone_plus_on_a_dish_adds(vocab):
    qty = FormField("q", "input", type="tel", name="quantity", visible=True, filled=True, box=Box(230, 602, 40, 28))
    stepper = snap(controls=(Control("p", "+", in_overlay=True, box=Box(280, 600, 30, 30)),), fields=(qty,))
    assert "+" not in [a.text for a in candidate_actions(stepper, vocab)]
    dish = snap(
        controls=(Control("p", "+", box=Box(330, 300, 30, 30)), Control("go", "去结算", box=Box(0, 760, 390, 44)))
    )
    assert [a.text for a in candidate_actions(dish, vocab)] == ["去结算", "+"]


def test_a_shop_listing_opens_its_first_product_then_the_cart_tab(vocab):
    page = snap(
        controls=(
            Control("chip", "¥20", tag="div"),
            Control("c1", "有机燕麦片 1kg ￥39.90 已售 1.2万", tag="uni-view"),
            Control("c2", "冷榨山茶油 ￥128.00", tag="uni-view"),
            Control("home", "首页", tag="uni-view"),
            Control("cart", "购物车", tag="uni-view"),
            Control("me", "我的", tag="uni-view"),
        )
    )
    assert kinds(candidate_actions(page, vocab)) == [
        ("click", "open-item", "有机燕麦片 1kg ￥39.90 已售 1.2万"),
        ("click", "open-cart", "购物车"),
    ]


def test_browsing_comes_after_every_way_to_proceed(vocab):
    page = snap(
        controls=(
            Control("c1", "燕麦片 ￥39.90", tag="div"),
            Control("c2", "山茶油 ￥128", tag="div"),
            Control("go", "立即购买"),
        )
    )
    assert [a.reason for a in candidate_actions(page, vocab)] == ["proceed", "open-item"]


def test_one_priced_block_or_the_list_holding_the_cards_is_not_a_product(vocab):
    summary = snap(controls=(Control("s", "堂食 12号桌 共 1 件 合计 ¥36.00", tag="div"),))
    assert candidate_actions(summary, vocab) == []
    listing = snap(
        controls=(
            Control("list", "燕麦片 ￥39.90 山茶油 ￥128", tag="div", box=Box(0, 100, 390, 400)),
            Control("c1", "燕麦片 ￥39.90", tag="div", box=Box(0, 100, 190, 200)),
            Control("c2", "山茶油 ￥128", tag="div", box=Box(195, 100, 190, 200)),
        )
    )
    assert kinds(candidate_actions(listing, vocab)) == [("click", "open-item", "燕麦片 ￥39.90")]


def test_a_sheet_that_asks_gets_its_only_option_and_its_panel_is_never_pressed_as_a_button(vocab):
    sheet = Box(0, 400, 390, 444)
    page = snap(
        controls=(
            Control(
                "panel", "￥99 请选择 规格 标准 购买数量 加入购物车 立即购买", tag="div", in_overlay=True, box=sheet
            ),
            Control("std", "标准", tag="span", in_overlay=True, group="g11", box=Box(16, 520, 60, 30)),
            Control("add", "加入购物车", in_overlay=True, group="g13", box=Box(0, 780, 190, 44)),
            Control("buy", "立即购买", in_overlay=True, group="g13", box=Box(195, 780, 190, 44)),
        ),
        overlays=(Overlay(sheet, "￥99 请选择 规格 标准 购买数量 加入购物车 立即购买"),),
    )
    actions = candidate_actions(page, vocab)
    assert (actions[0].text, actions[0].reason) == ("标准", "choose-option")
    assert "￥99 请选择 规格 标准 购买数量 加入购物车 立即购买" not in [a.text for a in actions]
    alone = snap(
        controls=(Control("std", "标准", in_overlay=True, group="g11"), Control("buy", "确定", in_overlay=True)),
        overlays=(Overlay(sheet, "规格 标准"),),
    )
    assert "choose-option" not in [a.reason for a in candidate_actions(alone, vocab)]  # nothing asks: no choice


def test_a_worded_add_comes_before_a_bare_plus(vocab):
    page = snap(
        controls=(Control("p", "+", box=Box(330, 300, 30, 30)), Control("a", "加入购物车", box=Box(0, 760, 390, 44))),
        dialogs=(Dialog("alert", "购物车是空的", 1),),
    )
    assert [a.text for a in candidate_actions(page, vocab)][0] == "加入购物车"
