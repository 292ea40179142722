"""On-disk response cache (sqlite).

Keyed on everything that affects the generation: model spec, messages and sampling
params. Cached outputs are flagged so reports can show how much was reused.
"""
from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any, Dict, Optional

from evalkit.schemas import ModelOutput, TestCase

logger = logging.getLogger(__name__)

SCHEMA_VERSION = 3


class ResponseCache:
    def __init__(self, directory: str, enabled: bool = True) -> None:
        self.enabled = enabled
        self._lock = threading.Lock()
        self._conn: Optional[sqlite3.Connection] = None
        if enabled:
            path = Path(directory)
            path.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(str(path / "responses.sqlite"), check_same_thread=False)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute(
                "CREATE TABLE IF NOT EXISTS responses ("
                " key TEXT PRIMARY KEY, payload TEXT NOT NULL, created_at REAL NOT NULL)"
            )
            self._conn.commit()
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key(spec: str, case: TestCase, params: Dict[str, Any]) -> str:
        blob = json.dumps(
            {
                "v": SCHEMA_VERSION,
                "spec": spec,
                "system": case.system_prompt,
                "prompt": case.prompt,
                "params": params,
            },
            sort_keys=True,
            default=str,
        )
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    def get(self, key: str) -> Optional[ModelOutput]:
        if not self._conn:
            return None
        with self._lock:
            row = self._conn.execute("SELECT payload FROM responses WHERE key = ?", (key,)).fetchone()
        if row is None:
            self.misses += 1
            return None
        self.hits += 1
        out = ModelOutput.from_dict(json.loads(row[0]))
        out.cached = True
        return out

    def set(self, key: str, output: ModelOutput) -> None:
        if not self._conn or output.error:
            return
        payload = json.dumps(output.to_dict())
        with self._lock:
            self._conn.execute(
                "INSERT OR REPLACE INTO responses (key, payload, created_at) VALUES (?, ?, ?)",
                (key, payload, time.time()),
            )
            self._conn.commit()

    def stats(self) -> Dict[str, int]:
        return {"hits": self.hits, "misses": self.misses}

    def close(self) -> None:
        if self._conn:
            self._conn.close()
            self._conn = None
