from types import SimpleNamespace
from unittest import mock

import pytest
from graphene.test import Client as GrapheneClient

from content_platform.schema import schema
from tests.fakes import FakeOpenAI, make_bundle

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(django_user_model):
    from articles.models import Article, Author

    user = django_user_model.objects.create_user("ed", password="x")
    author = Author.objects.create(user=user, display_name="Ed")
    return Article.objects.create(title="Hello", slug="hello", body="Some body text " * 20, author=author)


def _context(bundle, user=None):
    return SimpleNamespace(llm=bundle, openai=bundle.openai, user=user, headers={})


def test_summarize_mutation(article):
    bundle = make_bundle()
    client = GrapheneClient(schema)
    result = client.execute(
        'mutation { summarizeArticle(articleId: "%s") { summary { text } } }' % article.pk,
        context_value=_context(bundle),
    )
    assert "errors" not in result
    assert result["data"]["summarizeArticle"]["summary"]["text"] == "A summary."
    assert bundle.anthropic.messages.calls


def test_quick_summary_uses_request_openai(article):
    fake = FakeOpenAI(reply="tl;dr")
    bundle = make_bundle(openai=fake)
    result = GrapheneClient(schema).execute(
        '{ quickSummary(slug: "hello") }', context_value=_context(bundle)
    )
    assert result["data"]["quickSummary"] == "tl;dr"
    fake.chat.completions.create(model="sanity", messages=[])
    assert fake.calls[-1]["model"] == "sanity"


def test_semantic_search_empty(article):
    bundle = make_bundle()
    result = GrapheneClient(schema).execute(
        '{ semanticSearch(query: "django") { snippet } }', context_value=_context(bundle)
    )
    assert result["data"]["semanticSearch"] == []


@mock.patch("articles.schema.rewrite", return_value="Rewritten.")
def test_rewrite_mutation(rewrite):
    result = GrapheneClient(schema).execute(
        'mutation { rewriteParagraph(text: "abc") { text } }',
        context_value=_context(make_bundle()),
    )
    assert result["data"]["rewriteParagraph"]["text"] == "Rewritten."
    rewrite.assert_called_once()


@mock.patch("anthropic.Anthropic")
def test_registry_anthropic(anthropic_cls, settings):
    from ai import clients, registry

    clients.get_anthropic_client.cache_clear()
    anthropic_cls.return_value.messages.create.return_value = SimpleNamespace(
        content=[SimpleNamespace(text="ok")]
    )
    assert registry.rewrite("anthropic", "hi") == "ok"
    clients.get_anthropic_client.cache_clear()
