# -*- coding: utf-8 -*-
from types import SimpleNamespace
from unittest import mock

from odoo.tests.common import TransactionCase, tagged

from odoo.addons.helpdesk_ai_assistant.reply_engine import ReplyEngine


class _FakeStream:
    def __init__(self, parts):
        self.text_stream = iter(parts)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def get_final_message(self):
        return SimpleNamespace(usage=SimpleNamespace(input_tokens=11, output_tokens=7))


class FakeAnthropic:
    def __init__(self, parts=("Hello", " there")):
        self.messages = mock.MagicMock()
        self.messages.stream.return_value = _FakeStream(list(parts))
        self.messages.count_tokens.return_value = SimpleNamespace(input_tokens=42)


@tagged("post_install", "-at_install")
class TestTicketAi(TransactionCase):

    def test_engine_draft_concatenates(self):
        engine = ReplyEngine(FakeAnthropic(), company="ACME")
        self.assertEqual(engine.draft([(True, "my printer is on fire")]), "Hello there")

    def test_engine_merges_consecutive_roles(self):
        engine = ReplyEngine(FakeAnthropic())
        messages = engine._messages([(True, "a"), (True, "b"), (False, "c")])
        self.assertEqual(messages[0]["content"], "a\n\nb")
        self.assertEqual(messages[-1]["role"], "user")

    def test_quick_answer_posts_note(self):
        ticket = self.env["helpdesk.ticket"].create({"name": "Printer", "description": "It burns"})
        fake = mock.MagicMock()
        fake.messages.create.return_value = SimpleNamespace(content=[SimpleNamespace(text="Unplug it.")])
        with mock.patch(
            "odoo.addons.helpdesk_ai_assistant.models.helpdesk_ticket.get_anthropic_client",
            return_value=fake,
        ):
            ticket.action_ai_quick_answer()
        fake.messages.create.assert_called_once()
        self.assertIn("Unplug it.", ticket.message_ids[0].body)
