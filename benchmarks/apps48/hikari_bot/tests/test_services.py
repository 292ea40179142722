from __future__ import annotations

from unittest.mock import AsyncMock, MagicMock

import pytest

from bot.llm.providers import OpenAIProvider
from bot.llm.registry import ProviderRegistry
from bot.services.knowledge import Entry, KnowledgeBase
from bot.services.multi_model_service import MultiModelService, TaskComplexity


@pytest.mark.asyncio
async def test_multi_model_service_tracks(fake_openai, monkeypatch):
    recorded = []

    class _Tracker:
        def track_llm_call(self, **kw):
            import contextlib

            @contextlib.asynccontextmanager
            async def cm():
                log = MagicMock()
                yield log
                recorded.append((kw, log.input_tokens, log.output_tokens))

            return cm()

    monkeypatch.setattr("bot.services.multi_model_service.llm_tracker", _Tracker())
    reg = ProviderRegistry()
    reg.register(OpenAIProvider(fake_openai, "gpt-4o-mini"))
    svc = MultiModelService()
    svc.bind(reg)
    result = await svc.generate_response("hello", task_type="chat", complexity=TaskComplexity.STANDARD)
    assert result.text == "fake answer"
    assert recorded[0][1] == 11


@pytest.mark.asyncio
async def test_knowledge_search_reranks(fake_cohere):
    kb = KnowledgeBase(fake_cohere, model="embed-test")
    kb.entries = [Entry("1", "Roles", "how to get roles", vector=[1.0, 1.0, 0.5]), Entry("2", "Rules", "be nice", vector=[9.0, 1.0, 0.5])]
    hits = await kb.search("roles?", k=1)
    assert len(hits) == 1
    assert fake_cohere.embed_calls[0]["input_type"] == "search_query"


@pytest.mark.asyncio
async def test_openai_client_mock_streaming():
    client = MagicMock()
    client.chat.completions.create = AsyncMock(return_value=MagicMock(choices=[], model="m", usage=None))
    provider = OpenAIProvider(client, "m")
    await client.chat.completions.create(model="m", messages=[])
    client.chat.completions.create.assert_awaited_once()
    assert provider.model == "m"
