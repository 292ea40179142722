from unittest import mock

from research_assistant.providers import dispatcher
from research_assistant.providers.openai_provider import OpenAIChat


def test_dispatch_unknown_provider_falls_back(monkeypatch):
    called = {}
    monkeypatch.setitem(dispatcher.PROVIDERS, "openai", lambda msgs: called.setdefault("openai", msgs) and "ok")
    assert dispatcher.dispatch("nope", [{"role": "user", "content": "hi"}]) == "ok"
    assert "openai" in called


def test_openai_chat_uses_injected_client(fake_openai):
    chat = OpenAIChat(client=fake_openai, model="gpt-test")
    out = chat.complete([{"role": "user", "content": "hello"}])
    assert out == "fake reply"
    assert fake_openai.chat.completions.calls[0]["model"] == "gpt-test"


def test_litellm_route_is_mocked():
    with mock.patch("research_assistant.providers.litellm_provider.completion") as m:
        m.return_value.choices = [mock.Mock(message=mock.Mock(content="mocked"))]
        from research_assistant.providers.litellm_provider import litellm_complete

        assert litellm_complete([{"role": "user", "content": "x"}], model="groq/x") == "mocked"
        m.assert_called_once()


def test_provider_names_sorted():
    names = dispatcher.provider_names()
    assert names == sorted(names)
    assert {"openai", "anthropic", "litellm"} <= set(names)


def test_config_validate_flags_bad_values(monkeypatch):
    from research_assistant.config import Settings, validate

    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    problems = validate(Settings(default_provider="openai", temperature=3.0, litellm_model="llama"))
    assert any("temperature" in p for p in problems)
    assert any("OPENAI_API_KEY" in p for p in problems)
    assert any("provider/model" in p for p in problems)


def test_history_roundtrip():
    from research_assistant.state import ChatTurn, history_from_json, history_to_json

    turns = [ChatTurn("user", "q", "openai"), ChatTurn("assistant", "a", "openai")]
    assert history_from_json(history_to_json(turns)) == turns


def test_cost_estimate_known_model():
    from research_assistant.utils import cost_estimate

    assert cost_estimate("gpt-4o-mini", 1_000_000, 0) == 0.15
    assert cost_estimate("unknown", 10, 10) == 0.0
