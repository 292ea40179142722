"""Inline ghost-text completion, local only (Ollama) to keep latency and cost down."""

from __future__ import annotations

import logging
import threading

from ollama import Client, ResponseError

log = logging.getLogger(__name__)


class Autocompleter:
    MIN_PREFIX = 30

    def __init__(self, host: str, model: str = "qwen2.5:1.5b") -> None:
        self.model = model
        self._client = Client(host=host)
        self._generation = 0
        self._lock = threading.Lock()

    @classmethod
    def create(cls, settings) -> "Autocompleter":
        return cls(settings.ollama_host, settings.get_string("ollama-model"))

    def suggest(self, prefix: str) -> str | None:
        if len(prefix) < self.MIN_PREFIX:
            return None
        with self._lock:
            self._generation += 1
            generation = self._generation
        try:
            out = self._client.generate(
                model=self.model,
                prompt=prefix[-2000:],
                raw=True,
                options={"num_predict": 24, "temperature": 0.2, "stop": ["\n\n"]},
            )
        except ResponseError as exc:
            log.debug("autocomplete failed: %s", exc)
            return None
        if generation != self._generation:
            return None  # user kept typing; stale
        return out["response"]

    def ensure_model(self) -> bool:
        names = {m.model for m in self._client.list().models}
        return self.model in names
