from __future__ import annotations

from types import SimpleNamespace
from unittest.mock import MagicMock

from quillpad.actions import load_actions
from quillpad.actions.base import ActionContext
from conftest import openai_like


def test_all_plugins_register():
    actions = load_actions()
    assert {"summarize", "tldr", "translate", "tone", "outline", "citations"} <= set(actions)


def test_summarize_uses_adapter(settings, fake_llm):
    ctx = ActionContext(settings=settings, llm=fake_llm)
    out = load_actions()["summarize"]().run(ctx, "some long text")
    assert out == "fake reply"
    assert fake_llm.calls[0][-1]["content"] == "some long text"


def test_tldr_uses_openai_client_when_present(settings, fake_llm):
    client = openai_like(" short ")
    ctx = ActionContext(settings=settings, llm=fake_llm, openai=client)
    assert load_actions()["tldr"]().run(ctx, "text") == "short"
    client.chat.completions.create.assert_called_once()


def test_tldr_offline_falls_back(settings, fake_llm):
    settings.values["app/offline"] = True
    client = openai_like()
    ctx = ActionContext(settings=settings, llm=fake_llm, openai=client)
    load_actions()["tldr"]().run(ctx, "text")
    client.chat.completions.create.assert_not_called()


def test_tone_parses_json_from_ollama(settings, fake_llm):
    ollama = MagicMock()
    ollama.generate.return_value = {"response": '{"formal": 3, "friendly": 8}'}
    ctx = ActionContext(settings=settings, llm=fake_llm, ollama=ollama)
    out = load_actions()["tone"]().run(ctx, "hey there")
    assert "Friendly" in out


def test_citations_without_cohere(settings, fake_llm, tmp_path):
    (tmp_path / "a.md").write_text("x" * 100 + "\n\n" + "y" * 120)
    settings.values["library/path"] = str(tmp_path)
    ctx = ActionContext(settings=settings, llm=fake_llm)
    assert "Cohere key missing" in load_actions()["citations"]().run(ctx, "query")


def test_citations_rerank(settings, fake_llm, tmp_path):
    (tmp_path / "a.md").write_text("x" * 100)
    settings.values["library/path"] = str(tmp_path)
    co = MagicMock()
    co.rerank.return_value = SimpleNamespace(results=[SimpleNamespace(index=0, relevance_score=0.9)])
    ctx = ActionContext(settings=settings, llm=fake_llm, cohere=co)
    assert "[0.90]" in load_actions()["citations"]().run(ctx, "query")
