import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(__file__))
sys.path.insert(0, os.path.join(ROOT, "src"))
sys.path.insert(0, ROOT)

from tests.fakes import FakeAnthropic, FakeCohere, FakeGenaiClient, FakeVoyage  # noqa: E402


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("GOOGLE_CLOUD_PROJECT", "test-project")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("VOYAGE_API_KEY", "pa-test")
    monkeypatch.setenv("COHERE_API_KEY", "co-test")
    from llm_batch.config import load_settings

    load_settings.cache_clear()


@pytest.fixture
def fake_genai(monkeypatch):
    fake = FakeGenaiClient()
    import llm_batch.gemini_batch as gb

    monkeypatch.setattr(gb, "get_genai_client", lambda *a, **k: fake)
    return fake


@pytest.fixture
def fake_claude():
    return FakeAnthropic()


@pytest.fixture
def fake_voyage(monkeypatch):
    fake = FakeVoyage()
    from llm_batch import clients

    monkeypatch.setattr(clients, "get_voyage", lambda: fake)
    return fake


@pytest.fixture
def fake_cohere():
    return FakeCohere()
