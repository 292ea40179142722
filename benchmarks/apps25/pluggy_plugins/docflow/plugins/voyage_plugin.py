"""Voyage AI embeddings + reranking."""
from __future__ import annotations

import logging

from docflow import hookimpl
from docflow.providers import get_voyage_client

log = logging.getLogger(__name__)

PLUGIN_NAME = "voyage_plugin"
EMBED_MODEL = "voyage-3"
RERANK_MODEL = "rerank-2"
# voyage-3 accepts up to 120k tokens per request
_BATCH_TOKEN_BUDGET = 100_000


@hookimpl
def docflow_describe() -> dict:
    return {"name": PLUGIN_NAME, "capabilities": ["embed", "rerank"]}


def _batches(texts: list[str]):
    vo = get_voyage_client()
    batch: list[str] = []
    budget = 0
    encodings = vo.tokenize(texts, model=EMBED_MODEL)
    for text, enc in zip(texts, encodings):
        n_tokens = len(enc)
        if batch and budget + n_tokens > _BATCH_TOKEN_BUDGET:
            yield batch
            batch, budget = [], 0
        batch.append(text)
        budget += n_tokens
    if batch:
        yield batch


@hookimpl
def embed(engine, texts: list[str], purpose: str) -> list[list[float]] | None:
    if engine.settings.embedding_plugin != "voyage":
        return None
    vectors: list[list[float]] = []
    for batch in _batches(texts):
        result = get_voyage_client().embed(batch, model=EMBED_MODEL, input_type=purpose)
        vectors.extend(result.embeddings)
        log.debug("voyage embedded %d texts (%d tokens)", len(batch), result.total_tokens)
    return vectors


@hookimpl
def rerank(engine, query: str, candidates: list[str], top_k: int) -> list[tuple[int, float]] | None:
    if not candidates:
        return []
    vo = get_voyage_client()
    reranking = vo.rerank(query, candidates, model=RERANK_MODEL, top_k=top_k, truncation=True)
    return [(r.index, r.relevance_score) for r in reranking.results]


def estimate_tokens(texts: list[str]) -> int:
    """Used by the cost report; does not call the embedding endpoint."""
    return get_voyage_client().count_tokens(texts, model=EMBED_MODEL)
