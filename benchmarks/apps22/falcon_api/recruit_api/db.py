"""SQLite persistence.  Postgres migration is tracked in RECRUIT-88."""
from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
import time
import uuid
from typing import Any, Iterator, Optional

SCHEMA = """
CREATE TABLE IF NOT EXISTS candidates (
    id TEXT PRIMARY KEY, name TEXT, email TEXT, cv_text TEXT, profile TEXT, created_at REAL
);
CREATE TABLE IF NOT EXISTS screenings (
    id TEXT PRIMARY KEY, candidate_id TEXT, job_id TEXT, result TEXT, created_at REAL
);
CREATE TABLE IF NOT EXISTS outreach_drafts (
    id TEXT PRIMARY KEY, candidate_id TEXT, subject TEXT, body TEXT, status TEXT, created_at REAL
);
CREATE TABLE IF NOT EXISTS vectors (candidate_id TEXT PRIMARY KEY, vec TEXT);
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY, title TEXT, description TEXT, rubric TEXT, created_at REAL
);
"""


class Database:
    def __init__(self, path: str) -> None:
        self.path = path
        self._local = threading.local()
        with self.connect() as conn:
            conn.executescript(SCHEMA)

    @contextlib.contextmanager
    def connect(self) -> Iterator[sqlite3.Connection]:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            self._local.conn = conn
        try:
            yield conn
            conn.commit()
        except Exception:
            conn.rollback()
            raise


class CandidateRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, name: str, email: Optional[str], cv_text: str, profile: dict) -> str:
        cid = uuid.uuid4().hex
        with self.db.connect() as conn:
            conn.execute(
                "INSERT INTO candidates VALUES (?,?,?,?,?,?)",
                (cid, name, email, cv_text, json.dumps(profile), time.time()),
            )
        return cid

    def get(self, cid: str) -> Optional[dict[str, Any]]:
        with self.db.connect() as conn:
            row = conn.execute("SELECT * FROM candidates WHERE id = ?", (cid,)).fetchone()
        if row is None:
            return None
        data = dict(row)
        data["profile"] = json.loads(data["profile"] or "{}")
        return data

    def list(self, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        with self.db.connect() as conn:
            rows = conn.execute(
                "SELECT id, name, email, created_at FROM candidates ORDER BY created_at DESC "
                "LIMIT ? OFFSET ?",
                (limit, offset),
            ).fetchall()
        return [dict(r) for r in rows]

    def cv_text(self, cid: str) -> str:
        with self.db.connect() as conn:
            row = conn.execute("SELECT cv_text FROM candidates WHERE id = ?", (cid,)).fetchone()
        return row["cv_text"] if row else ""

    def save_vector(self, cid: str, vec: list[float]) -> None:
        with self.db.connect() as conn:
            conn.execute("INSERT OR REPLACE INTO vectors VALUES (?, ?)", (cid, json.dumps(vec)))

    def iter_vectors(self) -> Iterator[tuple[str, list[float]]]:
        with self.db.connect() as conn:
            for row in conn.execute("SELECT candidate_id, vec FROM vectors"):
                yield row["candidate_id"], json.loads(row["vec"])


class JobRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, title: str, description: str, rubric: dict[str, str]) -> str:
        jid = uuid.uuid4().hex
        with self.db.connect() as conn:
            conn.execute(
                "INSERT INTO jobs VALUES (?,?,?,?,?)",
                (jid, title, description, json.dumps(rubric), time.time()),
            )
        return jid

    def get(self, jid: str) -> Optional[dict[str, Any]]:
        with self.db.connect() as conn:
            row = conn.execute("SELECT * FROM jobs WHERE id = ?", (jid,)).fetchone()
        if row is None:
            return None
        data = dict(row)
        data["rubric"] = json.loads(data["rubric"] or "{}")
        return data


class ScreeningRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, candidate_id: str, job_id: str, result: dict) -> str:
        sid = uuid.uuid4().hex
        with self.db.connect() as conn:
            conn.execute(
                "INSERT INTO screenings VALUES (?,?,?,?,?)",
                (sid, candidate_id, job_id, json.dumps(result), time.time()),
            )
        return sid

    def for_job(self, job_id: str) -> list[dict[str, Any]]:
        with self.db.connect() as conn:
            rows = conn.execute(
                "SELECT * FROM screenings WHERE job_id = ? ORDER BY created_at DESC", (job_id,)
            ).fetchall()
        return [{**dict(r), "result": json.loads(r["result"])} for r in rows]


class OutreachRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, candidate_id: str, subject: str, body: str, status: str = "draft") -> str:
        did = uuid.uuid4().hex
        with self.db.connect() as conn:
            conn.execute(
                "INSERT INTO outreach_drafts VALUES (?,?,?,?,?,?)",
                (did, candidate_id, subject, body, status, time.time()),
            )
        return did
