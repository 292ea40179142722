"""Embeddings + reranking for the related-articles panel."""
import logging

import numpy as np

from .clients import get_cohere_client, get_openai_client

log = logging.getLogger(__name__)

EMBED_MODEL = "embed-english-v3.0"
RERANK_MODEL = "rerank-english-v3.0"
OPENAI_EMBED_MODEL = "text-embedding-3-small"


def embed_documents(texts, client=None):
    client = client or get_cohere_client()
    res = client.embed(
        texts=texts,
        model=EMBED_MODEL,
        input_type="search_document",
        embedding_types=["float"],
    )
    return res.embeddings.float_


def embed_query(text, client=None):
    client = client or get_cohere_client()
    res = client.embed(
        texts=[text],
        model=EMBED_MODEL,
        input_type="search_query",
        embedding_types=["float"],
    )
    return res.embeddings.float_[0]


def rerank(query, documents, top_n=5):
    co = get_cohere_client()
    result = co.rerank(model=RERANK_MODEL, query=query, documents=documents, top_n=top_n)
    return [(r.index, r.relevance_score) for r in result.results]


def openai_embed(texts):
    """Legacy vectors from before we switched to Cohere. Still used by the
    'similar tickets' widget until the backfill finishes (see scripts/)."""
    resp = get_openai_client().embeddings.create(model=OPENAI_EMBED_MODEL, input=texts)
    return [d.embedding for d in resp.data]


def cosine(a, b):
    a = np.asarray(a, dtype=np.float32)
    b = np.asarray(b, dtype=np.float32)
    denom = float(np.linalg.norm(a) * np.linalg.norm(b)) or 1.0
    return float(a @ b) / denom


def top_k(query_vec, candidates, k=5):
    scored = [(cid, cosine(query_vec, vec)) for cid, vec in candidates]
    scored.sort(key=lambda x: x[1], reverse=True)
    return scored[:k]
