"""Usage tracking for LLM calls.

Writes one row per call into the recorder database (table ``llm_usage``) so the
"AI spend" dashboard card can show tokens per automation. Use via

    async with llm_tracker.track_llm_call(provider=..., model=..., feature_context=...) as usage_log:
        resp = ...
        usage_log.input_tokens = ...
        usage_log.output_tokens = ...
"""
import contextlib
import dataclasses
import logging
import sqlite3
import time

_LOGGER = logging.getLogger(__name__)

DB_PATH = "/config/llm_usage.db"

# $ per 1M tokens (input, output); rough, updated by hand
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "claude-sonnet-4-20250514": (3.00, 15.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "llama-3.3-70b-versatile": (0.59, 0.79),
}


@dataclasses.dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started: float = dataclasses.field(default_factory=time.time)
    error: str = ""


def calculate_cost(model, input_tokens, output_tokens):
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * price_in + output_tokens * price_out) / 1_000_000


class LLMUsageTracker:
    def __init__(self, db_path=DB_PATH):
        self.db_path = db_path
        self._initialised = False

    def _ensure_table(self, conn):
        if self._initialised:
            return
        conn.execute(
            "CREATE TABLE IF NOT EXISTS llm_usage (ts REAL, provider TEXT, model TEXT, feature TEXT,"
            " input_tokens INTEGER, output_tokens INTEGER, cost REAL, duration REAL, error TEXT)"
        )
        self._initialised = True

    def _write(self, log):
        try:
            conn = sqlite3.connect(self.db_path)
            with conn:
                self._ensure_table(conn)
                conn.execute(
                    "INSERT INTO llm_usage VALUES (?,?,?,?,?,?,?,?,?)",
                    (log.started, log.provider, log.model, log.feature_context, log.input_tokens,
                     log.output_tokens, calculate_cost(log.model, log.input_tokens, log.output_tokens),
                     time.time() - log.started, log.error),
                )
            conn.close()
        except sqlite3.Error as exc:
            _LOGGER.error("could not record llm usage: %s", exc)

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider, model, feature_context="unknown"):
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield log
        except Exception as exc:
            log.error = repr(exc)[:200]
            raise
        finally:
            self._write(log)

    def totals_since(self, since_ts):
        conn = sqlite3.connect(self.db_path)
        try:
            row = conn.execute(
                "SELECT SUM(input_tokens), SUM(output_tokens), SUM(cost) FROM llm_usage WHERE ts >= ?",
                (since_ts,),
            ).fetchone()
        finally:
            conn.close()
        return {"input_tokens": row[0] or 0, "output_tokens": row[1] or 0, "cost": row[2] or 0.0}


llm_tracker = LLMUsageTracker()
