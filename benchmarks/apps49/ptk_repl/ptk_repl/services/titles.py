"""Conversation titles, generated after the first exchange."""
from __future__ import annotations

import re

from ptk_repl.providers import async_anthropic

from .llm_usage_tracker import llm_tracker

TITLE_MODEL = "claude-haiku-4-5"
_MAX_LEN = 60


def _fallback_title(first_message: str) -> str:
    words = re.sub(r"\s+", " ", first_message).strip().split(" ")
    return " ".join(words[:8])[:_MAX_LEN] or "untitled"


async def generate_title(first_message: str, first_reply: str) -> str:
    client = async_anthropic()
    try:
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=TITLE_MODEL, feature_context="conversation_title"
        ) as usage_log:
            msg = await client.messages.create(
                model=TITLE_MODEL,
                max_tokens=30,
                messages=[
                    {
                        "role": "user",
                        "content": (
                            "Write a 3-6 word title for this conversation. Reply with the title only.\n\n"
                            f"User: {first_message[:800]}\nAssistant: {first_reply[:800]}"
                        ),
                    }
                ],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
    except Exception:
        return _fallback_title(first_message)
    title = msg.content[0].text.strip().strip('"')
    return title[:_MAX_LEN] or _fallback_title(first_message)
