"""Falcon middleware components: timing, API-key auth, and the provider
clients (``req.context.clients``) with their ASGI lifespan."""
from __future__ import annotations

import hmac
import logging
import time

import falcon
import httpx

from recruit_api.clients import (
    ClientRegistry,
    get_async_openai_client,
    make_async_anthropic,
    make_async_voyage_client,
)
from recruit_api.config import Settings

log = logging.getLogger(__name__)
access_log = logging.getLogger("recruit_api.access")

PUBLIC_ROUTES = {"/health", "/v2/health"}


class RequestTimingMiddleware:
    async def process_request(self, req, resp) -> None:
        req.context.started = time.perf_counter()

    async def process_response(self, req, resp, resource, req_succeeded) -> None:
        started = getattr(req.context, "started", None)
        if started is None:
            return
        elapsed_ms = (time.perf_counter() - started) * 1000
        resp.set_header("Server-Timing", f"app;dur={elapsed_ms:.1f}")
        access_log.info(
            "%s %s -> %s in %.1fms tenant=%s",
            req.method,
            req.relative_uri,
            resp.status,
            elapsed_ms,
            getattr(req.context, "tenant_id", "-"),
        )


class APIKeyMiddleware:
    """Very small shared-key auth; the console sits behind SSO anyway."""

    def __init__(self, api_keys: tuple[str, ...]) -> None:
        self._keys = tuple(k.encode() for k in api_keys)

    def _valid(self, presented: str | None) -> bool:
        if not self._keys:
            return True  # dev mode
        if not presented:
            return False
        raw = presented.encode()
        return any(hmac.compare_digest(raw, k) for k in self._keys)

    async def process_request(self, req, resp) -> None:
        if req.path in PUBLIC_ROUTES or req.method == "OPTIONS":
            return
        token = req.get_header("X-API-Key") or (req.auth or "").removeprefix("Bearer ").strip()
        if not self._valid(token):
            raise falcon.HTTPUnauthorized(title="Invalid API key")
        req.context.tenant_id = req.get_header("X-Tenant-ID", default="default")


class ClientsMiddleware:
    """Puts the provider clients on ``req.context`` and owns their lifecycle.

    Sync clients come from the app factory; the async ones must be created
    inside the event loop, so they are built in ``process_startup``.
    """

    def __init__(self, registry: ClientRegistry, settings: Settings) -> None:
        self.registry = registry
        self.settings = settings

    async def process_startup(self, scope, event) -> None:
        if self.registry.async_openai is None:
            self.registry.async_openai = get_async_openai_client()
        if self.registry.async_anthropic is None:
            self.registry.async_anthropic = make_async_anthropic(self.settings.anthropic_api_key)
        if self.registry.async_voyage is None:
            self.registry.async_voyage = make_async_voyage_client(self.settings)
        if self.registry.http is None:
            self.registry.http = httpx.AsyncClient(timeout=self.settings.request_timeout_s)
        log.info("async provider clients ready")

    async def process_shutdown(self, scope, event) -> None:
        await self.registry.aclose()

    async def process_request(self, req, resp) -> None:
        req.context.clients = self.registry
        req.context.settings = self.settings
