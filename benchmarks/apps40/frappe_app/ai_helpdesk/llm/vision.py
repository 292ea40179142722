"""Describe screenshots customers attach to tickets, so agents can search them."""

from __future__ import annotations

import base64
import mimetypes

import frappe
from frappe.utils.file_manager import get_file

from ai_helpdesk import llm

SUPPORTED = {"image/png", "image/jpeg", "image/webp", "image/gif"}


def describe_attachment(file_name: str, claude=None) -> str | None:
    file_doc = frappe.get_doc("File", file_name)
    mime = mimetypes.guess_type(file_doc.file_name or "")[0]
    if mime not in SUPPORTED or (file_doc.file_size or 0) > 4_500_000:
        return None
    _fname, content = get_file(file_doc.file_url)
    data = base64.standard_b64encode(content if isinstance(content, bytes) else content.encode()).decode()

    claude = claude or llm.get_anthropic_client()
    msg = claude.messages.create(
        model=llm.default_model("anthropic"),
        max_tokens=400,
        messages=[
            {
                "role": "user",
                "content": [
                    {"type": "image", "source": {"type": "base64", "media_type": mime, "data": data}},
                    {"type": "text", "text": "Describe this screenshot for a support agent. Quote any error text."},
                ],
            }
        ],
    )
    return msg.content[0].text


def describe_ticket_attachments(ticket: str):
    files = frappe.get_all(
        "File",
        filters={"attached_to_doctype": "Support Ticket", "attached_to_name": ticket, "is_folder": 0},
        pluck="name",
    )
    client = llm.get_anthropic_client()
    notes = []
    for name in files:
        text = describe_attachment(name, claude=client)
        if text:
            notes.append(f"**{name}**: {text}")
    if notes:
        frappe.get_doc("Support Ticket", ticket).add_comment("Info", "\n\n".join(notes))
