"""Bounded pools of SDK clients plus a tiny name -> client registry.

The pool exists because the embedding backfills used to open one client per
thread and exhausted the httpx connection limits on the worker nodes.
"""
from __future__ import annotations

import queue
import threading
from contextlib import contextmanager
from typing import Any, Callable, Dict, Generic, Iterator, TypeVar

import cohere
from openai import OpenAI

from core.settings import settings

from .mistral_client import get_mistral

T = TypeVar("T")


class PoolExhausted(RuntimeError):
    pass


class ClientPool(Generic[T]):
    def __init__(self, factory: Callable[[], T], size: int = 4) -> None:
        self._factory = factory
        self._size = size
        self._created = 0
        self._lock = threading.Lock()
        self._idle: "queue.Queue[T]" = queue.Queue(maxsize=size)

    def _checkout(self, timeout: float) -> T:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            if self._created < self._size:
                self._created += 1
                return self._factory()
        try:
            return self._idle.get(timeout=timeout)
        except queue.Empty as exc:
            raise PoolExhausted(f"no client available after {timeout}s") from exc

    @contextmanager
    def acquire(self, timeout: float = 10.0) -> Iterator[T]:
        client = self._checkout(timeout)
        try:
            yield client
        finally:
            self._idle.put(client)

    @property
    def size(self) -> int:
        return self._size


def _new_openai() -> OpenAI:
    return OpenAI(
        api_key=settings.llm.api_key,
        base_url=settings.llm.base_url,
        timeout=settings.llm.timeout,
    )


openai_pool: "ClientPool[OpenAI]" = ClientPool(_new_openai, size=settings.llm.pool_size)

_FACTORIES: Dict[str, Callable[[], Any]] = {
    "cohere": lambda: cohere.ClientV2(api_key=settings.cohere.api_key),
    "mistral": get_mistral,
    "openai": _new_openai,
}
_INSTANCES: Dict[str, Any] = {}


def client_for(name: str) -> Any:
    """Return a shared client for ``name`` (created lazily)."""
    if name not in _INSTANCES:
        try:
            _INSTANCES[name] = _FACTORIES[name]()
        except KeyError:
            raise ValueError(f"unknown provider {name!r}") from None
    return _INSTANCES[name]
