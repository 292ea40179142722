from __future__ import annotations

import asyncio

from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode

from app.embeddings.voyage_embed import VoyageEmbedding
from app.postprocessors.cohere_rerank import CohereRerankPostprocessor
from app.postprocessors.voyage_rerank import VoyageRerankPostprocessor
from tests.conftest import FakeCohere, FakeVoyage


def _nodes(n: int) -> list[NodeWithScore]:
    return [NodeWithScore(node=TextNode(text=f"passage {i}", id_=f"n{i}"), score=0.5) for i in range(n)]


def test_cohere_rerank_orders_by_score(fake_cohere: FakeCohere) -> None:
    pp = CohereRerankPostprocessor(top_n=3, min_score=0.0)
    out = pp.postprocess_nodes(_nodes(5), QueryBundle("how do I reset SSO?"))
    assert len(out) == 3
    assert fake_cohere.rerank_calls[0]["top_n"] == 3


def test_voyage_rerank_with_fake_client() -> None:
    pp = VoyageRerankPostprocessor(client=FakeVoyage(), top_k=2)
    out = pp.postprocess_nodes(_nodes(4), QueryBundle("billing"))
    assert [n.node.node_id for n in out] == ["n0", "n1"]


def test_fake_cohere_rerank_direct() -> None:
    fake = FakeCohere()
    res = fake.rerank(model="rerank-test", query="q", documents=["a", "b"], top_n=2)
    assert len(res.results) == 2


def test_voyage_query_and_docs(fake_voyage: FakeVoyage) -> None:
    emb = VoyageEmbedding(model="voyage-test")
    q = emb.get_query_embedding("abc")
    docs = emb.get_text_embedding_batch(["a", "bb"])
    assert len(q) == 4
    assert docs[1][0] == 2.0
    assert emb.tokens_used == 9


def test_voyage_async_query(fake_voyage: FakeVoyage, monkeypatch) -> None:
    async def fake_embed(texts, model=None, input_type=None):
        return fake_voyage.embed(texts, model=model, input_type=input_type)

    emb = VoyageEmbedding()
    monkeypatch.setattr(emb._aclient, "embed", fake_embed, raising=False)
    assert asyncio.run(emb.aget_query_embedding("q"))
