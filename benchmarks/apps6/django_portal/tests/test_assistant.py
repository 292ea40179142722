from unittest import mock

from django.test import TestCase

from assistant.services import ClaudeBackend, GrokBackend
from core.llm import get_openai_client


class BackendTests(TestCase):
    def test_claude_reply_joins_text_blocks(self):
        fake = mock.Mock()
        fake.messages.create.return_value.content = [
            mock.Mock(type="text", text="Hello "),
            mock.Mock(type="text", text="there"),
        ]
        with mock.patch.object(ClaudeBackend, "build_client", return_value=fake):
            self.assertEqual(ClaudeBackend().reply([{"role": "user", "content": "hi"}]), "Hello there")

    def test_grok_reply(self):
        fake = mock.Mock()
        fake.chat.completions.create.return_value.choices = [mock.Mock(message=mock.Mock(content="ok"))]
        with mock.patch.object(GrokBackend, "build_client", return_value=fake):
            self.assertEqual(GrokBackend().reply([]), "ok")


class LiveSmokeTests(TestCase):
    """Run manually with real keys: ``pytest -m live``."""

    def test_openai_smoke(self):
        client = get_openai_client()
        resp = client.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "ping"}], max_tokens=2
        )
        self.assertTrue(resp.choices)
