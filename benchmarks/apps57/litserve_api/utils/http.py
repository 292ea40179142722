"""Raw HTTP helpers. The Cerebras SDK pulled in a conflicting httpx pin for a while,
so the grader talks to the REST endpoint directly from here."""
from __future__ import annotations

import httpx

from config import get_settings

_client: httpx.Client | None = None


def http_client() -> httpx.Client:
    global _client
    if _client is None:
        _client = httpx.Client(timeout=get_settings().request_timeout)
    return _client


def cerebras_chat_raw(messages: list[dict], model: str, max_tokens: int = 256) -> dict:
    s = get_settings()
    resp = http_client().post(
        f"{s.cerebras_base_url}/chat/completions",
        headers={"Authorization": f"Bearer {s.keys.cerebras_api_key.get_secret_value()}"},
        json={"model": model, "messages": messages, "max_tokens": max_tokens, "temperature": 0},
    )
    resp.raise_for_status()
    return resp.json()


def healthcheck(url: str) -> bool:
    try:
        return http_client().get(url, timeout=2.0).status_code == 200
    except httpx.HTTPError:
        return False
