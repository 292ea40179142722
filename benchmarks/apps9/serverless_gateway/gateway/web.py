"""FastAPI front door, served from Modal via ``@modal.asgi_app``.

Deploy with ``modal deploy -m gateway.web`` (this module imports the workers
package so the whole app, scheduled jobs included, deploys together).
"""
from __future__ import annotations

import time
import uuid

import modal
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from gateway import __version__
from gateway.app import ALL_SECRETS, app, image
from gateway.errors import GatewayError
from gateway.observability import get_logger
from gateway import workers  # noqa: F401  (registers @app.cls / scheduled functions)

log = get_logger(__name__)


def create_api() -> FastAPI:
    from gateway.api import admin, chat, embeddings, images

    api = FastAPI(title="inference-gateway", version=__version__, docs_url="/docs", redoc_url=None)
    api.include_router(chat.router)
    api.include_router(embeddings.router)
    api.include_router(images.router)
    api.include_router(admin.router)

    @api.middleware("http")
    async def request_context(request: Request, call_next):
        request_id = request.headers.get("x-request-id") or uuid.uuid4().hex
        started = time.perf_counter()
        response = await call_next(request)
        response.headers["x-request-id"] = request_id
        log.info(
            "http_request",
            method=request.method,
            path=request.url.path,
            status=response.status_code,
            ms=int((time.perf_counter() - started) * 1000),
            request_id=request_id,
        )
        return response

    @api.exception_handler(GatewayError)
    async def gateway_error_handler(_: Request, exc: GatewayError):
        return JSONResponse(exc.to_dict(), status_code=exc.status_code)

    return api


@app.function(image=image, secrets=ALL_SECRETS, min_containers=2, timeout=600)
@modal.concurrent(max_inputs=200)
@modal.asgi_app(label="gateway")
def fastapi_app() -> FastAPI:
    return create_api()
