from unittest.mock import AsyncMock, MagicMock

from gateway.workers import component as comp
from gateway.workers.indexer import Indexer
from tests.fakes import FakeCohere, FakeOpenAI


async def test_classify_falls_back_to_other():
    comp.state["cohere"] = FakeCohere(reply="banana")
    out = await comp.classify("text", ["bug", "feature"])
    assert out == {"label": "other"}


async def test_extract_entities_bad_json():
    comp.state["cerebras"] = FakeOpenAI(reply="not json")
    assert await comp.extract_entities("Alice met Bob") == []


async def test_indexer_flush_calls_upsert():
    session = MagicMock()
    session.call = AsyncMock()
    idx = Indexer(FakeCohere(), session, batch_size=2)
    await idx.on_document({"id": 1, "text": "a"})
    await idx.on_document({"id": 2, "text": "b"})
    assert session.call.await_count == 2
