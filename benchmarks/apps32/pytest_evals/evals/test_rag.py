"""Retrieval quality evals: OpenAI embeddings + Cohere rerank."""
from __future__ import annotations

import pytest

from evalkit import Retriever, embed_texts
from evalkit.retrieval import cosine
from evals.datasets.loader import load_dataset

pytestmark = [pytest.mark.needs_provider("openai"), pytest.mark.slow]


@pytest.fixture(scope="module")
def corpus():
    rows = load_dataset("rag_corpus", shuffle=False)
    if not rows:
        pytest.skip("rag_corpus missing")
    return rows


@pytest.fixture(scope="module")
def retriever(openai_client, cohere_client, corpus):
    r = Retriever(embedder=openai_client, reranker=cohere_client)
    r.index([row["text"] for row in corpus])
    return r


def test_recall_at_5(retriever, corpus, record_score):
    queries = load_dataset("rag_queries", limit=50)
    hits = 0
    for q in queries:
        results = retriever.search(q["query"], k=5)
        hits += any(q["gold_id"] in doc for doc in results)
    recall = hits / max(len(queries), 1)
    record_score("recall@5", recall)
    assert recall >= 0.7


def test_embedding_symmetry(openai_client):
    a, b = embed_texts(openai_client, ["the cat sat on the mat", "a cat is sitting on a mat"])
    assert cosine(a, b) > 0.8


def test_cohere_embed_matches_openai_ranking(cohere_client, openai_client):
    texts = ["invoice overdue", "payment late", "weather forecast"]
    co = cohere_client.embed(
        texts=texts,
        model="embed-english-v3.0",
        input_type="search_document",
        embedding_types=["float"],
    )
    co_vecs = co.embeddings.float_
    oa_vecs = embed_texts(openai_client, texts)
    assert (cosine(co_vecs[0], co_vecs[1]) > cosine(co_vecs[0], co_vecs[2])) == (
        cosine(oa_vecs[0], oa_vecs[1]) > cosine(oa_vecs[0], oa_vecs[2])
    )


def test_rerank_puts_gold_first(cohere_client):
    docs = ["Paris is the capital of France.", "Berlin is in Germany.", "Bananas are yellow."]
    res = cohere_client.rerank(
        model="rerank-english-v3.0", query="capital of France", documents=docs, top_n=1
    )
    assert res.results[0].index == 0
