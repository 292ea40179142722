"""Backend registry: name -> Backend instance, built from config."""
from __future__ import annotations

import logging
import threading
from typing import Callable, Iterable

from gateway.backends.anthropic_backend import AnthropicBackend
from gateway.backends.base import Backend
from gateway.backends.bedrock_backend import BedrockBackend
from gateway.backends.cohere_backend import CohereBackend
from gateway.backends.google_backend import GoogleBackend
from gateway.backends.openai_backend import OpenAIBackend

log = logging.getLogger(__name__)

BACKEND_CLASSES: dict[str, Callable[..., Backend]] = {
    "openai": OpenAIBackend,
    "anthropic": AnthropicBackend,
    "google": GoogleBackend,
    "cohere": CohereBackend,
    "bedrock": BedrockBackend,
}

# model-name prefixes -> backend; used when a caller passes model= but no backend=
MODEL_PREFIXES = {
    "gpt-": "openai",
    "o1": "openai",
    "o3": "openai",
    "text-embedding-3": "openai",
    "claude-": "anthropic",
    "gemini-": "google",
    "text-embedding-004": "google",
    "command": "cohere",
    "embed-": "cohere",
    "anthropic.": "bedrock",
    "amazon.": "bedrock",
    "meta.": "bedrock",
}


class BackendRegistry:
    def __init__(self, backends: dict[str, Backend] | None = None, defaults=None) -> None:
        self._backends: dict[str, Backend] = dict(backends or {})
        self._lock = threading.RLock()
        self.defaults = defaults

    @classmethod
    def from_config(cls, config) -> "BackendRegistry":
        backends = {}
        for name, bcfg in config.backends.items():
            if not bcfg.enabled:
                log.info("backend %s disabled in config", name)
                continue
            factory = BACKEND_CLASSES.get(name)
            if factory is None:
                log.warning("unknown backend %s in config, skipping", name)
                continue
            backends[name] = factory(bcfg)
        return cls(backends, defaults=config.defaults)

    def register(self, name: str, backend: Backend) -> None:
        with self._lock:
            self._backends[name] = backend

    def get(self, name: str) -> Backend:
        with self._lock:
            try:
                return self._backends[name]
            except KeyError:
                raise LookupError(f"no backend named {name!r}; have {sorted(self._backends)}")

    def __getitem__(self, name: str) -> Backend:
        return self.get(name)

    def __contains__(self, name: str) -> bool:
        return name in self._backends

    def names(self) -> Iterable[str]:
        return sorted(self._backends)

    def resolve(self, model: str | None, backend: str | None, purpose: str = "chat") -> Backend:
        if backend:
            return self.get(backend)
        if model:
            for prefix, bname in MODEL_PREFIXES.items():
                if model.startswith(prefix) and bname in self._backends:
                    return self._backends[bname]
        default_name = getattr(self.defaults, f"{purpose}_backend", None) or "openai"
        return self.get(default_name)
