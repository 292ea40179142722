from __future__ import annotations

import os

import pytest

os.environ.setdefault("CUSTOPS_DATABASE_URL", "sqlite:///:memory:")

from langgraph.checkpoint.memory import InMemorySaver  # noqa: E402

from app.graphs.state import AgentContext  # noqa: E402
from tests.fakes import FakeAnthropic, FakeCerebras, FakeCohere, FakeOpenAI  # noqa: E402


@pytest.fixture
def fake_openai():
    return FakeOpenAI()


@pytest.fixture
def fake_anthropic():
    return FakeAnthropic()


@pytest.fixture
def agent_context(fake_anthropic):
    return AgentContext(
        tenant_id="test",
        anthropic=fake_anthropic,
        cohere=FakeCohere(),
        cerebras=FakeCerebras(),
        policy_docs=["Refunds are allowed within 30 days of delivery."],
    )


@pytest.fixture
def saver():
    return InMemorySaver()
