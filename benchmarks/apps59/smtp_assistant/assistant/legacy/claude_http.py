"""Direct HTTP to the Messages API, from before we pinned the anthropic SDK (proxy issues)."""
from __future__ import annotations

import os

import httpx

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
_HEADERS = {
    "x-api-key": os.environ.get("ANTHROPIC_API_KEY", ""),
    "anthropic-version": "2023-06-01",
    "content-type": "application/json",
}


async def ask_claude(prompt: str, model: str = "claude-3-5-haiku-20241022", max_tokens: int = 400) -> str:
    async with httpx.AsyncClient(timeout=60, proxy=os.environ.get("HTTPS_PROXY")) as http:
        resp = await http.post(
            ANTHROPIC_URL,
            headers=_HEADERS,
            json={"model": model, "max_tokens": max_tokens, "messages": [{"role": "user", "content": prompt}]},
        )
        resp.raise_for_status()
        data = resp.json()
    return "".join(block.get("text", "") for block in data.get("content", []))


def gemini_rest(prompt: str, model: str = "gemini-1.5-flash") -> str:
    url = f"https://generativelanguage.googleapis.com/v1beta/models/{model}:generateContent"
    r = httpx.post(
        url,
        params={"key": os.environ["GEMINI_API_KEY"]},
        json={"contents": [{"parts": [{"text": prompt}]}]},
        timeout=60,
    )
    r.raise_for_status()
    return r.json()["candidates"][0]["content"]["parts"][0]["text"]
