from __future__ import annotations

import pytest

from bot.llm.prompts import Message
from bot.llm.providers import AnthropicProvider, CohereProvider, OpenAIProvider
from bot.llm.registry import ProviderRegistry


@pytest.mark.asyncio
async def test_openai_provider_maps_usage(fake_openai):
    provider = OpenAIProvider(fake_openai, "gpt-4o-mini")
    result = await provider.complete([Message.user("hi")], system="be nice")
    assert result.text == "fake answer"
    assert result.input_tokens == 11
    sent = fake_openai.chat.completions.calls[0]
    assert sent["messages"][0] == {"role": "system", "content": "be nice"}


@pytest.mark.asyncio
async def test_anthropic_provider_passes_system(fake_anthropic):
    provider = AnthropicProvider(fake_anthropic, "claude-test")
    result = await provider.complete([Message.user("hi")], system="sys")
    assert result.output_tokens == 3
    assert fake_anthropic.messages.calls[0]["system"] == "sys"


@pytest.mark.asyncio
async def test_cohere_provider(fake_cohere):
    result = await CohereProvider(fake_cohere, "command-test").complete([Message.user("yo")])
    assert result.text == "cohere says hi"
    assert result.input_tokens == 0


def test_registry_aliases(fake_openai, fake_anthropic):
    reg = ProviderRegistry()
    reg.register(OpenAIProvider(fake_openai, "gpt"))
    reg.register(AnthropicProvider(fake_anthropic, "claude"))
    assert reg.get("claude").name == "anthropic"
    assert reg.get().name == "openai"
    with pytest.raises(LookupError):
        reg.get("mistral")
