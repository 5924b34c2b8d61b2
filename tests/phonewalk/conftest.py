"""Phone walks recorded once per test session from pages/, as a recording and as a screenshot series."""

from __future__ import annotations

import pytest

from tests.phonewalk.recorder import record

# kind -> (screens in the order the person saw them, verdict, mandatory walls, payment reached)
WALKS = {
    "mandatory-follow": (["bill", "follow-wall"], "violation", ["follow"], False),
    "optional-follow-then-paid": (["bill", "follow-optional", "bill", "cashier"], "compliant", [], True),
    "login-wall": (["bill", "login"], "violation", ["login"], False),
    "personal-data-form": (["pd-form"], "violation", ["personal_data"], False),
    "cashier-reached": (["bill", "cashier"], "compliant", [], True),
    "no-checkout": (["notice"], "inconclusive", [], False),
    # a buy answered only by a toast, then the same page again: the walk stopped there
    "toast-only-login": (["goods", "goods-toast", "goods"], "violation", ["login"], False),
    # a mini-program's profile sheet refused (拒绝), then the wallet's sheet with a plain 支付 button paid
    "profile-sheet-refused-then-paid": (["bill", "mp-profile-sheet", "bill", "cashier-plain"], "compliant", [], True),
    # the scan opens the account's profile page (关注公众号, 发消息) and the walk ends there
    "account-profile-end": (["bill", "account-profile"], "violation", ["follow"], False),
}


@pytest.fixture(scope="session")
def phone_walks(tmp_path_factory):
    root = tmp_path_factory.mktemp("phone-walks")
    return {kind: record(screens, root / kind, title="城东停车") for kind, (screens, *_) in WALKS.items()}
