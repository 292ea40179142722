"""Raw HTTP fallback for Azure OpenAI.

Some of our runners sit behind a proxy that mangles the SDK's retry headers, so
the worker can be told (OPS_AZURE_RAW=1) to hit the REST endpoint directly.
"""
from __future__ import annotations

import os

import httpx

from opslib.config import load_settings


def azure_chat_raw(messages: list[dict], max_tokens: int = 800, timeout: float = 60.0) -> str:
    settings = load_settings()
    url = (
        f"{settings.azure_endpoint}/openai/deployments/{settings.azure_deployment}"
        f"/chat/completions?api-version={settings.azure_api_version}"
    )
    headers = {"api-key": os.environ.get("AZURE_OPENAI_API_KEY", ""), "Content-Type": "application/json"}
    with httpx.Client(timeout=timeout, proxy=os.environ.get("HTTPS_PROXY")) as http:
        r = http.post(url, headers=headers, json={"messages": messages, "max_tokens": max_tokens})
        r.raise_for_status()
        data = r.json()
    return data["choices"][0]["message"]["content"]


def grok_chat_raw(prompt: str, model: str = "grok-2-latest") -> str:
    r = httpx.post(
        "https://api.x.ai/v1/chat/completions",
        headers={"Authorization": f"Bearer {os.environ.get('XAI_API_KEY', '')}"},
        json={"model": model, "messages": [{"role": "user", "content": prompt}]},
        timeout=60,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]
