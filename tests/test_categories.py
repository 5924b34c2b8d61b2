"""One category table: the rules' schema, the verdict, the report and the campaign summary all name the same ones."""

from __future__ import annotations

from qraudit.models.categories import CATEGORIES, CATEGORY_TABLE, WALL_CATEGORIES
from qraudit.report.i18n import CATEGORY, DEMAND, EXPLAIN
from qraudit.rules import CATEGORIES as RULE_CATEGORIES
from qraudit.rules import load_ruleset
from qraudit.rules.schema import rule_schema


def test_every_reader_has_exactly_the_table_categories():
    assert RULE_CATEGORIES == CATEGORIES == tuple(CATEGORY_TABLE)
    assert set(CATEGORY) == set(DEMAND) == set(EXPLAIN) == set(CATEGORIES)
    assert rule_schema()["properties"]["category"]["enum"] == list(CATEGORIES)
    assert set(WALL_CATEGORIES) <= set(CATEGORIES)


def test_every_category_is_used_by_a_built_in_rule():
    """A category no rule can have would show as a row that is always 0 (the campaign summary's old "consent")."""
    assert {rule.category for rule in load_ruleset().rules} == set(CATEGORIES)


def test_every_verdict_has_one_name_in_the_ranking_order():
    from qraudit.campaign.facts import VERDICT_ORDER
    from qraudit.models.kinds import VERDICTS
    from qraudit.report.i18n import VERDICT_NAMES

    assert tuple(VERDICT_NAMES) == VERDICTS == tuple(sorted(VERDICT_ORDER, key=VERDICT_ORDER.get))
    assert VERDICTS[0] == "violation" and VERDICTS[-1] == "compliant"  # worst first
