"""Gateway error types and mapping from upstream SDK errors."""
from __future__ import annotations

from typing import Optional


class GatewayError(Exception):
    status_code = 500
    code = "internal_error"

    def __init__(self, message: str, *, provider: Optional[str] = None):
        super().__init__(message)
        self.message = message
        self.provider = provider

    def to_dict(self) -> dict:
        body = {"error": {"message": self.message, "type": self.code}}
        if self.provider:
            body["error"]["provider"] = self.provider
        return body


class UnknownModelError(GatewayError):
    status_code = 404
    code = "model_not_found"


class UpstreamError(GatewayError):
    status_code = 502
    code = "upstream_error"


class UpstreamRateLimited(UpstreamError):
    status_code = 429
    code = "rate_limited"


class UpstreamTimeout(UpstreamError):
    status_code = 504
    code = "upstream_timeout"


class ContentRejected(GatewayError):
    status_code = 400
    code = "content_policy_violation"


def classify_upstream(exc: BaseException, provider: str) -> GatewayError:
    """Map the zoo of SDK exceptions onto gateway errors.

    All of the Stainless-generated SDKs (openai, anthropic, together, fireworks,
    cerebras) expose ``status_code`` on their APIStatusError, so we key on that
    rather than importing each SDK's exception hierarchy here.
    """
    status = getattr(exc, "status_code", None)
    name = type(exc).__name__
    if status == 429 or name == "RateLimitError":
        return UpstreamRateLimited(str(exc), provider=provider)
    if "Timeout" in name:
        return UpstreamTimeout(str(exc), provider=provider)
    if status is not None and 400 <= status < 500:
        err = GatewayError(str(exc), provider=provider)
        err.status_code = status
        err.code = "invalid_request_error"
        return err
    return UpstreamError(str(exc), provider=provider)
