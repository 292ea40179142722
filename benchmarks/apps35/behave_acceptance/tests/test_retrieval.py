from app.retrieval import Embedder, InMemoryIndex, Retriever, cosine
from features.support.fakes import FakeCohere, FakeOpenAI


def test_cosine_orthogonal():
    assert cosine([1.0, 0.0], [0.0, 1.0]) == 0.0


def test_cosine_zero_vector():
    assert cosine([0.0, 0.0], [1.0, 1.0]) == 0.0


def test_retrieve_reranks_with_fake_cohere():
    embedder = Embedder(client=FakeOpenAI(), model="fake-embed")
    retriever = Retriever(embedder, InMemoryIndex(), reranker=FakeCohere())
    retriever.ingest({"a": "reset your password in settings", "b": "refunds take a week"})
    top = retriever.retrieve("password reset", top_n=1)
    assert top[0].doc_id == "a"


def test_fake_rerank_direct():
    result = FakeCohere().rerank(model="x", query="a b", documents=["a", "c"], top_n=1)
    assert result.results[0].index == 0
