"""Gateway error types and their mapping onto gRPC status codes."""
from __future__ import annotations

import logging
from typing import Optional

import grpc

log = logging.getLogger(__name__)


class GatewayError(Exception):
    code = grpc.StatusCode.INTERNAL

    def __init__(self, message: str, *, provider: Optional[str] = None):
        super().__init__(message)
        self.provider = provider


class UnknownProvider(GatewayError):
    code = grpc.StatusCode.INVALID_ARGUMENT


class ProviderDisabled(GatewayError):
    code = grpc.StatusCode.FAILED_PRECONDITION


class UnsupportedOperation(GatewayError):
    code = grpc.StatusCode.UNIMPLEMENTED


class UpstreamRateLimited(GatewayError):
    code = grpc.StatusCode.RESOURCE_EXHAUSTED


class UpstreamUnavailable(GatewayError):
    code = grpc.StatusCode.UNAVAILABLE


class UpstreamBadRequest(GatewayError):
    code = grpc.StatusCode.INVALID_ARGUMENT


def classify_upstream(exc: BaseException, provider: str) -> GatewayError:
    """Best effort translation of vendor SDK exceptions.

    We do not import every SDK's exception hierarchy here (ollama and xai raise
    different things); status codes are duck-typed instead.
    """
    if isinstance(exc, GatewayError):
        return exc
    status = getattr(exc, "status_code", None) or getattr(exc, "status", None)
    if status == 429:
        return UpstreamRateLimited(str(exc), provider=provider)
    if status in (400, 404, 413, 422):
        return UpstreamBadRequest(str(exc), provider=provider)
    if isinstance(status, int) and status >= 500:
        return UpstreamUnavailable(str(exc), provider=provider)
    if isinstance(exc, (ConnectionError, TimeoutError)):
        return UpstreamUnavailable(str(exc), provider=provider)
    # xai_sdk surfaces grpc.RpcError directly
    if isinstance(exc, grpc.RpcError):
        code = exc.code() if callable(getattr(exc, "code", None)) else None
        if code == grpc.StatusCode.RESOURCE_EXHAUSTED:
            return UpstreamRateLimited(str(exc), provider=provider)
        return UpstreamUnavailable(str(exc), provider=provider)
    log.exception("unclassified upstream error from %s", provider, exc_info=exc)
    return GatewayError(str(exc), provider=provider)


async def abort_with(context: grpc.aio.ServicerContext, err: GatewayError) -> None:
    await context.abort(err.code, f"[{err.provider or 'gateway'}] {err}")
