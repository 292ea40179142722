"""Exception types shared across the gateway."""
from __future__ import annotations

from typing import Any, Dict, Optional

from fastapi import Request
from fastapi.responses import JSONResponse


class GatewayError(Exception):
    status_code = 500
    code = "gateway_error"

    def __init__(self, message: str, *, details: Optional[Dict[str, Any]] = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or {}

    def to_dict(self) -> Dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message, **self.details}}


class UnknownProviderError(GatewayError):
    status_code = 404
    code = "unknown_provider"


class ProviderUnavailableError(GatewayError):
    """The vendor answered with a 5xx / timeout / rate limit; safe to retry or fall back."""

    status_code = 503
    code = "provider_unavailable"


class CapabilityNotSupported(GatewayError):
    status_code = 400
    code = "capability_not_supported"


class BlockedPromptError(GatewayError):
    status_code = 422
    code = "prompt_blocked"


async def gateway_error_handler(request: Request, exc: GatewayError) -> JSONResponse:
    body = exc.to_dict()
    body["error"]["request_id"] = getattr(request.state, "request_id", None)
    return JSONResponse(status_code=exc.status_code, content=body)
