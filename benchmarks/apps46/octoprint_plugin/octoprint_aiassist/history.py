# coding=utf-8
"""Persisted print history (what failed, what AIAssist said about it)."""
from __future__ import absolute_import, unicode_literals

import json
import os
import threading
import time
import uuid


class HistoryEntry(dict):
    @property
    def failed(self):
        return self.get("state") == "failed"


class PrintHistory(object):
    def __init__(self, data_folder, max_entries=300):
        self._path = os.path.join(data_folder, "history.json")
        self._lock = threading.Lock()
        self._max = max_entries
        self._entries = self._read()

    def _read(self):
        if not os.path.exists(self._path):
            return []
        try:
            with open(self._path) as fh:
                return [HistoryEntry(e) for e in json.load(fh)]
        except ValueError:
            return []

    def _write(self):
        with open(self._path, "w") as fh:
            json.dump(self._entries, fh, indent=1)

    def create(self, filename, state, **extra):
        entry = HistoryEntry(id=uuid.uuid4().hex[:12], filename=filename, state=state,
                             timestamp=time.time(), **extra)
        with self._lock:
            self._entries.append(entry)
            self._entries = self._entries[-self._max:]
            self._write()
        return entry

    def update(self, entry_id, **fields):
        with self._lock:
            for entry in self._entries:
                if entry["id"] == entry_id:
                    entry.update(fields)
                    self._write()
                    return entry
        return None

    def failures(self, limit=50):
        with self._lock:
            return [e for e in reversed(self._entries) if e.failed][:limit]

    def generate(self, since=None):
        """Generate a stats report for the history tab."""
        entries = [e for e in self._entries if since is None or e["timestamp"] >= since]
        failed = sum(1 for e in entries if e.failed)
        return {
            "total": len(entries),
            "failed": failed,
            "success_rate": round(100.0 * (len(entries) - failed) / len(entries), 1) if entries else None,
        }

    def all(self):
        with self._lock:
            return list(self._entries)
