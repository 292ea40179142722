"""Semantic search jobs used by the portal's "ask your documents" feature."""
from __future__ import annotations

import structlog

from docintel.services.reranker import Reranker
from docintel.worker.context import cohere_client, providers_of, repo_of, settings_of

log = structlog.get_logger(__name__)


async def search_documents(ctx: dict, tenant_id: str, query: str, top_n: int = 8) -> list[dict]:
    embedder = ctx["embedder"]
    vector = await embedder.embed_query(query)
    candidates = await repo_of(ctx).nearest_chunks(tenant_id, vector, k=50)
    reranker: Reranker = ctx["reranker"]
    ranked = await reranker.rerank(query, [c["text"] for c in candidates], top_n=top_n)
    return [
        {**candidates[r.index], "score": r.score}
        for r in ranked
    ]


async def search_documents_cohere(ctx: dict, tenant_id: str, query: str, top_n: int = 8) -> list[dict]:
    """Cohere-only pipeline for tenants whose index was built with embed-english-v3.0."""
    settings = settings_of(ctx)
    co = cohere_client(ctx)
    emb = await co.embed(
        texts=[query],
        model=settings.cohere_embed_model,
        input_type="search_query",
        embedding_types=["float"],
    )
    candidates = await repo_of(ctx).nearest_chunks(tenant_id, emb.embeddings.float_[0], k=50)
    if not candidates:
        return []
    reranked = await co.rerank(
        model=settings.cohere_rerank_model,
        query=query,
        documents=[c["text"] for c in candidates],
        top_n=top_n,
    )
    return [{**candidates[r.index], "score": r.relevance_score} for r in reranked.results]


async def grounded_answer(ctx: dict, tenant_id: str, question: str) -> dict:
    """Cohere RAG answer with citations over the top reranked chunks."""
    settings = settings_of(ctx)
    hits = await search_documents(ctx, tenant_id, question, top_n=6)
    co = providers_of(ctx).cohere
    response = await co.chat(
        model=settings.cohere_chat_model,
        messages=[{"role": "user", "content": question}],
        documents=[
            {"id": f'{h["document_id"]}:{h["idx"]}', "data": {"text": h["text"]}} for h in hits
        ],
        temperature=0.1,
    )
    text = response.message.content[0].text if response.message.content else ""
    citations = [
        {"text": c.text, "sources": [s.id for s in (c.sources or [])]}
        for c in (response.message.citations or [])
    ]
    return {"answer": text, "citations": citations}


async def rerank_candidates(ctx: dict, query: str, passages: list[str], top_n: int = 5) -> list[dict]:
    """Called by the API for customers who bring their own retrieval."""
    settings = settings_of(ctx)
    voyage = providers_of(ctx).voyage
    result = await voyage.rerank(query, passages, model=settings.voyage_rerank_model, top_k=top_n)
    return [{"index": r.index, "score": r.relevance_score} for r in result.results]
