"""Small synchronous Perplexity client for the CLI and the admin scripts.

The server goes through the OpenAI-compatible client in the lifespan context;
this one exists because the CLI has no event loop and we wanted the raw
``citations`` / ``search_results`` fields without fighting the SDK models.
"""
import json
import logging
import os
from typing import Any, Dict, Iterator, List, Optional

import httpx

log = logging.getLogger(__name__)

API_URL = "https://api.perplexity.ai/chat/completions"
DEFAULT_SYSTEM = "Answer precisely. Prefer official documentation and changelogs as sources."


class PerplexityError(RuntimeError):
    pass


class PerplexitySearch:
    def __init__(self, api_key: Optional[str] = None, model: str = "sonar", timeout: float = 60.0):
        key = api_key or os.environ.get("PPLX_API_KEY")
        if not key:
            raise PerplexityError("PPLX_API_KEY is not set")
        self.model = model
        self._http = httpx.Client(
            timeout=timeout,
            headers={"Authorization": f"Bearer {key}", "Accept": "application/json"},
        )

    def _payload(self, question: str, domains: Optional[List[str]], recency: Optional[str]) -> Dict[str, Any]:
        payload: Dict[str, Any] = {
            "model": self.model,
            "messages": [
                {"role": "system", "content": DEFAULT_SYSTEM},
                {"role": "user", "content": question},
            ],
        }
        if domains:
            payload["search_domain_filter"] = domains[:10]
        if recency:
            payload["search_recency_filter"] = recency
        return payload

    def ask(self, question: str, domains: Optional[List[str]] = None, recency: Optional[str] = None) -> Dict[str, Any]:
        resp = self._http.post(API_URL, json=self._payload(question, domains, recency))
        if resp.status_code >= 400:
            raise PerplexityError(f"perplexity returned {resp.status_code}: {resp.text[:300]}")
        data = resp.json()
        usage = data.get("usage") or {}
        log.debug("perplexity usage: %s", usage)
        return {
            "answer": data["choices"][0]["message"]["content"],
            "citations": data.get("citations") or [],
            "usage": usage,
        }

    def stream(self, question: str, domains: Optional[List[str]] = None) -> Iterator[str]:
        payload = self._payload(question, domains, None)
        payload["stream"] = True
        with self._http.stream("POST", API_URL, json=payload) as resp:
            if resp.status_code >= 400:
                resp.read()
                raise PerplexityError(f"perplexity returned {resp.status_code}: {resp.text[:300]}")
            for line in resp.iter_lines():
                if not line.startswith("data:"):
                    continue
                body = line[len("data:"):].strip()
                if body == "[DONE]":
                    break
                event = json.loads(body)
                delta = event["choices"][0].get("delta", {}).get("content")
                if delta:
                    yield delta

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "PerplexitySearch":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
