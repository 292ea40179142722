from __future__ import annotations

import time
import uuid

from openai import AsyncOpenAI
from quart import Quart, current_app, g, request

from .tenants import lookup_tenant


def register_middleware(app: Quart) -> None:
    @app.before_request
    async def _bind_request_context() -> None:
        g.request_id = request.headers.get("X-Request-ID") or uuid.uuid4().hex
        g.started = time.perf_counter()
        tenant = await lookup_tenant(request.headers.get("X-Tenant", "default"))
        g.tenant = tenant
        if tenant.byo_openai_key:
            # tenants on the "bring your own key" plan are billed on their key
            g.openai = AsyncOpenAI(api_key=tenant.byo_openai_key, max_retries=1)
        else:
            g.openai = current_app.openai_client

    @app.after_request
    async def _timing(response):
        elapsed = (time.perf_counter() - g.get("started", time.perf_counter())) * 1000
        response.headers["X-Request-ID"] = g.get("request_id", "")
        response.headers["Server-Timing"] = f"app;dur={elapsed:.1f}"
        return response

    @app.teardown_appcontext
    async def _close_byo_client(exc) -> None:
        client = g.pop("openai", None)
        if client is not None and client is not current_app.openai_client:
            await client.close()
