"""Raw HTTP completer from before we depended on the SDKs.

TODO(refactor): move callers to providers.get_provider(...).stream(); only the
classic notebook nbextension still posts to /ai-helpers/legacy/complete.
"""
from __future__ import annotations

import os

import httpx
import requests

from .. import config as cfg

OPENAI_URL = "https://api.openai.com/v1/chat/completions"


async def legacy_complete(prefix: str, model: str = "gpt-3.5-turbo") -> str:
    headers = {"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"}
    payload = {
        "model": model,
        "messages": [{"role": "user", "content": f"Continue this code:\n{prefix}"}],
        "max_tokens": 128,
        "temperature": 0,
    }
    async with httpx.AsyncClient(timeout=30) as http:
        r = await http.post(OPENAI_URL, json=payload, headers=headers)
        r.raise_for_status()
        return r.json()["choices"][0]["message"]["content"]


def legacy_openrouter_complete(prompt: str) -> str:
    r = requests.post(
        f"{cfg.OPENROUTER_BASE_URL}/chat/completions",
        headers={
            "Authorization": f"Bearer {os.environ['OPENROUTER_API_KEY']}",
            **cfg.OPENROUTER_HEADERS,
        },
        json={"model": cfg.DEFAULT_MODELS["openrouter"], "messages": [{"role": "user", "content": prompt}]},
        timeout=60,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def ollama_health() -> bool:
    """GET only: used by the status bar indicator."""
    try:
        return requests.get(f"{cfg.OLLAMA_HOST}/api/tags", timeout=2).ok
    except requests.RequestException:
        return False
