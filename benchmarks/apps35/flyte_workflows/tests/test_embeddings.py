from labelling_flows.tasks import embeddings, rerank


def test_embed_openai_batches(fake_openai):
    chunks = [{"chunk_id": i, "doc_id": 0, "text": f"chunk {i}"} for i in range(300)]
    rows = embeddings.embed_openai(chunks=chunks)
    assert len(rows) == 300
    assert len(fake_openai.embeddings.calls) == 2


def test_embed_cohere(fake_cohere):
    rows = embeddings.embed_cohere(chunks=[{"chunk_id": 1, "text": "a"}, {"chunk_id": 2, "text": "b"}])
    assert [r["chunk_id"] for r in rows] == [1, 2]
    assert fake_cohere.calls[0]["input_type"] == "search_document"


def test_rerank_keeps_order(fake_cohere):
    cands = [{"text": t} for t in "abcde"]
    out = rerank.rerank_cohere(query="q", candidates=cands, top_n=2)
    assert [c["text"] for c in out] == ["a", "b"]
