from __future__ import annotations

import asyncio
import smtplib
from email.message import EmailMessage

import markdown

from monitor.reporters.base import Reporter, register


@register("email")
class EmailReporter(Reporter):
    def generate(self, title: str, body: str) -> EmailMessage:
        msg = EmailMessage()
        msg["Subject"] = title
        msg["From"] = self.config.get("from", "monitor@example.com")
        msg["To"] = ", ".join(self.config.get("to", []))
        msg.set_content(body)
        msg.add_alternative(markdown.markdown(body), subtype="html")
        return msg

    def _send_sync(self, msg: EmailMessage) -> None:
        with smtplib.SMTP(self.config.get("smtp_host", "localhost")) as s:
            s.send_message(msg)

    async def send(self, title: str, body: str) -> None:
        await asyncio.to_thread(self._send_sync, self.generate(title, body))
