"""Per-task-manager client cache.

PyFlink runs every Python operator in the same worker process per slot, so building a new
HTTP client in every ``open()`` wastes sockets. The cache hands out one client per
(provider, pid) and is reset when the worker forks.
"""
from __future__ import annotations

import functools
import os
import threading
from typing import Any

from enrichment.clients import (
    FACTORIES,
    make_anthropic_client,
    make_bedrock_runtime,
    make_cohere_client,
    make_fireworks_client,
    make_openai_client,
)

_lock = threading.Lock()
_clients: dict[tuple[str, int], Any] = {}


def get_client(provider: str) -> Any:
    key = (provider, os.getpid())
    with _lock:
        client = _clients.get(key)
        if client is None:
            client = FACTORIES[provider]()
            _clients[key] = client
        return client


def clear() -> None:
    with _lock:
        _clients.clear()


@functools.lru_cache(maxsize=1)
def openai_client():
    return make_openai_client()


@functools.lru_cache(maxsize=1)
def anthropic_client():
    return make_anthropic_client()


@functools.lru_cache(maxsize=1)
def cohere_client():
    return make_cohere_client()


@functools.lru_cache(maxsize=1)
def fireworks_client():
    return make_fireworks_client()


@functools.lru_cache(maxsize=4)
def bedrock_client(region: str | None = None):
    return make_bedrock_runtime(region)
