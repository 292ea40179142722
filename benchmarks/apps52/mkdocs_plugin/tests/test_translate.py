from unittest import mock

from mkdocs_ai_docs.features.translate import Translator
from tests.fakes import FakeAnthropic, FakeOpenAI


def test_translate_uses_client_and_caches(cache):
    fake = FakeAnthropic("Hallo Welt")
    translator = Translator(fake, cache, chunk_tokens=10_000)
    assert translator.translate("# Hello world", "de") == "Hallo Welt"
    assert translator.translate("# Hello world", "de") == "Hallo Welt"
    assert len(fake.messages.calls) == 1
    assert "German" in fake.messages.calls[0]["messages"][0]["content"]


def test_write_translations(tmp_path, cache):
    src = tmp_path / "index.md"
    src.write_text("# Hi", "utf-8")
    translator = Translator(FakeAnthropic("Salut"), cache)
    written = translator.write_translations(src, "# Hi", ["fr"])
    assert written == [tmp_path / "index.fr.md"]
    assert (tmp_path / "index.fr.md").read_text("utf-8") == "Salut"


def test_fallback_goes_through_tracker(cache, monkeypatch):
    ds = FakeOpenAI("Hola")
    monkeypatch.setattr("mkdocs_ai_docs.features.translate.clients.get_deepseek_client", lambda: ds)
    translator = Translator(mock.MagicMock(), cache)
    import asyncio

    assert asyncio.run(translator._fallback("Hello", "Spanish")) == "Hola"
    assert ds.chat.completions.calls[0]["model"] == "deepseek-chat"


def test_fake_client_direct():
    fake = FakeOpenAI("pong")
    resp = fake.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "ping"}])
    assert resp.choices[0].message.content == "pong"
