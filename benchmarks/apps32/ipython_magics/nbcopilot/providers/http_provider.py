"""Plain HTTP provider for gateways that do not have an SDK we can pin."""
from __future__ import annotations

import json
from typing import Iterator

import requests

from ..settings import HTTP_LLM_ENDPOINT, api_key_for
from .base import Completion, Provider, with_system


class HTTPProvider(Provider):
    name = "http"

    def __init__(self, model, endpoint: str | None = None, **kwargs):
        super().__init__(model, **kwargs)
        self.endpoint = endpoint or HTTP_LLM_ENDPOINT
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {api_key_for('http') or ''}",
                "Content-Type": "application/json",
            }
        )

    def _payload(self, messages, system, stream=False):
        return {
            "model": self.model,
            "messages": with_system(messages, system),
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
            "stream": stream,
        }

    def complete(self, messages, system=None) -> Completion:
        r = self.session.post(self.endpoint, json=self._payload(messages, system), timeout=120)
        r.raise_for_status()
        data = r.json()
        usage = data.get("usage", {})
        return Completion(
            text=data["choices"][0]["message"]["content"],
            model=data.get("model", self.model),
            provider=self.name,
            input_tokens=usage.get("prompt_tokens", 0),
            output_tokens=usage.get("completion_tokens", 0),
            raw=data,
        )

    def stream(self, messages, system=None) -> Iterator[str]:
        with self.session.post(
            self.endpoint, json=self._payload(messages, system, stream=True), stream=True, timeout=120
        ) as r:
            r.raise_for_status()
            for line in r.iter_lines():
                if not line or not line.startswith(b"data: "):
                    continue
                body = line[len(b"data: "):]
                if body == b"[DONE]":
                    break
                delta = json.loads(body)["choices"][0]["delta"].get("content")
                if delta:
                    yield delta

    def health(self) -> bool:
        try:
            return self.session.get(self.endpoint.rsplit("/chat", 1)[0] + "/models", timeout=5).ok
        except requests.RequestException:
            return False
