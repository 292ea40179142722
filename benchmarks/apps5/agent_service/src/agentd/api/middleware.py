from __future__ import annotations

import logging
import time
import uuid

from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.requests import Request
from starlette.responses import Response

from agentd.container import container
from agentd.context import client_scope, request_id_var, tenant_var

log = logging.getLogger("agentd.access")


class RequestContextMiddleware(BaseHTTPMiddleware):
    """Binds request id, tenant and the tenant's model clients into context vars."""

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        request_id = request.headers.get("x-request-id") or uuid.uuid4().hex
        tenant = request.headers.get("x-tenant-id")
        rid_token = request_id_var.set(request_id)
        tenant_token = tenant_var.set(tenant)
        openai_client = container.openai_for_tenant(tenant) if tenant else container.async_openai
        started = time.perf_counter()
        try:
            with client_scope(openai_client=openai_client, anthropic_client=container.anthropic):
                response = await call_next(request)
        finally:
            tenant_var.reset(tenant_token)
            request_id_var.reset(rid_token)
        elapsed_ms = (time.perf_counter() - started) * 1000
        response.headers["x-request-id"] = request_id
        log.info("%s %s %s %.0fms tenant=%s", request.method, request.url.path, response.status_code, elapsed_ms, tenant)
        return response
