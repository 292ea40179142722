"""Raw HTTP fallback for when an SDK release breaks us (it happened with
mistralai 1.2 and the streaming regression).  Kept deliberately small.
"""
from __future__ import annotations

import httpx

from gateway.config import get_settings

MISTRAL_CHAT_URL = "https://api.mistral.ai/v1/chat/completions"
CEREBRAS_CHAT_URL = "https://api.cerebras.ai/v1/chat/completions"

_http: httpx.AsyncClient | None = None


def http_client() -> httpx.AsyncClient:
    global _http
    if _http is None:
        _http = httpx.AsyncClient(timeout=get_settings().request_timeout)
    return _http


async def mistral_chat_raw(messages: list[dict], model: str | None = None) -> dict:
    s = get_settings()
    resp = await http_client().post(
        MISTRAL_CHAT_URL,
        headers={"Authorization": f"Bearer {s.mistral_api_key}"},
        json={"model": model or s.mistral_model, "messages": messages},
    )
    resp.raise_for_status()
    return resp.json()


async def cerebras_chat_raw(messages: list[dict], model: str | None = None) -> dict:
    s = get_settings()
    async with httpx.AsyncClient(timeout=s.request_timeout) as http:
        r = await http.post(
            CEREBRAS_CHAT_URL,
            headers={"Authorization": f"Bearer {s.cerebras_api_key}"},
            json={"model": model or s.cerebras_model, "messages": messages, "max_completion_tokens": 512},
        )
    r.raise_for_status()
    return r.json()


async def health_probe() -> bool:
    """GET the model list; cheap and unbilled."""
    s = get_settings()
    r = await http_client().get(
        "https://api.mistral.ai/v1/models",
        headers={"Authorization": f"Bearer {s.mistral_api_key}"},
    )
    return r.status_code == 200
