"""What a payer sees, as data: text (iframes, shadow roots), fields, controls, checkboxes, overlays, QR codes."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
import qrcode

from qraudit.capture.actions import ACT_TIMEOUT_MS
from qraudit.errors import QrauditError
from qraudit.models import Action
from tests.capture.conftest import LOCAL, control
from tests.support.server import Reply


def _field(snap, name):
    return next(f for f in snap.fields if f.name == name)


def _checkbox(snap, label_part):
    return next(c for c in snap.checkboxes if label_part in c.label)


def test_form_fields_with_labels_context_and_state(harness, site):
    snap = harness.capture(site().url("/form.html"))[0]
    phone = _field(snap, "phone")
    assert (phone.label, phone.type, phone.required, phone.autocomplete, phone.placeholder, phone.filled) == (
        "手机号",
        "tel",
        True,
        "tel",
        "请输入手机号",
        False,
    )
    name = _field(snap, "name")
    assert name.label == "姓名" and "选填" in name.context and not name.required
    idcard = _field(snap, "idcard")
    assert idcard.label == "身份证号码" and idcard.filled
    assert _field(snap, "sex").tag == "select" and not _field(snap, "sex").filled
    assert not _field(snap, "secret").visible
    assert "token" not in {f.name for f in snap.fields}  # hidden inputs are not something a payer fills
    assert all(f.box and f.ref.startswith("r") for f in snap.fields if f.visible)


def test_controls_semantic_and_clickable(harness, site):
    snap = harness.capture(site().url("/form.html"))[0]
    assert not control(snap, "提交").enabled and control(snap, "稍后勾选").enabled
    assert control(snap, "自定义按钮").tag == "div"
    whole = control(snap, "整块可点内部")
    assert whole.tag == "div" and not any(c.text == "内部" for c in snap.controls)  # the child is not a second control
    assert len({c.ref for c in snap.controls}) == len(snap.controls)


def test_checkboxes_keep_their_first_state_after_untick(harness, site):
    server = site()
    first = harness.capture(server.url("/form.html"))[0]
    marketing, terms = _checkbox(first, "优惠信息"), _checkbox(first, "用户协议")
    vip, fake = _checkbox(first, "自动续费"), _checkbox(first, "位置信息")
    assert (marketing.checked, marketing.checked_by_default) == (True, True)
    assert (terms.checked, terms.checked_by_default, terms.required) == (False, False, True)
    assert vip.checked and fake.checked  # role=checkbox and a class-styled widget
    snaps = harness.capture(
        server.url("/form.html"),
        actions=[
            Action("untick", ref=marketing.ref),
            Action("untick", ref=vip.ref),
            Action("untick", ref=fake.ref),
            Action("click", ref=control(first, "稍后勾选").ref),
        ],
    )
    last = snaps[-1]
    for label in ("优惠信息", "自动续费", "位置信息"):
        box = _checkbox(last, label)
        assert (box.checked, box.checked_by_default) == (False, True), label
    late = _checkbox(last, "用户协议")
    assert (late.checked, late.checked_by_default) == (True, False)  # ticked by the page after our first look


def test_fill_and_select(harness, site):
    server = site()
    first = harness.capture(server.url("/form.html"))[0]
    snaps = harness.capture(
        server.url("/form.html"),
        actions=[
            Action("fill", ref=_field(first, "phone").ref, value="13800000000"),
            Action("select", ref=_field(first, "sex").ref, value="男"),
        ],
    )
    assert _field(snaps[1], "phone").filled and _field(snaps[2], "sex").filled
    assert snaps[1].action_error is None and snaps[2].action_error is None


def test_iframe_and_shadow_dom_text_and_refs(harness, site):
    server = site()
    first = harness.capture(server.url("/frames.html"))[0]
    assert [f.parent for f in first.frames] == [None, 0] and first.frames[1].name == "child"
    texts = {t.text: t for t in first.texts}
    assert "影子里的文字：授权手机号" in texts and texts["影子里的文字：授权手机号"].frame == 0
    framed = texts["框架里的文字：请输入手机号"]
    assert framed.frame == 1 and framed.box.y > texts["外层页面"].box.y + 20  # moved into page coordinates
    mobile = _field(first, "mobile")
    assert mobile.ref.startswith("f1.") and mobile.required and mobile.frame == 1
    assert _checkbox(first, "会员协议").checked_by_default
    snaps = harness.capture(
        server.url("/frames.html"),
        actions=[
            Action("click", ref=control(first, "影子按钮").ref),
            Action("click", ref=control(first, "框架按钮").ref),
            Action("fill", ref=mobile.ref, value="13800000000"),
        ],
    )
    assert "shadow clicked" in snaps[1].visible_text
    assert "frame clicked" in snaps[2].visible_text
    assert _field(snaps[3], "mobile").filled and snaps[3].action_error is None


def test_delayed_overlay_is_in_the_snapshot_and_covers_the_page(harness, site):
    snap = harness.capture(site().url("/overlay.html?delay=1500"), replace(LOCAL, dwell_s=2.5))[0]
    assert len(snap.overlays) == 1
    overlay = snap.overlays[0]
    assert "关注公众号后继续" in overlay.text and not overlay.closable
    assert overlay.box.width == 390 and overlay.controls == (control(snap, "我已关注").ref,)
    assert control(snap, "去下单").covered and not control(snap, "去下单").in_overlay
    assert control(snap, "我已关注").in_overlay and not control(snap, "我已关注").covered
    assert any(t.in_overlay and "关注公众号" in t.text for t in snap.texts)
    assert not any(t.in_overlay for t in snap.texts if "宫保鸡丁" in t.text)


def test_short_dwell_without_the_late_horizon_misses_the_delayed_overlay(harness, site):
    snap = harness.capture(site().url("/overlay.html?delay=2500"), replace(LOCAL, dwell_s=0.3, late_wall_s=0.0))[0]
    assert snap.overlays == ()


def test_short_dwell_still_sees_an_overlay_its_timer_announced(harness, site):
    snap = harness.capture(site().url("/overlay.html?delay=2500"), replace(LOCAL, dwell_s=0.3))[0]
    assert len(snap.overlays) == 1


def test_bottom_sheet_with_a_close_control_and_tap_outside(harness, site):
    server = site()
    url = server.url("/overlay.html?kind=sheet&delay=10")
    snap = harness.capture(url)[0]
    (sheet,) = snap.overlays
    assert sheet.closable and "登录后下单" in sheet.text and sheet.box.height == 320
    after = harness.capture(url, actions=[Action("tap_outside")])[1]
    assert after.action_error is None and after.overlays == () and "登录后下单" not in after.visible_text


def test_press_and_unknown_refs(harness, site):
    page = (
        "<title>search</title><input id=q><script>"
        "q.onkeydown = (e) => { if (e.key === 'Enter') document.title = 'entered ' + q.value }</script>"
    )
    server = site({"/search": lambda r: Reply(200, page)})
    first = harness.capture(server.url("/search"))[0]
    ref = first.fields[0].ref
    snaps = harness.capture(
        server.url("/search"),
        actions=[
            Action("fill", ref=ref, value="粤B12345"),
            Action("press", ref=ref, value="Enter"),
            Action("click", ref="r999"),
        ],
    )
    assert snaps[2].title == "entered 粤B12345"
    assert snaps[3].action_error == "no element 'r999' in the last snapshot" and snaps[3].error is None


def _qr_png(text: str) -> bytes:
    out = io.BytesIO()
    qrcode.make(text, box_size=6, border=4).save(out, format="PNG")
    return out.getvalue()


def test_qr_code_in_the_screenshot_is_decoded_with_its_box(harness, site):
    payload = "https://u.wechat.com/MFollowThisAccount"
    page = (
        '<meta name=viewport content="width=device-width"><title>关注</title><p>扫码关注</p>'
        '<img src="/qr.png" style="position:absolute;left:50px;top:300px;width:240px;height:240px">'
    )
    server = site(
        {"/qr": lambda r: Reply(200, page), "/qr.png": lambda r: Reply(200, _qr_png(payload), content_type="image/png")}
    )
    for options in (LOCAL, replace(LOCAL, full_page=True)):
        snap = harness.capture(server.url("/qr"), options)[0]
        assert [c.text for c in snap.page_codes] == [payload]
        box = snap.page_codes[0].box
        assert 50 <= box.x <= 80 and 300 <= box.y <= 330 and 180 <= box.width <= 240  # CSS px, inside the image
        assert snap.images[0].box.x == 50 and snap.images[0].src.endswith("/qr.png")


def test_unknown_action_kind_names_the_known_ones(harness, site):
    server = site()

    async def body(session):
        await session.goto(server.url("/landing.html"))
        with pytest.raises(QrauditError) as err:
            await session.act(Action("swipe"))
        return err.value.one_line()

    message = harness.session_run(body)
    assert "unknown action kind 'swipe'" in message and "tap_outside" in message


def _flashes(snap):
    return [(t.text, t.in_overlay) for t in snap.texts if t.transient]


def test_toasts_gone_before_the_step_settles_are_kept_as_transient_text(harness, site):
    server = site()
    first = harness.capture(server.url("/toast.html"))[0]
    snaps = harness.capture(
        server.url("/toast.html"),
        actions=[
            Action("click", ref=control(first, "去结算").ref),
            Action("click", ref=control(first, "领券").ref),
            Action("click", ref=control(first, "查看说明").ref),
        ],
    )
    ordered, faded, stayed = snaps[1:]
    assert _flashes(ordered) == [("请先关注公众号后再下单", True)]
    assert _flashes(faded) == [("优惠券已领完", True)]  # seen once the fade-in was far enough along
    assert _flashes(stayed) == []  # still on screen: an ordinary text block
    assert "停车满 15 分钟收费" in stayed.visible_text
    assert all(not t.text.startswith("剩余") for s in snaps for t in s.texts if t.transient)  # the clock is on screen


def test_a_toast_still_fading_in_when_removed_is_kept(harness, site):
    # CSS fades run in real time while page timers can be jumped or fire late: fading in counts as shown.
    server = site()
    first = harness.capture(server.url("/toast.html?still"))[0]
    slow = harness.capture(
        server.url("/toast.html?still"), actions=[Action("click", ref=control(first, "会员权益").ref)]
    )[1]
    assert slow.clock == "virtual"
    assert _flashes(slow) == [("关注后享会员价", True)]


def test_a_toast_does_not_make_a_new_state(harness, site):
    from qraudit.walk.fingerprint import fingerprint

    server = site()
    before = harness.capture(server.url("/toast.html"))[0]
    after = harness.capture(server.url("/toast.html"), actions=[Action("click", ref=control(before, "去结算").ref)])[1]
    assert _flashes(after) and fingerprint(after) == fingerprint(before)


def test_elements_with_tap_listeners_are_controls_named_by_text_or_close_icon(harness, site):
    snap = harness.capture(site().url("/taps.html"))[0]
    texts = {c.text: c for c in snap.controls}
    assert texts["立即缴费"].tag == "uni-view"  # addEventListener("click") on a custom element
    assert "大份" in texts  # jQuery delegated handler with a selector
    assert "去结算" in texts  # React props onClick
    assert "×" in texts  # icon-only close with a touch listener, named by its class
    assert not texts["确定"].enabled  # class "disabled" greys a custom control
    assert "没有监听的文字" not in texts


def test_a_timer_due_within_the_horizon_is_waited_for(harness, site):
    snap = harness.capture(site().url("/taps.html"))[0]
    assert "登录享会员价" in snap.visible_text  # scheduled 5 s after arrival, the dwell is 0.3 s


def test_a_stepper_count_is_a_quantity_and_its_css_plus_is_named(harness, site, vocab):
    snap = harness.capture(site().url("/stepper.html"))[0]
    kinds = {f.name or f.label: vocab.field_kind(f) for f in snap.fields}
    assert kinds == {"quantity": "quantity", "contact": "phone"}  # a tel input in van-stepper is no phone number
    assert "+" in {c.text for c in snap.controls}  # van-stepper__plus draws its sign in CSS


def test_taps_delegated_from_a_list_and_a_mask_without_z_index(harness, site):
    snap = harness.capture(site().url("/delegated.html"))[0]
    texts = [c.text for c in snap.controls]
    assert texts.count("+") == 2  # the list's round + buttons, though only the list listens
    assert any("青瓷茶杯" in t for t in texts)  # and its items, as product cards
    assert len(snap.overlays) == 1  # a fixed translucent dark mask is over the page without a z-index
    assert control(snap, "标准").in_overlay
    assert texts.count("标准") == 1  # the row around the chip is not a second control


def test_untick_a_box_a_ui_kit_hides_inside_its_label(harness, site):
    """Element UI's way: the native box has no size and no opacity; the label around it draws the box."""
    page = (
        "<title>缴费</title><style>.box{position:absolute;opacity:0;width:0;height:0;margin:0}"
        ".face{display:inline-block;width:14px;height:14px;border:1px solid #999}</style>"
        "<label class=kit><span><input class=box type=checkbox id=sms checked><span class=face></span></span>"
        "<span>同意接收营销短信</span></label>"
    )
    server = site({"/pay": lambda r: Reply(200, page)})

    async def body(session):
        first = await session.goto(server.url("/pay"))
        (box,) = first.checkboxes
        after = await session.act(Action("untick", ref=box.ref))
        return box, after, await session.page.evaluate("document.getElementById('sms').checked")

    box, after, still_checked = harness.session_run(body)
    assert box.checked and "营销短信" in box.label
    assert after.action_error is None and not still_checked
    assert after.wall_s < ACT_TIMEOUT_MS / 1000  # the hidden box is never waited for until the timeout
