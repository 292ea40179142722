"""Sentiment on inbound emails attached to Support Tickets."""

import frappe
from frappe.utils import cint

from ai_helpdesk.llm import get_openai_client
from ai_helpdesk.utils.text import strip_html

SENTIMENT_PROMPT = (
    "Rate the customer's sentiment from -1 (furious) to 1 (delighted). "
    "Reply with the number only."
)


def after_insert(doc, method=None):
    if doc.reference_doctype != "Support Ticket" or doc.sent_or_received != "Received":
        return
    if not cint(frappe.db.get_single_value("AI Helpdesk Settings", "track_sentiment")):
        return

    text = strip_html(doc.content)[:4000]
    client = get_openai_client()
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": SENTIMENT_PROMPT},
            {"role": "user", "content": text},
        ],
        max_tokens=5,
        temperature=0,
    )
    try:
        score = float(resp.choices[0].message.content.strip())
    except (TypeError, ValueError):
        return
    frappe.db.set_value("Support Ticket", doc.reference_name, "sentiment", score, update_modified=False)
    if score < -0.6:
        frappe.get_doc("Support Ticket", doc.reference_name).add_comment(
            "Info", "Customer sentiment dropped sharply on the latest email."
        )
