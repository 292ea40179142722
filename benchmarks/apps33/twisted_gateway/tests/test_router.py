from twisted.internet import defer
from twisted.trial import unittest

from gateway.routing import FastRouter
from gateway.config import Settings
from tests.fakes import FakeAsyncOpenAI


class FastRouterTests(unittest.TestCase):

    def _router(self, groq_fail=False):
        settings = Settings(feature_flags={"groq_fast_path": True})
        self.groq = FakeAsyncOpenAI("from groq", fail=groq_fail)
        self.openai = FakeAsyncOpenAI("from openai")
        return FastRouter(settings, groq=self.groq, openai=self.openai)

    @defer.inlineCallbacks
    def test_short_prompt_goes_to_groq(self):
        router = self._router()
        out = yield defer.ensureDeferred(router.answer("hello"))
        self.assertEqual(out, "from groq")
        self.assertEqual(len(self.openai.chat.completions.calls), 0)

    @defer.inlineCallbacks
    def test_groq_failure_falls_back(self):
        router = self._router(groq_fail=True)
        out = yield defer.ensureDeferred(router.answer("hello"))
        self.assertEqual(out, "from openai")
        self.flushLoggedErrors(RuntimeError)

    @defer.inlineCallbacks
    def test_direct_fake_call(self):
        fake = FakeAsyncOpenAI("x")
        resp = yield defer.ensureDeferred(
            fake.chat.completions.create(model="m", messages=[]))
        self.assertEqual(resp.choices[0].message.content, "x")


class AgentRunnerTests(unittest.TestCase):

    @defer.inlineCallbacks
    def test_tool_round_trip(self):
        from gateway.agent import AgentRunner
        from tests.fakes import FakeAnthropic, text_reply, tool_reply
        claude = FakeAnthropic([tool_reply("get_time", {}), text_reply("It is now.")])
        runner = AgentRunner(claude)
        out = yield runner.run_deferred("what time is it?")
        self.assertEqual(out, "It is now.")
        self.assertEqual(len(claude.requests), 2)
        tool_msg = claude.requests[1]["messages"][-1]
        self.assertEqual(tool_msg["content"][0]["type"], "tool_result")

    @defer.inlineCallbacks
    def test_unknown_tool_reports_error(self):
        from gateway.agent import AgentRunner
        from tests.fakes import FakeAnthropic, text_reply, tool_reply
        claude = FakeAnthropic([tool_reply("nope", {}), text_reply("sorry")])
        out = yield AgentRunner(claude).run_deferred("x")
        self.assertEqual(out, "sorry")
        self.assertTrue(claude.requests[1]["messages"][-1]["content"][0]["is_error"])


class RetrievalTests(unittest.TestCase):

    @defer.inlineCallbacks
    def test_index_and_search(self):
        from gateway.rag.retrieval import RetrievalPipeline
        from tests.fakes import FakeCohere, FakeVoyage
        voyage, co = FakeVoyage(), FakeCohere()
        pipe = RetrievalPipeline(voyage, co)
        n = yield pipe.index([{"id": "a", "text": "alpha"}, {"id": "b", "text": "beta gamma"}])
        self.assertEqual(n, 2)
        hits = yield defer.ensureDeferred(pipe.search("alpha", k=1))
        self.assertEqual(len(hits), 1)
        self.assertIn(("rerank", "rerank-v3.5"), co.calls)
