"""Groq over plain HTTP (before the groq package was in requirements)."""
from __future__ import annotations

import os

import httpx

GROQ_URL = "https://api.groq.com/openai/v1/chat/completions"
_http = httpx.Client(timeout=30.0)


def groq_chat(prompt: str, model: str = "llama-3.1-8b-instant") -> str:
    resp = _http.post(
        GROQ_URL,
        headers={"Authorization": f"Bearer {os.environ['GROQ_API_KEY']}"},
        json={"model": model, "messages": [{"role": "user", "content": prompt}]},
    )
    resp.raise_for_status()
    return resp.json()["choices"][0]["message"]["content"]


def groq_models() -> list[str]:
    resp = _http.get(
        "https://api.groq.com/openai/v1/models",
        headers={"Authorization": f"Bearer {os.environ['GROQ_API_KEY']}"},
    )
    return [m["id"] for m in resp.json()["data"]]


async def ollama_chat_http(prompt: str, model: str = "llama3.1:8b", host: str = "http://localhost:11434") -> str:
    async with httpx.AsyncClient(timeout=120) as client:
        r = await client.post(
            f"{host}/api/chat",
            json={"model": model, "messages": [{"role": "user", "content": prompt}], "stream": False},
        )
        return r.json()["message"]["content"]
