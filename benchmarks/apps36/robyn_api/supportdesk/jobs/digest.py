"""Daily digest e-mailed to support leads."""

from __future__ import annotations

import asyncio
import logging
import smtplib
from email.message import EmailMessage

from supportdesk.llm import get_async_anthropic_client
from supportdesk.repositories.tickets import TicketRepository
from supportdesk.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)

LEADS = ["support-leads@acme.example"]
DIGEST_MODEL = "claude-3-5-sonnet-latest"


async def _compose(tickets) -> str:
    listing = "\n".join(f"- [{t.priority.value}] {t.subject}" for t in tickets)
    client = get_async_anthropic_client()
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=DIGEST_MODEL, feature_context="daily_digest"
    ) as usage_log:
        msg = await client.messages.create(
            model=DIGEST_MODEL,
            max_tokens=1200,
            system="Write a short digest of today's open tickets for support leads. Group by theme.",
            messages=[{"role": "user", "content": listing}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return msg.content[0].text


async def _headline(text: str) -> str:
    client = get_async_anthropic_client()
    msg = await client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=30,
        messages=[{"role": "user", "content": f"Give this digest a 6-word subject line:\n{text}"}],
    )
    return msg.content[0].text.strip().strip('"')


def _send(subject: str, body: str) -> None:
    mail = EmailMessage()
    mail["From"] = "supportdesk@acme.example"
    mail["To"] = ", ".join(LEADS)
    mail["Subject"] = subject
    mail.set_content(body)
    with smtplib.SMTP("localhost") as smtp:
        smtp.send_message(mail)


async def run() -> None:
    tickets = TicketRepository().list_open(limit=200)
    if not tickets:
        logger.info("no open tickets, skipping digest")
        return
    body = await _compose(tickets)
    subject = await _headline(body)
    await asyncio.to_thread(_send, subject, body)
