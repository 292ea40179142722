"""Raw HTTP client for Claude from before the anthropic SDK was a dependency."""
from __future__ import annotations

import os

import httpx

API = "https://api.anthropic.com/v1/messages"
HEADERS = {
    "anthropic-version": "2023-06-01",
    "content-type": "application/json",
}


async def claude_raw(prompt: str, model: str = "claude-3-haiku-20240307", max_tokens: int = 512) -> str:
    headers = {**HEADERS, "x-api-key": os.environ["ANTHROPIC_API_KEY"]}
    async with httpx.AsyncClient(timeout=60) as http:
        r = await http.post(
            API,
            headers=headers,
            json={"model": model, "max_tokens": max_tokens, "messages": [{"role": "user", "content": prompt}]},
        )
    r.raise_for_status()
    return r.json()["content"][0]["text"]


def claude_ping() -> bool:
    """Health check; GET on the models endpoint, no tokens used."""
    r = httpx.get("https://api.anthropic.com/v1/models", headers={**HEADERS, "x-api-key": os.environ.get("ANTHROPIC_API_KEY", "")})
    return r.status_code == 200
