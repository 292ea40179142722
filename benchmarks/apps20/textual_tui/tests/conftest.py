from __future__ import annotations

from types import SimpleNamespace
from unittest.mock import AsyncMock, MagicMock

import pytest

from termpal.config import Settings


def make_chat_completion(text: str = "hello", prompt_tokens: int = 3, completion_tokens: int = 2):
    return SimpleNamespace(
        model="gpt-4o-mini",
        choices=[SimpleNamespace(message=SimpleNamespace(content=text))],
        usage=SimpleNamespace(prompt_tokens=prompt_tokens, completion_tokens=completion_tokens),
    )


class FakeMessages:
    def __init__(self, text: str = "hi from claude") -> None:
        self.text = text
        self.calls: list[dict] = []

    async def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            model=kwargs["model"],
            content=[SimpleNamespace(type="text", text=self.text)],
            usage=SimpleNamespace(input_tokens=5, output_tokens=4),
        )


class FakeAnthropic:
    def __init__(self) -> None:
        self.messages = FakeMessages()


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(openai_api_key="sk-test", anthropic_api_key="sk-ant-test", history_db=tmp_path / "h.db")


@pytest.fixture
def fake_openai():
    client = MagicMock()
    client.chat.completions.create = AsyncMock(return_value=make_chat_completion())
    client.embeddings.create = AsyncMock(
        return_value=SimpleNamespace(data=[SimpleNamespace(embedding=[0.1, 0.2])])
    )
    return client


@pytest.fixture
def fake_anthropic() -> FakeAnthropic:
    return FakeAnthropic()
