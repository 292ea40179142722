"""Raw HTTP fallbacks.

Sublime Text 3 shipped Python 3.3 and the SDKs would not import there; these
helpers predate the 3.8 plugin host.  Still used by the ST3 branch of the
package and by ``scripts/bench_fim.py --raw``.  Do not add new callers.
"""
from __future__ import annotations

import json
import os
from typing import Dict, List

import httpx
import requests

GROQ_CHAT_URL = "https://api.groq.com/openai/v1/chat/completions"
GROQ_MODELS_URL = "https://api.groq.com/openai/v1/models"
ANTHROPIC_MESSAGES_URL = "https://api.anthropic.com/v1/messages"
ANTHROPIC_VERSION = "2023-06-01"


def groq_chat_raw(messages: List[Dict[str, str]], model: str = "llama-3.1-8b-instant", timeout: float = 15.0) -> str:
    headers = {"Authorization": "Bearer %s" % os.environ.get("GROQ_API_KEY", "")}
    r = requests.post(
        GROQ_CHAT_URL,
        headers=headers,
        json={"model": model, "messages": messages, "temperature": 0.2},
        timeout=timeout,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def groq_models_raw() -> List[str]:
    headers = {"Authorization": "Bearer %s" % os.environ.get("GROQ_API_KEY", "")}
    r = requests.get(GROQ_MODELS_URL, headers=headers, timeout=10)
    r.raise_for_status()
    return [m["id"] for m in r.json().get("data", [])]


async def claude_raw(prompt: str, model: str = "claude-3-5-haiku-latest", max_tokens: int = 512) -> str:
    headers = {
        "x-api-key": os.environ.get("ANTHROPIC_API_KEY", ""),
        "anthropic-version": ANTHROPIC_VERSION,
        "content-type": "application/json",
    }
    payload = {"model": model, "max_tokens": max_tokens, "messages": [{"role": "user", "content": prompt}]}
    async with httpx.AsyncClient(timeout=30.0) as http:
        resp = await http.post(ANTHROPIC_MESSAGES_URL, headers=headers, content=json.dumps(payload))
    resp.raise_for_status()
    data = resp.json()
    return "".join(b.get("text", "") for b in data.get("content", []))
