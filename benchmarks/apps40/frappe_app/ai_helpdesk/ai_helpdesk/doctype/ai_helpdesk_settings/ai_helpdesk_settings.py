# Copyright (c) 2024, Northwind Support Engineering and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from ai_helpdesk.llm import clients


class AIHelpdeskSettings(Document):
    def validate(self):
        if self.max_output_tokens and self.max_output_tokens > 8000:
            frappe.throw(_("Max Output Tokens cannot exceed 8000"))
        if self.use_vertex_ai and not self.gcp_project:
            frappe.throw(_("GCP Project is required when Vertex AI is enabled"))
        if self.monthly_budget_usd is not None and self.monthly_budget_usd < 0:
            frappe.throw(_("Monthly budget must be positive"))

    def on_update(self):
        clients.clear_client_cache()
        frappe.cache().delete_value("ai_helpdesk:model_choices")


@frappe.whitelist()
def fetch_model_choices(provider: str):
    """Populate the model dropdowns on the settings form."""
    frappe.only_for("System Manager")
    cache_key = "ai_helpdesk:model_choices"
    choices = frappe.cache().hget(cache_key, provider)
    if choices:
        return choices

    if provider == "OpenAI":
        choices = sorted(m.id for m in clients.get_openai_client().models.list() if m.id.startswith(("gpt", "o")))
    elif provider == "Anthropic":
        choices = [m.id for m in clients.get_anthropic_client().models.list(limit=50)]
    elif provider == "Groq":
        choices = [m.id for m in clients.get_groq_client().models.list().data]
    elif provider == "Mistral":
        choices = [m.id for m in clients.get_mistral_client().models.list().data or []]
    else:
        choices = [m.name for m in clients.get_genai_client().models.list()]

    frappe.cache().hset(cache_key, provider, choices)
    return choices


@frappe.whitelist()
def test_connection(provider: str):
    frappe.only_for("System Manager")
    model = clients.default_model(provider.lower())
    try:
        if provider == "Google":
            resp = clients.get_genai_client().models.generate_content(model=model, contents="Reply with the word pong.")
            reply = resp.text
        elif provider == "Mistral":
            resp = clients.get_mistral_client().chat.complete(
                model=model, messages=[{"role": "user", "content": "Reply with the word pong."}], max_tokens=5
            )
            reply = resp.choices[0].message.content
        else:
            # a models.list round trip is enough to validate the key
            clients.get_openai_client().models.retrieve(model)
            reply = "ok"
    except Exception as e:
        frappe.log_error(title=f"AI Helpdesk: {provider} connection test failed")
        return {"ok": False, "error": str(e)}
    return {"ok": True, "reply": reply}
