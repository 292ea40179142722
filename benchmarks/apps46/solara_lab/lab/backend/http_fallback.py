"""Raw HTTP calls, for when the SDKs are pinned to a version that lacks a
feature we need (and for the locked-down demo box that can't pip install).

Kept deliberately dependency-light.
"""
from __future__ import annotations

import os

import httpx
import requests

GROQ_URL = "https://api.groq.com/openai/v1/chat/completions"
ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"


def groq_chat(messages: list[dict], model: str = "llama-3.1-8b-instant", timeout: float = 20.0) -> str:
    r = httpx.post(
        GROQ_URL,
        headers={"Authorization": f"Bearer {os.environ['GROQ_API_KEY']}"},
        json={"model": model, "messages": messages, "temperature": 0.2},
        timeout=timeout,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def anthropic_message(prompt: str, model: str = "claude-3-5-haiku-latest", max_tokens: int = 512) -> str:
    headers = {
        "x-api-key": os.environ["ANTHROPIC_API_KEY"],
        "anthropic-version": "2023-06-01",
        "content-type": "application/json",
    }
    payload = {"model": model, "max_tokens": max_tokens, "messages": [{"role": "user", "content": prompt}]}
    resp = requests.post(ANTHROPIC_URL, headers=headers, json=payload, timeout=60)
    resp.raise_for_status()
    return "".join(b.get("text", "") for b in resp.json()["content"])


def healthcheck() -> dict[str, int]:
    """GET only -- used by the status page."""
    out = {}
    for name, url in {"groq": "https://api.groq.com/openai/v1/models", "anthropic": "https://api.anthropic.com/v1/models"}.items():
        try:
            out[name] = httpx.get(url, timeout=5).status_code
        except httpx.HTTPError:
            out[name] = -1
    return out
