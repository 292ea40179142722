from types import SimpleNamespace
from unittest import mock

import pytest

from nbcopilot import embeddings


class FakeEmbeddings:
    def __init__(self):
        self.calls = 0

    def create(self, model, input):
        self.calls += 1
        return SimpleNamespace(data=[SimpleNamespace(embedding=[float(len(t)), 1.0]) for t in input])


@pytest.fixture
def fake_embed_client(monkeypatch):
    fake = SimpleNamespace(embeddings=FakeEmbeddings())
    monkeypatch.setattr(embeddings, "get_openai_client", lambda: fake)
    return fake


def test_embed_texts_batches(fake_embed_client, monkeypatch):
    monkeypatch.setattr(embeddings, "BATCH", 2)
    out = embeddings.embed_texts(["a", "bb", "ccc"])
    assert len(out) == 3
    assert fake_embed_client.embeddings.calls == 2


def test_cosine_identical():
    assert embeddings.cosine([1, 0], [1, 0]) == pytest.approx(1.0)


def test_cosine_zero_vector():
    assert embeddings.cosine([0, 0], [1, 0]) == 0.0


def test_unknown_provider():
    with pytest.raises(ValueError):
        embeddings.embed_texts(["x"], provider="cohere")


def test_semantic_search_caches(fake_embed_client):
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"txt": ["a", "bbbb", "cc"]})
    res = embeddings.semantic_search(df, "txt", "bbb", k=1)
    assert len(res) == 1
    calls = fake_embed_client.embeddings.calls
    embeddings.semantic_search(df, "txt", "bbb", k=1)
    assert fake_embed_client.embeddings.calls == calls + 1  # only the query is re-embedded


def test_ollama_branch_uses_client():
    client = mock.MagicMock()
    client.embed.return_value = {"embeddings": [[0.1, 0.2]]}
    with mock.patch.object(embeddings, "get_ollama_client", return_value=client):
        assert embeddings.embed_texts(["hi"], provider="ollama") == [[0.1, 0.2]]
