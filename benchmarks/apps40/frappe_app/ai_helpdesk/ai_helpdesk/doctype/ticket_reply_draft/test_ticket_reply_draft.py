# Copyright (c) 2024, Northwind Support Engineering and Contributors
# See license.txt

from unittest.mock import patch

import frappe
from frappe.tests.utils import FrappeTestCase

from ai_helpdesk.tests.fakes import FakeAnthropic, FakeMistral


class TestTicketReplyDraft(FrappeTestCase):
    def test_draft_generated_and_checked(self):
        ticket = frappe.get_doc({"doctype": "Support Ticket", "subject": "Late parcel", "priority": "Low"})
        ticket.flags.ignore_links = True
        ticket.insert()
        claude = FakeAnthropic(reply="Sorry for the delay!")
        with patch("ai_helpdesk.llm.get_anthropic_client", return_value=claude), patch(
            "ai_helpdesk.llm.get_mistral_client", return_value=FakeMistral()
        ):
            draft = frappe.get_doc({"doctype": "Ticket Reply Draft", "ticket": ticket.name}).insert()
        self.assertEqual(draft.draft_body, "Sorry for the delay!")
        self.assertEqual(draft.input_tokens, 20)
        self.assertFalse(draft.flagged)
