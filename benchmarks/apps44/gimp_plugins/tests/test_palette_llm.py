import importlib.util
import os
import sys
from unittest import mock

import pytest

from conftest import PLUGINS

sys.modules.setdefault("google", mock.MagicMock())
sys.modules.setdefault("google.genai", mock.MagicMock())


def _load_palette_llm():
    path = os.path.join(PLUGINS, "ai-palette-suggest", "palette_llm.py")
    spec = importlib.util.spec_from_file_location("palette_llm", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


palette_llm = _load_palette_llm()

REPLY = '{"name": "Forest", "colors": [{"name": "moss", "hex": "#4a5d23"}, {"name": "bark", "hex": "#5b3a29"}]}'


def test_suggest_openai_parses_reply(fake_openai):
    client = fake_openai(REPLY)
    name, colors = palette_llm.suggest_openai(client, "forest", count=2)
    assert name == "Forest"
    assert colors[0] == ("moss", "#4a5d23")
    assert client.calls[0]["response_format"]["type"] == "json_schema"


def test_fake_client_direct(fake_openai):
    client = fake_openai(REPLY)
    out = client.chat.completions.create(model="gpt-4o-mini", messages=[])
    assert out.choices[0].message.content == REPLY


def test_huggingface_uses_chat_completion(monkeypatch):
    hf = mock.MagicMock()
    hf.chat_completion.return_value.choices = [mock.Mock(message=mock.Mock(content=REPLY))]
    monkeypatch.setattr(palette_llm.clients, "get_hf_client", lambda: hf)
    name, _ = palette_llm.suggest_huggingface("forest", model="some/model")
    assert name == "Forest"
    hf.chat_completion.assert_called_once()


def test_retry_on_parse_error():
    calls = []

    def flaky():
        calls.append(1)
        if len(calls) == 1:
            raise palette_llm.PaletteParseError("bad")
        return ("ok", [])

    assert palette_llm.retry_on_parse_error(flaky) == ("ok", [])
    assert len(calls) == 2


def test_unknown_provider():
    with pytest.raises(ValueError):
        palette_llm.suggest("nope", "x")
