"""Second opinions: Grok for the blunt critique, Claude for tone polishing."""
from __future__ import annotations

import logging
from typing import Iterator

from xai_sdk.chat import system, user

from ..services import services
from .prompts import CRITIQUE, TONE_REVIEW, fill

log = logging.getLogger(__name__)


def critique_with_grok(xai_client, draft: str, model: str = "grok-3") -> str:
    chat = xai_client.chat.create(model=model, temperature=0.3)
    chat.append(system("You review agency proposals for a procurement team."))
    chat.append(user(fill(CRITIQUE, draft=draft[:20000])))
    response = chat.sample()
    log.info("grok critique used %s tokens", response.usage.total_tokens)
    return response.content


def stream_grok_critique(xai_client, draft: str, model: str = "grok-3") -> Iterator[str]:
    chat = xai_client.chat.create(model=model)
    chat.append(user(fill(CRITIQUE, draft=draft[:20000])))
    for _response, chunk in chat.stream():
        if chunk.content:
            yield chunk.content


async def review_tone(text: str, tone: str = "confident") -> str:
    msg = await services.async_anthropic.messages.create(
        model=services.settings.models.review_fast,
        max_tokens=800,
        messages=[{"role": "user", "content": fill(TONE_REVIEW, tone=tone, text=text)}],
    )
    return msg.content[0].text
