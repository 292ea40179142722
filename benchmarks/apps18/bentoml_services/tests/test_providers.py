from __future__ import annotations

from types import SimpleNamespace
from unittest.mock import MagicMock

import pytest

from mlserve.providers import CohereProvider, OpenAIProvider, TogetherProvider
from mlserve.providers.base import ChatProvider, EmbeddingProvider
from mlserve.providers.bedrock_adapter import BedrockProvider, to_converse_messages


def test_openai_complete_uses_injected_client(fake_openai):
    provider = OpenAIProvider(client=fake_openai)
    result = provider.complete([{"role": "user", "content": "hi"}], max_tokens=10)
    assert result.text == "fake summary"
    assert result.input_tokens == 11
    assert fake_openai.completions.calls[0].kwargs["max_tokens"] == 10


def test_openai_embed(fake_openai):
    result = OpenAIProvider(client=fake_openai).embed(["a", "b"])
    assert len(result.vectors) == 2
    assert result.total_tokens == 8


def test_cohere_rerank_maps_results():
    client = MagicMock()
    client.rerank.return_value = SimpleNamespace(
        results=[SimpleNamespace(index=2, relevance_score=0.9), SimpleNamespace(index=0, relevance_score=0.4)]
    )
    provider = CohereProvider(client=client)
    assert provider.rerank("q", ["a", "b", "c"], top_n=2) == [(2, 0.9), (0, 0.4)]
    client.rerank.assert_called_once()


def test_together_complete_with_mock():
    client = MagicMock()
    client.chat.completions.create.return_value = SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content="ok"))],
        usage=SimpleNamespace(prompt_tokens=3, completion_tokens=1),
    )
    result = TogetherProvider(client=client).complete([{"role": "user", "content": "ping"}])
    assert result.text == "ok"
    kwargs = client.chat.completions.create.call_args.kwargs
    assert kwargs["model"] == TogetherProvider.chat_model


def test_bedrock_message_conversion():
    system, convo = to_converse_messages(
        [{"role": "system", "content": "s"}, {"role": "user", "content": "u"}]
    )
    assert system == [{"text": "s"}]
    assert convo == [{"role": "user", "content": [{"text": "u"}]}]


def test_bedrock_complete(fake_bedrock):
    result = BedrockProvider(runtime=fake_bedrock).complete([{"role": "user", "content": "u"}])
    assert result.text == "part1"
    assert fake_bedrock.requests[0]["inferenceConfig"]["maxTokens"] == 512


@pytest.mark.parametrize("cls", [OpenAIProvider, CohereProvider, TogetherProvider])
def test_protocol_conformance(cls):
    provider = cls(client=MagicMock())
    assert isinstance(provider, ChatProvider)


def test_embedding_protocol(fake_openai):
    assert isinstance(OpenAIProvider(client=fake_openai), EmbeddingProvider)


def test_fake_openai_matches_sdk_shape(fake_openai):
    resp = fake_openai.chat.completions.create(model="gpt-4o-mini", messages=[])
    assert resp.choices[0].message.content == "fake summary"
    assert resp.usage.prompt_tokens == 11
