"""Ticket summaries for agents (the 'TL;DR' panel)."""
from __future__ import annotations

import logging

from django.conf import settings

from helpdesk.clients import llm
from helpdesk.prompts import SUMMARY_SYSTEM_PROMPT, ticket_transcript

from .llm_usage_tracker import llm_tracker

logger = logging.getLogger("helpdesk.summarization")

MAX_INPUT_TOKENS = 12_000


def _fits(transcript: str, model: str) -> bool:
    counted = llm.anthropic.messages.count_tokens(
        model=model,
        system=SUMMARY_SYSTEM_PROMPT,
        messages=[{"role": "user", "content": transcript}],
    )
    return counted.input_tokens <= MAX_INPUT_TOKENS


def summarize_ticket(ticket, model: str | None = None) -> str:
    model = model or settings.HELPDESK_LLM["CLAUDE_FAST_MODEL"]
    transcript = ticket_transcript(ticket)
    if not _fits(transcript, model):
        transcript = ticket_transcript(ticket, limit=10)

    message = llm.anthropic.messages.create(
        model=model,
        max_tokens=400,
        system=SUMMARY_SYSTEM_PROMPT,
        messages=[{"role": "user", "content": transcript}],
    )
    return "".join(block.text for block in message.content if block.type == "text").strip()


async def asummarize_ticket(ticket, transcript: str) -> str:
    """Tracked version, used from the async consumers."""
    model = settings.HELPDESK_LLM["CLAUDE_FAST_MODEL"]
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=model, feature_context="ticket_summary", ticket_id=ticket.pk
    ) as usage_log:
        message = await llm.async_anthropic.messages.create(
            model=model,
            max_tokens=400,
            system=SUMMARY_SYSTEM_PROMPT,
            messages=[{"role": "user", "content": transcript}],
        )
        usage_log.input_tokens = message.usage.input_tokens
        usage_log.output_tokens = message.usage.output_tokens
    return "".join(block.text for block in message.content if block.type == "text").strip()
