import pytest

from qraudit.rules import load_ruleset


@pytest.fixture(scope="session")
def builtin():
    return load_ruleset()


@pytest.fixture(scope="session")
def vocab(builtin):
    return builtin.vocabulary
