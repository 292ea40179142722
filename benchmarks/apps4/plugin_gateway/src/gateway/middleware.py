"""HTTP middleware: request ids, access log, admin auth, prompt guard."""
from __future__ import annotations

import json
import logging
import time
import uuid
from typing import Optional

from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from gateway.clients.sdk_clients import get_async_groq_client
from gateway.config import get_settings

log = logging.getLogger("gateway.access")

_GUARDED_PATHS = ("/v1/chat", "/v1/completions")


class RequestContextMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        request_id = request.headers.get("x-request-id") or uuid.uuid4().hex
        request.state.request_id = request_id
        started = time.perf_counter()
        try:
            response = await call_next(request)
        except Exception:
            log.exception("unhandled error request_id=%s path=%s", request_id, request.url.path)
            raise
        elapsed_ms = int((time.perf_counter() - started) * 1000)
        response.headers["x-request-id"] = request_id
        response.headers["server-timing"] = f"app;dur={elapsed_ms}"
        log.info(
            "%s %s %s %dms team=%s",
            request.method,
            request.url.path,
            response.status_code,
            elapsed_ms,
            request.headers.get("x-team", "-"),
        )
        return response


class AdminAuthMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        if request.url.path.startswith("/admin"):
            token = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
            if token != get_settings().admin_token:
                return JSONResponse({"error": {"code": "forbidden"}}, status_code=403)
        return await call_next(request)


class PromptGuardMiddleware(BaseHTTPMiddleware):
    """Screens user prompts with Llama Guard before they reach any vendor.

    Runs on Groq because it answers in ~100ms; fails open if Groq is down.
    """

    def __init__(self, app, model: Optional[str] = None) -> None:
        super().__init__(app)
        self._model = model or get_settings().guard_model
        self._guard = get_async_groq_client()

    async def _is_unsafe(self, text: str) -> bool:
        try:
            verdict = await self._guard.chat.completions.create(
                model=self._model,
                messages=[{"role": "user", "content": text[:8000]}],
                max_tokens=16,
                temperature=0,
            )
        except Exception as exc:  # fail open, but make noise
            log.warning("prompt guard unavailable: %s", exc)
            return False
        label = (verdict.choices[0].message.content or "").strip().lower()
        return label.startswith("unsafe")

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        if request.method != "POST" or not request.url.path.startswith(_GUARDED_PATHS):
            return await call_next(request)
        raw = await request.body()
        try:
            payload = json.loads(raw or b"{}")
        except ValueError:
            return await call_next(request)
        user_text = "\n".join(
            m.get("content", "") for m in payload.get("messages", []) if m.get("role") == "user"
        ) or payload.get("prompt", "")
        if user_text and await self._is_unsafe(user_text):
            return JSONResponse(
                {"error": {"code": "prompt_blocked", "request_id": request.state.request_id}},
                status_code=422,
            )
        return await call_next(request)
