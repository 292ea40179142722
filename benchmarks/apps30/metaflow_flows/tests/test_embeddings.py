from types import SimpleNamespace

import numpy as np

from llmkit import embeddings


class FakeVoyage:
    def __init__(self):
        self.batches = []

    def embed(self, texts, model, input_type=None):
        self.batches.append(len(texts))
        return SimpleNamespace(embeddings=[[1.0, 0.0]] * len(texts), total_tokens=len(texts) * 3)


def test_voyage_batches(monkeypatch):
    fake = FakeVoyage()
    monkeypatch.setattr(embeddings, "get_voyage_client", lambda: fake)
    out = embeddings.embed_texts(["t"] * 300, provider="voyage")
    assert out.shape == (300, 2)
    assert fake.batches == [128, 128, 44]


def test_openai_embeddings_use_fake(monkeypatch):
    from tests.conftest import FakeOpenAI

    fake = FakeOpenAI()
    monkeypatch.setattr(embeddings, "get_openai_client", lambda: fake)
    out = embeddings.embed_texts(["a", "b"], provider="openai")
    assert out.shape == (2, 3)
    direct = fake.embeddings.create(model="text-embedding-3-small", input=["x"])
    assert len(direct.data) == 1


def test_cosine():
    a = np.array([[1.0, 0.0]])
    assert embeddings.cosine_sim(a, a)[0, 0] == 1.0
