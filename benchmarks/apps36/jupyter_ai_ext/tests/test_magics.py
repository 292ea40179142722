from types import SimpleNamespace
from unittest import mock

import pytest

from jupyter_ai_helpers import magics


@pytest.fixture
def shell():
    return SimpleNamespace(user_ns={"df": SimpleNamespace(shape=(3, 2)), "_x": 1}, configurables=[])


def test_describe_namespace(shell):
    assert magics._describe_namespace(shell.user_ns) == "df: SimpleNamespace shape=(3, 2)"


def test_ask_openai(monkeypatch, tmp_path):
    fake = mock.MagicMock()
    fake.chat.completions.create.return_value = SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content="42"))]
    )
    monkeypatch.setattr(magics, "get_client", lambda provider: fake)
    m = magics.AskMagics.__new__(magics.AskMagics)
    assert m._ask("openai", "gpt-4o-mini", "meaning of life?") == "42"
    fake.chat.completions.create.assert_called_once()


def test_ask_anthropic(monkeypatch):
    fake = mock.MagicMock()
    fake.messages.create.return_value = SimpleNamespace(content=[SimpleNamespace(text="hey")])
    monkeypatch.setattr(magics, "get_client", lambda provider: fake)
    m = magics.AskMagics.__new__(magics.AskMagics)
    assert m._ask("anthropic", "claude", "hi") == "hey"


def test_ask_uses_cache(monkeypatch, tmp_path):
    fake = mock.MagicMock()
    monkeypatch.setattr(magics, "get_client", lambda provider: fake)
    m = magics.AskMagics.__new__(magics.AskMagics)
    m.cache = magics.AnswerCache(str(tmp_path))
    m.cache.put("openai", "gpt-4o-mini", "p", "cached!")
    assert m.cache.get("openai", "gpt-4o-mini", "p") == "cached!"
    fake.chat.completions.create.assert_not_called()


def test_key_generator_is_stable():
    gen = magics.KeyGenerator("ask")
    assert gen.generate("a", "b") == gen.generate("a", "b")
    assert gen.generate("a", "b") != gen.generate("ab")
