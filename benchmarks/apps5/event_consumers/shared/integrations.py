"""Non-model integrations: Slack alerts and the background job queue."""
from __future__ import annotations

import json
import logging
from typing import Any, Dict, Optional

import requests
from sqlalchemy import text

from shared.db import Database

logger = logging.getLogger(__name__)


class SlackNotifier:
    def __init__(self, webhook_url: Optional[str], channel: str = "#event-consumers") -> None:
        self.webhook_url = webhook_url
        self.channel = channel

    def notify(self, message: str, **fields: Any) -> bool:
        if not self.webhook_url:
            logger.info("slack disabled, would send: %s", message)
            return False
        blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": message}}]
        if fields:
            blocks.append(
                {
                    "type": "section",
                    "fields": [{"type": "mrkdwn", "text": f"*{k}*\n{v}"} for k, v in fields.items()],
                }
            )
        resp = requests.post(
            self.webhook_url,
            json={"channel": self.channel, "blocks": blocks},
            timeout=5,
        )
        return resp.ok


class JobQueue:
    """Postgres-backed job queue consumed by the `worker` deployment."""

    def __init__(self, db: Database, queue: str = "default") -> None:
        self.db = db
        self.queue = queue

    def submit(self, job_name: str, payload: Dict[str, Any], delay_seconds: int = 0) -> None:
        with self.db.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO jobs (queue, name, payload, run_at) "
                    "VALUES (:q, :n, :p, now() + make_interval(secs => :d))"
                ),
                {"q": self.queue, "n": job_name, "p": json.dumps(payload), "d": delay_seconds},
            )
