from unittest import mock

from enrichment import embed
from tests.fakes import FakeOpenAI, FakeVoyage


def test_openai_embeddings_keep_order():
    fake = FakeOpenAI()
    vectors = embed.embed_texts_openai(["a", "bbb"], client=fake, model="text-embedding-3-small")
    assert vectors == [[1.0, 0.0], [3.0, 0.0]]


def test_voyage_embeddings(monkeypatch):
    monkeypatch.setattr(embed, "get_voyage_client", lambda: FakeVoyage())
    assert len(embed.embed_texts_voyage(["x", "y", "z"])) == 3


def test_count_tokens_uses_voyage(monkeypatch):
    monkeypatch.setattr(embed, "get_voyage_client", lambda: FakeVoyage())
    assert embed.count_voyage_tokens(["one two", "three"]) == 3


def test_rerank_maps_results(monkeypatch):
    client = mock.MagicMock()
    client.rerank.return_value.results = [mock.Mock(index=1, relevance_score=0.9)]
    monkeypatch.setattr(embed, "get_voyage_client", lambda: client)
    assert embed.rerank_chunks("q", ["a", "b"]) == [(1, 0.9)]
    client.rerank.assert_called_once()


def test_embedders_registry():
    assert set(embed.EMBEDDERS) == {"openai", "voyage"}
