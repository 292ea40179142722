from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from app.logging_config import get_logger

log = get_logger(__name__)


class HelpdeskError(Exception):
    status_code = 500
    code = "internal_error"

    def __init__(self, message: str = "", **context):
        super().__init__(message)
        self.message = message or self.__class__.__name__
        self.context = context


class NotFound(HelpdeskError):
    status_code = 404
    code = "not_found"


class UpstreamError(HelpdeskError):
    """A model provider failed or returned something we could not use."""

    status_code = 502
    code = "upstream_error"


class BudgetExceeded(HelpdeskError):
    status_code = 422
    code = "budget_exceeded"


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(HelpdeskError)
    async def _handle(request: Request, exc: HelpdeskError):
        log.warning("request_failed", path=request.url.path, code=exc.code, **exc.context)
        return JSONResponse(
            status_code=exc.status_code,
            content={"error": {"code": exc.code, "message": exc.message}},
        )
