from __future__ import annotations

import pytest

from docintel.services.embeddings import EmbeddingService
from docintel.services.reranker import Reranker
from docintel.worker.jobs.ingest import ingest_document

from .conftest import FakeCohere, FakeVoyage


async def test_ingest_embeds_and_enqueues(ctx):
    voyage = FakeVoyage()
    ctx["embedder"] = EmbeddingService(voyage, model="voyage-test")
    out = await ingest_document(ctx, "doc_1")
    assert out["chunks"] >= 1
    assert out["model"] == "voyage-test"
    assert ctx["repo"].saved["status"] == "indexed"
    assert ctx["redis"].enqueue_job.await_count == 2


async def test_embedding_falls_back_to_cohere():
    service = EmbeddingService(FakeVoyage(fail=True), FakeCohere(), fallback_model="embed-test")
    batch = await service.embed_documents(["a", "bb"])
    assert batch.model == "embed-test"
    assert len(batch.vectors) == 2


async def test_embedding_without_fallback_raises():
    service = EmbeddingService(FakeVoyage(fail=True))
    with pytest.raises(RuntimeError):
        await service.embed_documents(["a"])


async def test_reranker_orders_by_fake_score():
    reranker = Reranker(FakeCohere())
    ranked = await reranker.rerank("q", ["short", "much longer passage", "mid length"], top_n=2)
    assert [r.text for r in ranked] == ["much longer passage", "mid length"]
    direct = await FakeCohere().rerank(model="m", query="q", documents=["x"], top_n=1)
    assert direct.results[0].index == 0
