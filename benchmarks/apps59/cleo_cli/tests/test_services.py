from __future__ import annotations

import pytest
from conftest import FakeCohere

from llmtool.helpers import ResponseCache
from llmtool.providers.registry import ProviderRegistry
from llmtool.services.summarizer import Summarizer


def test_registry_builds_lazily_and_caches():
    built = []
    reg = ProviderRegistry()
    reg.register("x", lambda: built.append(1) or object())
    assert built == []
    first = reg.get("x")
    assert reg["x"] is first
    assert built == [1]


def test_registry_unknown_provider():
    with pytest.raises(LookupError):
        ProviderRegistry().get("nope")


def test_cache_key_is_stable(tmp_path):
    cache = ResponseCache(tmp_path)
    assert cache.generate("a", "b") == cache.generate("a", "b")
    assert cache.generate("a", "b") != cache.generate("ab")


def test_summarize_returns_first_text_block():
    co = FakeCohere(reply="- short")
    assert Summarizer(co).summarize("long text", style="bullets") == "- short"


def test_token_count_uses_tokenize():
    assert Summarizer(FakeCohere()).token_count("a b c") == 3


def test_translator_falls_back_to_litellm(monkeypatch):
    from llmtool.services import translation

    class Boom:
        class chat:  # noqa: N801
            class completions:  # noqa: N801
                @staticmethod
                def create(**kwargs):
                    raise RuntimeError("503")

    fallback_calls = []

    def fake_completion(**kwargs):
        fallback_calls.append(kwargs)
        from types import SimpleNamespace

        return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content="Hallo"))])

    monkeypatch.setattr(translation, "get_together_client", lambda: Boom())
    monkeypatch.setattr(translation, "chat_completion", fake_completion)

    tr = translation.Translator(model="some/model")
    assert tr.translate_chunk("Hello", "de") == "Hallo"
    assert fallback_calls[0]["model"] == "gpt-4o-mini"


def test_page_completion_score():
    from llmtool.textutil import Completion

    page = Completion("# T\n\n## Prerequisites\n\n## Steps\n")
    assert page.missing() == ["## Next steps"]
    assert round(page.completion(), 2) == 0.67


def test_split_markdown_respects_limit():
    from llmtool.textutil import split_markdown

    text = "# A\n" + "x" * 50 + "\n# B\n" + "y" * 50
    chunks = split_markdown(text, max_chars=60)
    assert all(len(c) <= 60 for c in chunks)
    assert len(chunks) == 2
