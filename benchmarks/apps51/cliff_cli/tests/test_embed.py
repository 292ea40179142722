import asyncio
from unittest import mock

from llmctl.embeddings import AsyncEmbedder, embed_texts
from fakes import FakeOpenAI


def test_embed_texts_batches(monkeypatch):
    monkeypatch.setattr("llmctl.embeddings.MAX_BATCH", 2)
    client = FakeOpenAI()
    vecs = embed_texts(client, ["a", "bb", "ccc"])
    assert len(vecs) == 3
    assert client.embeddings.calls == [["a", "bb"], ["ccc"]]


def test_async_embedder():
    client = mock.AsyncMock()
    client.embeddings.create.return_value.data = [mock.Mock(embedding=[0.1, 0.2])]
    out = asyncio.run(AsyncEmbedder(client).embed_all(["x"]))
    assert out == [[0.1, 0.2]]
