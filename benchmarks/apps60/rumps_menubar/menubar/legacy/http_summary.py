"""The very first version talked to the APIs with plain HTTP so the py2app
bundle stayed small. The macOS Service 'Summarise with AI' still uses this."""
from __future__ import annotations

import logging
import os

import httpx
import requests

log = logging.getLogger(__name__)

OPENAI_URL = "https://api.openai.com/v1/chat/completions"
ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
OLLAMA_URL = "http://localhost:11434/api/generate"


def summarise_openai(text: str, model: str = "gpt-4o-mini") -> str:
    headers = {"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"}
    payload = {
        "model": model,
        "messages": [
            {"role": "system", "content": "Summarise in 3 bullets."},
            {"role": "user", "content": text},
        ],
        "temperature": 0.2,
    }
    r = requests.post(OPENAI_URL, json=payload, headers=headers, timeout=60)
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def summarise_claude(text: str, model: str = "claude-3-5-haiku-latest") -> str:
    with httpx.Client(timeout=60) as http:
        r = http.post(
            ANTHROPIC_URL,
            headers={
                "x-api-key": os.environ["ANTHROPIC_API_KEY"],
                "anthropic-version": "2023-06-01",
                "content-type": "application/json",
            },
            json={
                "model": model,
                "max_tokens": 500,
                "messages": [{"role": "user", "content": f"Summarise in 3 bullets:\n\n{text}"}],
            },
        )
    r.raise_for_status()
    return "".join(b["text"] for b in r.json()["content"] if b["type"] == "text")


def summarise_local(text: str, model: str = "llama3.1:8b") -> str:
    resp = requests.post(
        OLLAMA_URL,
        json={"model": model, "prompt": f"Summarise in 3 bullets:\n\n{text}", "stream": False},
        timeout=120,
    )
    resp.raise_for_status()
    return resp.json()["response"]


def summarise(text: str) -> str:
    """Service entry point: try local first, then the cloud."""
    for fn in (summarise_local, summarise_openai, summarise_claude):
        try:
            return fn(text)
        except (requests.RequestException, httpx.HTTPError, KeyError) as exc:
            log.info("%s failed: %s", fn.__name__, exc)
    return "Could not summarise."


def ping_ollama() -> bool:
    try:
        return requests.get("http://localhost:11434/api/tags", timeout=2).ok
    except requests.RequestException:
        return False
