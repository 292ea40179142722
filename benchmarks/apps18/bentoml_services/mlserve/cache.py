"""Response cache for idempotent summarize/embed calls (Redis in prod, dict in dev)."""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from typing import Any, Protocol


class KV(Protocol):
    def get(self, key: str) -> bytes | None: ...
    def set(self, key: str, value: bytes, ex: int | None = None) -> Any: ...


@dataclass(frozen=True)
class CacheKey:
    namespace: str
    digest: str

    @classmethod
    def create(cls, namespace: str, **parts: Any) -> "CacheKey":
        blob = json.dumps(parts, sort_keys=True, default=str).encode()
        return cls(namespace=namespace, digest=hashlib.sha256(blob).hexdigest()[:32])

    def __str__(self) -> str:
        return f"mlserve:{self.namespace}:{self.digest}"


class InMemoryKV:
    def __init__(self) -> None:
        self._data: dict[str, tuple[bytes, float | None]] = {}

    def get(self, key: str) -> bytes | None:
        item = self._data.get(key)
        if item is None:
            return None
        value, expires = item
        if expires is not None and expires < time.time():
            del self._data[key]
            return None
        return value

    def set(self, key: str, value: bytes, ex: int | None = None) -> None:
        self._data[key] = (value, time.time() + ex if ex else None)


class ResponseCache:
    def __init__(self, kv: KV | None = None, ttl_s: int = 3600) -> None:
        self.kv = kv or InMemoryKV()
        self.ttl_s = ttl_s

    def get_json(self, key: CacheKey) -> Any | None:
        raw = self.kv.get(str(key))
        return json.loads(raw) if raw is not None else None

    def put_json(self, key: CacheKey, value: Any) -> None:
        self.kv.set(str(key), json.dumps(value).encode(), ex=self.ttl_s)
