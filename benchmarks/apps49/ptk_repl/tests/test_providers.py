from __future__ import annotations

import pytest

from ptk_repl.providers.anthropic_provider import AnthropicProvider
from ptk_repl.providers.base import Message
from ptk_repl.providers.openai_provider import OpenAIProvider

from conftest import FakeAnthropic, FakeOpenAI


@pytest.mark.asyncio
async def test_openai_complete_passes_system_prompt():
    fake = FakeOpenAI("42")
    provider = OpenAIProvider(fake, "gpt-4.1-mini")
    reply = await provider.complete([Message("user", "meaning of life?")], system="be terse")
    assert reply.text == "42"
    sent = fake.chat.completions.calls[0]
    assert sent["messages"][0] == {"role": "system", "content": "be terse"}


@pytest.mark.asyncio
async def test_openai_stream_yields_deltas():
    provider = OpenAIProvider(FakeOpenAI("a b c"), "gpt-4.1-mini")
    chunks = [c async for c in provider.stream([Message("user", "hi")])]
    assert "".join(chunks).split() == ["a", "b", "c"]


@pytest.mark.asyncio
async def test_anthropic_drops_system_turns():
    fake = FakeAnthropic()
    provider = AnthropicProvider(fake, "claude-haiku-4-5")
    await provider.complete([Message("system", "x"), Message("user", "hello")], system="sys")
    call = fake.messages.calls[0]
    assert call["messages"] == [{"role": "user", "content": "hello"}]
    assert call["system"] == "sys"


@pytest.mark.asyncio
async def test_fake_client_direct():
    fake = FakeOpenAI("direct")
    resp = await fake.chat.completions.create(model="gpt-4.1-mini", messages=[])
    assert resp.choices[0].message.content == "direct"
