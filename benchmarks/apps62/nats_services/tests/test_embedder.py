from types import SimpleNamespace

from services.embedder import EmbedderService, EmbeddingCache
from svc.config import Settings
from tests.fakes import FakeNATS, FakeOpenAI, fake_clients


def test_cache_evicts_oldest():
    c = EmbeddingCache(size=2)
    c.put("m", "a", [1.0])
    c.put("m", "b", [2.0])
    c.put("m", "c", [3.0])
    assert c.get("m", "a") is None
    assert c.get("m", "c") == [3.0]


async def test_openai_embeddings_are_cached():
    oa = FakeOpenAI()
    svc = EmbedderService(FakeNATS(), settings=Settings(), llm=fake_clients(openai=oa))
    out1 = await svc.embed({"texts": ["ab", "abc"]})
    out2 = await svc.embed({"texts": ["ab"]})
    assert out1["vectors"] == [[2.0], [3.0]]
    assert out2["vectors"] == [[2.0]]


async def test_fake_embeddings_direct():
    oa = FakeOpenAI()
    resp = await oa.embeddings.create(model="x", input=["a"])
    assert resp.data[0].embedding == [1.0]
