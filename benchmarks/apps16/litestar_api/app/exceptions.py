from __future__ import annotations

import logging

from litestar import MediaType, Request, Response
from litestar.status_codes import HTTP_404_NOT_FOUND, HTTP_422_UNPROCESSABLE_ENTITY, HTTP_502_BAD_GATEWAY

logger = logging.getLogger(__name__)


class LexbridgeError(Exception):
    status_code = 500
    detail = "Internal error"

    def __init__(self, detail: str | None = None) -> None:
        super().__init__(detail or self.detail)
        self.detail = detail or self.detail


class NotFoundError(LexbridgeError):
    status_code = HTTP_404_NOT_FOUND
    detail = "Not found"


class ValidationFailed(LexbridgeError):
    status_code = HTTP_422_UNPROCESSABLE_ENTITY
    detail = "Validation failed"


class UpstreamModelError(LexbridgeError):
    """A model provider failed or returned something we could not use."""

    status_code = HTTP_502_BAD_GATEWAY
    detail = "Model provider error"


class ContentFiltered(UpstreamModelError):
    detail = "The request was blocked by the provider's content filter"


def lexbridge_exception_handler(request: Request, exc: LexbridgeError) -> Response:
    if exc.status_code >= 500:
        logger.exception("request failed: %s %s", request.method, request.url.path)
    return Response(
        content={"status_code": exc.status_code, "detail": exc.detail},
        status_code=exc.status_code,
        media_type=MediaType.JSON,
    )


exception_handlers = {LexbridgeError: lexbridge_exception_handler}
