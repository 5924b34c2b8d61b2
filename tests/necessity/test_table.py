"""vocab/necessity.yaml: every row cites a dated source, every id names something, mistakes point at file:line."""

import pytest

from qraudit.errors import RuleError
from qraudit.rules import load_ruleset

SERVICES = {"parking", "dine_in", "pay_merchant", "takeaway", "online_shop", "charging", "vending", "other"}


def test_the_builtin_table_names_every_service_and_dates_every_source(vocab):
    table = vocab.necessity
    assert set(table.services) == SERVICES
    for source in table.sources.values():
        assert source.version.strip() and source.source.strip(), source.id
    for row in table.rows.values():
        assert row.necessary and all(n.text and n.items for n in row.necessary), row.id
        assert row.citation.startswith(row.source.title.zh)


def test_the_rows_say_what_the_published_tables_say(vocab):
    rows = vocab.necessity.rows
    takeaway = rows["cac-2021-5-7"]
    assert takeaway.ref == "第五条（七）餐饮外卖类" and takeaway.function == "餐饮购买及外送"
    assert [n.text for n in takeaway.necessary] == [
        "注册用户移动电话号码",
        "收货人姓名（名称）、地址、联系电话",
        "支付时间、支付金额、支付渠道等支付信息",
    ]
    assert rows["cac-2021-5-6"].function == "购买商品"
    # The Shanghai car-park guideline: type the plate and pay, nothing personal.
    parking = rows["sh-parking"]
    assert {i for n in parking.necessary for i in n.items} == {"plate", "payment"}
    assert "输入车牌号、点击缴费" in parking.necessary[0].text


def _user_table(tmp_path, text):
    (tmp_path / "vocab").mkdir(exist_ok=True)
    (tmp_path / "vocab" / "necessity.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def test_a_service_naming_a_missing_row_is_an_error_with_its_line(tmp_path):
    folder = _user_table(tmp_path, "services:\n  parking:\n    name: {zh: 停车, en: parking}\n    row: no-such-row\n")
    with pytest.raises(RuleError) as err:
        load_ruleset([folder])
    assert "row 'no-such-row' is not defined" in err.value.one_line()
    assert "necessity.yaml:4" in err.value.one_line()


def test_a_row_naming_an_unknown_item_or_a_source_without_a_date_is_refused(tmp_path):
    folder = _user_table(
        tmp_path,
        "rows:\n  mine:\n    source: pipl\n    ref: 第六条\n    function: x\n"
        "    necessary:\n      - {text: 车架号, items: [vin]}\n",
    )
    with pytest.raises(RuleError) as err:
        load_ruleset([folder])
    assert "necessity.yaml:7: item 'vin' is not defined" in err.value.one_line()
    folder = _user_table(tmp_path, "sources:\n  mine:\n    title: {zh: 某指引, en: a guideline}\n    source: 某处\n")
    with pytest.raises(RuleError) as err:
        load_ruleset([folder])
    assert "necessity.yaml:2: source 'mine' has no version" in err.value.one_line()


def test_a_user_folder_can_add_a_service_word(tmp_path):
    folder = _user_table(tmp_path, "services:\n  parking:\n    words: [停车收费亭]\n")
    table = load_ruleset([folder]).vocabulary.necessity
    assert "停车收费亭" in table.services["parking"].words and "车牌" in table.services["parking"].words


def test_the_published_schema_is_the_one_the_loader_uses():
    import json
    from pathlib import Path

    from qraudit.rules.schema import NECESSITY_FILE

    published = json.loads(
        (Path(__file__).parents[2] / "schemas" / "necessity.schema.json").read_text(encoding="utf-8")
    )
    assert {
        k: v for k, v in published.items() if not k.startswith("$") and k not in ("title", "description")
    } == NECESSITY_FILE
