"""Unit tests for the AI helpers. No network: vendor clients are faked."""
from types import SimpleNamespace
from unittest import mock

import pytest

from ai.services.editor import EditorAssistant
from ai.services.research import ResearchClient
from search.indexing import chunk_text
from search.rerank import rerank_chunks


def _chat_response(text):
    return SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content=text, parsed=None))],
        usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
    )


class FakeCompletions:
    def __init__(self, text):
        self.text = text
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return _chat_response(self.text)


class FakeOpenAI:
    def __init__(self, text="ok"):
        self.chat = SimpleNamespace(completions=FakeCompletions(text))


class FakeMessages:
    def __init__(self, text):
        self.text = text

    def create(self, **kwargs):
        return SimpleNamespace(content=[SimpleNamespace(type="text", text=self.text)])


class FakeAnthropic:
    def __init__(self, text="rewritten"):
        self.messages = FakeMessages(text)


class FakeCohere:
    def rerank(self, model, query, documents, top_n):
        order = sorted(range(len(documents)), key=lambda i: -len(documents[i]))[:top_n]
        return SimpleNamespace(results=[SimpleNamespace(index=i, relevance_score=0.9) for i in order])


@pytest.fixture
def assistant():
    return EditorAssistant(site=None, openai_client=FakeOpenAI('{"titles": ["A", "B"]}'), anthropic_client=FakeAnthropic())


def test_suggest_titles_parses_json(assistant):
    assert assistant.suggest_titles("body text") == ["A", "B"]
    call = assistant.openai.chat.completions.calls[0]
    assert call["response_format"] == {"type": "json_object"}


def test_suggest_titles_invalid_json_returns_empty():
    a = EditorAssistant(site=None, openai_client=FakeOpenAI("not json"), anthropic_client=FakeAnthropic())
    assert a.suggest_titles("x") == []


def test_rewrite_uses_anthropic(assistant):
    assert assistant.rewrite("Some text") == "rewritten"


def test_seo_description_is_truncated():
    a = EditorAssistant(site=None, openai_client=FakeOpenAI("x" * 400), anthropic_client=FakeAnthropic())
    assert len(a.seo_description("body")) == 155


def test_research_client_fact_check():
    fake = FakeOpenAI("Supported.")
    result = ResearchClient(client=fake).fact_check("The sky is blue.")
    assert result.answer == "Supported."
    assert fake.chat.completions.calls[0]["model"] == "sonar"


def test_rerank_orders_by_fake_scores():
    chunks = [SimpleNamespace(text="a"), SimpleNamespace(text="ccc"), SimpleNamespace(text="bb")]
    out = rerank_chunks("q", chunks, top_n=2, client=FakeCohere())
    assert [c.text for c in out] == ["ccc", "bb"]


def test_chunk_text_overlap():
    words = " ".join(str(i) for i in range(500))
    chunks = chunk_text(words, size=200, overlap=50)
    assert len(chunks) == 3
    assert chunks[1].split()[0] == "150"


def test_moderation_falls_back_to_mistral():
    from ai.services import moderation
    from openai import RateLimitError

    err = RateLimitError("slow down", response=mock.Mock(status_code=429), body=None)
    fake_mistral = mock.Mock()
    fake_mistral.classifiers.moderate.return_value = SimpleNamespace(
        results=[SimpleNamespace(categories={"hate": True, "violence": False})]
    )
    with mock.patch.object(moderation._client.moderations, "create", side_effect=err), mock.patch.object(
        moderation, "get_mistral_client", return_value=fake_mistral
    ):
        result = moderation.moderate_text("something nasty")
    assert result.flagged and result.source == "mistral"
    assert result.categories == ["hate"]


def test_registry_openai_provider_uses_responses():
    from ai.services import registry

    client = mock.MagicMock()
    client.responses.create.return_value = SimpleNamespace(output_text="hello")
    with mock.patch.object(registry, "get_openai_client", return_value=client):
        assert registry.get_provider("openai")("hi", "", None) == "hello"
    client.responses.create.assert_called_once()


@pytest.mark.django_db
def test_tracked_summary_records_usage():
    import asyncio

    from ai.services.summariser import summarise_tracked_openai

    client = mock.AsyncMock()
    client.chat.completions.create.return_value = _chat_response("Short summary.")
    page = SimpleNamespace(title="T", body=None, intro="")
    assert asyncio.run(summarise_tracked_openai(page, client)) == "Short summary."
