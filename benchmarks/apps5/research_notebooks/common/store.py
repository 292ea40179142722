"""SQLite store for run metadata so we can find old results again."""
import json
import sqlite3
import time
import uuid
from contextlib import closing

import config

_SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id TEXT PRIMARY KEY,
    script TEXT NOT NULL,
    provider TEXT,
    model TEXT,
    params TEXT,
    output_path TEXT,
    created_at REAL
)
"""


class RunStore:
    def __init__(self, path=None):
        self.path = str(path or config.OUTPUT_DIR / "runs.sqlite")
        with closing(sqlite3.connect(self.path)) as conn:
            conn.execute(_SCHEMA)
            conn.commit()

    def create(self, script, provider=None, model=None, params=None, output_path=None):
        run_id = uuid.uuid4().hex[:12]
        with closing(sqlite3.connect(self.path)) as conn:
            conn.execute(
                "INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?)",
                (run_id, script, provider, model, json.dumps(params or {}), str(output_path), time.time()),
            )
            conn.commit()
        return run_id

    def latest(self, script, provider=None):
        q = "SELECT * FROM runs WHERE script = ?"
        args = [script]
        if provider:
            q += " AND provider = ?"
            args.append(provider)
        q += " ORDER BY created_at DESC LIMIT 1"
        with closing(sqlite3.connect(self.path)) as conn:
            conn.row_factory = sqlite3.Row
            row = conn.execute(q, args).fetchone()
        return dict(row) if row else None
