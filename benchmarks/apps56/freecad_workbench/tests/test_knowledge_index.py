from types import SimpleNamespace
from unittest import mock

from freecad.aiassist.core import knowledge_index
from freecad.aiassist.core.knowledge_index import KnowledgeIndex, chunk_text


class FakeEmbeddings:
    """Maps each text to a 3-d vector based on simple keyword counts."""

    KEYWORDS = ("hole", "fillet", "wall")

    def __init__(self):
        self.calls = 0

    def create(self, model, input):
        self.calls += 1
        data = []
        for text in input:
            vec = [float(text.lower().count(k)) + 0.01 for k in self.KEYWORDS]
            data.append(SimpleNamespace(embedding=vec))
        return SimpleNamespace(data=data)


class FakeClient:
    def __init__(self):
        self.embeddings = FakeEmbeddings()


def test_chunk_text_overlap():
    chunks = chunk_text("x" * 2000, size=800, overlap=100)
    assert len(chunks) == 3
    assert all(len(c) <= 800 for c in chunks)


def test_search_prefers_matching_chunk(params):
    fake = FakeClient()
    with mock.patch.object(knowledge_index.clients, "get_openai_client", return_value=fake):
        idx = KnowledgeIndex(use_openai=True)
        idx.add("hole hole hole pattern on the flange")
        idx.add("wall wall thickness of the housing")
        best = idx.search("what is the wall thickness", k=1)
    assert "wall" in best[0]
    assert fake.embeddings.calls == 3


def test_ollama_fallback(params):
    with mock.patch.object(knowledge_index.ollama, "embed",
                           return_value={"embeddings": [[1.0, 0.0]]}) as embed:
        idx = KnowledgeIndex(use_openai=False)
        idx.add("short note")
    embed.assert_called_once()
    assert idx.vectors == [[1.0, 0.0]]
