from types import SimpleNamespace
from unittest import mock

import pytest

from modelgw.providers.base import ChatParams
from modelgw.providers.openai_provider import OpenAIProvider
from modelgw.providers.registry import ProviderRegistry
from modelgw.errors import ProviderDisabled, UnknownProvider


def _completion(text="hi"):
    return SimpleNamespace(
        id="chatcmpl-1",
        model="gpt-4.1-mini",
        choices=[SimpleNamespace(message=SimpleNamespace(content=text), finish_reason="stop")],
        usage=SimpleNamespace(prompt_tokens=3, completion_tokens=1),
    )


@pytest.mark.asyncio
async def test_openai_complete_maps_usage():
    client = mock.MagicMock()
    client.chat.completions.create = mock.AsyncMock(return_value=_completion("pong"))
    provider = OpenAIProvider(client=client)

    result = await provider.complete(ChatParams(model="gpt-4.1-mini", messages=[{"role": "user", "content": "ping"}]))

    assert result.text == "pong"
    assert (result.input_tokens, result.output_tokens) == (3, 1)
    client.chat.completions.create.assert_awaited_once()


def test_registry_rejects_unknown_and_disabled():
    registry = ProviderRegistry(enabled=frozenset({"ollama"}))
    with pytest.raises(UnknownProvider):
        registry.get("palm")
    with pytest.raises(ProviderDisabled):
        registry.get("openai")


def test_registry_grok_alias():
    registry = ProviderRegistry(enabled=frozenset({"xai"}))
    fake = mock.MagicMock()
    registry.register("xai", fake)
    assert registry.get("grok") is fake
