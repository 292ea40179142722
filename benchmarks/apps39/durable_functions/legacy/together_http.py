"""Raw HTTP client for Together from before their SDK supported our proxy setup."""
from __future__ import annotations

import os

import httpx

TOGETHER_URL = "https://api.together.xyz/v1/chat/completions"
FIREWORKS_URL = "https://api.fireworks.ai/inference/v1/chat/completions"


def _headers(key_env: str) -> dict[str, str]:
    return {
        "Authorization": f"Bearer {os.environ[key_env]}",
        "Content-Type": "application/json",
    }


def together_chat(prompt: str, model: str = "mistralai/Mixtral-8x7B-Instruct-v0.1") -> str:
    payload = {"model": model, "messages": [{"role": "user", "content": prompt}], "max_tokens": 512}
    r = httpx.post(TOGETHER_URL, json=payload, headers=_headers("TOGETHER_API_KEY"), timeout=60)
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


async def fireworks_chat(prompt: str, model: str) -> str:
    async with httpx.AsyncClient(timeout=60) as http:
        r = await http.post(
            FIREWORKS_URL,
            headers=_headers("FIREWORKS_API_KEY"),
            json={"model": model, "messages": [{"role": "user", "content": prompt}]},
        )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]

