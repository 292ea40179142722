from __future__ import annotations

import os
from types import SimpleNamespace
from unittest.mock import AsyncMock, MagicMock

import pytest

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
os.environ.setdefault("APP_ENV", "dev")


def chat_response(content: str, prompt_tokens: int = 10, completion_tokens: int = 5):
    """Shape of an OpenAI/Groq chat completion, enough for our code."""
    return SimpleNamespace(
        model="fake-model",
        choices=[SimpleNamespace(message=SimpleNamespace(content=content),
                                 delta=SimpleNamespace(content=content))],
        usage=SimpleNamespace(prompt_tokens=prompt_tokens, completion_tokens=completion_tokens),
    )


class FakeChatCompletions:
    def __init__(self, replies: list[str]) -> None:
        self.replies = list(replies)
        self.calls: list[dict] = []

    async def create(self, **kwargs):
        self.calls.append(kwargs)
        return chat_response(self.replies.pop(0) if self.replies else "")


class FakeOpenAILike:
    """Stands in for AsyncOpenAI / AsyncGroq in unit tests."""

    def __init__(self, replies: list[str] | None = None) -> None:
        self.chat = SimpleNamespace(completions=FakeChatCompletions(replies or []))
        self.moderations = SimpleNamespace(create=AsyncMock())
        self.embeddings = SimpleNamespace(create=AsyncMock())


class FakeStore:
    def __init__(self, history=None) -> None:
        self._history = history or []
        self.summaries: dict[str, str] = {}
        self.appended = []
        self.triage: dict[str, tuple[str, str]] = {}

    async def history(self, conversation_id, limit=50):
        return self._history[-limit:]

    async def set_summary(self, conversation_id, summary):
        self.summaries[conversation_id] = summary

    async def append(self, msg):
        self.appended.append(msg)

    async def set_triage(self, conversation_id, category, priority):
        self.triage[conversation_id] = (category, priority)

    async def open_conversation(self, customer_id, channel="web"):
        return "conv-1"


@pytest.fixture
def fake_groq():
    return FakeOpenAILike(['{"category": "billing", "priority": "high", "language": "de"}'])


@pytest.fixture
def fake_store():
    return FakeStore([
        {"role": "user", "content": "I was charged twice"},
        {"role": "assistant", "content": "Sorry about that, checking now."},
    ])


@pytest.fixture
def fake_anthropic():
    client = MagicMock()
    client.messages.create = AsyncMock(return_value=SimpleNamespace(
        model="claude-test",
        content=[SimpleNamespace(type="text", text="- double charge\n- customer upset")],
        usage=SimpleNamespace(input_tokens=120, output_tokens=14),
    ))
    return client
