"""LEGACY - raw HTTP Mistral calls from before we took the mistralai SDK dependency.

Only the CLI's `summarize-events` command still uses this.
"""
from __future__ import annotations

import os

import httpx
import requests

MISTRAL_API = "https://api.mistral.ai/v1"
_TIMEOUT = 60


def _headers() -> dict[str, str]:
    return {
        "Authorization": f"Bearer {os.environ['MISTRAL_API_KEY']}",
        "Content-Type": "application/json",
        "Accept": "application/json",
    }


def chat(prompt: str, model: str = "mistral-small-latest", max_tokens: int = 400) -> str:
    resp = requests.post(
        f"{MISTRAL_API}/chat/completions",
        headers=_headers(),
        json={
            "model": model,
            "messages": [{"role": "user", "content": prompt}],
            "max_tokens": max_tokens,
        },
        timeout=_TIMEOUT,
    )
    resp.raise_for_status()
    return resp.json()["choices"][0]["message"]["content"]


async def embed(texts: list[str], model: str = "mistral-embed") -> list[list[float]]:
    async with httpx.AsyncClient(base_url=MISTRAL_API, headers=_headers(), timeout=_TIMEOUT) as client:
        resp = await client.post("/embeddings", json={"model": model, "input": texts})
        resp.raise_for_status()
        return [item["embedding"] for item in resp.json()["data"]]


def list_models() -> list[str]:
    resp = requests.get(f"{MISTRAL_API}/models", headers=_headers(), timeout=_TIMEOUT)
    resp.raise_for_status()
    return [m["id"] for m in resp.json()["data"]]
