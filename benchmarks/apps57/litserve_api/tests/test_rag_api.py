from unittest.mock import patch

from apis.rag import RAGAPI, RAGRequest
from retrieval import Embedder, VectorStore
from retrieval.store import Document
from tests.fakes import FakeCerebras, FakeCohere, FakeMistral, FakeOpenAI


def _api(tmp_path):
    with patch("apis.rag.get_openai_client", return_value=FakeOpenAI()), \
         patch("apis.rag.get_cohere_client", return_value=FakeCohere()), \
         patch("pipeline.rewrite.get_mistral_client", return_value=FakeMistral()), \
         patch("pipeline.grading.get_cerebras_client", return_value=FakeCerebras()):
        api = RAGAPI()
        api.setup("cpu")
    emb = Embedder(FakeOpenAI(), "fake")
    api.store = VectorStore(8)
    docs = [Document(id="d1", text="rotate keys via the admin console"), Document(id="d2", text="unrelated")]
    api.store.add(docs, emb.embed([d.text for d in docs]))
    api.embedder = emb
    return api


def test_predict_returns_answer(tmp_path):
    api = _api(tmp_path)
    out = api.predict(api.decode_request({"question": "how to rotate keys?", "provider": "openai"}))
    assert out["answer"] == "fake answer"
    assert out["grade"]["score"] == 4


def test_batch_predict(tmp_path):
    api = _api(tmp_path)
    reqs = [RAGRequest(question="a", provider="openai"), RAGRequest(question="b", provider="openai")]
    outs = api.unbatch(api.predict(api.batch(reqs)))
    assert len(outs) == 2


def test_session_memory_is_used(tmp_path):
    api = _api(tmp_path)
    api.predict(RAGRequest(question="first", provider="openai", session_id="s1"))
    assert [t["role"] for t in api.memory.history("s1")] == ["user", "assistant"]


def test_memory_trims():
    from apis.rag import ConversationMemory

    mem = ConversationMemory(max_turns=3)
    for i in range(5):
        mem.chat("s", "user", str(i))
    assert [t["content"] for t in mem.history("s")] == ["2", "3", "4"]


def test_embed_api_with_fake(monkeypatch):
    from apis.embed import EmbeddingAPI

    monkeypatch.setattr("apis.embed.client_for", lambda name: FakeOpenAI(dim=4))
    api = EmbeddingAPI()
    api.setup("cpu")
    out = api.predict(["a", "bb"])
    assert len(out) == 2 and len(out[0]) == 4


def test_grade_parse():
    from pipeline.grading import Grade

    g = Grade.parse('sure: {"grounded": true, "relevant": false, "score": 3, "reason": "x"}')
    assert g.grounded and not g.relevant and g.score == 3
    assert Grade.parse("nope").score == 0
