from types import SimpleNamespace
from unittest.mock import MagicMock

from evalkit.retrieval import Retriever, cosine, embed_texts


def test_cosine_identity():
    assert abs(cosine([1, 2, 3], [1, 2, 3]) - 1.0) < 1e-9


def test_embed_texts_batches(fake_openai):
    vecs = embed_texts(fake_openai, [f"t{i}" for i in range(1030)])
    assert len(vecs) == 1030
    assert len(fake_openai.calls) == 3


def test_retriever_uses_reranker(fake_openai):
    reranker = MagicMock()
    reranker.rerank.return_value = SimpleNamespace(results=[SimpleNamespace(index=1)])
    r = Retriever(embedder=fake_openai, reranker=reranker)
    r.index(["aa", "bbb", "c"])
    assert r.search("q", k=1) == ["bbb"]
    assert reranker.rerank.call_args.kwargs["top_n"] == 1
