"""Direct calls to the Ollama REST API.

Predates our use of the ``ollama`` package; still used where we need raw options
(``keep_alive``, ``raw`` mode) or where the SDK is not installed on CI runners.
"""
from __future__ import annotations

import os
from typing import Any, Dict, Iterator, List, Optional

import httpx

DEFAULT_HOST = os.environ.get("OLLAMA_HOST", "http://localhost:11434").rstrip("/")
GENERATE_URL = f"{DEFAULT_HOST}/api/generate"
CHAT_URL = f"{DEFAULT_HOST}/api/chat"
EMBED_URL = f"{DEFAULT_HOST}/api/embed"
TAGS_URL = f"{DEFAULT_HOST}/api/tags"

_TIMEOUT = httpx.Timeout(120.0, connect=5.0)


def installed_models(host: str = DEFAULT_HOST) -> List[str]:
    resp = httpx.get(f"{host}/api/tags", timeout=10.0)
    resp.raise_for_status()
    return [m["name"] for m in resp.json().get("models", [])]


def generate(prompt: str, model: str, *, system: Optional[str] = None,
             options: Optional[Dict[str, Any]] = None, keep_alive: str = "5m") -> Dict[str, Any]:
    payload: Dict[str, Any] = {
        "model": model,
        "prompt": prompt,
        "stream": False,
        "keep_alive": keep_alive,
        "options": options or {},
    }
    if system:
        payload["system"] = system
    with httpx.Client(timeout=_TIMEOUT) as http:
        resp = http.post(GENERATE_URL, json=payload)
    resp.raise_for_status()
    return resp.json()


def stream_chat(messages: List[Dict[str, str]], model: str) -> Iterator[str]:
    import json

    body = {"model": model, "messages": messages, "stream": True}
    with httpx.stream("POST", CHAT_URL, json=body, timeout=_TIMEOUT) as resp:
        resp.raise_for_status()
        for line in resp.iter_lines():
            if not line:
                continue
            event = json.loads(line)
            if event.get("done"):
                break
            yield event["message"]["content"]
