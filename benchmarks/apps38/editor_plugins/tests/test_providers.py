from unittest import mock

from core import providers
from core.chat import ChatSession

from .fakes import FakeAnthropic, FakeOpenAI


def test_groq_backend_passes_messages(monkeypatch):
    fake = FakeOpenAI(reply="hi")
    monkeypatch.setattr(providers, "get_groq", lambda: fake)
    backend = providers.GroqBackend()
    assert backend.chat([{"role": "user", "content": "yo"}]) == "hi"
    assert fake.chat.completions.calls[0]["model"] == "llama-3.1-8b-instant"


def test_anthropic_backend_splits_system():
    client = mock.MagicMock()
    client.messages.create.return_value.content = [mock.Mock(type="text", text="done")]
    backend = providers.AnthropicBackend()
    backend._client = client
    out = backend.chat([{"role": "system", "content": "S"}, {"role": "user", "content": "U"}])
    assert out == "done"
    kwargs = client.messages.create.call_args.kwargs
    assert kwargs["system"] == "S"


def test_chat_session_keeps_history():
    fake = FakeAnthropic(reply="because")
    session = ChatSession(fake, model="claude-3-5-haiku-latest")
    assert session.send("why?") == "because"
    assert [m["role"] for m in session.history] == ["user", "assistant"]


def test_mocked_openai_create():
    with mock.patch("openai.OpenAI") as openai_cls:
        client = openai_cls()
        client.chat.completions.create(model="gpt-4o-mini", messages=[])
        client.chat.completions.create.assert_called_once()
