"""Conversation persistence (Postgres via the Vercel Postgres / Neon HTTP driver).

We only need a handful of queries, so this is a thin wrapper rather than an ORM.
"""
import json
import os
import uuid
from datetime import datetime, timezone
from typing import Any

import requests

NEON_SQL_URL = os.environ.get("NEON_SQL_URL", "")
NEON_CONNECTION = os.environ.get("POSTGRES_URL", "")


def _sql(query: str, params: list[Any] | None = None) -> list[dict]:
    if not NEON_SQL_URL:
        return []
    resp = requests.post(
        NEON_SQL_URL,
        headers={"Neon-Connection-String": NEON_CONNECTION},
        json={"query": query, "params": params or []},
        timeout=5,
    )
    resp.raise_for_status()
    return resp.json().get("rows", [])


class ConversationStore:
    table = "conversations"

    def create(self, user_id: str, title: str | None = None) -> str:
        conv_id = str(uuid.uuid4())
        _sql(
            f"INSERT INTO {self.table} (id, user_id, title, created_at) VALUES ($1, $2, $3, $4)",
            [conv_id, user_id, title, datetime.now(timezone.utc).isoformat()],
        )
        return conv_id

    def append(self, conv_id: str, role: str, content: str, meta: dict | None = None) -> None:
        _sql(
            "INSERT INTO messages (conversation_id, role, content, meta) VALUES ($1, $2, $3, $4)",
            [conv_id, role, content, json.dumps(meta or {})],
        )

    def history(self, conv_id: str, limit: int = 30) -> list[dict]:
        rows = _sql(
            "SELECT role, content FROM messages WHERE conversation_id = $1 ORDER BY id DESC LIMIT $2",
            [conv_id, limit],
        )
        return list(reversed(rows))


class UsageStore:
    def insert(self, record: dict) -> None:
        _sql(
            "INSERT INTO llm_usage_logs (provider, model, feature, input_tokens, output_tokens, "
            "latency_ms, status) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            [
                record.get("provider"),
                record.get("model"),
                record.get("feature_context"),
                record.get("input_tokens", 0),
                record.get("output_tokens", 0),
                record.get("latency_ms"),
                record.get("status"),
            ],
        )


conversations = ConversationStore()
usage_store = UsageStore()
