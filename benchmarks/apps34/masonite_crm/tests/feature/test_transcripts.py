import asyncio
from types import SimpleNamespace
from unittest import mock

from masonite.tests import TestCase

from app.services.ai.transcript_analyzer import TranscriptAnalysisError, TranscriptAnalyzer
from tests.fakes import FakeMistral


class TestTranscriptAnalysis(TestCase):
    def setUp(self):
        super().setUp()
        self.application.bind("ai.mistral", FakeMistral())

    def test_analyze_parses_json(self):
        analyzer = TranscriptAnalyzer()
        analyzer.mistral = FakeMistral('```json\n{"summary": "good call"}\n```')
        self.assertEqual(analyzer.analyze("x" * 60)["summary"], "good call")

    def test_invalid_json_raises(self):
        analyzer = TranscriptAnalyzer()
        analyzer.mistral = FakeMistral("not json")
        with self.assertRaises(TranscriptAnalysisError):
            analyzer.analyze("x" * 60)

    def test_short_text_rejected(self):
        self.withoutCsrf()
        with mock.patch.object(TranscriptAnalyzer, "analyze") as analyze:
            self.post("/api/transcripts/analyze", {"text": "hi"}).assertStatus(422)
            analyze.assert_not_called()

    def test_action_items_from_tool_use(self):
        fake = mock.MagicMock()
        fake.messages.create.return_value = SimpleNamespace(
            content=[
                SimpleNamespace(type="text", text="Here you go"),
                SimpleNamespace(
                    type="tool_use",
                    input={"items": [{"owner": "rep", "task": "send pricing"}]},
                ),
            ]
        )
        with mock.patch(
            "app.services.ai.transcript_analyzer.get_anthropic", return_value=fake
        ):
            items = TranscriptAnalyzer().extract_action_items("...")
        self.assertEqual(items[0]["task"], "send pricing")
        kwargs = fake.messages.create.call_args.kwargs
        self.assertEqual(kwargs["tool_choice"]["name"], "record_action_items")


class TestUsageTracker(TestCase):
    def test_cost_calculation(self):
        from app.services.llm_usage_tracker import calculate_cost

        self.assertAlmostEqual(calculate_cost("gpt-4o-mini", 1_000_000, 0), 0.15)
        self.assertEqual(calculate_cost("unknown-model", 10, 10), 0.0)

    def test_tracker_records_tokens(self):
        from app.services.llm_usage_tracker import LLMUsageTracker

        tracker = LLMUsageTracker()
        saved = []
        tracker._persist = saved.append

        async def run():
            async with tracker.track_llm_call("anthropic", "claude-3-5-haiku-latest", "test") as log:
                log.input_tokens = 100
                log.output_tokens = 20

        asyncio.run(run())
        self.assertEqual(saved[0].input_tokens, 100)
        self.assertGreater(saved[0].cost, 0)

    def test_tracker_records_errors(self):
        from app.services.llm_usage_tracker import LLMUsageTracker

        tracker = LLMUsageTracker()
        saved = []
        tracker._persist = saved.append

        async def run():
            async with tracker.track_llm_call("openai", "gpt-4o", "test"):
                raise RuntimeError("boom")

        with self.assertRaises(RuntimeError):
            asyncio.run(run())
        self.assertIn("boom", saved[0].error)
