from qraudit.rules.phrases import compile_phrases, normalize, phrase_error


def test_normalize_folds_full_width_and_cjk_spacing():
    assert normalize("支 付  １０元") == "支付 10元"
    assert normalize("Ｐａｙ\nnow") == "Pay now"


def test_latin_phrases_match_whole_words_only():
    pay = compile_phrases(["Pay", "Next"])
    assert pay.search("Pay now")
    assert pay.search("tap NEXT")
    assert pay.search("PayPal") is None
    assert pay.search("Nextday delivery") is None


def test_chinese_phrases_match_anywhere():
    assert compile_phrases(["关注"]).search("请先关注公众号")


def test_regex_phrases_and_their_errors():
    cancel = compile_phrases(["re:^取消$"])
    assert cancel.search("取消")
    assert cancel.search("取消订单") is None
    assert phrase_error("re:(unclosed") is not None
    assert phrase_error("   ") == "empty phrase"
    assert phrase_error("关注") is None


def test_empty_list_never_matches():
    assert not compile_phrases([])
    assert compile_phrases([]).search("anything") is None
