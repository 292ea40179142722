from unittest.mock import MagicMock, patch

import frappe
from frappe.tests.utils import FrappeTestCase

from ai_helpdesk import api, tasks
from ai_helpdesk.tests.fakes import FakeOpenAI


class TestApi(FrappeTestCase):
    def test_translate_uses_mistral(self):
        client = MagicMock()
        client.chat.complete.return_value.choices = [MagicMock(message=MagicMock(content="Hallo"))]
        with patch("ai_helpdesk.llm.get_mistral_client", return_value=client), patch.object(
            frappe, "cache", return_value=MagicMock(get_value=lambda k: None)
        ):
            self.assertEqual(api.translate_message.__wrapped__("Hello", "German"), "Hallo")
        client.chat.complete.assert_called_once()

    def test_moderation_batch(self):
        fake = FakeOpenAI()
        self.assertEqual(tasks._moderate_batch(fake, ["fine", "I will kill"]), [False, True])

    def test_rewrite_tone_azure(self):
        azure = MagicMock()
        azure.chat.completions.create.return_value.choices = [MagicMock(message=MagicMock(content="Hi!"))]
        with patch.object(frappe, "conf", frappe._dict(azure_openai={"deployment": "gpt4o"})), patch(
            "ai_helpdesk.llm.get_azure_client", return_value=azure
        ):
            self.assertEqual(api.rewrite_tone("hello"), "Hi!")
