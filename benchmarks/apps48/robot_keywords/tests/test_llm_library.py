from unittest import mock

import pytest

from libraries import LLMLibrary as llm_module


@pytest.fixture
def lib(fake_openai, fake_anthropic, monkeypatch):
    monkeypatch.setattr(llm_module, "get_openai_client", lambda: fake_openai)
    monkeypatch.setattr(llm_module, "get_anthropic_client", lambda: fake_anthropic)
    return llm_module.LLMLibrary(default_model="gpt-test")


def test_ask_llm_returns_content(lib, fake_openai):
    assert "records" in lib.ask_llm("hello")
    assert fake_openai.chat.completions.calls[0]["model"] == "gpt-test"


def test_get_json(lib):
    assert lib.get_json_from_llm("give json") == {"records": [{"name": "Ada"}]}


def test_ask_claude(lib, fake_anthropic):
    assert lib.ask_claude("hi").startswith("{")
    assert fake_anthropic.messages.calls[0]["max_tokens"] == 512


def test_direct_mock_client():
    client = mock.MagicMock()
    client.chat.completions.create.return_value.choices = [mock.MagicMock(message=mock.MagicMock(content="x"))]
    client.chat.completions.create(model="m", messages=[])
    client.chat.completions.create.assert_called_once()
