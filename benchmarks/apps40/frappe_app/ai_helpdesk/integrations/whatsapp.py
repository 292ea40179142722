"""WhatsApp Business webhook: voice notes -> ticket text.

Written by the integrations team; uses its own Groq key from site_config so
their usage is billed to the integrations cost centre.
"""

import io

import frappe
import requests
from groq import Groq

from ai_helpdesk.llm.legacy_openai import gpt

GRAPH = "https://graph.facebook.com/v19.0"


def _groq():
    return Groq(api_key=frappe.conf.get("integrations_groq_key"))


def _download_media(media_id: str) -> bytes:
    token = frappe.conf.get("whatsapp_token")
    meta = requests.get(f"{GRAPH}/{media_id}", headers={"Authorization": f"Bearer {token}"}, timeout=20).json()
    return requests.get(meta["url"], headers={"Authorization": f"Bearer {token}"}, timeout=60).content


def transcribe_voice_note(media_id: str) -> str:
    audio = _download_media(media_id)
    client = _groq()
    result = client.audio.transcriptions.create(
        file=("voice.ogg", io.BytesIO(audio)),
        model="whisper-large-v3-turbo",
        response_format="json",
    )
    return result.text


@frappe.whitelist(allow_guest=True, methods=["POST"])
def webhook():
    payload = frappe.request.get_json(silent=True) or {}
    for entry in payload.get("entry", []):
        for change in entry.get("changes", []):
            for message in change.get("value", {}).get("messages", []):
                handle_message(message)
    return "ok"


def handle_message(message: dict):
    sender = message.get("from")
    if message.get("type") == "audio":
        text = transcribe_voice_note(message["audio"]["id"])
    else:
        text = message.get("text", {}).get("body", "")
    if not text:
        return

    existing = frappe.db.get_value("Support Ticket", {"whatsapp_number": sender, "status": "Open"})
    if existing:
        frappe.get_doc("Support Ticket", existing).add_comment("Comment", text)
        return

    subject = gpt(f"Write a 6-word ticket subject for: {text}")
    frappe.get_doc(
        {
            "doctype": "Support Ticket",
            "subject": subject.strip('" '),
            "description": text,
            "raised_via": "WhatsApp",
            "whatsapp_number": sender,
        }
    ).insert(ignore_permissions=True)
