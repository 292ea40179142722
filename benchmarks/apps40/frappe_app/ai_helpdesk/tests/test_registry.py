from unittest.mock import patch

from frappe.tests.utils import FrappeTestCase

from ai_helpdesk.llm import registry
from ai_helpdesk.tests.fakes import FakeAnthropic, FakeOpenAI


class TestRegistry(FrappeTestCase):
    def test_openai_backend_maps_usage(self):
        fake = FakeOpenAI(replies=["hello"])
        backend = registry.OpenAIBackend(fake, model="gpt-4o-mini")
        out = backend.complete([{"role": "user", "content": "hi"}])
        self.assertEqual(out.text, "hello")
        self.assertEqual(out.input_tokens, 11)
        self.assertEqual(fake.calls[0]["model"], "gpt-4o-mini")

    def test_anthropic_backend_splits_system(self):
        fake = FakeAnthropic(reply="yo")
        backend = registry.AnthropicBackend(fake, model="claude-3-5-haiku-20241022")
        backend.complete([{"role": "system", "content": "be brief"}, {"role": "user", "content": "hi"}])
        self.assertEqual(fake.calls[0]["system"], "be brief")
        self.assertEqual(len(fake.calls[0]["messages"]), 1)

    def test_get_backend_uses_factory(self):
        fake = FakeOpenAI()
        with patch.dict(registry._REGISTRY, {"openai": (registry.OpenAIBackend, lambda: fake)}):
            backend = registry.get_backend("openai", model="gpt-4o-mini")
        self.assertIs(backend.client, fake)

    def test_direct_fake_call(self):
        fake = FakeOpenAI(replies=["x"])
        resp = fake.chat.completions.create(model="m", messages=[])
        self.assertEqual(resp.choices[0].message.content, "x")
