"""Tiny DuckDB helpers shared by the tracker and scripts."""
from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Iterable

import dlt
import duckdb


def db_path() -> str:
    return os.environ.get("DUCKDB_PATH") or dlt.config.get("destination.duckdb.credentials") or "data/enriched.duckdb"


@contextmanager
def connect(read_only: bool = False):
    conn = duckdb.connect(db_path(), read_only=read_only)
    try:
        yield conn
    finally:
        conn.close()


def append_rows(table: str, rows: Iterable[dict]) -> int:
    rows = list(rows)
    if not rows:
        return 0
    cols = list(rows[0].keys())
    placeholders = ", ".join("?" for _ in cols)
    with connect() as conn:
        conn.execute(
            f"CREATE TABLE IF NOT EXISTS {table} ({', '.join(f'{c} VARCHAR' for c in cols)})"
        )
        conn.executemany(
            f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({placeholders})",
            [[r.get(c) for c in cols] for r in rows],
        )
    return len(rows)


def fetch_unembedded_chunks(limit: int = 10_000) -> list[tuple[str, str]]:
    with connect(read_only=True) as conn:
        return conn.execute(
            "SELECT chunk_id, text FROM knowledge_base.kb_chunks c "
            "LEFT JOIN knowledge_base.kb_embeddings e USING (chunk_id) "
            "WHERE e.chunk_id IS NULL LIMIT ?",
            [limit],
        ).fetchall()
