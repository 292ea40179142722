"""User feedback (thumbs up/down + comments) and the nightly feedback digest."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass

from apis.llm import get_anthropic_client
from services.llm_usage_tracker import llm_tracker

DIGEST_MODEL = "claude-3-5-haiku-20241022"


@dataclass
class Feedback:
    request_id: str
    rating: int
    comment: str = ""
    created_at: str = ""


class FeedbackStore:
    def __init__(self, path: str = "data/feedback.db") -> None:
        self.conn = sqlite3.connect(path, check_same_thread=False)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS feedback (request_id TEXT, rating INT, comment TEXT, created_at TEXT)"
        )

    def create(self, fb: Feedback) -> Feedback:
        fb.created_at = fb.created_at or dt.datetime.utcnow().isoformat()
        self.conn.execute(
            "INSERT INTO feedback VALUES (?, ?, ?, ?)", (fb.request_id, fb.rating, fb.comment, fb.created_at)
        )
        self.conn.commit()
        return fb

    def since(self, when: dt.datetime) -> list[Feedback]:
        rows = self.conn.execute("SELECT * FROM feedback WHERE created_at >= ?", (when.isoformat(),)).fetchall()
        return [Feedback(*r) for r in rows]


def record(store: FeedbackStore, request_id: str, rating: int, comment: str = "") -> Feedback:
    if rating not in (-1, 1):
        raise ValueError("rating must be -1 or 1")
    return store.create(Feedback(request_id=request_id, rating=rating, comment=comment))


async def tracked_digest(store: FeedbackStore) -> str:
    """Nightly digest - wrapped in the tracker (legacy exception path)."""
    items = store.since(dt.datetime.utcnow() - dt.timedelta(days=1))
    client = get_anthropic_client()
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=DIGEST_MODEL, feature_context="feedback_digest"
    ) as usage_log:
        msg = client.messages.create(
            model=DIGEST_MODEL,
            max_tokens=800,
            messages=[{"role": "user", "content": "Summarize themes:\n" + json.dumps([vars(i) for i in items])}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return msg.content[0].text


def classify_comment(comment: str) -> str:
    """Tag a single comment. TODO: move behind the tracker like tracked_digest."""
    msg = get_anthropic_client().messages.create(
        model=DIGEST_MODEL,
        max_tokens=10,
        messages=[{"role": "user", "content": f"One word (bug/quality/latency/other): {comment}"}],
    )
    return msg.content[0].text.strip().lower()
