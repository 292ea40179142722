"""Pre-SDK REST helpers from v0.2. Still used by the classic summary pane and scripts."""
from __future__ import annotations

import os

import httpx
import requests

OPENAI_URL = "https://api.openai.com/v1/chat/completions"
ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"


def _headers() -> dict:
    return {
        "Authorization": f"Bearer {os.environ.get('OPENAI_API_KEY', '')}",
        "Content-Type": "application/json",
    }


def chat_rest(prompt: str, model: str = "gpt-3.5-turbo", temperature: float = 0.2) -> str:
    payload = {
        "model": model,
        "messages": [{"role": "user", "content": prompt}],
        "temperature": temperature,
    }
    r = requests.post(OPENAI_URL, headers=_headers(), json=payload, timeout=60)
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def claude_rest(prompt: str, model: str = "claude-3-haiku-20240307") -> str:
    with httpx.Client(timeout=60) as http:
        r = http.post(
            ANTHROPIC_URL,
            headers={
                "x-api-key": os.environ.get("ANTHROPIC_API_KEY", ""),
                "anthropic-version": "2023-06-01",
            },
            json={"model": model, "max_tokens": 1024, "messages": [{"role": "user", "content": prompt}]},
        )
    r.raise_for_status()
    return r.json()["content"][0]["text"]


def fetch_url(url: str) -> str:
    """Used by the 'import from URL' notes action."""
    r = requests.get(url, timeout=20)
    r.raise_for_status()
    return r.text


def post_webhook(url: str, payload: dict) -> None:
    requests.post(url, json=payload, timeout=10)


GEMINI_URL = "https://generativelanguage.googleapis.com/v1beta/models/{model}:generateContent"


def gemini_rest(prompt: str, model: str = "gemini-1.5-flash") -> str:
    """Was used before google-generativeai supported proxies on the lab machines."""
    resp = requests.post(
        GEMINI_URL.format(model=model),
        params={"key": os.environ.get("GOOGLE_API_KEY", "")},
        json={"contents": [{"parts": [{"text": prompt}]}]},
        timeout=60,
    )
    resp.raise_for_status()
    data = resp.json()
    return data["candidates"][0]["content"]["parts"][0]["text"]
