"""Usage tracking shared with the team's other tools.

Every request that goes to a paid API should either go through
``multi_model_service`` or be wrapped in ``llm_tracker.track_llm_call``.
Records are written to ``user_files/usage.sqlite3`` and synced by the
gateway when ``use_usage_gateway`` is on.
"""
from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from dataclasses import dataclass, field
from typing import AsyncIterator, Optional

from .cache import user_files_dir


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started: float = field(default_factory=time.time)
    duration: float = 0.0
    success: bool = True
    error: Optional[str] = None


class LLMUsageTracker:
    def __init__(self, db_path: Optional[str] = None) -> None:
        self.db_path = db_path or os.path.join(user_files_dir(), "usage.sqlite3")

    def _conn(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.db_path)
        conn.execute(
            "create table if not exists usage(provider text, model text, feature text,"
            " input_tokens int, output_tokens int, started real, duration real,"
            " success int, error text)"
        )
        return conn

    def record(self, log: UsageLog) -> None:
        conn = self._conn()
        with conn:
            conn.execute(
                "insert into usage values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    log.provider,
                    log.model,
                    log.feature_context,
                    log.input_tokens,
                    log.output_tokens,
                    log.started,
                    log.duration,
                    int(log.success),
                    log.error,
                ),
            )
        conn.close()

    @contextlib.asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str = "addon"
    ) -> AsyncIterator[UsageLog]:
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield log
        except Exception as exc:
            log.success = False
            log.error = repr(exc)
            raise
        finally:
            log.duration = time.time() - log.started
            self.record(log)

    def totals(self) -> list:
        conn = self._conn()
        rows = conn.execute(
            "select provider, model, sum(input_tokens), sum(output_tokens), count(*)"
            " from usage group by provider, model"
        ).fetchall()
        conn.close()
        return rows


llm_tracker = LLMUsageTracker()
