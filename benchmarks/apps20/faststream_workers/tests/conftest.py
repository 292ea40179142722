from __future__ import annotations

from types import SimpleNamespace
from unittest.mock import AsyncMock, MagicMock

import pytest


class FakeCompletions:
    def __init__(self, content: str = '{"category": "order", "confidence": 0.9}') -> None:
        self.content = content
        self.calls: list[dict] = []

    async def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            model=kwargs.get("model"),
            choices=[SimpleNamespace(message=SimpleNamespace(content=self.content))],
            usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
        )


class FakeOpenAI:
    def __init__(self, content: str | None = None) -> None:
        self.chat = SimpleNamespace(completions=FakeCompletions(content) if content else FakeCompletions())
        self.moderations = SimpleNamespace(create=AsyncMock())


@pytest.fixture
def fake_openai() -> FakeOpenAI:
    return FakeOpenAI()


@pytest.fixture
def fake_anthropic() -> MagicMock:
    client = MagicMock()
    client.messages.create = AsyncMock(
        return_value=SimpleNamespace(
            content=[SimpleNamespace(text="all good")],
            usage=SimpleNamespace(input_tokens=12, output_tokens=3),
        )
    )
    return client


@pytest.fixture
def fake_voyage() -> MagicMock:
    vo = MagicMock()
    vo.embed = AsyncMock(return_value=SimpleNamespace(embeddings=[[0.1, 0.2]], total_tokens=4))
    return vo
