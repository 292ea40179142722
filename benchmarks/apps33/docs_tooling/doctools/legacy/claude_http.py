"""Direct HTTP access to the Anthropic API (pre-SDK code, used by the Sphinx extension's
'legacy' backend for air-gapped builders that only allow httpx through the proxy)."""
from __future__ import annotations

import os

import httpx

ANTHROPIC_MESSAGES_URL = "https://api.anthropic.com/v1/messages"


def _headers() -> dict[str, str]:
    return {
        "x-api-key": os.environ.get("ANTHROPIC_API_KEY", ""),
        "anthropic-version": "2023-06-01",
        "content-type": "application/json",
    }


def claude_complete(system: str, prompt: str, max_tokens: int = 700, model: str = "claude-3-haiku-20240307") -> str:
    proxy = os.environ.get("HTTPS_PROXY")
    with httpx.Client(proxy=proxy, timeout=90) as http:
        resp = http.post(
            ANTHROPIC_MESSAGES_URL,
            headers=_headers(),
            json={
                "model": model,
                "max_tokens": max_tokens,
                "system": system,
                "messages": [{"role": "user", "content": prompt}],
            },
        )
    resp.raise_for_status()
    data = resp.json()
    return "".join(block["text"] for block in data["content"] if block["type"] == "text")


def fetch_model_ids() -> list[str]:
    resp = httpx.get("https://api.anthropic.com/v1/models", headers=_headers(), timeout=30)
    resp.raise_for_status()
    return [m["id"] for m in resp.json()["data"]]
