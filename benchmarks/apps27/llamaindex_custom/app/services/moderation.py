"""Input screening before questions reach the RAG pipeline."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import List

from app.clients import get_openai_client

logger = logging.getLogger(__name__)

BLOCKED_CATEGORIES = {"self-harm", "sexual/minors", "violence/graphic", "harassment/threatening"}


@dataclass
class ModerationVerdict:
    allowed: bool
    categories: List[str]


def screen(text: str) -> ModerationVerdict:
    client = get_openai_client()
    result = client.moderations.create(model="omni-moderation-latest", input=text).results[0]
    flagged = [name for name, hit in result.categories.model_dump(by_alias=True).items() if hit]
    blocked = [c for c in flagged if c in BLOCKED_CATEGORIES]
    if flagged:
        logger.info("moderation flagged %s", flagged)
    return ModerationVerdict(allowed=not blocked, categories=flagged)
