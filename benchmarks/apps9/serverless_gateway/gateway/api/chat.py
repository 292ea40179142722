"""OpenAI-compatible chat and text completion routes."""
from __future__ import annotations

import hashlib
import json
import time
import uuid
from typing import Any, AsyncIterator, Dict, Optional

import modal
from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse, StreamingResponse

from gateway.api.deps import Caller, registry, require_caller
from gateway.app import APP_NAME, response_cache
from gateway.errors import GatewayError, UpstreamError
from gateway.observability import get_logger
from gateway.providers.base import ChatProvider, ProviderSpec
from gateway.providers.registry import ProviderRegistry
from gateway.schemas import ChatRequest, CompletionRequest, ProviderResult, completion, completion_chunk
from gateway.services import moderation
from gateway.services.conversations import compact_history
from gateway.services.fallback import LlamaFallbackChain
from gateway.services.usage_store import UsageStore

log = get_logger(__name__)
router = APIRouter()

# aliases served by the pinned @app.cls workers instead of in-process adapters
PINNED_WORKERS = {"cerebras": "CerebrasWorker", "together": "TogetherWorker", "sambanova": "SambaNovaWorker"}

# exact-match response cache (opt-in with "cache": true, temperature 0 only)
CACHE_TTL_S = 3600


def cache_key(request: ChatRequest) -> str:
    payload = {
        "model": request.model,
        "messages": request.message_dicts(),
        "params": request.sampling_kwargs(),
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()


def cacheable(request: ChatRequest) -> bool:
    return request.cache and not request.stream and (request.temperature or 0.0) == 0.0


class ResponseCache:
    def __init__(self, store):
        self._store = store

    async def get(self, request: ChatRequest) -> Optional[Dict[str, Any]]:
        entry = await self._store.get.aio(cache_key(request))
        if not entry:
            return None
        if time.time() - entry.get("ts", 0) > CACHE_TTL_S:
            return None
        return entry["body"]

    async def put(self, request: ChatRequest, body: Dict[str, Any]) -> None:
        await self._store.put.aio(cache_key(request), {"ts": time.time(), "body": body})


_fallback = None
_cache = ResponseCache(response_cache)


def _fallback_chain() -> LlamaFallbackChain:
    global _fallback
    if _fallback is None:
        _fallback = LlamaFallbackChain()
    return _fallback


async def _via_worker(spec: ProviderSpec, request: ChatRequest) -> ProviderResult:
    worker_cls = modal.Cls.from_name(APP_NAME, PINNED_WORKERS[spec.provider])
    payload: Dict[str, Any] = {"model": spec.model, "messages": request.message_dicts(), **request.sampling_kwargs()}
    started = time.perf_counter()
    body = await worker_cls().complete.remote.aio(payload)
    usage = body.get("usage") or {}
    choice = body["choices"][0]
    return ProviderResult(
        provider=spec.provider,
        model=spec.model,
        text=choice["message"].get("content") or "",
        finish_reason=choice.get("finish_reason"),
        usage={
            "prompt_tokens": usage.get("prompt_tokens", 0),
            "completion_tokens": usage.get("completion_tokens", 0),
            "total_tokens": usage.get("total_tokens", 0),
        },
        latency_ms=int((time.perf_counter() - started) * 1000),
    )


async def _run(provider: ChatProvider, spec: ProviderSpec, request: ChatRequest) -> ProviderResult:
    if spec.provider in PINNED_WORKERS and not request.tools:
        return await _via_worker(spec, request)
    return await provider.chat(spec, request)


async def _sse(provider: ChatProvider, spec: ProviderSpec, request: ChatRequest) -> AsyncIterator[bytes]:
    chunk_id = f"chatcmpl-{uuid.uuid4().hex[:24]}"
    try:
        async for delta in provider.stream(spec, request):
            yield f"data: {json.dumps(completion_chunk(chunk_id=chunk_id, model=request.model, delta=delta))}\n\n".encode()
        final = completion_chunk(chunk_id=chunk_id, model=request.model, delta="", finish_reason="stop")
        yield f"data: {json.dumps(final)}\n\n".encode()
    except GatewayError as exc:
        yield f"data: {json.dumps(exc.to_dict())}\n\n".encode()
    yield b"data: [DONE]\n\n"


@router.post("/v1/chat/completions")
async def chat_completions(
    request: ChatRequest,
    caller: Caller = Depends(require_caller),
    reg: ProviderRegistry = Depends(registry),
):
    provider, spec = reg.resolve(request.model)

    if caller.moderate_inputs:
        await moderation.enforce(request.message_dicts(), team=caller.team)

    messages = compact_history(request.message_dicts(), spec.context_window)
    if len(messages) != len(request.messages):
        request = request.model_copy(update={"messages": messages})

    if request.stream:
        return StreamingResponse(_sse(provider, spec, request), media_type="text/event-stream")

    if cacheable(request):
        hit = await _cache.get(request)
        if hit is not None:
            return JSONResponse(hit, headers={"x-gateway-cache": "hit"})

    try:
        result = await _run(provider, spec, request)
    except UpstreamError as exc:
        chain = _fallback_chain()
        if not (request.fallback and chain.applies_to(request.model)):
            raise
        log.warning("primary_failed_trying_fallback", alias=request.model, error=exc.message[:200])
        result = await chain.run(request, skip=spec.provider)

    body = completion(
        model=request.model,
        text=result.text,
        usage=result.usage,
        finish_reason=result.finish_reason,
        tool_calls=result.tool_calls,
    )
    await UsageStore.shared().record_request(
        team=caller.team,
        provider=result.provider,
        model=result.model,
        usage=result.usage.model_dump(),
        latency_ms=result.latency_ms,
    )
    if cacheable(request):
        await _cache.put(request, body)
    return JSONResponse(body, headers={"x-gateway-provider": result.provider, **result.raw_headers})


@router.post("/v1/completions")
async def text_completions(
    request: CompletionRequest,
    caller: Caller = Depends(require_caller),
    reg: ProviderRegistry = Depends(registry),
):
    provider, spec = reg.resolve(request.model)
    complete = getattr(provider, "complete", None)
    if complete is None:
        raise GatewayError(f"{request.model} does not support text completions")
    return await complete(spec, request)
