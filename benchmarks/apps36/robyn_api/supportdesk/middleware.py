"""Request middlewares: auth, request ids, inbound prompt-injection screening."""

from __future__ import annotations

import logging
import os
import uuid

from robyn import Request, Response

from supportdesk.llm import get_openai_client

logger = logging.getLogger(__name__)

API_TOKENS = {t for t in os.getenv("SUPPORTDESK_API_TOKENS", "").split(",") if t}
SCREENED_PREFIXES = ("/tickets", "/drafts")


def register_middlewares(app) -> None:
    @app.before_request()
    def add_request_id(request: Request):
        request.headers.set("x-request-id", request.headers.get("x-request-id") or uuid.uuid4().hex)
        return request

    @app.before_request()
    def require_token(request: Request):
        if not API_TOKENS or request.url.path.startswith("/health"):
            return request
        auth = request.headers.get("authorization") or ""
        if auth.removeprefix("Bearer ").strip() not in API_TOKENS:
            return Response(status_code=401, headers={}, description="unauthorized")
        return request

    @app.before_request()
    def screen_inbound_text(request: Request):
        if request.method != "POST" or not request.url.path.startswith(SCREENED_PREFIXES):
            return request
        body = request.body if isinstance(request.body, str) else bytes(request.body).decode("utf-8", "ignore")
        if len(body) < 40:
            return request
        verdict = get_openai_client().moderations.create(
            model="omni-moderation-latest", input=body[:8000]
        )
        if verdict.results[0].flagged:
            logger.warning("blocked flagged inbound payload on %s", request.url.path)
            return Response(status_code=422, headers={}, description="content rejected by moderation")
        return request

    @app.after_request()
    def add_server_header(response: Response):
        response.headers.set("server", "supportdesk")
        return response
