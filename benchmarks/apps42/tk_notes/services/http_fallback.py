"""Bare HTTP fallbacks.

Used when the SDK is missing from a frozen (PyInstaller) build; the
installer for Windows ships without the optional SDK wheels.
"""
from __future__ import annotations

import logging

import httpx
import requests

from app.config import get_settings

log = logging.getLogger(__name__)

OPENAI_URL = "https://api.openai.com/v1/chat/completions"
ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"


def openai_chat(messages: list[dict], model: str | None = None) -> str:
    s = get_settings()
    r = httpx.post(
        OPENAI_URL,
        headers={"Authorization": f"Bearer {s.api_key('openai')}"},
        json={"model": model or s.model_for("openai"), "messages": messages, "max_tokens": s.max_tokens},
        timeout=s.request_timeout,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def anthropic_chat(messages: list[dict], model: str | None = None, system: str = "") -> str:
    s = get_settings()
    payload = {
        "model": model or s.model_for("anthropic"),
        "max_tokens": s.max_tokens,
        "messages": messages,
    }
    if system:
        payload["system"] = system
    resp = requests.post(
        ANTHROPIC_URL,
        headers={
            "x-api-key": s.api_key("anthropic") or "",
            "anthropic-version": "2023-06-01",
            "content-type": "application/json",
        },
        json=payload,
        timeout=s.request_timeout,
    )
    resp.raise_for_status()
    return "".join(b["text"] for b in resp.json()["content"] if b["type"] == "text")


def ollama_chat(messages: list[dict], model: str | None = None) -> str:
    s = get_settings()
    resp = requests.post(
        f"{s.ollama_host.rstrip('/')}/api/chat",
        json={"model": model or s.model_for("ollama"), "messages": messages, "stream": False},
        timeout=s.request_timeout,
    )
    resp.raise_for_status()
    return resp.json()["message"]["content"]


def ollama_is_up() -> bool:
    try:
        return httpx.get(f"{get_settings().ollama_host.rstrip('/')}/api/tags", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


FALLBACKS = {"openai": openai_chat, "anthropic": anthropic_chat, "ollama": ollama_chat}
