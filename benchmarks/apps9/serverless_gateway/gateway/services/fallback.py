"""Last-resort fallback for the Llama-70B family.

When the routed provider for a llama-3.3-70b alias fails (429/5xx/timeout),
we try the same weights on another vendor before giving up. Each entry is a
(label, model id on that vendor, call) triple; the call returns an awaitable
of an OpenAI-shaped chat.completion.
"""
from __future__ import annotations

from typing import Any, Awaitable, Callable, Dict, List, Tuple

from gateway.errors import GatewayError, UpstreamError
from gateway.providers.base import result_from_openai_shape
from gateway.providers.clients import async_cerebras_client, sambanova_client
from gateway.schemas import ChatRequest, ProviderResult
from gateway.observability import get_logger

log = get_logger(__name__)

CallFn = Callable[[List[Dict[str, Any]], Dict[str, Any]], Awaitable[Any]]

FALLBACK_FAMILIES = {"llama-3.3-70b", "llama-3.3-70b-fast"}


class LlamaFallbackChain:
    def __init__(self):
        self._cerebras = async_cerebras_client()
        self._samba = sambanova_client()
        self._chain: List[Tuple[str, str, CallFn]] = [
            (
                "cerebras",
                "llama-3.3-70b",
                lambda messages, kw: self._cerebras.chat.completions.create(
                    model="llama-3.3-70b", messages=messages, **kw
                ),
            ),
            (
                "sambanova",
                "Meta-Llama-3.3-70B-Instruct",
                lambda messages, kw: self._samba.chat.completions.create(
                    model="Meta-Llama-3.3-70B-Instruct", messages=messages, **kw
                ),
            ),
        ]

    @staticmethod
    def applies_to(alias: str) -> bool:
        return alias in FALLBACK_FAMILIES

    async def run(self, request: ChatRequest, *, skip: str = "") -> ProviderResult:
        kwargs = request.sampling_kwargs()
        kwargs.pop("tools", None)
        kwargs.pop("tool_choice", None)
        last_error: GatewayError = UpstreamError("no fallback provider available")
        for label, model, call in self._chain:
            if label == skip:
                continue
            try:
                resp = await call(request.message_dicts(), kwargs)
            except Exception as exc:  # try the next vendor
                log.warning("fallback_failed", provider=label, error=str(exc)[:200])
                last_error = UpstreamError(str(exc), provider=label)
                continue
            log.info("fallback_served", provider=label, model=model)
            return result_from_openai_shape(label, model, resp, latency_ms=0)
        raise last_error
