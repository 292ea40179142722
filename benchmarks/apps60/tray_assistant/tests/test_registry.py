from unittest import mock

from tray.llm import registry
from tray.llm.backends import AnthropicBackend, EchoBackend, GrokBackend

from tests.fakes import FakeAnthropic, FakeOpenAI


def test_unknown_backend_falls_back_to_echo():
    assert isinstance(registry.get_backend("nope"), EchoBackend)


def test_registered_backend_is_cached():
    built = []

    def factory():
        built.append(1)
        return AnthropicBackend(FakeAnthropic("ok"), "claude-test")

    registry.register_backend("t", factory)
    assert registry.get_backend("t") is registry.get_backend("t")
    assert built == [1]
    assert registry.get_backend("t").complete("hi").text == "ok"


def test_grok_backend_passes_system_prompt():
    fake = FakeOpenAI("grok says hi")
    answer = GrokBackend(fake, "grok-3-mini").complete("hello", system="be brief")
    assert answer.text == "grok says hi"
    assert fake.calls[0]["messages"][0] == {"role": "system", "content": "be brief"}


def test_gemini_backend_with_mock():
    client = mock.MagicMock()
    client.models.generate_content.return_value = mock.Mock(text="hallo", usage_metadata=None)
    from tray.llm.backends import GeminiBackend

    answer = GeminiBackend(client, "gemini-test").complete("hello")
    assert answer.text == "hallo"
    client.models.generate_content.assert_called_once()
