import json
from types import SimpleNamespace
from unittest import mock

import pytest

from ai.services.embeddings import EmbeddingService, embed_query
from ai.services.seo import generate_seo_metadata
from ai.services.summarizer import ArticleSummarizer
from tests.fakes import FakeAnthropic, FakeOpenAI, FakeVoyage


@pytest.fixture
def article():
    return SimpleNamespace(pk=1, title="Django tips", body="Django is a web framework. " * 40)


def test_summarize_uses_client(article, settings):
    settings.SUMMARY_MODEL = "claude-test"
    fake = FakeAnthropic(reply="Short summary.")
    summarizer = ArticleSummarizer(client=fake)
    assert summarizer.summarize(article) == "Short summary."
    assert fake.messages.calls[0]["model"] == "claude-test"


def test_seo_metadata_parses_json(article, settings):
    settings.SEO_MODEL = "gpt-test"
    reply = json.dumps({"meta_title": "Django tips", "meta_description": "d", "keywords": ["Django"]})
    fake = FakeOpenAI(reply=reply)
    result = generate_seo_metadata(article, fake)
    assert result.keywords == ["django"]
    assert fake.calls[0]["response_format"] == {"type": "json_object"}


def test_embed_documents_batches(settings):
    settings.EMBEDDING_MODEL = "voyage-test"
    fake = FakeVoyage()
    service = EmbeddingService(client=fake)
    vectors = service.embed_documents(["a"] * 300)
    assert len(vectors) == 300
    assert fake.embed_calls == 3


def test_embed_query_with_mock(settings):
    settings.EMBEDDING_MODEL = "voyage-test"
    client = mock.Mock()
    client.embed.return_value = SimpleNamespace(embeddings=[[0.1, 0.2]])
    assert embed_query("hello", client=client) == [0.1, 0.2]
    client.embed.assert_called_once_with(["hello"], model="voyage-test", input_type="query")


@mock.patch("ai.services.moderation._get_client")
def test_moderation_flag(get_client):
    from ai.services.moderation import is_flagged

    get_client.return_value.moderations.create.return_value = SimpleNamespace(
        results=[SimpleNamespace(flagged=True, categories={})]
    )
    assert is_flagged("bad words") is True


def test_registry_runner_with_fake_openai():
    from ai.registry import _openai_style

    fake = FakeOpenAI(reply="rewritten")
    assert _openai_style(fake, "gpt-test", "hello") == "rewritten"
    assert fake.calls[0]["max_tokens"] == 800


def test_token_budget_uses_count_tokens(settings):
    settings.EMBEDDING_MODEL = "voyage-test"
    service = EmbeddingService(client=FakeVoyage())
    assert service.token_budget(["one two", "three"]) == 3


def test_batch_seo_with_mock_client(article, settings):
    from ai.services.seo import batch_seo_metadata

    settings.SEO_MODEL = "gpt-test"
    client = mock.MagicMock()
    client.chat.completions.create.return_value = SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content='{"meta_title": "t"}'))]
    )
    out = batch_seo_metadata([article], client)
    assert out[1].meta_title == "t"
