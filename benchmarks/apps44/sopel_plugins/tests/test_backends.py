from unittest import mock

from sopel_llm import backends
from tests.fakes import FakeAnthropic, FakeMistral, FakeOpenAI


def test_openai_backend_prepends_system():
    client = FakeOpenAI(answers=["pong"])
    reply = backends.OpenAIChatBackend(client, "gpt-4o-mini").complete("sys", [{"role": "user", "content": "ping"}])
    assert reply.text == "pong"
    assert client.chat.completions.calls[0]["messages"][0] == {"role": "system", "content": "sys"}


def test_anthropic_backend_passes_system_separately():
    client = FakeAnthropic(answers=["hi"])
    reply = backends.AnthropicChatBackend(client, "claude-x").complete("sys", [{"role": "user", "content": "yo"}])
    assert reply.text == "hi"
    assert client.messages.calls[0]["system"] == "sys"
    assert reply.input_tokens == 12


def test_mistral_backend():
    client = FakeMistral(answers=["bonjour"])
    reply = backends.MistralChatBackend(client, "mistral-small-latest").complete("s", [])
    assert reply.text == "bonjour"


def test_cohere_backend_with_magicmock():
    co = mock.MagicMock()
    part = mock.MagicMock(type="text", text="hey")
    co.chat.return_value.message.content = [part]
    co.chat.return_value.usage.tokens.input_tokens = 3
    co.chat.return_value.usage.tokens.output_tokens = 1
    reply = backends.CohereChatBackend(co, "command-r").complete("s", [{"role": "user", "content": "x"}])
    assert reply.text == "hey"
    co.chat.assert_called_once()


def test_get_backend_unknown(mockbot):
    mockbot.memory.pop(backends.REGISTRY_KEY, None)
    try:
        backends.get_backend(mockbot, "nope")
    except LookupError as exc:
        assert "nope" in str(exc)
    else:
        raise AssertionError("expected LookupError")
