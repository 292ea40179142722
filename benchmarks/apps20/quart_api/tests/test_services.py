from __future__ import annotations

from unittest.mock import AsyncMock, MagicMock, patch

import pytest

from deskpilot.services import translation
from deskpilot.services.embeddings import EmbeddingService
from deskpilot.services.summarizer import Summarizer
from deskpilot.utils.pricing import estimate_cost

from .fakes import FakeAnthropic, FakeCohere, FakeOpenAI


@pytest.mark.asyncio
async def test_summarizer_builds_transcript():
    fake = FakeAnthropic("- customer wants refund")
    s = Summarizer(fake, model="claude-test")
    result = await s.summarize_thread([{"author": "alice", "body": "refund pls"}])
    assert "refund" in result.text
    assert "alice: refund pls" in fake.messages.calls[0]["messages"][0]["content"]


@pytest.mark.asyncio
async def test_embedding_backends():
    svc = EmbeddingService(FakeOpenAI(), FakeCohere())
    assert await svc.embed(["a"], backend="openai") == [[0.1, 0.2]]
    assert await svc.embed(["a"]) == [[0.3, 0.4]]


@pytest.mark.asyncio
async def test_with_magicmock_client():
    client = MagicMock()
    client.messages.create = AsyncMock(return_value=MagicMock(content=[], usage=MagicMock(input_tokens=1, output_tokens=1)))
    s = Summarizer(client, model="m")
    await s.summarize_thread([])
    client.messages.create.assert_awaited_once()


def test_cost():
    assert estimate_cost("gpt-4o-mini", 1_000_000, 0) == pytest.approx(0.15)


@pytest.mark.asyncio
async def test_translate_uses_deepseek_client():
    fake = FakeOpenAI("Hello")
    with patch.object(translation, "get_deepseek_client", return_value=fake):
        out = await translation.translate("Hola", "English")
    assert out == "Hello"
    assert fake.chat.completions.calls[0]["model"] == "deepseek-chat"
