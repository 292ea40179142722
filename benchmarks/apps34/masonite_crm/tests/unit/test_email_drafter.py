from types import SimpleNamespace
from unittest import mock

import openai
from masonite.tests import TestCase

from app.services.ai.email_drafter import DraftResult, EmailDrafter
from tests.fakes import FakeOpenAI


class TestEmailDrafter(TestCase):
    def setUp(self):
        super().setUp()
        self.lead = SimpleNamespace(name="Sam", notes="")
        self.sender = SimpleNamespace(name="Alex")

    def test_parse_subject(self):
        result = DraftResult.parse("Subject: Quick follow-up\n\nHi Sam,", "m")
        self.assertEqual(result.subject, "Quick follow-up")
        self.assertEqual(result.body, "Hi Sam,")

    def test_draft_uses_client(self):
        fake = FakeOpenAI()
        drafter = EmailDrafter(fake, model="gpt-test")
        result = drafter.draft(self.lead, self.sender, "met at conf", tone="weird")
        self.assertEqual(result.subject, "Hi")
        self.assertIn("friendly", fake.chat.completions.calls[0]["messages"][1]["content"])

    @mock.patch("app.services.ai.email_drafter.get_deepseek")
    def test_falls_back_to_deepseek(self, get_deepseek):
        failing = mock.MagicMock()
        failing.chat.completions.create.side_effect = openai.APIConnectionError(
            request=mock.MagicMock()
        )
        get_deepseek.return_value = FakeOpenAI(reply="Subject: Backup\nBody")
        result = EmailDrafter(failing, model="gpt-test").draft(self.lead, self.sender, "ctx")
        self.assertEqual(result.subject, "Backup")

    def test_personalize_openers_stops_when_budget_low(self):
        client = mock.MagicMock()
        raw = mock.MagicMock()
        raw.headers = {"x-ratelimit-remaining-requests": "2"}
        raw.parse.return_value = SimpleNamespace(
            choices=[SimpleNamespace(message=SimpleNamespace(content=" Hi Sam! "))]
        )
        client.with_raw_response.chat.completions.create.return_value = raw
        leads = [SimpleNamespace(id=i, profile_text=lambda: "Sam at Acme") for i in range(3)]
        openers = EmailDrafter(client, model="gpt-test").personalize_openers(leads)
        self.assertEqual(openers, {0: "Hi Sam!"})


class TestRewriteRegistry(TestCase):
    def test_unknown_backend(self):
        from app.services.ai import registry

        with self.assertRaises(ValueError):
            registry.rewrite("hello", backend="nope")

    @mock.patch("app.services.ai.registry.get_openai")
    def test_openai_backend(self, get_openai):
        from app.services.ai import registry

        get_openai.return_value = FakeOpenAI(reply="rewritten")
        self.assertEqual(registry.rewrite("hello", backend="openai"), "rewritten")

    @mock.patch("app.services.ai.registry.multi_model_service")
    def test_tracked_backend(self, service):
        from app.services.ai import registry

        async def fake_generate(**kwargs):
            return "tracked:" + kwargs["task_type"]

        service.generate_response.side_effect = fake_generate
        self.assertEqual(registry.rewrite("hello", backend="tracked"), "tracked:email_rewrite")

    def test_fake_client_records_calls(self):
        fake = FakeOpenAI(reply="ok")
        fake.chat.completions.create(model="gpt-test", messages=[])
        self.assertEqual(fake.chat.completions.calls[0]["model"], "gpt-test")
