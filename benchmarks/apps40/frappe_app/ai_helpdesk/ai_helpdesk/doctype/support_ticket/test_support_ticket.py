# Copyright (c) 2024, Northwind Support Engineering and Contributors
# See license.txt

import json
from unittest.mock import patch

import frappe
from frappe.tests.utils import FrappeTestCase

from ai_helpdesk.tests.fakes import FakeOpenAI


class TestSupportTicket(FrappeTestCase):
    def setUp(self):
        frappe.db.set_single_value("AI Helpdesk Settings", "enabled", 1)

    def test_triage_sets_priority(self):
        fake = FakeOpenAI(replies=[json.dumps({"priority": "High", "category": "Billing", "sentiment": -0.4})])
        with patch(
            "ai_helpdesk.ai_helpdesk.doctype.support_ticket.support_ticket.get_groq_client", return_value=fake
        ), patch("frappe.enqueue"):
            doc = frappe.get_doc(
                {"doctype": "Support Ticket", "subject": "Charged twice", "description": "Please refund"}
            ).insert()
        self.assertEqual(doc.priority, "High")
        self.assertEqual(doc.category, "Billing")
        self.assertEqual(fake.calls[0]["temperature"], 0)

    def test_bad_json_is_ignored(self):
        fake = FakeOpenAI(replies=["not json"])
        with patch(
            "ai_helpdesk.ai_helpdesk.doctype.support_ticket.support_ticket.get_groq_client", return_value=fake
        ), patch("frappe.enqueue"):
            doc = frappe.get_doc({"doctype": "Support Ticket", "subject": "Hi", "description": "x"}).insert()
        self.assertFalse(doc.priority)
