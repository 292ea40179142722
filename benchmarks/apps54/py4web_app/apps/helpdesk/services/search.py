"""Knowledge-base retrieval: vector search + rerank."""
import logging
import math

from .. import settings
from ..common import cache, voyage_client
from ..llm.clients import get_together
from .kb_embeddings import get_embedder

log = logging.getLogger("helpdesk.search")


def _cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


@cache.memoize(expiration=600)
def _all_chunks(db_uri_marker):
    # cached per process; the marker changes whenever the KB is re-embedded
    from ..common import db

    rows = db(db.kb_chunk.id > 0).select(
        db.kb_chunk.id, db.kb_chunk.article, db.kb_chunk.text, db.kb_chunk.embedding
    )
    return [r.as_dict() for r in rows]


def vector_search(db, query, k=20, embedder=None):
    embedder = embedder or get_embedder()
    qvec = embedder.embed_query(query)
    marker = db(db.kb_article.embedded_on != None).count()  # noqa: E711
    scored = [(c, _cosine(qvec, c["embedding"] or [])) for c in _all_chunks(marker)]
    scored.sort(key=lambda pair: pair[1], reverse=True)
    return [dict(chunk, score=score) for chunk, score in scored[:k]]


def rerank(query, candidates, top_k=5):
    if not candidates:
        return []
    result = voyage_client.rerank(
        query,
        [c["text"] for c in candidates],
        model=settings.VOYAGE_RERANK_MODEL,
        top_k=top_k,
    )
    return [dict(candidates[r.index], rerank_score=r.relevance_score) for r in result.results]


def rerank_with_together(query, candidates, top_k=5, client=None):
    """Used on the on-prem mirror (no Voyage egress)."""
    client = client or get_together()
    resp = client.rerank.create(
        model="Salesforce/Llama-Rank-V1",
        query=query,
        documents=[c["text"] for c in candidates],
        top_n=top_k,
    )
    return [dict(candidates[r.index], rerank_score=r.relevance_score) for r in resp.results]


def find_snippets(db, query, k=5):
    candidates = vector_search(db, query, k=max(20, k * 4))
    top = rerank(query, candidates, top_k=k)
    out = []
    for c in top:
        article = db.kb_article[c["article"]]
        out.append({"id": article.id, "title": article.title, "text": c["text"]})
    return out
