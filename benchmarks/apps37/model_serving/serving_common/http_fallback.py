"""Direct HTTP fallback for when the SDK is pinned to a version that lacks a
feature (we hit this with prompt caching headers on the old anthropic pin).

Kept deliberately tiny; prefer the SDK clients.
"""
from __future__ import annotations

import httpx

from serving_common.config import settings

ANTHROPIC_MESSAGES_URL = "https://api.anthropic.com/v1/messages"
OPENAI_CHAT_URL = "https://api.openai.com/v1/chat/completions"

_http = httpx.Client(timeout=settings.request_timeout_s)


def anthropic_messages_raw(payload: dict, beta: str | None = None) -> dict:
    headers = {
        "x-api-key": settings.anthropic_api_key,
        "anthropic-version": "2023-06-01",
        "content-type": "application/json",
    }
    if beta:
        headers["anthropic-beta"] = beta
    resp = _http.post(ANTHROPIC_MESSAGES_URL, json=payload, headers=headers)
    resp.raise_for_status()
    return resp.json()


async def openai_chat_raw(payload: dict) -> dict:
    async with httpx.AsyncClient(timeout=settings.request_timeout_s) as client:
        resp = await client.post(
            OPENAI_CHAT_URL,
            json=payload,
            headers={"Authorization": f"Bearer {settings.openai_api_key}"},
        )
        resp.raise_for_status()
        return resp.json()


def healthcheck() -> bool:
    """GET on the models list: free, used by the readiness probe."""
    try:
        r = _http.get("https://api.openai.com/v1/models", headers={"Authorization": f"Bearer {settings.openai_api_key}"})
        return r.status_code == 200
    except httpx.HTTPError:
        return False
