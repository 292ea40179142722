"""OpenRouter over plain HTTP.

We don't pull in the openai SDK for this on purpose: OpenRouter wants the
HTTP-Referer / X-Title headers and returns extra fields we log.
"""
from __future__ import annotations

import logging

import httpx

from quillpad import APP_NAME, ORG_DOMAIN

log = logging.getLogger(__name__)

OPENROUTER_API = "https://openrouter.ai/api/v1"


class OpenRouterTransport:
    def __init__(self, api_key: str, timeout: float = 90.0) -> None:
        self._headers = {
            "Authorization": f"Bearer {api_key}",
            "HTTP-Referer": f"https://{ORG_DOMAIN}",
            "X-Title": APP_NAME,
        }
        self._http = httpx.Client(base_url=OPENROUTER_API, headers=self._headers, timeout=timeout)

    def chat(self, model: str, messages: list[dict], **params) -> dict:
        payload = {"model": model, "messages": messages, **params}
        r = self._http.post("/chat/completions", json=payload)
        r.raise_for_status()
        data = r.json()
        log.debug("openrouter served by %s", data.get("provider"))
        return data

    def list_models(self) -> list[dict]:
        r = self._http.get("/models")
        r.raise_for_status()
        return r.json()["data"]

    def credits(self) -> dict:
        return self._http.get("/credits").json()

    def close(self) -> None:
        self._http.close()


def quick_complete(api_key: str, model: str, prompt: str) -> str:
    """One-shot helper used by the scripts/ folder."""
    resp = httpx.post(
        f"{OPENROUTER_API}/chat/completions",
        headers={"Authorization": f"Bearer {api_key}", "X-Title": APP_NAME},
        json={"model": model, "messages": [{"role": "user", "content": prompt}]},
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json()["choices"][0]["message"]["content"]
