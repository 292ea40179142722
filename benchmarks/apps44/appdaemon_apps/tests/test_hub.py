"""LLMHub with every client factory patched out: no SDK objects, no network."""
from unittest.mock import MagicMock, patch

import pytest

from fakes import FakeAnthropic, FakeOpenAI


@pytest.fixture
def hub():
    import sys
    import os

    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "apps", "llm_hub"))
    import llm_hub

    fake_ollama = MagicMock()
    fake_ollama.chat.return_value = {"message": {"content": " local answer "}}
    with patch.object(llm_hub.clients, "make_openai_client", return_value=FakeOpenAI("openai answer")), \
            patch.object(llm_hub.clients, "make_anthropic_client", return_value=FakeAnthropic("claude answer")), \
            patch.object(llm_hub.clients, "get_gemini_client", return_value=MagicMock()), \
            patch.object(llm_hub.clients, "make_groq_client", return_value=FakeOpenAI("groq answer")), \
            patch.object(llm_hub.clients, "make_ollama_client", return_value=fake_ollama), \
            patch.object(llm_hub.clients, "make_async_openai_client", return_value=MagicMock()), \
            patch.object(llm_hub.clients, "make_async_anthropic_client", return_value=MagicMock()), \
            patch.object(llm_hub.clients, "make_async_ollama_client", return_value=MagicMock()):
        app = llm_hub.LLMHub(args={"default_provider": "groq"})
        app.register_service = MagicMock()
        app.initialize()
        yield app


def test_default_provider(hub):
    assert hub.chat("hello") == "groq answer"


@pytest.mark.parametrize("provider,expected", [
    ("openai", "openai answer"),
    ("anthropic", "claude answer"),
    ("ollama", "local answer"),
])
def test_backends(hub, provider, expected):
    assert hub.chat("hello", provider=provider) == expected


def test_cost_sensor_updated(hub):
    hub.chat("hello", provider="openai")
    assert "sensor.llm_cost_estimate" in hub.set_states


def test_generate_alias(hub):
    assert hub.generate("hello", provider="anthropic") == "claude answer"


def test_service_fires_answer(hub):
    hub._svc_ask("default", "llm_hub", "ask", {"text": "hi", "provider": "openai", "request_id": 7})
    assert hub.events[-1] == ("llm_hub_answer", {"text": "openai answer", "request_id": 7})


def test_unknown_provider(hub):
    with pytest.raises(KeyError):
        hub.chat("x", provider="mistral")
