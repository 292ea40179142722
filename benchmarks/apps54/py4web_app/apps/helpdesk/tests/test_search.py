from unittest import mock

from apps.helpdesk.services import kb_embeddings, search

from .fakes import FakeTogether, FakeVoyage


def test_chunk_text_overlaps():
    text = "word " * 1000
    chunks = kb_embeddings.chunk_text(text, size=200, overlap=20)
    assert len(chunks) > 5
    assert all(len(c) <= 200 for c in chunks)


def test_voyage_embedder_batches():
    fake = FakeVoyage()
    emb = kb_embeddings.VoyageEmbedder(client=fake, model="voyage-test")
    vectors = emb.embed_documents(["a"] * 130)
    assert len(vectors) == 130
    assert len(fake.embed_calls) == 3
    assert fake.embed_calls[0][2] == "document"


def test_rerank_uses_shared_client():
    fake = FakeVoyage()
    cands = [{"text": "a", "article": 1}, {"text": "b", "article": 2}]
    with mock.patch.object(search, "voyage_client", fake):
        out = search.rerank("q", cands, top_k=1)
    assert out[0]["article"] == 1


def test_together_rerank():
    fake = FakeTogether()
    cands = [{"text": "a"}, {"text": "b"}, {"text": "c"}]
    out = search.rerank_with_together("q", cands, top_k=2, client=fake)
    assert len(out) == 2


def test_openai_client_is_mocked():
    client = mock.MagicMock()
    client.embeddings.create.return_value.data = [mock.Mock(embedding=[1.0])]
    r = client.embeddings.create(model="text-embedding-3-small", input=["x"])
    assert r.data[0].embedding == [1.0]
