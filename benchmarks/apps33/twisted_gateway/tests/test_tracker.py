from twisted.internet import defer
from twisted.trial import unittest

from gateway.services.llm_usage_tracker import LLMUsageTracker, UsageSink
from gateway.util.costs import estimate_cost


class TrackerTests(unittest.TestCase):

    @defer.inlineCallbacks
    def test_records_row(self):
        tracker = LLMUsageTracker(UsageSink())

        async def go():
            async with tracker.track_llm_call(provider="openai", model="gpt-4o-mini",
                                              feature_context="test") as usage_log:
                usage_log.input_tokens = 12
                usage_log.output_tokens = 3

        yield defer.ensureDeferred(go())
        (row,) = tracker.sink.rows
        self.assertEqual(row["input_tokens"], 12)
        self.assertEqual(row["feature_context"], "test")

    def test_cost(self):
        self.assertAlmostEqual(estimate_cost("gpt-4o-mini", 1_000_000, 0), 0.15)


class FakePool(object):

    def __init__(self, fail=False):
        self.fail = fail
        self.executed = []

    def runInteraction(self, fn, *args):
        if self.fail:
            return defer.fail(RuntimeError("db down"))
        txn = self
        return defer.succeed(fn(txn, *args))

    def execute(self, sql, params):
        self.executed.append(params)


class DatabaseSinkTests(unittest.TestCase):

    @defer.inlineCallbacks
    def test_flush_writes_rows(self):
        from gateway.services.llm_usage_tracker import DatabaseUsageSink
        pool = FakePool()
        sink = DatabaseUsageSink(pool)
        sink.add({"id": "1", "provider": "openai", "model": "m", "feature_context": "t",
                  "input_tokens": 1, "output_tokens": 2, "duration_ms": 3, "error": None})
        n = yield sink.flush()
        self.assertEqual(n, 1)
        self.assertEqual(len(pool.executed), 1)

    @defer.inlineCallbacks
    def test_flush_requeues_on_failure(self):
        from gateway.services.llm_usage_tracker import DatabaseUsageSink
        sink = DatabaseUsageSink(FakePool(fail=True))
        sink.add({"id": "1"})
        n = yield sink.flush()
        self.assertEqual(n, 0)
        self.assertEqual(len(sink.rows), 1)


class MultiModelServiceTests(unittest.TestCase):

    @defer.inlineCallbacks
    def test_generate_response_records_usage(self):
        from unittest import mock
        from types import SimpleNamespace as NS
        from gateway.services import multi_model_service as mms_mod
        fake = mock.Mock()
        fake.chat.completions.create.return_value = NS(
            choices=[NS(message=NS(content="pong"))],
            usage=NS(prompt_tokens=4, completion_tokens=1))
        with mock.patch.object(mms_mod.clients, "get_groq_compat_client", return_value=fake):
            out = yield defer.ensureDeferred(mms_mod.multi_model_service.generate_response(
                prompt="ping", task_type="test"))
        self.assertEqual(out, "pong")
