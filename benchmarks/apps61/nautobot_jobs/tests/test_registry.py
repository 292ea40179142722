import unittest
from unittest import mock

from nautobot_ai.llm.registry import AnthropicProvider, OpenAIProvider, ProviderRegistry
from tests.fakes import FakeAnthropic, FakeOpenAI


class RegistryTest(unittest.TestCase):
    def test_unknown_provider(self):
        reg = ProviderRegistry()
        with self.assertRaises(LookupError):
            reg.get("nope")

    def test_instances_are_cached(self):
        reg = ProviderRegistry()
        factory = mock.Mock(return_value=object())
        reg.register("x", factory)
        self.assertIs(reg.get("x"), reg.get("x"))
        factory.assert_called_once()


class ProviderTest(unittest.TestCase):
    def test_openai_provider_with_fake(self):
        provider = OpenAIProvider(client=FakeOpenAI(replies=["hello"]), model="gpt-test")
        completion = provider.complete("sys", "prompt")
        self.assertEqual(completion.text, "hello")
        self.assertEqual(completion.input_tokens, 10)

    def test_openai_embed_with_fake(self):
        provider = OpenAIProvider(client=FakeOpenAI(), model="gpt-test")
        with mock.patch("nautobot_ai.llm.registry.get_setting", return_value="emb"):
            self.assertEqual(provider.embed(["a", "b"]), [[0.0, 1.0], [0.0, 1.0]])

    def test_anthropic_provider_with_mock(self):
        client = mock.MagicMock()
        client.messages.create.return_value = FakeAnthropic(reply="hi").messages.create(model="m")
        provider = AnthropicProvider(client=client, model="m")
        self.assertEqual(provider.complete("s", "p").text, "hi")
        client.messages.create.assert_called_once()


class TrackerTest(unittest.IsolatedAsyncioTestCase):
    async def test_records_tokens(self):
        from nautobot_ai.services.llm_usage_tracker import LLMUsageTracker

        tracker = LLMUsageTracker()
        saved = []
        with mock.patch.object(tracker, "_save", side_effect=lambda rec, ms: saved.append(rec)):
            async with tracker.track_llm_call(provider="openai", model="gpt-test", feature_context="t") as usage_log:
                resp = FakeOpenAI(replies=["x"]).chat.completions.create(model="gpt-test", messages=[])
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
        self.assertEqual((saved[0].input_tokens, saved[0].output_tokens), (10, 5))

    async def test_records_failure(self):
        from nautobot_ai.services.llm_usage_tracker import LLMUsageTracker

        tracker = LLMUsageTracker()
        saved = []
        with mock.patch.object(tracker, "_save", side_effect=lambda rec, ms: saved.append(rec)):
            with self.assertRaises(RuntimeError):
                async with tracker.track_llm_call(provider="openai", model="m"):
                    raise RuntimeError("boom")
        self.assertFalse(saved[0].success)
