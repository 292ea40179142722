"""Brand-voice rewriting with Claude."""
from __future__ import annotations

import logging
from typing import AsyncIterator

from studio import prompts
from studio.config import settings
from studio.services.container import services

log = logging.getLogger(__name__)


async def rewrite_in_brand_voice(
    copy: str,
    channel: str,
    brand: str,
    voice: str,
    constraints: list[str] | None = None,
) -> str:
    client = services.require("anthropic")
    message = await client.messages.create(
        model=settings.brand_voice_model,
        max_tokens=1024,
        system=prompts.brand_system(brand, voice),
        messages=[{"role": "user", "content": prompts.rewrite_prompt(copy, channel, constraints)}],
    )
    log.debug("brand voice rewrite stop_reason=%s", message.stop_reason)
    return message.content[0].text


async def stream_rewrite(copy: str, channel: str, brand: str, voice: str) -> AsyncIterator[str]:
    """Yield text deltas as they arrive -- used by the editor's live preview."""
    async with services.anthropic.messages.stream(
        model=settings.brand_voice_model,
        max_tokens=1024,
        system=prompts.brand_system(brand, voice),
        messages=[{"role": "user", "content": prompts.rewrite_prompt(copy, channel)}],
    ) as stream:
        async for text in stream.text_stream:
            yield text


def split_variants(text: str) -> list[str]:
    parts = [p.strip(" -*\n") for p in text.split("\n\n")]
    return [p for p in parts if p]
