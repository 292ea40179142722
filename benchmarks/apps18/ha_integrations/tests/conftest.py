"""Shared fixtures and fakes."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any
from unittest.mock import AsyncMock, MagicMock

import pytest

pytest_plugins = "pytest_homeassistant_custom_component"


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations(enable_custom_integrations):
    yield


class FakeMistralChat:
    def __init__(self, reply: str) -> None:
        self.reply = reply
        self.calls: list[dict[str, Any]] = []

    async def complete_async(self, **kwargs: Any) -> Any:
        self.calls.append(kwargs)
        return SimpleNamespace(
            choices=[SimpleNamespace(message=SimpleNamespace(content=self.reply, tool_calls=None))],
            usage=SimpleNamespace(prompt_tokens=42, completion_tokens=7),
        )


class FakeMistral:
    """Just enough of mistralai.Mistral for the summarizer and coordinator."""

    def __init__(self, reply: str = "All quiet.") -> None:
        self.chat = FakeMistralChat(reply)
        self.embeddings = MagicMock()
        self.embeddings.create_async = AsyncMock(
            side_effect=lambda model, inputs: SimpleNamespace(
                data=[SimpleNamespace(embedding=[float(len(t)), 1.0]) for t in inputs]
            )
        )


@pytest.fixture
def fake_mistral() -> FakeMistral:
    return FakeMistral()


@pytest.fixture
def mock_anthropic_client() -> MagicMock:
    client = MagicMock()
    client.messages.create = AsyncMock(
        return_value=SimpleNamespace(
            content=[SimpleNamespace(type="text", text="A person at the door.")],
            usage=SimpleNamespace(input_tokens=1200, output_tokens=9),
        )
    )
    return client


@pytest.fixture
def mock_openai_client() -> MagicMock:
    client = MagicMock()
    client.chat.completions.create = AsyncMock(
        return_value=SimpleNamespace(
            choices=[SimpleNamespace(message=SimpleNamespace(content="A cat on the porch."))],
            usage=SimpleNamespace(prompt_tokens=800, completion_tokens=6),
        )
    )
    client.models.list = AsyncMock(return_value=[])
    return client
