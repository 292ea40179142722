from types import SimpleNamespace

import pytest

from libraries import SimilarityLibrary as sim_module
from tests.fakes import FakeBuiltIn, FakeOpenAI


def _lib(monkeypatch, vectors, backend="openai"):
    llm = SimpleNamespace(client=FakeOpenAI(vectors=vectors))
    monkeypatch.setattr(sim_module, "BuiltIn", lambda: FakeBuiltIn({"LLMLibrary": llm}))
    return sim_module.SimilarityLibrary(backend=backend, threshold=0.9)


def test_similar_passes(monkeypatch):
    lib = _lib(monkeypatch, [[1.0, 0.0], [0.99, 0.05]])
    assert lib.texts_should_be_similar("a", "b") > 0.9


def test_similar_fails(monkeypatch):
    lib = _lib(monkeypatch, [[1.0, 0.0], [0.0, 1.0]])
    with pytest.raises(AssertionError):
        lib.texts_should_be_similar("a", "b")


def test_not_similar(monkeypatch):
    lib = _lib(monkeypatch, [[1.0, 0.0], [0.0, 1.0]])
    assert lib.texts_should_not_be_similar("a", "b") == pytest.approx(0.0)


def test_mistral_backend(monkeypatch):
    class FakeMistralEmb:
        class embeddings:
            @staticmethod
            def create(model, inputs):
                return SimpleNamespace(data=[SimpleNamespace(embedding=[1, 0]) for _ in inputs])

    monkeypatch.setattr(sim_module, "get_mistral_client", lambda: FakeMistralEmb())
    lib = sim_module.SimilarityLibrary(backend="mistral")
    assert lib.texts_should_be_similar("x", "y") == pytest.approx(1.0)
