import pytest

from mkdocs_ai_docs.cache import ResponseCache
from mkdocs_ai_docs.providers import clients
from mkdocs_ai_docs.services.llm_usage_tracker import llm_tracker
from mkdocs_ai_docs.services.multi_model_service import multi_model_service
from tests.fakes import FakeBackend


@pytest.fixture
def cache(tmp_path):
    return ResponseCache(tmp_path / "cache")


@pytest.fixture
def fake_backend():
    backend = FakeBackend()
    multi_model_service.configure(backend)
    yield backend
    llm_tracker.reset()


@pytest.fixture(autouse=True)
def _no_real_clients(monkeypatch):
    def boom(*a, **k):
        raise AssertionError("tests must not build real SDK clients")

    for name in ("get_openai_client", "get_anthropic_client", "get_genai_client", "get_cohere_client"):
        monkeypatch.setattr(clients, name, boom)
    yield
