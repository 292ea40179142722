"""Detect language and translate non-English tickets (DeepSeek is cheapest for this)."""
from __future__ import annotations

import logging
import os

from openai import AsyncOpenAI

from supportstream.app import app
from supportstream.config import settings
from supportstream.models import Ticket, TranslationEvent
from supportstream.prompts import TRANSLATE_SYSTEM
from supportstream.tables import account_language
from supportstream.topics import tickets_inbound, tickets_translated, translation_requests

log = logging.getLogger(__name__)


def _looks_english(text: str) -> bool:
    ascii_ratio = sum(1 for ch in text if ord(ch) < 128) / max(len(text), 1)
    common = sum(1 for w in (" the ", " and ", " is ", " not ", " my ") if w in text.lower())
    return ascii_ratio > 0.97 and common >= 2


async def translate(text: str) -> str:
    resp = await app.clients.deepseek.chat.completions.create(
        model=settings.translate_model,
        messages=[
            {"role": "system", "content": TRANSLATE_SYSTEM},
            {"role": "user", "content": text},
        ],
        temperature=0.1,
    )
    return resp.choices[0].message.content or text


async def translate_long(text: str) -> str:
    """Very long tickets (log dumps pasted in other languages): stream so we don't hit timeouts.

    Uses its own client with a long read timeout instead of the shared one.
    """
    client = AsyncOpenAI(
        api_key=os.environ.get("DEEPSEEK_API_KEY"),
        base_url="https://api.deepseek.com/v1",
        timeout=300,
    )
    chunks: list[str] = []
    stream = await client.chat.completions.create(
        model="deepseek-chat",
        stream=True,
        messages=[
            {"role": "system", "content": TRANSLATE_SYSTEM},
            {"role": "user", "content": text},
        ],
    )
    async for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            chunks.append(chunk.choices[0].delta.content)
    return "".join(chunks)


@app.agent(tickets_inbound)
async def translate_tickets(stream):
    async for ticket in stream:
        known = account_language.get(ticket.account_id)
        if (known == "en") or (not known and _looks_english(ticket.text)):
            await tickets_translated.send(key=ticket.id, value=ticket)
            continue
        body = await (translate_long(ticket.body) if len(ticket.body) > 20_000 else translate(ticket.body))
        translated = Ticket(
            id=ticket.id,
            account_id=ticket.account_id,
            subject=await translate(ticket.subject) if ticket.subject else "",
            body=body,
            channel=ticket.channel,
            language="en",
            created_at=ticket.created_at,
            tags=[*ticket.tags, f"orig-lang:{known or 'auto'}"],
        )
        await tickets_translated.send(key=ticket.id, value=translated)


@app.agent(translation_requests)
async def on_demand_translation(stream):
    """Agents in the helpdesk UI can ask to translate an outgoing reply."""
    async for event in stream:
        yield await translate(event.text)
