"""Rules: YAML rule files, the matcher engine and the vocabulary the walker shares.

from qraudit.rules import load_ruleset, EvalContext
ruleset = load_ruleset([Path("my-rules")], disabled={"pd-email"})
matches = ruleset.evaluate(snapshot, EvalContext(payload_kind="url"))
"""

from qraudit.models.categories import CATEGORIES
from qraudit.models.kinds import SEVERITIES
from qraudit.rules.context import EvalContext, Hit
from qraudit.rules.loader import builtin_rules_dir, load_ruleset
from qraudit.rules.matchers import MATCHERS
from qraudit.rules.model import Example, Rule
from qraudit.rules.ruleset import RuleSet
from qraudit.rules.vocab import Vocabulary

__all__ = [
    "CATEGORIES",
    "MATCHERS",
    "SEVERITIES",
    "EvalContext",
    "Example",
    "Hit",
    "Rule",
    "RuleSet",
    "Vocabulary",
    "builtin_rules_dir",
    "load_ruleset",
]
