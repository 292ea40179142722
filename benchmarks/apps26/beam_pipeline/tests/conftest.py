import os

import pytest

from newsenrich.clients import pool
from newsenrich.schema import Article

os.environ.setdefault("OPENAI_API_KEY", "sk-test")
os.environ.setdefault("ANTHROPIC_API_KEY", "sk-ant-test")
os.environ.setdefault("CO_API_KEY", "co-test")


@pytest.fixture(autouse=True)
def _reset_pool():
    pool.reset_for_tests()
    yield
    pool.reset_for_tests()


@pytest.fixture
def article():
    return Article.create(
        source="reuters",
        url="https://example.com/a/1",
        title="Central bank holds rates steady",
        body="The central bank left its benchmark rate unchanged on Wednesday. " * 10,
    )


@pytest.fixture
def foreign_article():
    return Article.create(
        source="lemonde",
        url="https://example.fr/a/2",
        title="La banque centrale maintient ses taux",
        body="La banque centrale a laissé son taux directeur inchangé mercredi. " * 10,
        language="fr",
    )
