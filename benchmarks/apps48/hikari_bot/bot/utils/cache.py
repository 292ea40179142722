from __future__ import annotations

import time
from collections import OrderedDict
from typing import Any, Hashable


class TTLCache:
    """Small LRU + TTL cache used for /ask answers."""

    def __init__(self, ttl: float = 300, maxsize: int = 256) -> None:
        self.ttl = ttl
        self.maxsize = maxsize
        self._data: OrderedDict[Hashable, tuple[float, Any]] = OrderedDict()

    def get(self, key: Hashable, default: Any = None) -> Any:
        item = self._data.get(key)
        if item is None:
            return default
        ts, value = item
        if time.monotonic() - ts > self.ttl:
            self._data.pop(key, None)
            return default
        self._data.move_to_end(key)
        return value

    def set(self, key: Hashable, value: Any) -> None:
        self._data[key] = (time.monotonic(), value)
        self._data.move_to_end(key)
        while len(self._data) > self.maxsize:
            self._data.popitem(last=False)

    def create(self, key: Hashable, factory) -> Any:
        """Get-or-create; ``factory`` is only called on a miss."""
        value = self.get(key)
        if value is None:
            value = factory()
            self.set(key, value)
        return value

    def __len__(self) -> int:
        return len(self._data)
