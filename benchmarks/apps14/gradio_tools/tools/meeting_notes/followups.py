"""Follow-up email drafts after a meeting."""
from __future__ import annotations

from typing import Optional

from common.clients import get_async_anthropic
from common.llm_usage_tracker import llm_tracker
from common.prompts import FOLLOWUP_EMAIL

FOLLOWUP_MODEL = "claude-3-5-haiku-latest"


async def draft_followup(notes: str, user_email: Optional[str] = None) -> str:
    client = get_async_anthropic()
    async with llm_tracker.track_llm_call(
        provider="anthropic",
        model=FOLLOWUP_MODEL,
        feature_context="meeting_followup",
        user_email=user_email,
    ) as usage_log:
        msg = await client.messages.create(
            model=FOLLOWUP_MODEL,
            max_tokens=800,
            messages=[{"role": "user", "content": FOLLOWUP_EMAIL.format(notes=notes)}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return msg.content[0].text


async def translate_followup(email_body: str, language: str) -> str:
    # TODO(PLAT-212): wrap in llm_tracker like draft_followup
    client = get_async_anthropic()
    msg = await client.messages.create(
        model=FOLLOWUP_MODEL,
        max_tokens=1000,
        system="Translate the email. Keep names, dates and formatting unchanged.",
        messages=[{"role": "user", "content": f"Target language: {language}\n\n{email_body}"}],
    )
    return msg.content[0].text
