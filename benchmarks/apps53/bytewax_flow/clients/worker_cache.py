"""Per-worker client cache.

Bytewax runs each worker in its own thread (or process with ``-p``). SDK clients hold
connection pools, so we keep one set per worker and build lazily on first use.
"""
from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from clients import factory

_local = threading.local()


@dataclass
class WorkerClients:
    worker_id: str
    _cache: dict[str, Any] = field(default_factory=dict)

    def _get(self, name: str, builder):
        if name not in self._cache:
            self._cache[name] = builder()
        return self._cache[name]

    @property
    def openai(self):
        return self._get("openai", factory.make_openai)

    @property
    def anthropic(self):
        return self._get("anthropic", factory.make_anthropic)

    @property
    def mistral(self):
        return self._get("mistral", factory.make_mistral)

    @property
    def hf(self):
        return self._get("hf", factory.make_hf_inference)

    @property
    def xai(self):
        return self._get("xai", factory.make_xai)

    def close(self) -> None:
        oa = self._cache.pop("openai", None)
        if oa is not None:
            oa.close()
        self._cache.clear()


def get_worker_clients() -> WorkerClients:
    clients = getattr(_local, "clients", None)
    if clients is None:
        clients = WorkerClients(worker_id=f"{os.getpid()}-{threading.get_ident()}")
        _local.clients = clients
    return clients


@lru_cache(maxsize=None)
def openai_client():
    """Process-wide OpenAI client. Kept for steps written before WorkerClients existed."""
    return factory.make_openai()


@lru_cache(maxsize=None)
def anthropic_client():
    return factory.make_anthropic()
