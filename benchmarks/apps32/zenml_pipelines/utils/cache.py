"""Disk cache for model responses so re-running a pipeline on the same data is free."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from typing import Any, Callable, Optional


class ResponseCache:
    def __init__(self, path: str = os.path.expanduser("~/.cache/ml-llm/responses.sqlite")):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        self.conn = sqlite3.connect(path)
        self.conn.execute("CREATE TABLE IF NOT EXISTS responses (k TEXT PRIMARY KEY, v TEXT)")

    @staticmethod
    def key(**parts: Any) -> str:
        return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()

    def get(self, k: str) -> Optional[Any]:
        row = self.conn.execute("SELECT v FROM responses WHERE k = ?", (k,)).fetchone()
        return json.loads(row[0]) if row else None

    def put(self, k: str, value: Any) -> None:
        self.conn.execute("INSERT OR REPLACE INTO responses VALUES (?, ?)", (k, json.dumps(value)))
        self.conn.commit()

    def completion(self, model: str, prompt: str, compute: Callable[[], Any]) -> Any:
        """Return the cached completion for (model, prompt) or compute and store it."""
        k = self.key(model=model, prompt=prompt)
        hit = self.get(k)
        if hit is not None:
            return hit
        value = compute()
        self.put(k, value)
        return value
