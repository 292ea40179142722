import pytest

from nbcopilot import clients
from nbcopilot.providers import clear_provider_cache
from tests.fakes import FakeAnthropic, FakeOpenAI


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-test")
    clients.reset_clients()
    clear_provider_cache()
    yield
    clients.reset_clients()
    clear_provider_cache()


@pytest.fixture
def fake_openai(monkeypatch):
    fake = FakeOpenAI("fake answer")
    monkeypatch.setattr(clients, "get_openai_client", lambda: fake)
    monkeypatch.setattr("nbcopilot.providers.openai_provider.get_openai_client", lambda: fake)
    monkeypatch.setattr("nbcopilot.magics.get_openai_client", lambda: fake)
    return fake


@pytest.fixture
def fake_anthropic(monkeypatch):
    fake = FakeAnthropic("fake claude")
    monkeypatch.setattr("nbcopilot.providers.anthropic_provider.get_anthropic_client", lambda: fake)
    monkeypatch.setattr("nbcopilot.magics.get_anthropic_client", lambda: fake)
    return fake


@pytest.fixture
def ip():
    from IPython.testing.globalipapp import get_ipython

    shell = get_ipython()
    return shell
