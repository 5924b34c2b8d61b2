import pytest

from qraudit.rules import load_ruleset


@pytest.fixture(scope="session")
def ruleset():
    return load_ruleset()


@pytest.fixture(scope="session")
def vocab(ruleset):
    return ruleset.vocabulary
