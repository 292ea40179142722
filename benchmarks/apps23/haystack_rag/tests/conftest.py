import pytest

from ragsvc import clients
from tests.fakes import FakeCohereClient, FakeMistralClient, FakeVoyageClient


@pytest.fixture(autouse=True)
def _no_real_clients(monkeypatch):
    """Make sure nothing in the test run can build a real provider client."""
    clients.reset_clients()
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("COHERE_API_KEY", "test")
    monkeypatch.setenv("RAGSVC_MODERATION", "0")
    yield
    clients.reset_clients()


@pytest.fixture
def fake_cohere():
    return FakeCohereClient()


@pytest.fixture
def fake_voyage():
    return FakeVoyageClient()


@pytest.fixture
def fake_mistral():
    return FakeMistralClient()
