"""doc_events handlers for Support Ticket / Knowledge Article (see hooks.py)."""

import frappe

from ai_helpdesk.llm.registry import get_backend


def after_insert(doc, method=None):
    if doc.raised_via == "Web Form" and doc.description and len(doc.description) > 4000:
        # long web-form tickets get an auto-generated short subject
        backend = get_backend("openai")
        result = backend.complete(
            [
                {"role": "system", "content": "Write a subject line (max 10 words) for this support request."},
                {"role": "user", "content": doc.description[:6000]},
            ],
            max_tokens=30,
        )
        doc.db_set("subject", result.text.strip().strip('"')[:140])


def on_update(doc, method=None):
    if doc.has_value_changed("assigned_to") and doc.assigned_to:
        frappe.publish_realtime("ticket_assigned", {"ticket": doc.name}, user=doc.assigned_to)


def drop_article_vectors(doc, method=None):
    frappe.db.delete("Article Chunk", {"article": doc.name})


def on_trash(doc, method=None):
    for draft in frappe.get_all("Ticket Reply Draft", filters={"ticket": doc.name}, pluck="name"):
        frappe.delete_doc("Ticket Reply Draft", draft, ignore_permissions=True)
    frappe.cache().delete_value(f"ai_helpdesk:insights:{doc.name}")


def notify_low_sentiment(doc, method=None):
    """Ping the team lead when a VIP customer is unhappy."""
    if (doc.sentiment or 0) > -0.5 or not doc.customer:
        return
    if not frappe.db.get_value("Customer", doc.customer, "is_vip"):
        return
    lead = frappe.db.get_value("HD Team", doc.agent_group, "team_lead") if doc.agent_group else None
    if lead:
        frappe.get_doc(
            {
                "doctype": "Notification Log",
                "for_user": lead,
                "type": "Alert",
                "document_type": doc.doctype,
                "document_name": doc.name,
                "subject": f"Unhappy VIP customer on {doc.name}",
            }
        ).insert(ignore_permissions=True)
