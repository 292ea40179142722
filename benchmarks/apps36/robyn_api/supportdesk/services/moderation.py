"""Screen inbound ticket text and outbound drafts with OpenAI moderation."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from supportdesk.llm import get_async_openai_client, get_openai_client

logger = logging.getLogger(__name__)


@dataclass
class ModerationVerdict:
    flagged: bool
    categories: list[str]


def _verdict(result) -> ModerationVerdict:
    cats = [name for name, hit in result.categories.model_dump().items() if hit]
    return ModerationVerdict(flagged=result.flagged, categories=cats)


def moderate(text: str) -> ModerationVerdict:
    client = get_openai_client()
    resp = client.moderations.create(model="omni-moderation-latest", input=text)
    return _verdict(resp.results[0])


async def moderate_async(text: str) -> ModerationVerdict:
    resp = await get_async_openai_client().moderations.create(
        model="omni-moderation-latest", input=text
    )
    return _verdict(resp.results[0])
