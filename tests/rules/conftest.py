import pytest


@pytest.fixture(scope="session")
def builtin(ruleset):
    """The built-in rule set, by the name the rule tests use (`ruleset` and `vocab` are in tests/conftest.py)."""
    return ruleset
