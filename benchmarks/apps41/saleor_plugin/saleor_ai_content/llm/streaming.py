"""Async streaming helpers used by the storefront SSE endpoint."""
import logging
from typing import AsyncIterator, List, Optional

from .. import settings as ai_settings
from .prompts import to_anthropic

logger = logging.getLogger(__name__)


async def stream_openai(client, messages: List[dict], model: Optional[str] = None) -> AsyncIterator[str]:
    stream = await client.chat.completions.create(
        model=model or ai_settings.AI_CONTENT_OPENAI_MODEL,
        messages=messages,
        stream=True,
        stream_options={"include_usage": True},
    )
    async for chunk in stream:
        if chunk.usage:
            logger.info(
                "openai stream usage prompt=%s completion=%s",
                chunk.usage.prompt_tokens,
                chunk.usage.completion_tokens,
            )
        if not chunk.choices:
            continue
        delta = chunk.choices[0].delta.content
        if delta:
            yield delta


async def stream_anthropic(client, messages: List[dict], model: Optional[str] = None) -> AsyncIterator[str]:
    system, rest = to_anthropic(messages)
    async with client.messages.stream(
        model=model or ai_settings.AI_CONTENT_ANTHROPIC_MODEL,
        system=system,
        messages=rest,
        max_tokens=600,
    ) as stream:
        async for text in stream.text_stream:
            yield text
        final = await stream.get_final_message()
        logger.info(
            "anthropic stream usage in=%s out=%s",
            final.usage.input_tokens,
            final.usage.output_tokens,
        )
