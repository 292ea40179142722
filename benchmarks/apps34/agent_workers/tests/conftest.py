from __future__ import annotations

import pytest

from agent_workers.config import Settings
from agent_workers.services.llm_usage_tracker import LLMUsageTracker
from agent_workers.toolbox import Toolbox
from tests.fakes import FakeAnthropic, FakeOpenAI, FakeTogether


@pytest.fixture
def settings() -> Settings:
    return Settings(_env_file=None, redis_url="redis://localhost:6379/15")


@pytest.fixture
def toolbox(settings: Settings) -> Toolbox:
    return Toolbox(
        settings=settings,
        openai=FakeOpenAI(),
        anthropic=FakeAnthropic(),
        genai=object(),
        together=FakeTogether('{"findings": [{"file": "a.py", "line": 3, "severity": "high", "note": "bug"}]}'),
        xai=FakeOpenAI(),
        tracker=LLMUsageTracker(),
    )
