"""Server interceptors: service-token auth and Prometheus metrics.

Both are grpc.aio interceptors. Auth runs first so unauthenticated calls are
not counted as traffic in the per-caller metrics.
"""
from __future__ import annotations

import contextvars
import hmac
import logging
import time
from typing import Awaitable, Callable, Dict, Optional

import grpc
from prometheus_client import Counter, Histogram

from modelgw.config import settings

log = logging.getLogger(__name__)

# The authenticated caller ("billing-svc", "search-api", ...) for the current RPC.
current_caller: contextvars.ContextVar[str] = contextvars.ContextVar("current_caller", default="anonymous")

_PUBLIC_METHODS = frozenset(
    {
        "/grpc.health.v1.Health/Check",
        "/grpc.health.v1.Health/Watch",
        "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo",
    }
)

RPC_LATENCY = Histogram(
    "modelgw_rpc_latency_seconds",
    "Latency of gateway RPCs",
    ["method", "caller", "code"],
    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120),
)
RPC_TOTAL = Counter("modelgw_rpc_total", "Gateway RPCs", ["method", "caller", "code"])
COMPLETIONS = Counter("modelgw_completions_total", "Completions served", ["provider", "model", "finish_reason"])
TOKENS = Counter("modelgw_tokens_total", "Tokens reported by upstream", ["provider", "model", "direction"])


def record_completion(provider: str, model: str, finish_reason: str, input_tokens: int, output_tokens: int) -> None:
    """Called by servicers once a response has been sent."""
    COMPLETIONS.labels(provider, model, finish_reason or "unknown").inc()
    if input_tokens:
        TOKENS.labels(provider, model, "in").inc(input_tokens)
    if output_tokens:
        TOKENS.labels(provider, model, "out").inc(output_tokens)


def _terminate(code: grpc.StatusCode, details: str):
    async def _abort(request, context):
        await context.abort(code, details)

    return grpc.unary_unary_rpc_method_handler(_abort)


class AuthInterceptor(grpc.aio.ServerInterceptor):
    def __init__(self, tokens: Optional[Dict[str, str]] = None):
        self._tokens = tokens if tokens is not None else settings.service_tokens

    def _lookup(self, presented: str) -> Optional[str]:
        for token, service in self._tokens.items():
            if hmac.compare_digest(token, presented):
                return service
        return None

    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler]],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler:
        if settings.auth_disabled or handler_call_details.method in _PUBLIC_METHODS:
            return await continuation(handler_call_details)

        metadata = dict(handler_call_details.invocation_metadata or ())
        header = metadata.get("authorization", "")
        if not header.lower().startswith("bearer "):
            return _terminate(grpc.StatusCode.UNAUTHENTICATED, "missing bearer token")
        service = self._lookup(header[7:].strip())
        if service is None:
            log.warning("rejected token for %s", handler_call_details.method)
            return _terminate(grpc.StatusCode.UNAUTHENTICATED, "invalid token")
        current_caller.set(service)
        return await continuation(handler_call_details)


class MetricsInterceptor(grpc.aio.ServerInterceptor):
    """Wraps unary and server-streaming handlers to time them."""

    async def intercept_service(self, continuation, handler_call_details):
        handler = await continuation(handler_call_details)
        if handler is None:
            return None
        method = handler_call_details.method

        if handler.unary_unary:
            inner = handler.unary_unary

            async def timed_unary(request, context):
                start = time.perf_counter()
                code = "OK"
                try:
                    return await inner(request, context)
                except Exception:
                    code = "UNKNOWN"
                    raise
                finally:
                    if context.code() is not None:
                        code = context.code().name
                    self._observe(method, code, time.perf_counter() - start)

            return grpc.unary_unary_rpc_method_handler(
                timed_unary,
                request_deserializer=handler.request_deserializer,
                response_serializer=handler.response_serializer,
            )

        if handler.unary_stream:
            inner_stream = handler.unary_stream

            async def timed_stream(request, context):
                start = time.perf_counter()
                try:
                    async for item in inner_stream(request, context):
                        yield item
                finally:
                    code = context.code().name if context.code() is not None else "OK"
                    self._observe(method, code, time.perf_counter() - start)

            return grpc.unary_stream_rpc_method_handler(
                timed_stream,
                request_deserializer=handler.request_deserializer,
                response_serializer=handler.response_serializer,
            )

        return handler

    @staticmethod
    def _observe(method: str, code: str, elapsed: float) -> None:
        caller = current_caller.get()
        RPC_LATENCY.labels(method, caller, code).observe(elapsed)
        RPC_TOTAL.labels(method, caller, code).inc()
