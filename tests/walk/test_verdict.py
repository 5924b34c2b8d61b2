"""Mandatory or optional: decide() on walks built by hand."""

from qraudit.models import Payment, RuleMatch, Snapshot
from qraudit.walk.verdict import decide
from qraudit.walk.walker import WalkResult


def walk(steps: int, matches, end: str, payment_step: int | None = None, stuck=()) -> WalkResult:
    # Steps count from 1, as in a real walk; `stuck` and match steps are step numbers.
    snaps = [Snapshot(step=i, url=f"https://p.example.cn/{i}", title="") for i in range(1, steps + 1)]
    payment = Payment("bridge:getBrandWCPayRequest", payment_step) if payment_step is not None else None
    return WalkResult(
        snapshots=snaps,
        actions=[None] * steps,
        matches=list(matches),
        payment=payment,
        end_reason=end,
        stuck_steps=list(stuck),
        step_states=[f"s{i}" for i in range(steps)],
    )


def follow(step: int) -> RuleMatch:
    return RuleMatch("follow-before-pay", "follow", "high", step)


def test_wall_refused_on_the_way_to_payment_is_optional(ruleset):
    d = decide(walk(3, [follow(1)], "payment", payment_step=2), ruleset.by_id)
    assert d.verdict == "compliant"
    assert [(w.category, w.mandatory) for w in d.walls] == [("follow", False)]


def test_wall_at_the_dead_end_is_mandatory(ruleset):
    d = decide(walk(3, [follow(2)], "dead-end", stuck=[2]), ruleset.by_id)
    assert d.verdict == "violation"
    assert [(w.category, w.mandatory) for w in d.walls] == [("follow", True)]


def test_wall_that_came_back_at_a_stuck_step_is_mandatory(ruleset):
    # Refused at step 1, the server said no at step 3 and the wall came back; the walk then backtracked.
    d = decide(walk(5, [follow(1), follow(3)], "dead-end", stuck=[3]), ruleset.by_id)
    assert d.verdict == "violation"


def test_follow_prompt_after_payment_is_no_wall(ruleset):
    d = decide(walk(4, [follow(3)], "payment", payment_step=2), ruleset.by_id)
    assert d.verdict == "compliant" and d.walls == ()


def test_budget_out_without_a_wall_is_inconclusive(ruleset):
    d = decide(walk(3, [], "max-steps"), ruleset.by_id)
    assert d.verdict == "inconclusive" and d.walls == ()


def test_parking_tip_about_after_payment_is_not_payment_done(vocab):
    done = vocab.phrases["payment_done"]
    assert not done.search("缴费成功后请于15分钟内离场")
    assert not done.search("支付成功后道闸自动抬杆")
    assert done.search("缴费成功，请于15分钟内离场")
    assert done.search("支付成功")
    assert done.search("订单已支付")


def test_refusal_that_led_straight_into_the_dead_end_makes_the_wall_mandatory(ruleset):
    # Declined profile OAuth at step 2: the page came back with nothing to do.
    oauth = RuleMatch("oauth-wechat-userinfo", "login", "high", 2)
    d = decide(walk(4, [oauth], "dead-end", stuck=[3]), ruleset.by_id)
    assert d.verdict == "violation" and [(w.category, w.mandatory) for w in d.walls] == [("login", True)]


def test_wall_refused_long_before_an_unrelated_dead_end_is_not_blamed_for_it(ruleset):
    # An optional pop-up closed at step 1; the walk went on and the pay button was broken at step 5.
    d = decide(walk(6, [follow(1)], "dead-end", stuck=[5]), ruleset.by_id)
    assert d.verdict == "inconclusive" and d.reason == "no way to pay found"
    assert [(w.category, w.mandatory) for w in d.walls] == [("follow", False)]
    assert "payment was not reached" in d.walls[0].summary.en  # never "payment works" when it did not


def test_wall_on_the_last_step_of_a_dead_end_is_mandatory(ruleset):
    # The order API sent the visitor to a phone + SMS login page, where nothing but complying goes on.
    login = RuleMatch("login-phone-sms", "login", "high", 4)
    d = decide(walk(4, [login], "dead-end", stuck=[3, 2, 1]), ruleset.by_id)
    assert d.verdict == "violation" and [(w.category, w.mandatory, w.step) for w in d.walls] == [("login", True, 4)]
