# Copyright (c) 2024, Northwind Support Engineering and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from ai_helpdesk import llm
from ai_helpdesk.llm.prompts import REPLY_SYSTEM


class TicketReplyDraft(Document):
    @property
    def claude(self):
        return llm.get_anthropic_client()

    def validate(self):
        if not self.draft_body and self.ticket:
            self.draft_body = self.generate_draft()
            self.generated_by = "AI"
        if self.draft_body:
            self.flagged = self._is_unsafe(self.draft_body)

    def generate_draft(self) -> str:
        ticket = frappe.get_doc("Support Ticket", self.ticket)
        system = frappe.render_template(REPLY_SYSTEM, {"agent_name": frappe.utils.get_fullname()})
        history = ticket._conversation_text()
        msg = self.claude.messages.create(
            model=llm.default_model("anthropic"),
            max_tokens=900,
            system=system,
            messages=[
                {"role": "user", "content": f"Conversation so far:\n{history}\n\nDraft the next agent reply."},
            ],
        )
        self.input_tokens = msg.usage.input_tokens
        self.output_tokens = msg.usage.output_tokens
        return msg.content[0].text

    def _is_unsafe(self, text: str) -> bool:
        mistral = llm.get_mistral_client()
        result = mistral.classifiers.moderate(model="mistral-moderation-latest", inputs=[text])
        categories = result.results[0].categories or {}
        return any(categories.get(c) for c in ("hate_and_discrimination", "violence_and_threats", "pii"))

    def on_update(self):
        if self.status == "Approved" and self.has_value_changed("status"):
            self.send_reply()

    def send_reply(self):
        ticket = frappe.get_doc("Support Ticket", self.ticket)
        frappe.sendmail(
            recipients=[ticket.raised_by],
            subject=_("Re: {0}").format(ticket.subject),
            message=self.draft_body,
            reference_doctype="Support Ticket",
            reference_name=ticket.name,
        )
