from unittest import mock

from app.config import Settings
from services import registry


def test_get_provider_caches_instances():
    settings = Settings(provider="openai")
    with mock.patch("services.providers.openai_provider.get_openai_client") as factory:
        registry.clear()
        a = registry.get_provider(settings=settings)
        b = registry.get_provider(settings=settings)
    assert a is b
    factory.assert_called_once()


def test_openai_provider_complete_uses_client():
    from services.providers.openai_provider import OpenAIProvider
    from fakes import FakeOpenAI

    fake = FakeOpenAI("hi there")
    p = OpenAIProvider("gpt-4o-mini", client=fake)
    result = p.complete([{"role": "user", "content": "hello"}], system="sys")
    assert result.text == "hi there"
    assert fake.chat.completions.calls[0]["messages"][0]["role"] == "system"


def test_anthropic_provider_passes_system():
    client = mock.MagicMock()
    client.messages.create.return_value.content = [mock.Mock(type="text", text="ok")]
    with mock.patch("services.providers.anthropic_provider.get_anthropic_client", return_value=client):
        from services.providers.anthropic_provider import AnthropicProvider

        p = AnthropicProvider("claude-3-5-haiku-latest")
        p.complete([{"role": "system", "content": "be nice"}, {"role": "user", "content": "x"}])
    kwargs = client.messages.create.call_args.kwargs
    assert kwargs["system"] == "be nice"
    assert kwargs["messages"] == [{"role": "user", "content": "x"}]


def test_available_providers():
    assert {"openai", "anthropic", "mistral", "ollama", "gemini"} <= set(registry.available_providers())
