from zmq_workers.protocol import Job
from zmq_workers.workers import embed

from .fakes import FakeOpenAI, FakeVoyage


class _Reg:
    def get(self, name):
        return object()


def test_embed_voyage_and_rerank(monkeypatch):
    monkeypatch.setattr(embed, "get_voyage_client", lambda: FakeVoyage())
    monkeypatch.setattr(embed, "get_openai_client", lambda: FakeOpenAI())
    monkeypatch.setattr(embed, "registry", _Reg())
    w = embed.Worker(max_threads=1)
    out = w.embed(Job.create("embed", texts=["ab", "abc"]))
    assert out["embeddings"] == [[2.0], [3.0]]
    ranked = w.rerank(Job.create("rerank", query="q", documents=["a", "b", "c"], top_k=2))
    assert [r["index"] for r in ranked["results"]] == [0, 1]


def test_embed_bulk_batches(monkeypatch):
    monkeypatch.setattr(embed, "get_voyage_client", lambda: FakeVoyage())
    monkeypatch.setattr(embed, "get_openai_client", lambda: FakeOpenAI())
    monkeypatch.setattr(embed, "registry", _Reg())
    w = embed.Worker(max_threads=2)
    out = w.embed_bulk(Job.create("embed_bulk", texts=["x"] * 300))
    assert len(out["embeddings"]) == 300
