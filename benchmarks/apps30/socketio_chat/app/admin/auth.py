"""Admin / agent token checks."""
from __future__ import annotations

import hmac

from aiohttp import web

from app.config import get_settings

_AGENT_TOKENS: dict[str, dict] = {}


async def lookup_agent_token(token: str) -> dict | None:
    return _AGENT_TOKENS.get(token)


def register_agent_token(token: str, agent: dict) -> None:
    _AGENT_TOKENS[token] = agent


@web.middleware
async def admin_auth(request: web.Request, handler):
    if request.path.startswith("/admin/"):
        expected = get_settings().admin_token
        got = request.headers.get("Authorization", "").removeprefix("Bearer ")
        if not expected or not hmac.compare_digest(expected, got):
            raise web.HTTPUnauthorized()
    return await handler(request)
