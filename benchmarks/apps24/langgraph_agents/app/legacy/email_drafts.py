"""Email intake -> draft replies. Called by the IMAP cron job (lives in the ops repo)."""
from __future__ import annotations

import asyncio
import logging
from email.message import EmailMessage

from app.legacy import ticket_bot
from app.legacy.ticket_bot import openai_client
from app.providers import get_mistral_client
from app.services.llm_usage_tracker import llm_tracker

log = logging.getLogger("legacy.email_drafts")


def subject_line(body: str) -> str:
    r = openai_client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "Write a short email subject (max 8 words) for:\n" + body}],
        max_tokens=24,
    )
    return r.choices[0].message.content.strip().strip('"')


async def polish_tracked(draft: str, tenant_id: str | None = None) -> str:
    client = get_mistral_client()
    async with llm_tracker.track_llm_call(
        provider="mistral", model="mistral-small-latest", feature_context="email_polish", tenant_id=tenant_id
    ) as usage_log:
        res = await client.chat.complete_async(
            model="mistral-small-latest",
            messages=[{"role": "user", "content": "Fix grammar, keep the meaning:\n\n" + draft}],
        )
        usage_log.input_tokens = res.usage.prompt_tokens
        usage_log.output_tokens = res.usage.completion_tokens
    return res.choices[0].message.content


def build_email(to_addr: str, body: str, tenant_id: str | None = None) -> EmailMessage:
    result = ticket_bot.handle({"body": body})
    reply = asyncio.run(polish_tracked(result["reply"], tenant_id))
    msg = EmailMessage()
    msg["To"] = to_addr
    msg["From"] = "support@northwind.example"
    msg["Subject"] = subject_line(body)
    msg.set_content(reply)
    return msg
