"""Before the mistralai SDK 1.0 migration we called the REST API directly.
Kept because the batch backfill job still imports ``chat_json``."""
from __future__ import annotations

import os

import requests

MISTRAL_URL = "https://api.mistral.ai/v1/chat/completions"


def _headers() -> dict:
    return {"Authorization": f"Bearer {os.environ['MISTRAL_API_KEY']}", "Accept": "application/json"}


def chat_json(prompt: str, model: str = "mistral-small-latest") -> str:
    r = requests.post(
        MISTRAL_URL,
        headers=_headers(),
        json={
            "model": model,
            "messages": [{"role": "user", "content": prompt}],
            "response_format": {"type": "json_object"},
        },
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def list_models() -> list[str]:
    r = requests.get("https://api.mistral.ai/v1/models", headers=_headers(), timeout=10)
    return [m["id"] for m in r.json()["data"]]
