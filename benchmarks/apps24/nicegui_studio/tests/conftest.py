from __future__ import annotations

import pytest

from studio.services.container import services
from studio.services.llm_usage_tracker import llm_tracker
from tests.fakes import FakeAnthropic, FakeOpenAICompatible


@pytest.fixture(autouse=True)
def _clean_tracker():
    llm_tracker.history.clear()
    yield
    llm_tracker.history.clear()


@pytest.fixture
def fake_services(monkeypatch):
    monkeypatch.setattr(services, "openai", FakeOpenAICompatible("openai reply"))
    monkeypatch.setattr(services, "groq", FakeOpenAICompatible("Headline one\nHeadline two\n3. Headline three"))
    monkeypatch.setattr(services, "deepseek", FakeOpenAICompatible('{"title": "T", "meta_description": "M", "keywords": ["a"]}'))
    monkeypatch.setattr(services, "anthropic", FakeAnthropic("claude reply"))
    return services
