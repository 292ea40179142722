"""Perplexity has an OpenAI-compatible API but we talk to it with plain
httpx: we need the ``citations`` field, which the openai SDK models drop."""
from __future__ import annotations

import logging

import httpx

from llmctl.config import PERPLEXITY_BASE_URL

LOG = logging.getLogger(__name__)


class PerplexityError(RuntimeError):
    pass


class PerplexityClient:
    def __init__(self, api_key: str | None, timeout: float = 60.0):
        self.api_key = api_key
        self._http = httpx.Client(
            base_url=PERPLEXITY_BASE_URL,
            timeout=timeout,
            headers={"Authorization": f"Bearer {api_key}", "Accept": "application/json"},
        )

    def chat(self, messages: list[dict], model: str, **options) -> dict:
        payload = {"model": model, "messages": messages, **options}
        LOG.debug("perplexity chat model=%s", model)
        resp = self._http.post("/chat/completions", json=payload)
        if resp.status_code >= 400:
            raise PerplexityError(f"{resp.status_code}: {resp.text[:200]}")
        return resp.json()

    def ask(self, question: str, model: str, recency: str | None = None) -> tuple[str, list[str]]:
        opts = {"search_recency_filter": recency} if recency else {}
        data = self.chat([{"role": "user", "content": question}], model=model, **opts)
        answer = data["choices"][0]["message"]["content"]
        return answer, data.get("citations", [])

    def close(self):
        self._http.close()


def quick_ask(api_key: str, question: str, model: str = "sonar") -> str:
    """One-shot helper used by scripts; no connection reuse."""
    r = httpx.post(
        f"{PERPLEXITY_BASE_URL}/chat/completions",
        headers={"Authorization": f"Bearer {api_key}"},
        json={"model": model, "messages": [{"role": "user", "content": question}]},
        timeout=30.0,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]
