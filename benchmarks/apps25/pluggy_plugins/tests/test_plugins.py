from __future__ import annotations

import json
from types import SimpleNamespace
from unittest.mock import AsyncMock, MagicMock, patch

import pytest

from docflow.plugins import anthropic_plugin, gateway_plugin, mistral_plugin, voyage_plugin
from docflow.plugins.mistral_plugin import MistralConfig, MistralPlugin


@pytest.fixture
def fake_claude():
    client = MagicMock()
    client.messages.count_tokens.return_value = SimpleNamespace(input_tokens=1000)
    client.messages.create.return_value = SimpleNamespace(
        model="claude-test",
        content=[SimpleNamespace(type="text", text="claude summary")],
        usage=SimpleNamespace(input_tokens=10, output_tokens=5),
    )
    with patch.object(anthropic_plugin, "_get_client", return_value=client):
        yield client


def test_anthropic_summarize(engine, document, fake_claude):
    engine.settings.summary_plugin = "anthropic_plugin"
    summary = anthropic_plugin.summarize(engine=engine, document=document, max_words=80)
    assert summary.text == "claude summary"
    kwargs = fake_claude.messages.create.call_args.kwargs
    assert "80 words" in kwargs["system"]


def test_mistral_classify_rejects_unknown_label(engine, document):
    with patch.object(mistral_plugin, "Mistral") as mistral_cls:
        plugin = MistralPlugin(MistralConfig(api_key="x"))
    plugin.client.chat.complete.return_value = SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content=json.dumps({"label": "poem", "confidence": 0.9})))]
    )
    assert plugin.classify(engine=engine, document=document, labels=["contract"]) is None
    mistral_cls.assert_called_once()


def test_voyage_rerank(engine):
    vo = MagicMock()
    vo.rerank.return_value = SimpleNamespace(results=[SimpleNamespace(index=1, relevance_score=0.9)])
    with patch.object(voyage_plugin, "get_voyage_client", return_value=vo):
        ranked = voyage_plugin.rerank(engine=engine, query="q", candidates=["a", "b"], top_k=1)
    assert ranked == [(1, 0.9)]


async def test_gateway_classify_is_tracked(engine, document):
    engine.anthropic.messages.create = AsyncMock(
        return_value=SimpleNamespace(
            content=[SimpleNamespace(text='{"label": "contract", "confidence": 0.7}')],
            usage=SimpleNamespace(input_tokens=20, output_tokens=4),
        )
    )
    sink: list = []
    with patch.object(gateway_plugin.llm_tracker, "_sink", sink):
        result = await gateway_plugin._classify_tracked(engine, document, ["contract", "invoice"])
    assert result.label == "contract"
    assert sink and sink[0].input_tokens == 20


def test_gateway_summarize_uses_multi_model_service(engine, document):
    fake = AsyncMock(return_value="gateway summary")
    engine.settings.summary_plugin = None
    with patch.object(gateway_plugin.multi_model_service, "generate_response", fake):
        summary = gateway_plugin.summarize(engine=engine, document=document, max_words=100)
    assert summary.text == "gateway summary"
    assert fake.await_args.kwargs["task_type"] == "summarization"
