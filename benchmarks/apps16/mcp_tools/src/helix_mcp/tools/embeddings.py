"""Embedding tools (pre-refactor style: plain functions added in tools/__init__.py)."""
from typing import List

import numpy as np
from mcp.server.fastmcp import Context

from helix_mcp.errors import InputTooLarge
from helix_mcp.lifespan import AppContext, get_app
from helix_mcp.models import EmbeddingResult

MAX_TEXTS = 96


async def _embed(app: AppContext, texts: List[str], provider: str, input_type: str) -> EmbeddingResult:
    if len(texts) > MAX_TEXTS:
        raise InputTooLarge("texts", len(texts), MAX_TEXTS)
    if provider == "openai":
        resp = await app.openai.embeddings.create(model=app.settings.embedding_model, input=texts)
        vectors = [d.embedding for d in resp.data]
        model = app.settings.embedding_model
    elif provider == "cohere":
        resp = await app.cohere.embed(
            model=app.settings.cohere_embed_model,
            texts=texts,
            input_type=input_type,
            embedding_types=["float"],
        )
        vectors = resp.embeddings.float_
        model = app.settings.cohere_embed_model
    else:
        raise ValueError("provider must be 'openai' or 'cohere'")
    return EmbeddingResult(provider=provider, model=model, dimensions=len(vectors[0]), vectors=vectors)


async def embed_texts(texts: List[str], ctx: Context, provider: str = "openai") -> EmbeddingResult:
    """Embed up to 96 texts. provider: openai | cohere."""
    return await _embed(get_app(ctx), texts, provider, "search_document")


async def similar_texts(query: str, candidates: List[str], ctx: Context, top_k: int = 5) -> List[dict]:
    """Rank candidate strings by semantic similarity to the query."""
    result = await _embed(get_app(ctx), [query] + candidates, "openai", "search_query")
    mat = np.asarray(result.vectors, dtype=np.float32)
    mat /= np.linalg.norm(mat, axis=1, keepdims=True)
    scores = mat[1:] @ mat[0]
    order = np.argsort(-scores)[:top_k]
    return [{"text": candidates[i], "score": round(float(scores[i]), 4)} for i in order]
