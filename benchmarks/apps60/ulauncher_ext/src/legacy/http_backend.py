"""The original 0.x backend, before we depended on the SDKs.

Still used by the `--no-sdk` build for distros that package ulauncher
without pip access. TODO(mk): delete once the Flatpak bundles the SDKs.
"""
from __future__ import annotations

import json
import logging
import urllib.request
from typing import Dict, List

import httpx
import requests

from ..config import PERPLEXITY_BASE_URL

log = logging.getLogger(__name__)

OPENAI_URL = "https://api.openai.com/v1/chat/completions"
GROQ_URL = "https://api.groq.com/openai/v1/chat/completions"
MISTRAL_URL = "https://api.mistral.ai/v1/chat/completions"
ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"


def _headers(key: str) -> Dict[str, str]:
    return {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}


def ask_http(api_key: str, messages: List[dict], model: str = "gpt-4o-mini") -> str:
    r = requests.post(
        OPENAI_URL,
        headers=_headers(api_key),
        json={"model": model, "messages": messages, "max_tokens": 512},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def groq_http(api_key: str, messages: List[dict], model: str = "llama-3.1-8b-instant") -> str:
    resp = httpx.post(GROQ_URL, headers=_headers(api_key),
                      json={"model": model, "messages": messages}, timeout=10.0)
    resp.raise_for_status()
    return resp.json()["choices"][0]["message"]["content"]


def mistral_http(api_key: str, messages: List[dict], model: str = "mistral-small-latest") -> str:
    with httpx.Client(timeout=20.0, headers=_headers(api_key)) as http:
        resp = http.post(MISTRAL_URL, json={"model": model, "messages": messages})
    resp.raise_for_status()
    return resp.json()["choices"][0]["message"]["content"]


def anthropic_http(api_key: str, prompt: str, model: str = "claude-3-5-haiku-latest") -> str:
    body = json.dumps({
        "model": model,
        "max_tokens": 512,
        "messages": [{"role": "user", "content": prompt}],
    }).encode()
    req = urllib.request.Request(
        ANTHROPIC_URL,
        data=body,
        method="POST",
        headers={"x-api-key": api_key, "anthropic-version": "2023-06-01",
                 "content-type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=20) as fh:
        data = json.loads(fh.read())
    return "".join(b.get("text", "") for b in data.get("content", []))


def perplexity_http(api_key: str, question: str) -> str:
    r = requests.post(
        f"{PERPLEXITY_BASE_URL}/chat/completions",
        headers=_headers(api_key),
        json={"model": "sonar", "messages": [{"role": "user", "content": question}]},
        timeout=30,
    )
    return r.json()["choices"][0]["message"]["content"]


def check_key(api_key: str) -> bool:
    """Validate a key by listing models (free)."""
    r = requests.get("https://api.openai.com/v1/models", headers=_headers(api_key), timeout=5)
    return r.status_code == 200
