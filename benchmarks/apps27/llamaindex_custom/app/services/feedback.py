"""Thumbs up/down feedback from the UI, with a triage label for thumbs-down."""
from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import List, Optional

from app.clients import get_cohere_client

logger = logging.getLogger(__name__)

TRIAGE_LABELS = ["wrong_answer", "missing_docs", "outdated_docs", "bad_citation", "other"]


@dataclass
class Feedback:
    question: str
    answer: str
    rating: int  # +1 / -1
    comment: str = ""
    label: Optional[str] = None
    created_at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat())


class FeedbackRepository:
    def __init__(self, db_path: Path = Path("feedback.db")) -> None:
        self._conn = sqlite3.connect(db_path, check_same_thread=False)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS feedback (id INTEGER PRIMARY KEY, payload TEXT NOT NULL, created_at TEXT)"
        )

    def create(self, fb: Feedback) -> int:
        cur = self._conn.execute(
            "INSERT INTO feedback (payload, created_at) VALUES (?, ?)", (json.dumps(asdict(fb)), fb.created_at)
        )
        self._conn.commit()
        return int(cur.lastrowid)

    def recent(self, limit: int = 50) -> List[Feedback]:
        rows = self._conn.execute("SELECT payload FROM feedback ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        return [Feedback(**json.loads(r[0])) for r in rows]


def triage(fb: Feedback) -> str:
    """Ask Command R which bucket a thumbs-down belongs to."""
    co = get_cohere_client()
    response = co.chat(
        model="command-r-08-2024",
        temperature=0,
        messages=[
            {
                "role": "system",
                "content": f"Classify the user's complaint into one of: {', '.join(TRIAGE_LABELS)}. Reply with the label only.",
            },
            {
                "role": "user",
                "content": f"Question: {fb.question}\nAnswer given: {fb.answer}\nUser comment: {fb.comment}",
            },
        ],
    )
    label = response.message.content[0].text.strip().lower()
    return label if label in TRIAGE_LABELS else "other"


def record(repo: FeedbackRepository, fb: Feedback) -> int:
    if fb.rating < 0:
        try:
            fb.label = triage(fb)
        except Exception:  # noqa: BLE001
            logger.warning("triage failed", exc_info=True)
    return repo.create(fb)
