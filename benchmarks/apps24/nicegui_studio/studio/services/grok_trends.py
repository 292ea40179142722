"""'What are people saying?' panel, backed by Grok (xAI SDK, gRPC)."""
from __future__ import annotations

import logging
from typing import AsyncIterator

from xai_sdk.chat import system, user

from studio import prompts
from studio.config import settings
from studio.services.container import services

log = logging.getLogger(__name__)


async def trend_summary(topic: str, audience: str = "B2B SaaS buyers") -> str:
    chat = services.xai.chat.create(
        model=settings.grok_model,
        messages=[system(prompts.TREND_SYSTEM)],
        temperature=0.4,
    )
    chat.append(user(f"Topic: {topic}\nAudience: {audience}\nGive 5 bullet points."))
    response = await chat.sample()
    return response.content


async def stream_trend_summary(topic: str) -> AsyncIterator[str]:
    chat = services.xai.chat.create(model=settings.grok_model, messages=[system(prompts.TREND_SYSTEM)])
    chat.append(user(f"Topic: {topic}. Keep it under 120 words."))
    async for _response, chunk in chat.stream():
        if chunk.content:
            yield chunk.content
