"""Raw HTTP helpers for endpoints the SDKs did not support when we needed them.

contextualized embeddings landed in voyageai 0.3.x; we were on 0.2.
"""
from __future__ import annotations

import os

import httpx

VOYAGE_URL = "https://api.voyageai.com/v1/contextualizedembeddings"
XAI_CHAT_URL = "https://api.x.ai/v1/chat/completions"

_http = httpx.AsyncClient(timeout=httpx.Timeout(60.0, connect=5.0))


async def contextual_embed(chunks_per_doc: list[list[str]], model: str = "voyage-context-3") -> list[list[list[float]]]:
    resp = await _http.post(
        VOYAGE_URL,
        headers={"Authorization": f"Bearer {os.environ['VOYAGE_API_KEY']}"},
        json={"inputs": chunks_per_doc, "model": model, "input_type": "document"},
    )
    resp.raise_for_status()
    return [[e["embedding"] for e in doc["data"]] for doc in resp.json()["data"]]


async def grok_raw(prompt: str, model: str = "grok-3-mini") -> str:
    async with httpx.AsyncClient(timeout=60) as http:
        resp = await http.post(
            XAI_CHAT_URL,
            headers={"Authorization": f"Bearer {os.environ['XAI_API_KEY']}"},
            json={"model": model, "messages": [{"role": "user", "content": prompt}]},
        )
    resp.raise_for_status()
    return resp.json()["choices"][0]["message"]["content"]


async def post_webhook(url: str, payload: dict) -> int:
    """Slack/Teams notifications - not an LLM endpoint."""
    resp = await _http.post(url, json=payload)
    return resp.status_code
