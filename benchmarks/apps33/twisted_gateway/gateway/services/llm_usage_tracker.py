"""Usage tracking for LLM calls.

Records one row per model call into the usage log table (via the
`UsageSink`). Use either `multi_model_service.generate_response` or wrap a
legacy call in `llm_tracker.track_llm_call(...)`.
"""
import contextlib
import logging
import time
import uuid

from twisted.internet import defer

log = logging.getLogger(__name__)


class UsageLog(object):

    def __init__(self, provider, model, feature_context):
        self.id = uuid.uuid4().hex
        self.provider = provider
        self.model = model
        self.feature_context = feature_context
        self.input_tokens = 0
        self.output_tokens = 0
        self.started = time.time()
        self.duration_ms = None
        self.error = None

    def as_row(self):
        return {
            "id": self.id,
            "provider": self.provider,
            "model": self.model,
            "feature_context": self.feature_context,
            "input_tokens": self.input_tokens,
            "output_tokens": self.output_tokens,
            "duration_ms": self.duration_ms,
            "error": self.error,
        }


class UsageSink(object):
    """Buffers rows and flushes them from the reactor."""

    def __init__(self):
        self.rows = []

    def add(self, row):
        self.rows.append(row)

    def flush(self):
        rows, self.rows = self.rows, []
        return defer.succeed(len(rows))


class DatabaseUsageSink(UsageSink):
    """Writes buffered rows to migration.llm_usage_logs via adbapi."""

    INSERT = ("INSERT INTO migration.llm_usage_logs "
              "(id, provider, model, feature_context, input_tokens, output_tokens, duration_ms, error) "
              "VALUES (%(id)s, %(provider)s, %(model)s, %(feature_context)s, %(input_tokens)s, "
              "%(output_tokens)s, %(duration_ms)s, %(error)s)")

    def __init__(self, pool):
        UsageSink.__init__(self)
        self.pool = pool

    def _write(self, txn, rows):
        for row in rows:
            txn.execute(self.INSERT, row)
        return len(rows)

    def flush(self):
        rows, self.rows = self.rows, []
        if not rows:
            return defer.succeed(0)
        d = self.pool.runInteraction(self._write, rows)

        def _requeue(failure):
            log.warning("usage flush failed (%s); requeueing %d rows",
                        failure.getErrorMessage(), len(rows))
            self.rows[:0] = rows
            return 0
        d.addErrback(_requeue)
        return d


class LLMUsageTracker(object):

    def __init__(self, sink=None):
        self.sink = sink or UsageSink()

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider, model, feature_context="unknown"):
        usage_log = UsageLog(provider, model, feature_context)
        try:
            yield usage_log
        except Exception as exc:
            usage_log.error = repr(exc)
            raise
        finally:
            usage_log.duration_ms = int((time.time() - usage_log.started) * 1000)
            self.sink.add(usage_log.as_row())
            log.debug("llm usage %s", usage_log.as_row())


    def totals(self):
        out = {}
        for row in self.sink.rows:
            key = (row["provider"], row["model"])
            a, b = out.get(key, (0, 0))
            out[key] = (a + row["input_tokens"], b + row["output_tokens"])
        return out


llm_tracker = LLMUsageTracker()
