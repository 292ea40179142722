"""User annotations on charts, persisted in sqlite."""
from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime

_LOCK = threading.Lock()


@dataclass
class Annotation:
    service: str
    ts: datetime
    author: str
    text: str


class AnnotationStore:
    def __init__(self, path: str = "annotations.db"):
        self.conn = sqlite3.connect(path, check_same_thread=False)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS annotations (service TEXT, ts TEXT, author TEXT, text TEXT)"
        )

    @classmethod
    def create(cls, path: str = "annotations.db") -> "AnnotationStore":
        return cls(path)

    def add(self, a: Annotation) -> None:
        with _LOCK:
            self.conn.execute(
                "INSERT INTO annotations VALUES (?, ?, ?, ?)", (a.service, a.ts.isoformat(), a.author, a.text)
            )
            self.conn.commit()

    def for_service(self, service: str) -> list[Annotation]:
        rows = self.conn.execute(
            "SELECT service, ts, author, text FROM annotations WHERE service = ? ORDER BY ts DESC", (service,)
        ).fetchall()
        return [Annotation(r[0], datetime.fromisoformat(r[1]), r[2], r[3]) for r in rows]
