from unittest import mock

from tests.fakes import FakeCohere

from server_code import knowledge


def test_search_articles_reranks(app_tables):
    app_tables.articles.add_row(
        slug="reset-password", title="Reset password", body="Go to settings",
        embedding=[1.0, 0.0], embedding_model=knowledge.EMBED_MODEL,
    )
    fake = FakeCohere()
    with mock.patch.object(knowledge, "client_for", return_value=fake):
        results = knowledge.search_articles("can't log in")
    assert results[0]["slug"] == "reset-password"
    assert fake.reranked == ["can't log in"]


def test_empty_query_short_circuits():
    assert knowledge.search_articles("   ") == []


def test_fit_context_respects_budget():
    with mock.patch.object(knowledge.litellm, "token_counter", return_value=4000):
        picked = knowledge._fit_context([{"body": "a"}, {"body": "b"}])
    assert len(picked) == 1
