"""Raw-HTTP fallbacks written before we had SDK clients on the workers.

Kept for the air-gapped tenant, whose worker image has no ollama/huggingface_hub packages.
"""
from __future__ import annotations

import logging
import os

import httpx
import requests

from claimsdoc.legacy.clients_v0 import OLLAMA_URL

log = logging.getLogger(__name__)

HF_ROUTER = "https://router.huggingface.co/v1/chat/completions"


def ollama_generate(prompt: str, model: str = "llama3:8b") -> str:
    r = requests.post(f"{OLLAMA_URL}/api/generate", json={"model": model, "prompt": prompt, "stream": False}, timeout=300)
    r.raise_for_status()
    return r.json()["response"]


def ollama_tags() -> list[str]:
    r = requests.get(f"{OLLAMA_URL}/api/tags", timeout=10)
    return [m["name"] for m in r.json().get("models", [])]


async def hf_router_chat(prompt: str, model: str = "meta-llama/Llama-3.1-8B-Instruct") -> str:
    headers = {"Authorization": f"Bearer {os.environ.get('HF_TOKEN', '')}"}
    async with httpx.AsyncClient(timeout=120) as http:
        resp = await http.post(
            HF_ROUTER,
            headers=headers,
            json={"model": model, "messages": [{"role": "user", "content": prompt}], "max_tokens": 500},
        )
        resp.raise_for_status()
        return resp.json()["choices"][0]["message"]["content"]
