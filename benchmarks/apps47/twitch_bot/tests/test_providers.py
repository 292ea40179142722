from unittest.mock import AsyncMock

import pytest

from bot.llm.providers import AnthropicChatProvider, GroqChatProvider, ProviderError
from bot.llm.registry import ProviderRegistry


async def test_groq_provider_normalises(fake_openai):
    provider = GroqChatProvider(fake_openai)
    result = await provider.complete([{"role": "user", "content": "hi"}], system="be brief")
    assert result.text == "hello chat"
    assert result.total_tokens == 15
    sent = fake_openai.chat.completions.calls[0]
    assert sent["messages"][0] == {"role": "system", "content": "be brief"}


async def test_anthropic_provider_passes_system(fake_anthropic):
    provider = AnthropicChatProvider(fake_anthropic)
    result = await provider.complete([{"role": "user", "content": "hi"}], system="sys")
    assert result.text == "summary"
    assert fake_anthropic.calls[0]["system"] == "sys"


async def test_fake_client_direct(fake_openai):
    resp = await fake_openai.chat.completions.create(model="llama-3.1-8b-instant", messages=[])
    assert resp.choices[0].message.content == "hello chat"


async def test_fallback_skips_broken_provider(fake_anthropic):
    broken = AsyncMock()
    broken.chat.completions.create.side_effect = RuntimeError("503")
    registry = ProviderRegistry(default="groq", fallback=["groq", "anthropic"])
    registry.register(GroqChatProvider(broken))
    registry.register(AnthropicChatProvider(fake_anthropic))
    result = await registry.complete_with_fallback([{"role": "user", "content": "x"}])
    assert result.provider == "anthropic"


async def test_provider_error_wraps():
    client = AsyncMock()
    client.messages.create.side_effect = ValueError("bad")
    with pytest.raises(ProviderError):
        await AnthropicChatProvider(client).complete([{"role": "user", "content": "x"}])
    client.messages.create.assert_awaited_once()
