from __future__ import annotations

from types import SimpleNamespace
from unittest import mock

import pytest

from datalingo.clients import Clients
from datalingo.config import Settings
from datalingo.providers import build_providers
from datalingo.providers.anthropic_provider import AnthropicProvider
from datalingo.providers.bedrock_provider import BedrockProvider
from datalingo.providers.openai_provider import OpenAIProvider
from fakes import FakeAnthropic, FakeOpenAI


def test_openai_provider_complete():
    p = OpenAIProvider(FakeOpenAI(), "gpt-4o-mini")
    c = p.complete("hallo", "translate")
    assert c.text == "[translated] hallo"
    assert c.input_tokens == 10


def test_anthropic_provider_complete():
    p = AnthropicProvider(FakeAnthropic(), "claude-3-5-haiku-20241022")
    assert p.complete("abc").output_tokens == 7


def test_bedrock_provider_parses_converse():
    runtime = mock.Mock()
    runtime.converse.return_value = {
        "output": {"message": {"content": [{"text": "hi"}]}},
        "usage": {"inputTokens": 3, "outputTokens": 1},
    }
    p = BedrockProvider("anthropic.claude-3-haiku-20240307-v1:0", runtime=runtime)
    c = p.complete("hello", system="be brief")
    assert c.text == "hi"
    kwargs = runtime.converse.call_args.kwargs
    assert kwargs["system"] == [{"text": "be brief"}]


def test_build_providers_skips_missing_clients():
    settings = Settings()
    with mock.patch("datalingo.providers.CohereProvider"), mock.patch(
        "datalingo.providers.TogetherProvider"
    ), mock.patch("datalingo.providers.ReplicateProvider"), mock.patch(
        "datalingo.providers.LiteLLMProvider"
    ):
        providers = build_providers(settings, Clients(openai=FakeOpenAI(), bedrock=mock.Mock()))
    assert "openai" in providers
    assert "anthropic" not in providers


@pytest.mark.parametrize("status", ["failed", "canceled"])
def test_replicate_wait_raises(status):
    from datalingo.providers.base import ProviderError
    from datalingo.providers.replicate_provider import ReplicateProvider

    with mock.patch("datalingo.providers.replicate_provider.replicate"):
        p = ReplicateProvider("meta/meta-llama-3-8b-instruct", api_token="x", poll_interval=0)
    pred = SimpleNamespace(status=status, id="p1", error="boom")
    with pytest.raises(ProviderError):
        p.wait(pred)
