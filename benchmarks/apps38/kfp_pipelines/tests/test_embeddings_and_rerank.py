from unittest import mock

from llm_batch import embeddings
from llm_batch.rerank import CohereReranker


def test_voyage_backend_batches(fake_voyage):
    texts = [f"doc {i}" for i in range(300)]
    vecs = embeddings.embed_texts(texts, backend="voyage")
    assert len(vecs) == 300


def test_openai_backend_uses_dimensions():
    fake = mock.MagicMock()
    fake.embeddings.create.return_value = mock.Mock(data=[mock.Mock(embedding=[0.0] * 4)])
    with mock.patch.object(embeddings.clients, "get_openai", return_value=fake):
        embeddings.embed_texts(["a"], backend="openai")
    fake.embeddings.create.assert_called_once()
    assert fake.embeddings.create.call_args.kwargs["dimensions"] == 1024


def test_cohere_reranker(fake_cohere):
    rr = CohereReranker(client=fake_cohere)
    ranked = rr.rerank("refund", ["a", "b", "c"], top_n=2)
    assert [r.index for r in ranked] == [0, 1]
    assert fake_cohere.rerank_calls == ["refund"]


def test_voyage_token_budget(fake_voyage):
    assert embeddings.voyage_token_budget(["a b", "c"]) == 3
