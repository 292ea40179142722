from typing import Optional

from fastapi import Request
from fastapi.responses import JSONResponse


class SupportError(Exception):
    status_code = 500
    code = "internal_error"

    def __init__(self, message: str, *, detail: Optional[dict] = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail or {}


class NotFoundError(SupportError):
    status_code = 404
    code = "not_found"


class UpstreamModelError(SupportError):
    """A model provider failed or returned something we could not use."""

    status_code = 502
    code = "upstream_model_error"


class BudgetExceededError(SupportError):
    status_code = 422
    code = "input_too_large"


async def support_error_handler(request: Request, exc: SupportError) -> JSONResponse:
    return JSONResponse(
        status_code=exc.status_code,
        content={"error": exc.code, "message": exc.message, **exc.detail},
    )
