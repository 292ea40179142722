"""App factory.

    sanic assistant.app:create_app --factory
"""
from __future__ import annotations

import logging
import time
import uuid

from sanic import Sanic
from sanic.response import json

from .config import Settings
from .services.llm_usage_tracker import llm_tracker

APP_NAME = "assistant"

log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None, *, with_worker: bool = True) -> Sanic:
    settings = settings or Settings.from_env()
    app = Sanic(APP_NAME)
    app.config.update(
        {
            "SETTINGS": settings,
            "REQUEST_TIMEOUT": 90,
            "RESPONSE_TIMEOUT": 120,
            "WEBSOCKET_PING_INTERVAL": 20,
            "CORS_ORIGINS": "*" if not settings.is_prod else "https://app.example.com",
        }
    )

    from .blueprints import api
    from .listeners import register_listeners
    from .signals import register_signals
    from .tasks import register_tasks

    register_listeners(app)
    register_middleware(app)
    register_signals(app)
    register_tasks(app)
    llm_tracker.init_app(app)

    app.blueprint(api)

    # old embeds still hit /v0/*; remove when widget v1 traffic is gone
    from .legacy.routes import bp as legacy_bp

    app.blueprint(legacy_bp)

    if with_worker:
        from .worker import register_worker

        register_worker(app)

    @app.get("/")
    async def index(request):
        return json({"service": APP_NAME, "version": request.app.config.get("VERSION", "dev")})

    @app.exception(Exception)
    async def on_error(request, exc):
        log.exception("unhandled error on %s", request.path)
        status = getattr(exc, "status_code", 500)
        return json({"error": str(exc) if status < 500 else "internal error"}, status=status)

    return app


def register_middleware(app: Sanic) -> None:
    """Tenant + request id + per-request LLM handles."""
    @app.on_request
    async def attach_context(request):
        request.ctx.started = time.perf_counter()
        request.ctx.request_id = request.headers.get("X-Request-ID") or uuid.uuid4().hex
        request.ctx.tenant = request.headers.get("X-Tenant", "default")
        # handlers written after the 0.9 refactor use these instead of app.ctx
        request.ctx.llm = request.app.ctx.openai
        request.ctx.fast_llm = request.app.ctx.cerebras

    @app.on_response
    async def add_headers(request, response):
        response.headers["X-Request-ID"] = getattr(request.ctx, "request_id", "")
        started = getattr(request.ctx, "started", None)
        if started is not None:
            response.headers["Server-Timing"] = f"app;dur={(time.perf_counter() - started) * 1000:.1f}"
