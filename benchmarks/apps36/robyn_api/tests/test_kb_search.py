from unittest import mock

from supportdesk.schemas import KBArticle
from supportdesk.services.kb_search import KBSearchService
from tests.fakes import FakeCohere, FakeVoyage


def test_search_reranks_candidates():
    repo = mock.Mock()
    repo.nearest.return_value = [
        (KBArticle(id=1, title="Refunds", body="How refunds work"), 0.9),
        (KBArticle(id=2, title="Login", body="Reset password"), 0.8),
    ]
    svc = KBSearchService(FakeVoyage(), FakeCohere(), articles=repo)
    hits = svc.search("refund", top_k=2)
    assert [h.article_id for h in hits] == [1, 2]


def test_empty_index_returns_nothing():
    repo = mock.Mock()
    repo.nearest.return_value = []
    cohere_client = mock.Mock()
    svc = KBSearchService(FakeVoyage(), cohere_client, articles=repo)
    assert svc.search("anything") == []
    cohere_client.rerank.assert_not_called()
