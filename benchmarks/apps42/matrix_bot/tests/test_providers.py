import pytest
from unittest.mock import AsyncMock, MagicMock

from bot.llm.providers import AnthropicProvider, OpenAICompatProvider
from tests.fakes import FakeOpenAI


@pytest.mark.asyncio
async def test_openai_compat_provider_uses_client():
    fake = FakeOpenAI(reply="42")
    provider = OpenAICompatProvider(fake, "gpt-4o-mini")
    reply = await provider.complete([{"role": "user", "content": "answer?"}])
    assert reply.text == "42"
    assert reply.input_tokens == 3


@pytest.mark.asyncio
async def test_anthropic_provider_splits_system():
    client = MagicMock()
    client.messages.create = AsyncMock(
        return_value=MagicMock(
            content=[MagicMock(type="text", text="hi")],
            model="claude-test",
            usage=MagicMock(input_tokens=1, output_tokens=1),
        )
    )
    provider = AnthropicProvider(client, "claude-test")
    await provider.complete([{"role": "system", "content": "be nice"}, {"role": "user", "content": "yo"}])
    kwargs = client.messages.create.call_args.kwargs
    assert kwargs["system"] == "be nice"
    assert kwargs["messages"] == [{"role": "user", "content": "yo"}]
