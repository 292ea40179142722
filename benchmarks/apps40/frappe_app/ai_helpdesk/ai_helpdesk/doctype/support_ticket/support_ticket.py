# Copyright (c) 2024, Northwind Support Engineering and contributors
# For license information, please see license.txt

import json

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import cint, now_datetime

from ai_helpdesk.llm import default_model, get_groq_client
from ai_helpdesk.llm.prompts import TRIAGE_SYSTEM, ticket_messages
from ai_helpdesk.services.multi_model_service import TaskComplexity, multi_model_service
from ai_helpdesk.utils.text import strip_html

VALID_PRIORITIES = ("Low", "Medium", "High", "Urgent")


class SupportTicket(Document):
    def validate(self):
        self.description = (self.description or "").strip()
        if self.is_new() and not self.priority and self._ai_enabled():
            self.apply_triage(self._triage())
        if self.priority and self.priority not in VALID_PRIORITIES:
            frappe.throw(_("Invalid priority {0}").format(self.priority))

    def after_insert(self):
        if self._ai_enabled():
            frappe.enqueue(
                "ai_helpdesk.tasks.summarize",
                queue="short",
                ticket=self.name,
                enqueue_after_commit=True,
                job_id=f"ai_summary::{self.name}",
                deduplicate=True,
            )

    def on_update(self):
        if self.has_value_changed("status") and self.status == "Closed" and not self.resolution_summary:
            # tracked path (multi_model_service writes LLM Usage Log)
            resp = multi_model_service.generate_response_sync(
                prompt=f"Summarise how this ticket was resolved in two sentences:\n\n{self._conversation_text()}",
                task_type="resolution_summary",
                complexity=TaskComplexity.SIMPLE,
                reference_doctype=self.doctype,
                reference_name=self.name,
            )
            self.db_set("resolution_summary", resp.content, update_modified=False)

    # ------------------------------------------------------------------

    def _ai_enabled(self) -> bool:
        return bool(cint(frappe.db.get_single_value("AI Helpdesk Settings", "enabled")))

    def _triage(self) -> dict:
        messages = ticket_messages(self, TRIAGE_SYSTEM)
        try:
            resp = get_groq_client().chat.completions.create(
                model=default_model("groq"),
                messages=messages,
                response_format={"type": "json_object"},
                temperature=0,
                max_tokens=200,
            )
            return json.loads(resp.choices[0].message.content)
        except Exception:
            frappe.log_error(title=f"Triage failed for {self.name or 'new ticket'}")
            return {}

    def apply_triage(self, result: dict):
        if result.get("priority") in VALID_PRIORITIES:
            self.priority = result["priority"]
        if result.get("category"):
            self.category = result["category"]
        if "sentiment" in result:
            self.sentiment = max(-1.0, min(1.0, float(result["sentiment"])))
        self.ai_triaged_on = now_datetime()

    def _conversation_text(self) -> str:
        comms = frappe.get_all(
            "Communication",
            filters={"reference_doctype": self.doctype, "reference_name": self.name},
            fields=["sent_or_received", "content"],
            order_by="creation asc",
        )
        lines = [f"Customer: {self.subject}\n{self.description}"]
        for c in comms:
            who = "Agent" if c.sent_or_received == "Sent" else "Customer"
            lines.append(f"{who}: {strip_html(c.content)}")
        return "\n\n".join(lines)

    @frappe.whitelist()
    def regenerate_summary(self):
        self.check_permission("write")
        frappe.enqueue("ai_helpdesk.tasks.summarize", ticket=self.name, force=True)
        return _("Summary regeneration queued")
