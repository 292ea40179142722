"""Outbound notifications (Teams webhook + email digest).  No LLM here."""

from __future__ import annotations

import logging
import smtplib
from email.message import EmailMessage

import requests

log = logging.getLogger(__name__)


class TeamsWebhook:
    def __init__(self, url: str, timeout: float = 5.0):
        self.url = url
        self.timeout = timeout

    def post(self, title: str, text: str) -> bool:
        card = {
            "@type": "MessageCard",
            "@context": "https://schema.org/extensions",
            "summary": title,
            "title": title,
            "text": text,
        }
        try:
            r = requests.post(self.url, json=card, timeout=self.timeout)
            r.raise_for_status()
            return True
        except requests.RequestException:
            log.warning("teams webhook failed", exc_info=True)
            return False

    def chat(self, text: str) -> bool:
        """Plain message without a title (used by the escalation flow)."""
        return self.post("PolicyPal", text)


def send_digest(smtp_host: str, to: list[str], subject: str, body: str) -> None:
    msg = EmailMessage()
    msg["From"] = "policypal@northwind.example"
    msg["To"] = ", ".join(to)
    msg["Subject"] = subject
    msg.set_content(body)
    with smtplib.SMTP(smtp_host) as smtp:
        smtp.send_message(msg)
