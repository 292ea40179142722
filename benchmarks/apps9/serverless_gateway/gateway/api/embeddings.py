"""Embeddings and rerank routes."""
from __future__ import annotations

import time
from typing import Any, Dict, List

import modal
from fastapi import APIRouter, Depends

from gateway.api.deps import Caller, registry, require_caller
from gateway.app import APP_NAME
from gateway.providers import clients
from gateway.providers.registry import ProviderRegistry
from gateway.providers.together_ai import TogetherProvider
from gateway.schemas import EmbeddingRequest, RerankRequest
from gateway.services.usage_store import UsageStore
from gateway.tokens import count_text_tokens

router = APIRouter()

OPENAI_EMBEDDING_MODELS = {"text-embedding-3-small", "text-embedding-3-large"}
BATCHED_EMBED_MODEL = "BAAI/bge-large-en-v1.5"


def _embedding_response(model: str, vectors: List[List[float]], prompt_tokens: int) -> Dict[str, Any]:
    return {
        "object": "list",
        "model": model,
        "data": [{"object": "embedding", "index": i, "embedding": v} for i, v in enumerate(vectors)],
        "usage": {"prompt_tokens": prompt_tokens, "total_tokens": prompt_tokens},
    }


@router.post("/v1/embeddings")
async def create_embeddings(
    request: EmbeddingRequest,
    caller: Caller = Depends(require_caller),
    reg: ProviderRegistry = Depends(registry),
):
    inputs = request.inputs()
    started = time.perf_counter()

    if request.model in OPENAI_EMBEDDING_MODELS:
        # OpenAI reports real usage; pass it through.
        resp = await clients.async_openai_client().embeddings.create(model=request.model, input=inputs)
        vectors = [d.embedding for d in resp.data]
        prompt_tokens = resp.usage.prompt_tokens
        provider = "openai"
    elif request.model == BATCHED_EMBED_MODEL and len(inputs) == 1:
        # single-text requests go through the dynamic-batching worker
        embedder = modal.Cls.from_name(APP_NAME, "Embedder")()
        vectors = [await embedder.embed.remote.aio(inputs[0])]
        prompt_tokens = count_text_tokens(inputs[0])
        provider = "together"
    else:
        tg = reg.provider("together")
        vectors = await tg.embed(request.model, inputs)
        prompt_tokens = sum(count_text_tokens(t) for t in inputs)
        provider = "together"

    await UsageStore.shared().record_request(
        team=caller.team,
        provider=provider,
        model=request.model,
        usage={"prompt_tokens": prompt_tokens, "completion_tokens": 0},
        latency_ms=int((time.perf_counter() - started) * 1000),
    )
    return _embedding_response(request.model, vectors, prompt_tokens)


@router.post("/v1/rerank")
async def rerank(
    request: RerankRequest,
    caller: Caller = Depends(require_caller),
    reg: ProviderRegistry = Depends(registry),
):
    tg = reg.provider("together")
    assert isinstance(tg, TogetherProvider)
    results = await tg.rerank(request.model, request.query, request.documents, request.top_n)
    return {"model": request.model, "results": results}
