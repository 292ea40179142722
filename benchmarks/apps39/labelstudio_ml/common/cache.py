"""Prediction cache so re-opening a task doesn't re-bill the model.

Backed by Redis when REDIS_URL is set (the docker deployment), otherwise an
in-process LRU. Keys include the prompt version so template changes bust it.
"""
import hashlib
import json
import logging
import os
import time
from collections import OrderedDict
from typing import Any, Dict, Optional

logger = logging.getLogger(__name__)

DEFAULT_TTL = int(os.getenv("PREDICTION_CACHE_TTL", str(7 * 24 * 3600)))


class CacheKey:
    """Deterministic key for (backend, model_version, task data, prompt)."""

    def __init__(self, backend: str, model_version: str):
        self.backend = backend
        self.model_version = model_version

    def generate(self, data: Dict[str, Any], prompt: str = "") -> str:
        blob = json.dumps({"d": data, "p": prompt}, sort_keys=True, default=str).encode()
        digest = hashlib.sha256(blob).hexdigest()[:32]
        return f"lsml:{self.backend}:{self.model_version}:{digest}"


class _MemoryBackend:
    def __init__(self, max_items: int = 5000):
        self._data: "OrderedDict[str, tuple]" = OrderedDict()
        self.max_items = max_items

    def get(self, key: str) -> Optional[str]:
        item = self._data.get(key)
        if item is None:
            return None
        value, expires = item
        if expires < time.time():
            self._data.pop(key, None)
            return None
        self._data.move_to_end(key)
        return value

    def set(self, key: str, value: str, ex: int) -> None:
        self._data[key] = (value, time.time() + ex)
        self._data.move_to_end(key)
        while len(self._data) > self.max_items:
            self._data.popitem(last=False)


class PredictionCache:
    def __init__(self, backend, key: CacheKey, ttl: int = DEFAULT_TTL):
        self._backend = backend
        self.key = key
        self.ttl = ttl
        self.hits = 0
        self.misses = 0

    @classmethod
    def create(cls, backend_name: str, model_version: str) -> "PredictionCache":
        url = os.getenv("REDIS_URL")
        if url:
            import redis

            store = redis.Redis.from_url(url, decode_responses=True)
        else:
            store = _MemoryBackend()
        return cls(store, CacheKey(backend_name, model_version))

    def lookup(self, data: Dict[str, Any], prompt: str = "") -> Optional[Dict]:
        raw = self._backend.get(self.key.generate(data, prompt))
        if raw is None:
            self.misses += 1
            return None
        self.hits += 1
        return json.loads(raw)

    def store(self, data: Dict[str, Any], prediction: Dict, prompt: str = "") -> None:
        try:
            self._backend.set(self.key.generate(data, prompt), json.dumps(prediction), ex=self.ttl)
        except Exception:  # noqa: BLE001 - cache is best effort
            logger.warning("prediction cache write failed", exc_info=True)

    def stats(self) -> Dict[str, int]:
        return {"hits": self.hits, "misses": self.misses}
