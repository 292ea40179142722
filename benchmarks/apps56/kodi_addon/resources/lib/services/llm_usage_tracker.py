# -*- coding: utf-8 -*-
"""Per-profile LLM usage log (shown in Settings > Usage).

Ported from the team's backend service so the add-on reports usage the same way.
"""
import contextlib
import sqlite3
import time

from resources.lib import kodiutils
from resources.lib.ai.tokens import calculate_cost


class UsageLog(object):
    def __init__(self, provider, model, feature_context):
        self.provider = provider
        self.model = model
        self.feature_context = feature_context
        self.input_tokens = 0
        self.output_tokens = 0
        self.success = True
        self.error = None
        self.started = time.time()
        self.duration_ms = 0

    @property
    def cost(self):
        return calculate_cost(self.model, self.input_tokens, self.output_tokens)


class LLMUsageTracker(object):
    def __init__(self, db_path=None):
        self._db_path = db_path
        self._db = None

    def _conn(self):
        if self._db is None:
            self._db = sqlite3.connect(self._db_path or kodiutils.profile_path("usage.db"), check_same_thread=False)
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS llm_usage_logs (ts REAL, provider TEXT, model TEXT, feature TEXT,"
                " input_tokens INT, output_tokens INT, cost REAL, success INT, error TEXT, duration_ms INT)"
            )
        return self._db

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider, model, feature_context="unknown"):
        usage_log = UsageLog(provider, model, feature_context)
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = str(exc)[:500]
            raise
        finally:
            usage_log.duration_ms = int((time.time() - usage_log.started) * 1000)
            self._record(usage_log)

    def _record(self, log):
        if not kodiutils.get_setting_bool("track_usage"):
            return
        self._conn().execute(
            "INSERT INTO llm_usage_logs VALUES (?,?,?,?,?,?,?,?,?,?)",
            (log.started, log.provider, log.model, log.feature_context, log.input_tokens,
             log.output_tokens, log.cost, int(log.success), log.error, log.duration_ms),
        )
        self._conn().commit()

    def totals(self, since=0):
        return self._conn().execute(
            "SELECT provider, model, SUM(input_tokens), SUM(output_tokens), SUM(cost) "
            "FROM llm_usage_logs WHERE ts >= ? GROUP BY provider, model",
            (since,),
        ).fetchall()


llm_tracker = LLMUsageTracker()
