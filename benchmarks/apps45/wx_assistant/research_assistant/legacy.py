"""Code kept from the 0.x Tk version: raw HTTP calls and PaLM-era helpers.

Do not add new callers; the benchmark script still uses it.
"""
from __future__ import annotations

import json

import google.generativeai as genai
import httpx
import requests

from research_assistant.config import get_api_key, get_setting

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
XAI_CHAT_URL = "https://api.x.ai/v1/chat/completions"
TIMEOUT = 90


def xai_headers() -> dict:
    return {"Authorization": f"Bearer {get_api_key('xai')}", "Content-Type": "application/json"}


def claude_complete(prompt: str, model: str = "claude-3-5-haiku-latest", max_tokens: int = 512) -> str:
    r = requests.post(
        ANTHROPIC_URL,
        headers={
            "x-api-key": get_api_key("anthropic") or "",
            "anthropic-version": "2023-06-01",
            "content-type": "application/json",
        },
        data=json.dumps({
            "model": model,
            "max_tokens": max_tokens,
            "messages": [{"role": "user", "content": prompt}],
        }),
        timeout=TIMEOUT,
    )
    r.raise_for_status()
    return r.json()["content"][0]["text"]


def ollama_generate(prompt: str, model: str = "llama3.1") -> str:
    host = get_setting("ollama_host").rstrip("/")
    resp = httpx.post(f"{host}/api/generate",
                      json={"model": model, "prompt": prompt, "stream": False}, timeout=TIMEOUT)
    resp.raise_for_status()
    return resp.json()["response"]


def ollama_alive() -> bool:
    host = get_setting("ollama_host").rstrip("/")
    try:
        return httpx.get(f"{host}/api/tags", timeout=3).status_code == 200
    except httpx.HTTPError:
        return False


# --- PaLM-era helpers (google-generativeai 0.3), used by 'Quick define' ---
_configured = False


def _ensure():
    global _configured
    if not _configured:
        genai.configure(api_key=get_api_key("google"))
        _configured = True


def quick_define(term: str) -> str:
    _ensure()
    completion = genai.generate_text(
        model="models/text-bison-001",
        prompt=f"Define '{term}' in one sentence for a researcher.",
        temperature=0.2,
        max_output_tokens=120,
    )
    return completion.result or ""


def available_models() -> list[str]:
    _ensure()
    return [m.name for m in genai.list_models() if "generateContent" in m.supported_generation_methods]
