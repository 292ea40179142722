"""Input readers, result writers (S3 JSONL shards), the local job store and Label Studio export."""
from __future__ import annotations

import gzip
import io
import json
import logging
import sqlite3
import threading
import time
from contextlib import contextmanager
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, List, Optional

import requests

from labelkit import aws
from labelkit.config import get_settings

log = logging.getLogger(__name__)


# ---------------------------------------------------------------- input

def iter_items(uri: str) -> Iterator[Dict[str, Any]]:
    """Yield JSON objects from a local path or s3://bucket/key (jsonl, optionally gzipped)."""
    if uri.startswith("s3://"):
        bucket, key = aws.split_s3_uri(uri)
        s3 = aws.s3_client()
        keys = [key]
        if key.endswith("/") or "*" in key:
            prefix = key.split("*", 1)[0]
            paginator = s3.get_paginator("list_objects_v2")
            keys = [
                obj["Key"]
                for page in paginator.paginate(Bucket=bucket, Prefix=prefix)
                for obj in page.get("Contents", [])
                if obj["Key"].endswith((".jsonl", ".jsonl.gz"))
            ]
        for k in keys:
            body = s3.get_object(Bucket=bucket, Key=k)["Body"].read()
            if k.endswith(".gz"):
                body = gzip.decompress(body)
            yield from _parse_jsonl(io.StringIO(body.decode("utf-8")), k)
    else:
        path = Path(uri)
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as fh:
            yield from _parse_jsonl(fh, str(path))


def _parse_jsonl(fh, source: str) -> Iterator[Dict[str, Any]]:
    for lineno, line in enumerate(fh, 1):
        line = line.strip()
        if not line:
            continue
        try:
            yield json.loads(line)
        except json.JSONDecodeError:
            log.warning("%s:%d: skipping malformed line", source, lineno)


# ---------------------------------------------------------------- output

def _to_jsonable(obj: Any) -> Any:
    if is_dataclass(obj):
        return asdict(obj)
    return obj


class S3ResultWriter:
    """Buffers results and writes them as gzipped JSONL shards under s3://bucket/<prefix>/."""

    def __init__(self, prefix: str, bucket: Optional[str] = None, shard_size: int = 5000) -> None:
        self.bucket = bucket or get_settings().results_bucket
        self.prefix = prefix.strip("/")
        self.shard_size = shard_size
        self._buffer: List[Dict[str, Any]] = []
        self._shard = 0
        self._lock = threading.Lock()
        self._s3 = aws.s3_client()

    def add(self, result: Any) -> Optional[List[Dict[str, Any]]]:
        with self._lock:
            self._buffer.append(_to_jsonable(result))
            if len(self._buffer) >= self.shard_size:
                full, self._buffer = self._buffer, []
                return full
        return None

    def flush_shard(self, rows: List[Dict[str, Any]]) -> str:
        with self._lock:
            shard_no = self._shard
            self._shard += 1
        key = f"{self.prefix}/part-{shard_no:05d}.jsonl.gz"
        payload = gzip.compress("\n".join(json.dumps(r, ensure_ascii=False) for r in rows).encode("utf-8"))
        self._s3.put_object(
            Bucket=self.bucket,
            Key=key,
            Body=payload,
            ContentType="application/x-ndjson",
            ContentEncoding="gzip",
        )
        log.info("wrote %d rows to s3://%s/%s", len(rows), self.bucket, key)
        return key

    def close(self) -> Optional[str]:
        with self._lock:
            rest, self._buffer = self._buffer, []
        return self.flush_shard(rest) if rest else None

    def write_manifest(self, manifest: Dict[str, Any]) -> None:
        self._s3.put_object(
            Bucket=self.bucket,
            Key=f"{self.prefix}/_manifest.json",
            Body=json.dumps(manifest, indent=2, default=str).encode("utf-8"),
            ContentType="application/json",
        )


# ---------------------------------------------------------------- job store

_SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    status TEXT NOT NULL,
    external_id TEXT,
    started_at REAL NOT NULL,
    finished_at REAL,
    labelled INTEGER DEFAULT 0,
    failed INTEGER DEFAULT 0
);
"""


class JobStore:
    """Tiny sqlite-backed history of jobs run from this machine (``labelkit jobs``)."""

    def __init__(self, path: Optional[Path] = None) -> None:
        self.path = Path(path or get_settings().jobs_db_path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._conn() as conn:
            conn.executescript(_SCHEMA)

    @contextmanager
    def _conn(self):
        conn = sqlite3.connect(self.path)
        conn.row_factory = sqlite3.Row
        try:
            yield conn
            conn.commit()
        finally:
            conn.close()

    def create(self, name: str, provider: str, model: str, status: str = "running",
               external_id: Optional[str] = None) -> int:
        with self._conn() as conn:
            cur = conn.execute(
                "INSERT INTO jobs (name, provider, model, status, external_id, started_at) VALUES (?,?,?,?,?,?)",
                (name, provider, model, status, external_id, time.time()),
            )
            return int(cur.lastrowid)

    def finish(self, job_id: int, status: str, labelled: int, failed: int) -> None:
        with self._conn() as conn:
            conn.execute(
                "UPDATE jobs SET status=?, finished_at=?, labelled=?, failed=? WHERE id=?",
                (status, time.time(), labelled, failed, job_id),
            )

    def recent(self, limit: int = 20) -> List[sqlite3.Row]:
        with self._conn() as conn:
            return list(conn.execute("SELECT * FROM jobs ORDER BY id DESC LIMIT ?", (limit,)))


# ---------------------------------------------------------------- Label Studio

def export_to_labelstudio(project_id: int, rows: Iterable[Dict[str, Any]], text_field: str = "text",
                          from_name: str = "label", to_name: str = "text") -> int:
    """Push model labels as pre-annotations so humans only review them."""
    settings = get_settings()
    if not settings.labelstudio_url:
        raise RuntimeError("LABELSTUDIO_URL is not set")
    tasks = []
    for row in rows:
        tasks.append({
            "data": {"text": row.get(text_field, ""), "item_id": row.get("item_id")},
            "predictions": [{
                "model_version": row.get("model"),
                "score": row.get("confidence"),
                "result": [{
                    "from_name": from_name,
                    "to_name": to_name,
                    "type": "choices",
                    "value": {"choices": row["label"] if isinstance(row["label"], list) else [row["label"]]},
                }],
            }],
        })
    resp = requests.post(
        f"{settings.labelstudio_url.rstrip('/')}/api/projects/{project_id}/import",
        headers={"Authorization": f"Token {settings.labelstudio_token}"},
        json=tasks,
        timeout=120,
    )
    resp.raise_for_status()
    return int(resp.json().get("task_count", len(tasks)))
