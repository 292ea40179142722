"""Auto-titles for new notes (runs in a worker thread with its own loop)."""
from __future__ import annotations

import asyncio
import logging

from services.clients import get_async_anthropic_client
from services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)

TITLE_MODEL = "claude-3-5-haiku-latest"
PROMPT = "Write a title of at most 7 words for this note. Reply with the title only.\n\n{body}"


async def _generate_title(body: str) -> str:
    client = get_async_anthropic_client()
    try:
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=TITLE_MODEL, feature_context="auto_title"
        ) as usage_log:
            msg = await client.messages.create(
                model=TITLE_MODEL,
                max_tokens=30,
                messages=[{"role": "user", "content": PROMPT.format(body=body[:4000])}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
    except Exception:  # noqa: BLE001
        log.exception("auto-title failed, retrying once with a shorter excerpt")
        # TODO(jr): the retry should go through the tracker as well
        msg = await client.messages.create(
            model=TITLE_MODEL,
            max_tokens=30,
            messages=[{"role": "user", "content": PROMPT.format(body=body[:800])}],
        )
    return msg.content[0].text.strip().strip('"')


def generate_title(body: str) -> str:
    return asyncio.run(_generate_title(body))
