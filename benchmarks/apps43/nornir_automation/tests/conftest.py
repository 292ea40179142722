import pytest

from fakes import FakeBundle, FakeHost, FakeTask


@pytest.fixture
def bundle():
    return FakeBundle()


@pytest.fixture
def host(bundle):
    return FakeHost("lon1-core1", platform="ios", llm=bundle, llm_provider="openai")


@pytest.fixture
def task(host):
    return FakeTask(host)


@pytest.fixture(autouse=True)
def _no_real_keys(monkeypatch):
    for var in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "MISTRAL_API_KEY", "WATSONX_APIKEY"):
        monkeypatch.delenv(var, raising=False)
