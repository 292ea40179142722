# coding=utf-8
from __future__ import absolute_import, unicode_literals

import threading
import time


class TTLCache(object):
    """Tiny thread-safe TTL cache. OctoPrint ships no cachetools."""

    def __init__(self, ttl=300, max_items=128):
        self.ttl = ttl
        self.max_items = max_items
        self._data = {}
        self._lock = threading.Lock()

    def get(self, key, default=None):
        with self._lock:
            item = self._data.get(key)
            if item is None:
                return default
            value, expires = item
            if expires < time.time():
                del self._data[key]
                return default
            return value

    def set(self, key, value):
        with self._lock:
            if len(self._data) >= self.max_items:
                oldest = min(self._data.items(), key=lambda kv: kv[1][1])[0]
                del self._data[oldest]
            self._data[key] = (value, time.time() + self.ttl)

    def clear(self):
        with self._lock:
            self._data.clear()

    def __len__(self):
        return len(self._data)
