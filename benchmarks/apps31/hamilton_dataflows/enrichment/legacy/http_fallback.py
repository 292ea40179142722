"""Raw HTTP calls, from when the SDKs were pinned to versions that broke on our proxy.

Only used when ENRICH_HTTP_FALLBACK=1.
"""
from __future__ import annotations

import os

import httpx
import requests

OPENAI_URL = "https://api.openai.com/v1/chat/completions"
ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"


def openai_http_chat(prompt: str, model: str = "gpt-4o-mini", timeout: float = 60.0) -> str:
    r = requests.post(
        OPENAI_URL,
        headers={"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"},
        json={"model": model, "messages": [{"role": "user", "content": prompt}]},
        timeout=timeout,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def anthropic_http_complete(prompt: str, model: str = "claude-3-5-haiku-20241022", max_tokens: int = 512) -> str:
    with httpx.Client(timeout=60.0) as http:
        r = http.post(
            ANTHROPIC_URL,
            headers={
                "x-api-key": os.environ["ANTHROPIC_API_KEY"],
                "anthropic-version": "2023-06-01",
                "content-type": "application/json",
            },
            json={"model": model, "max_tokens": max_tokens, "messages": [{"role": "user", "content": prompt}]},
        )
    r.raise_for_status()
    return "".join(b.get("text", "") for b in r.json()["content"])


def proxy_health(proxy_url: str) -> bool:
    # GET only, and it's our own egress proxy.
    try:
        return requests.get(f"{proxy_url}/healthz", timeout=5).ok
    except requests.RequestException:
        return False
