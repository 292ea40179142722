"""Outgoing mail via the relay."""
from __future__ import annotations

import logging
from email.message import EmailMessage
from email.utils import make_msgid

import aiosmtplib

from assistant.config import get_settings
from assistant.parsing import ParsedMessage

log = logging.getLogger(__name__)


def build_reply(original: ParsedMessage, body: str, from_addr: str) -> EmailMessage:
    msg = EmailMessage()
    subject = original.subject
    if not subject.lower().startswith("re:"):
        subject = f"Re: {subject}"
    msg["Subject"] = subject
    msg["From"] = from_addr
    msg["To"] = original.sender
    msg["Message-ID"] = make_msgid(domain=from_addr.split("@")[-1])
    msg["In-Reply-To"] = original.message_id
    msg["References"] = " ".join(original.references + [original.message_id])
    msg["Auto-Submitted"] = "auto-replied"
    msg.set_content(body)
    return msg


class ReplySender:
    def __init__(self, settings=None):
        self.settings = settings or get_settings()

    async def send(self, msg: EmailMessage) -> None:
        s = self.settings
        if s.dry_run:
            log.info("DRY RUN: would send %s to %s", msg["Subject"], msg["To"])
            return
        smtp = aiosmtplib.SMTP(hostname=s.relay_host, port=s.relay_port, start_tls=True)
        async with smtp:
            if s.relay_user:
                await smtp.login(s.relay_user, s.relay_password or "")
            await smtp.send_message(msg)
        log.info("sent reply %s to %s", msg["Message-ID"], msg["To"])

    async def forward(self, original: ParsedMessage, to: str) -> None:
        s = self.settings
        await aiosmtplib.send(
            original.raw,
            sender=s.mailbox_address,
            recipients=[to],
            hostname=s.relay_host,
            port=s.relay_port,
            start_tls=True,
            username=s.relay_user,
            password=s.relay_password,
        )
