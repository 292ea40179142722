from unittest.mock import patch

from app.services.embedding_service import EmbeddingService
from tests.fakes import FakeCohere, FakeOpenAI, FakeVoyage

CFG = {"OPENAI_EMBED_MODEL": "e", "COHERE_EMBED_MODEL": "c", "VOYAGE_MODEL": "v",
       "BEDROCK_EMBED_MODEL_ID": "t"}


def _svc():
    return EmbeddingService(FakeOpenAI(), FakeCohere(), FakeVoyage(), None, CFG)


def test_batches_of_96():
    svc = _svc()
    vecs = svc.embed([f"t{i}" for i in range(200)], provider="openai")
    assert len(vecs) == 200
    assert [len(c) for c in svc.openai_client.embeddings.calls] == [96, 96, 8]


def test_cohere_query_input_type():
    svc = _svc()
    assert svc.embed(["q"], provider="cohere", input_type="query") == [[0.5, 0.5, 0.5]]


def test_voyage_count_tokens_is_local():
    assert _svc().count_tokens(["a b c"]) == 3


@patch("app.services.rerank.get_voyage")
def test_rerank_voyage(get_voyage):
    from app.services.rerank import rerank_voyage

    get_voyage.return_value.rerank.return_value.results = []
    assert rerank_voyage("q", ["d"]) == []


def test_bedrock_titan_one_request_per_text():
    import io
    import json
    from unittest import mock

    runtime = mock.MagicMock()
    runtime.invoke_model.side_effect = lambda **kw: {
        "body": io.BytesIO(json.dumps({"embedding": [1.0, 0.0]}).encode())
    }
    svc = EmbeddingService(FakeOpenAI(), FakeCohere(), FakeVoyage(), runtime, CFG)
    assert svc.embed(["a", "b", "c"], provider="bedrock") == [[1.0, 0.0]] * 3
    assert runtime.invoke_model.call_count == 3


def test_rerank_cohere_maps_documents():
    from app.services.rerank import rerank_cohere

    ranked = rerank_cohere(FakeCohere(), "q", ["d0", "d1", "d2"], top_n=2)
    assert [r["document"] for r in ranked] == ["d0", "d1"]


def test_embeddings_endpoint_rejects_too_many(client, auth):
    r = client.post("/api/v1/embeddings", json={"texts": ["x"] * 600}, headers=auth)
    assert r.status_code == 400
