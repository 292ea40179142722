"""Pre-SDK helpers from the first version of the backend.

Still used by the cron digest and the /api/complete endpoint. Do not add new
callers; migrate to multi_model_service instead.
"""
import os

import httpx
import requests

from lib.config import ANTHROPIC_API_BASE, ANTHROPIC_VERSION

OPENAI_CHAT_URL = "https://api.openai.com/v1/chat/completions"


def openai_chat(prompt: str, model: str = "gpt-4o-mini", temperature: float = 0.2) -> str:
    headers = {"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"}
    payload = {
        "model": model,
        "temperature": temperature,
        "messages": [{"role": "user", "content": prompt}],
    }
    r = requests.post(OPENAI_CHAT_URL, headers=headers, json=payload, timeout=40)
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def claude_text(prompt: str, model: str = "claude-3-5-haiku-latest", max_tokens: int = 800) -> str:
    resp = httpx.post(
        f"{ANTHROPIC_API_BASE}/v1/messages",
        headers={
            "x-api-key": os.environ["ANTHROPIC_API_KEY"],
            "anthropic-version": ANTHROPIC_VERSION,
            "content-type": "application/json",
        },
        json={"model": model, "max_tokens": max_tokens, "messages": [{"role": "user", "content": prompt}]},
        timeout=40.0,
    )
    resp.raise_for_status()
    data = resp.json()
    return "".join(block.get("text", "") for block in data.get("content", []))
