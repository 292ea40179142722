# -*- coding: utf-8 -*-
import asyncio
from types import SimpleNamespace
from unittest import mock

from odoo.tests.common import TransactionCase, tagged

from odoo.addons.ai_base.services import clients
from odoo.addons.ai_base.services.llm_usage_tracker import LLMUsageTracker
from odoo.addons.ai_base.models.ai_usage_log import calculate_cost


class FakeCompletions:
    def __init__(self, text="ok"):
        self.text = text
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        usage = SimpleNamespace(prompt_tokens=3, completion_tokens=5)
        message = SimpleNamespace(content=self.text)
        return SimpleNamespace(choices=[SimpleNamespace(message=message)], usage=usage)


class FakeOpenAI:
    def __init__(self, text="ok"):
        self.chat = SimpleNamespace(completions=FakeCompletions(text))
        self.embeddings = SimpleNamespace(
            create=lambda **kw: SimpleNamespace(data=[SimpleNamespace(embedding=[0.1, 0.2])])
        )
        self.models = SimpleNamespace(list=lambda: [SimpleNamespace(id="gpt-4o"), SimpleNamespace(id="dall-e-3")])


@tagged("post_install", "-at_install")
class TestClients(TransactionCase):

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.provider = cls.env["ai.provider"].create({
            "name": "Test OpenAI",
            "provider": "openai",
            "model_name": "gpt-4o-mini",
            "api_key": "sk-test",
        })

    def tearDown(self):
        clients.reset_client_cache()
        super().tearDown()

    def test_chat_uses_provider_model(self):
        fake = FakeOpenAI("bonjour")
        with mock.patch.object(type(self.provider), "_get_client", return_value=fake):
            text, usage = self.provider._chat([{"role": "user", "content": "hi"}], system="be nice")
        self.assertEqual(text, "bonjour")
        self.assertEqual(usage, {"input": 3, "output": 5})
        sent = fake.chat.completions.calls[0]
        self.assertEqual(sent["model"], "gpt-4o-mini")
        self.assertEqual(sent["messages"][0]["role"], "system")

    def test_list_models_filters(self):
        self.assertEqual(clients.list_openai_models(FakeOpenAI()), ["gpt-4o"])

    def test_embed_texts(self):
        vectors = clients.embed_texts(FakeOpenAI(), ["a"])
        self.assertEqual(vectors, [[0.1, 0.2]])

    @mock.patch("odoo.addons.ai_base.services.clients.OpenAI")
    def test_client_is_cached(self, openai_cls):
        a = clients.get_openai_client("sk-1")
        b = clients.get_openai_client("sk-1")
        self.assertIs(a, b)
        openai_cls.assert_called_once()


class TestUsageTracker(TransactionCase):

    def test_track_and_flush(self):
        tracker = LLMUsageTracker()

        async def fake_call():
            async with tracker.track_llm_call("openai", "gpt-4o-mini", "unit_test") as usage_log:
                usage_log.input_tokens = 10
                usage_log.output_tokens = 20

        asyncio.run(fake_call())
        count = tracker.flush_to(self.env)
        self.assertEqual(count, 1)
        log = self.env["ai.usage.log"].search([("feature_context", "=", "unit_test")])
        self.assertEqual(log.output_tokens, 20)

    def test_cost(self):
        self.assertAlmostEqual(calculate_cost("gpt-4o-mini", 1_000_000, 0), 0.15)
        self.assertEqual(calculate_cost("unknown-model", 5, 5), 0.0)
