from unittest import mock

import pytest

from nbcopilot.providers import PROVIDERS, get_provider
from nbcopilot.providers.anthropic_provider import AnthropicProvider
from nbcopilot.providers.openai_provider import OpenAIProvider
from tests.fakes import FakeAnthropic, FakeOpenAI


def test_openai_provider_maps_usage():
    fake = FakeOpenAI("hello")
    p = OpenAIProvider("gpt-4o-mini", client=fake)
    c = p.complete([{"role": "user", "content": "hi"}], system="be nice")
    assert c.text == "hello"
    assert c.input_tokens == 10 and c.output_tokens == 5
    sent = fake.chat.completions.calls[0]
    assert sent["messages"][0] == {"role": "system", "content": "be nice"}


def test_anthropic_provider_passes_system():
    fake = FakeAnthropic("hey")
    p = AnthropicProvider("claude-3-5-haiku-20241022", client=fake)
    c = p.complete([{"role": "user", "content": "hi"}], system="sys")
    assert c.text == "hey"
    assert fake.messages.calls[0]["system"] == "sys"


def test_anthropic_count_tokens_uses_free_endpoint():
    p = AnthropicProvider("claude-3-5-haiku-20241022", client=FakeAnthropic())
    assert p.count_tokens([{"role": "user", "content": "x"}]) == 42


def test_registry_rejects_unknown():
    with pytest.raises(KeyError):
        get_provider("watson")


def test_registry_aliases():
    assert PROVIDERS["gemini"] is PROVIDERS["google"]
    assert PROVIDERS["grok"] is PROVIDERS["xai"]


def test_mistral_provider_with_mock_client():
    from nbcopilot.providers.mistral_provider import MistralProvider

    client = mock.MagicMock()
    client.chat.complete.return_value.choices[0].message.content = "bonjour"
    client.chat.complete.return_value.usage.prompt_tokens = 3
    client.chat.complete.return_value.usage.completion_tokens = 1
    p = MistralProvider("mistral-small-latest", client=client)
    assert p.complete([{"role": "user", "content": "salut"}]).text == "bonjour"
    client.chat.complete.assert_called_once()


def test_http_provider_posts_openai_payload():
    from nbcopilot.providers.http_provider import HTTPProvider

    p = HTTPProvider("gpt-4o-mini", endpoint="https://gateway.internal/v1/chat/completions")
    with mock.patch.object(p.session, "post") as post:
        post.return_value.json.return_value = {
            "choices": [{"message": {"content": "ok"}}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1},
        }
        assert p.complete([{"role": "user", "content": "x"}]).text == "ok"
        assert post.call_args.kwargs["json"]["model"] == "gpt-4o-mini"
