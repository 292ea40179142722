"""Conversation summaries for ticket hand-off (Gemini, cheap and long-context)."""

import logging
from typing import List

from google.genai import types

from services import get_genai_client, get_settings

logger = logging.getLogger(__name__)

SUMMARY_PROMPT = (
    "Summarise this IT support conversation for the engineer who will pick up the ticket. "
    "List: the user's problem, device/OS, what was already tried, and urgency. Max 120 words."
)


def _transcript(turns: List[dict]) -> str:
    return "\n".join(f"{t['role'].upper()}: {t['content']}" for t in turns)


async def summarize_conversation(turns: List[dict]) -> str:
    if not turns:
        return ""
    client = get_genai_client()
    resp = await client.aio.models.generate_content(
        model=get_settings().gemini_model,
        contents=[SUMMARY_PROMPT, _transcript(turns)],
        config=types.GenerateContentConfig(temperature=0.1, max_output_tokens=300),
    )
    return (resp.text or "").strip()


def summarize_conversation_sync(turns: List[dict]) -> str:
    """Sync flavour for the nightly export script."""
    client = get_genai_client()
    resp = client.models.generate_content(
        model=get_settings().gemini_model,
        contents=[SUMMARY_PROMPT, _transcript(turns)],
    )
    return (resp.text or "").strip()


def estimate_summary_tokens(turns: List[dict]) -> int:
    client = get_genai_client()
    counted = client.models.count_tokens(model=get_settings().gemini_model, contents=_transcript(turns))
    return counted.total_tokens
